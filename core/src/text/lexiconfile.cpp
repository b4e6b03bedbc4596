#include "text/lexiconfile.h"

#include <QFile>

namespace cm {

bool readLexiconFile(const QString &path, int minColumns, QVector<LexiconRow> *rows, Diagnostics *diagnostics)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (diagnostics)
            diagnostics->append({path, 0,
                                 QStringLiteral("cannot read lexicon file: %1").arg(file.errorString()),
                                 Diagnostic::Severity::Error});
        return false;
    }
    const QString content = QString::fromUtf8(file.readAll());
    const QStringList lines = content.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.trimmed().isEmpty() || line.trimmed().startsWith(QLatin1Char('#')))
            continue;
        QStringList columns = line.split(QLatin1Char('\t'));
        for (QString &column : columns)
            column = column.trimmed();
        if (columns.size() < minColumns) {
            if (diagnostics)
                diagnostics->append({path, i + 1,
                                     QStringLiteral("expected %1 tab-separated columns, found %2")
                                         .arg(minColumns)
                                         .arg(columns.size()),
                                     Diagnostic::Severity::Warning});
            continue;
        }
        rows->append({columns, i + 1});
    }
    return true;
}

} // namespace cm
