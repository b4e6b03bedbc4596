#pragma once

#include "conflictmap/diagnostic.h"
#include "conflictmap/faction.h"

#include <QDate>
#include <QString>
#include <QVector>

namespace cm {

/** One well-known control change of the reference chronology. */
struct ChronologyEntry {
    QDate date;      ///< the day it was widely reported as complete
    QString placeId; ///< gazetteer id; a province id ("ne1:…") for a whole province
    QString place;   ///< readable name, for notes
    Faction to = Faction::Unknown;
    Faction from = Faction::Unknown;
};

/** The reference chronology (resources/chronology/events.tsv), used to date articles that
 *  print no publication date. Immutable once loaded; safe to share between threads. */
class Chronology
{
public:
    /** Reads a chronology file (columns: date, place id, place, winner, loser). Bad rows are
     *  reported and skipped; false only when the file cannot be read. */
    bool load(const QString &path, Diagnostics *diagnostics = nullptr);
    /** load(Resources::path("chronology/events.tsv")). */
    bool loadDefault(Diagnostics *diagnostics = nullptr);

    /** Every entry, oldest first. */
    const QVector<ChronologyEntry> &entries() const { return mEntries; }

private:
    QVector<ChronologyEntry> mEntries;
};

} // namespace cm
