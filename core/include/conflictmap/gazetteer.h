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
    /** Loads one table; may be called several times to add tables. */
    bool loadTable(const QString &path, Diagnostics *diagnostics = nullptr);

    bool isEmpty() const;
    const QVector<Place> &places() const;
    const Place &place(int index) const;
    /** Index of the place with this id, -1 when none. */
    int indexOf(const QString &id) const;

    /** Every place this spelling may mean, best tier first, then by size. */
    QVector<PlaceCandidate> candidates(const QString &name) const;

private:
    struct Data;
    Data *d;
};

} // namespace cm
