#pragma once

#include "conflictmap/gazetteer.h"

#include <QString>
#include <QVector>

namespace cm {

/** A place name found in a text. */
struct PlaceMention {
    int start = 0;         ///< offset of the name in the text searched
    int length = 0;        ///< length of the name as written
    QString surface;       ///< the name as written, without a leading article or preposition
    PlaceCandidate match;  ///< the resolved place (match.index -1 when unresolved)
    bool province = false; ///< written as a province ("la province d'Alep")
};

/** What resolve() understood of a name, for tools that explain their answer. */
struct PlaceResolution {
    PlaceCandidate match; ///< invalid when nothing matched or the name was rejected
    QString name;         ///< the name once leading French words are removed ("Alep" of "la province d'Alep")
    bool province = false; ///< the name was given as a province
    QString rejectedAs;   ///< false-friend category ("person", "organisation", "foreign", "word"), else empty
    int alternatives = 0; ///< other places that matched as well in the winning tier group
};

/** Finds and resolves place names in French text: articles and prepositions
 *  (al-, d'al-, à, de), transliteration variants, context disambiguation, and
 *  false friends (people, organisations, far-away capitals) rejected. */
class ToponymResolver
{
public:
    explicit ToponymResolver(const Gazetteer &gazetteer);

    const Gazetteer &gazetteer() const { return mGazetteer; }

    /** The best place for a name on its own (as `conflictmap-cli places` prints it).
     *  Leading French words are ignored ("à Raqqa", "d'al-Bab", "la province d'Alep" gives
     *  the province). Invalid when nothing matches or the name is a false friend. Places
     *  outside the region of interest are only returned when nothing inside matches, with
     *  half the confidence. Loose tiers never win over a cheaper one. */
    PlaceCandidate resolve(const QString &name) const;

    /** resolve() with what was understood and why a name was rejected. */
    PlaceResolution explain(const QString &name) const;

    /** The false-friend category of a name ("person", "organisation", "foreign", "word")
     *  from resources/gazetteer/not_places.txt, or empty. */
    QString falseFriendCategory(const QString &name) const;

    /** Place mentions in text[begin, end) (end -1: to the end), in text order. Looks at
     *  runs of capitalised words (with particles: "al-Raï", "Deir ez-Zor", "d'al-Bab"),
     *  longest match first; skips false friends, stop words and persons; loose
     *  (skeleton) matches only after a place cue ("à", "de", "ville de"). Each mention is
     *  resolved on its own: call disambiguate() with all mentions of an article. Linear in
     *  the length of the text; thread-safe. */
    QVector<PlaceMention> findMentions(const QString &text, int begin = 0, int end = -1) const;

    /** Re-ranks ambiguous mentions of one article by context: the region of interest,
     *  nearness to the article's other places, and size. */
    void disambiguate(QVector<PlaceMention> &mentions) const;

private:
    const Gazetteer &mGazetteer;
};

} // namespace cm
