#include "conflictmap/diagnostic.h"

namespace cm {

QString formatDiagnostic(const Diagnostic &diagnostic)
{
    QString where = diagnostic.file;
    if (diagnostic.line > 0)
        where += QLatin1Char(':') + QString::number(diagnostic.line);
    return where.isEmpty() ? diagnostic.message : where + QStringLiteral(": ") + diagnostic.message;
}

} // namespace cm
