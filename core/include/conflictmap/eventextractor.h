#pragma once

#include "conflictmap/actorlexicon.h"
#include "conflictmap/article.h"
#include "conflictmap/chronology.h"
#include "conflictmap/controlevent.h"
#include "conflictmap/framelexicon.h"
#include "conflictmap/place.h"
#include "conflictmap/sentencesplitter.h"
#include "conflictmap/temporalresolver.h"

#include <QHash>
#include <functional>
#include <limits>
#include <memory>

namespace cm {

class ToponymResolver;

/** A place name found in an article's text, resolved to a place. */
struct PlaceHit {
    int start = 0;                                         ///< offset of the name in the text
    int length = 0;                                        ///< characters
    QString surface;                                       ///< as written
    QString name;                                          ///< display name of the place
    QString id;                                            ///< gazetteer id, empty if unresolved
    qint64 geonameId = 0;                                  ///< 0 when not from GeoNames
    double lat = std::numeric_limits<double>::quiet_NaN(); ///< WGS 84 degrees
    double lon = std::numeric_limits<double>::quiet_NaN();
    QString country; ///< ISO 3166-1 alpha-2, may be empty
    PlaceKind kind = PlaceKind::Town;
    bool province = false; ///< written as a province ("la province d'Alep")
    double confidence = 1.0;
    int end() const { return start + length; }
};

/** Finds the place names of a whole text (offsets into that text), in text order. */
using PlaceFinder = std::function<QVector<PlaceHit>(const QString &text)>;

/** A PlaceFinder over a ToponymResolver: findMentions, then disambiguate across the text.
 *  The resolver must outlive the finder. */
PlaceFinder toponymPlaceFinder(const ToponymResolver &resolver);

/** Defaults an analyst applies when the text leaves a role open (resources/lexicon/priors.tsv):
 *  country → winner of a capture from a given loser. */
struct ExtractionPriors {
    /** key: "<country ISO2>:<loser faction id>", value: winner. */
    QHash<QString, Faction> winnerByCountryAndLoser;
    /** key: "<faction id>+<faction id>" of two allies named together as the winners ("les
     *  forces turques et leurs alliés rebelles"), value: the one that holds what they take. */
    QHash<QString, Faction> alliedHolder;
    /** Well-known changes (the reference chronology). A capture whose place, known factions
     *  and date (within its precision, not after publication) fit one of them takes its
     *  winner if the text gives none (before the region's default is tried), and its day if
     *  the text dates it more roughly ("cette année", "en janvier 2015"). */
    QVector<ChronologyEntry> knownChanges;
    /** Loads priors.tsv (columns: country, loser, winner; or "allies", ally, holder); false
     *  when unreadable. */
    bool load(const QString &path, Diagnostics *diagnostics = nullptr);
};

/** Extracts the territorial control events of one article (shared/spec/events.md): sentences,
 *  place and actor mentions, frame triggers with their roles, kinds (capture, hold, partial,
 *  denied), modality and negation filters, dates, then one event per place and statement with
 *  the exact evidence substring. Statements of the same fact in one article are merged.
 *  Thread-safe: extract() may run on several articles at once. */
class ArticleReading;

class EventExtractor
{
public:
    /** The lexicons and the finder must outlive the extractor. */
    EventExtractor(const ActorLexicon &actors, const FrameLexicon &frames, const TemporalResolver &temporal,
                   const SentenceSplitter &splitter, PlaceFinder places, ExtractionPriors priors = {});

    /** Which places an event may be about: the map's towns, or also whole provinces ("l'EI
     *  s'est retiré de la province d'Alep"), which only publication dating uses. */
    enum class PlaceScope { Towns, TownsAndProvinces };

    /** Events of an article, in text order. Uses Article::text, boilerplate, published and
     *  file/folder; an article with no publication date gets dates only from absolute
     *  expressions. */
    ControlEvents extract(const Article &article, PlaceScope scope = PlaceScope::Towns) const;

    /** What extract() reads of an article whatever its publication date (tokens, sentences,
     *  places, actors): read once to extract an article at several dates (ChronologyDater). */
    std::shared_ptr<const ArticleReading> read(const Article &article) const;

    /** extract() of the article `reading` was made from, as if published on `published`. */
    ControlEvents extract(const ArticleReading &reading, const QDate &published,
                          PlaceScope scope = PlaceScope::Towns) const;

    /** Convenience for tests: extract from bare text published on `published`. */
    ControlEvents extractText(const QString &text, const QDate &published, const QString &file = {}) const;

private:
    const ActorLexicon &mActors;
    const FrameLexicon &mFrames;
    const TemporalResolver &mTemporal;
    const SentenceSplitter &mSplitter;
    PlaceFinder mPlaces;
    ExtractionPriors mPriors;
};

} // namespace cm
