#include "conflictmap/factionstyle.h"

#include "conflictmap/resources.h"

#include <QFile>
#include <QTextStream>

namespace cm {

FactionStyles FactionStyles::load(const QString &path, Diagnostics *diagnostics)
{
    FactionStyles result;
    const QString file = path.isEmpty() ? Resources::path(QStringLiteral("styles/factions.tsv")) : path;
    QFile input(file);
    if (!input.open(QIODevice::ReadOnly | QIODevice::Text)) {
        if (diagnostics)
            diagnostics->append(
                {file, 0, QStringLiteral("cannot read the faction styles: %1").arg(input.errorString())});
        return result;
    }
    QTextStream stream(&input);
    stream.setAutoDetectUnicode(true);
    bool header = true;
    int lineNumber = 0;
    while (!stream.atEnd()) {
        const QString line = stream.readLine();
        ++lineNumber;
        if (line.trimmed().isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        if (header) { // the first non-comment line names the columns
            header = false;
            continue;
        }
        const QStringList columns = line.split(QLatin1Char('\t'));
        bool lightnessOk = false;
        const int lightness = columns.value(4).toInt(&lightnessOk);
        if (columns.size() < 6 || columns.at(0).isEmpty() || !columns.at(3).startsWith(QLatin1Char('#')) ||
            !lightnessOk) {
            if (diagnostics)
                diagnostics->append(
                    {file, lineNumber,
                     QStringLiteral("expected 6 tab-separated columns: id, label_en, label_fr, "
                                    "fill (#RRGGBB), lightness, pattern"),
                     Diagnostic::Severity::Warning});
            continue;
        }
        result.mStyles.append({columns.at(0).trimmed(), columns.at(1), columns.at(2), columns.at(3).trimmed(),
                               lightness, columns.at(5).trimmed()});
    }
    return result;
}

FactionStyle FactionStyles::style(const QString &id) const
{
    for (const FactionStyle &style : mStyles)
        if (style.id == id)
            return style;
    return {id, id, id, QStringLiteral("#808080"), 54, QStringLiteral("solid")};
}

} // namespace cm
