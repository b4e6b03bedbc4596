#pragma once

#include <QString>
#include <QVector>

namespace cm {

/** A problem found while reading input, tied to where it was found. */
struct Diagnostic {
    enum class Severity { Info, Warning, Error };

    QString file;    ///< path of the file concerned (empty when not file-bound)
    int line = 0;    ///< 1-based line, 0 when unknown
    QString message; ///< one line, English, says what is wrong and why
    Severity severity = Severity::Error;
};

using Diagnostics = QVector<Diagnostic>;

/** "file:line: message" (line omitted when 0), for logs and the command line. */
QString formatDiagnostic(const Diagnostic &diagnostic);

} // namespace cm
