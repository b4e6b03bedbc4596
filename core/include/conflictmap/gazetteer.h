#pragma once

#include "conflictmap/diagnostic.h"
#include "conflictmap/place.h"

#include <QHash>
#include <QVector>

namespace cm {

/** How a name matched a gazetteer spelling, cheapest first. */
enum class MatchTier { Exact, Normalised, Transliteration, Skeleton };

/** Contract ids: "exact", "normalised", "transliteration", "skeleton". */
QString matchTierId(MatchTier tier);

/** A gazetteer entry that a name may mean. */
struct PlaceCandidate {
    int index = -1; ///< into Gazetteer::places(); -1 when nothing matched
    MatchTier tier = MatchTier::Exact;
    double confidence = 0.0; ///< 0..1, lower for looser tiers
    bool isValid() const { return index >= 0; }
};

struct GazetteerData; // the indexes, private to the gazetteer module

/** True when a point lies in the region of interest, 34–49°E and 29–38°N (Syria, Iraq
 *  and their borders), bounds included. Degrees WGS 84. */
bool isInRegionOfInterest(double lat, double lon);

/** The place names of the region: GeoNames towns, provinces, countries and a curated
 *  supplement, with tiered spelling lookup. Immutable once loaded; safe to share
 *  between threads. */
class Gazetteer
{
public:
    Gazetteer();
    ~Gazetteer();
    Gazetteer(const Gazetteer &) = delete;
    Gazetteer &operator=(const Gazetteer &) = delete;
    Gazetteer(Gazetteer &&) noexcept;
    Gazetteer &operator=(Gazetteer &&) noexcept;

    /** Loads every *.tsv table of a folder (columns as resources/gazetteer/places.tsv);
     *  bad lines are reported in `diagnostics` and skipped. */
    bool loadFolder(const QString &directory, Diagnostics *diagnostics = nullptr);
    /** Loads one table; may be called several times to add tables. The first load also
     *  reads the matching rules (transliteration.txt, not_places.txt, cues.txt) from the
     *  table's folder, or else from Resources' gazetteer folder. A table without `id`,
     *  `name`, `lat` and `lon` columns is not a place table: skipped with a warning.
     *  Columns are found by their header name; extra columns (`source`) are ignored. */
    bool loadTable(const QString &path, Diagnostics *diagnostics = nullptr);
    /** Reads the matching rules (transliteration.txt, not_places.txt, cues.txt) from a
     *  folder and re-indexes the loaded places; false when a file is missing. */
    bool loadRules(const QString &directory, Diagnostics *diagnostics = nullptr);

    bool isEmpty() const;
    const QVector<Place> &places() const;
    const Place &place(int index) const;
    /** Index of the place with this id, -1 when none. */
    int indexOf(const QString &id) const;

    /** Every place this spelling may mean, best tier first, then by size. Confidence is
     *  the tier's (exact 1.0, normalised 0.9, transliteration 0.7, skeleton 0.45). */
    QVector<PlaceCandidate> candidates(const QString &name) const;

private:
    friend class ToponymResolver;
    GazetteerData *d;
};

} // namespace cm
