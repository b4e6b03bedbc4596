#pragma once

#include <QString>

class QCoreApplication;

namespace cm {

/** Installs the viewer's (and Qt's own) translations for a language.
 *  `language` is "fr", "en" or empty for the system locale; anything else falls
 *  back to English. Returns the language actually used ("fr" or "en"). */
QString installTranslations(const QString &language);

} // namespace cm
