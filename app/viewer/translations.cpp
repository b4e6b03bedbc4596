#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

static void initTranslationResources()
{
    // The .qm files are embedded in this static library; this keeps them linked in.
    Q_INIT_RESOURCE(conflictmap_translations);
}

namespace cm {

QString installTranslations(const QString &language)
{
    initTranslationResources();
    QString chosen = language;
    if (chosen.isEmpty())
        chosen = QLocale::system().name().section(QLatin1Char('_'), 0, 0);
    if (chosen != QLatin1String("fr"))
        chosen = QStringLiteral("en");

    // Dates, numbers and month names follow the interface language.
    QLocale::setDefault(QLocale(chosen == QLatin1String("fr") ? QLocale::French : QLocale::English,
                                chosen == QLatin1String("fr") ? QLocale::France : QLocale::UnitedKingdom));

    auto *app = QCoreApplication::instance();
    auto *own = new QTranslator(app);
    if (own->load(QStringLiteral(":/i18n/conflictmap_%1.qm").arg(chosen)))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(app);
    if (qt->load(QStringLiteral("qtbase_%1").arg(chosen),
                 QLibraryInfo::location(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return chosen;
}

} // namespace cm
