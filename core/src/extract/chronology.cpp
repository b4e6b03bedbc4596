#include "conflictmap/chronology.h"

#include "conflictmap/resources.h"
#include "text/lexiconfile.h"

#include <algorithm>

namespace cm {

bool Chronology::load(const QString &path, Diagnostics *diagnostics)
{
    QVector<LexiconRow> rows;
    if (!readLexiconFile(path, 5, &rows, diagnostics))
        return false;
    for (const LexiconRow &row : rows) {
        ChronologyEntry entry;
        entry.date = QDate::fromString(row.columns.at(0), Qt::ISODate);
        entry.placeId = row.columns.at(1);
        entry.place = row.columns.at(2);
        entry.to = factionFromId(row.columns.at(3));
        entry.from = factionFromId(row.columns.at(4));
        QString problem;
        if (!entry.date.isValid())
            problem = QStringLiteral("not a YYYY-MM-DD date: %1").arg(row.columns.at(0));
        else if (entry.placeId.isEmpty())
            problem = QStringLiteral("no place id");
        else if (entry.to == Faction::Unknown)
            problem = QStringLiteral("unknown winner faction: %1").arg(row.columns.at(3));
        if (!problem.isEmpty()) {
            if (diagnostics)
                diagnostics->append({path, row.line, problem, Diagnostic::Severity::Warning});
            continue;
        }
        mEntries.append(entry);
    }
    std::stable_sort(mEntries.begin(), mEntries.end(),
                     [](const ChronologyEntry &a, const ChronologyEntry &b) { return a.date < b.date; });
    return true;
}

bool Chronology::loadDefault(Diagnostics *diagnostics)
{
    return load(Resources::path(QStringLiteral("chronology/events.tsv")), diagnostics);
}

} // namespace cm
