// Indexes behind cm::Gazetteer, shared with cm::ToponymResolver (private to the module).
#pragma once

#include "conflictmap/gazetteer.h"
#include "gazetteer/namekeys.h"
#include "gazetteer/toponymrules.h"

#include <QHash>
#include <QSet>
#include <QVector>

namespace cm {

/** One place a key leads to. */
struct IndexEntry {
    int place = -1;
    bool primary = false; ///< the key comes from the main or French name, not an alternate
};

/** One place a skeleton leads to, with the transliteration key of the spelling, so a
 *  skeleton match can be checked for closeness. */
struct SkeletonEntry {
    int place = -1;
    bool primary = false;
    QString translit;
};

/** A place found for a name, before ranking. */
struct NameHit {
    int place = -1;
    MatchTier tier = MatchTier::Exact;
    bool primary = false;
};

struct GazetteerData {
    /** Changes whenever the indexes change, so that caches of lookups know they are stale. */
    quint64 serial = 0;
    QVector<Place> places;
    QHash<QString, int> byId;
    NameKeyer keyer;
    ToponymRules rules;
    bool rulesLoaded = false;

    QHash<QString, QVector<IndexEntry>> exact;
    QHash<QString, QVector<IndexEntry>> normalised;
    QHash<QString, QVector<IndexEntry>> translit;
    QHash<QString, QVector<SkeletonEntry>> skeleton;
    /** First words of the names of sites, dams, airbases, crossings and districts written
     *  with a noun ("barrage" of "barrage de Tabqa"). */
    QSet<QString> siteLeadWords;

    void index(int place);
    void reindex();
    /** Gives the data a new serial (after any change). */
    void touch();
    /** Places for these keys, each once at its cheapest tier, in tier order; without
     *  `loose`, only the exact and normalised tiers. */
    QVector<NameHit> lookup(const NameKeys &keys, bool loose = true) const;
};

/** The confidence of a tier, 0..1. */
double tierConfidence(MatchTier tier);

/** How likely a place is to be meant when nothing else tells: log10 of the population
 *  with a floor by kind, so larger places win ties. */
double sizeScore(const Place &place);

} // namespace cm
