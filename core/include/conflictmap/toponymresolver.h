#pragma once

#include "conflictmap/gazetteer.h"

#include <QString>
#include <QVector>

namespace cm {

/** A place name found in a text. */
struct PlaceMention {
    int start = 0;  ///< offset of the name in the text searched
    int length = 0; ///< length of the name as written
    QString surface; ///< the name as written, without a leading article or preposition
    PlaceCandidate match; ///< the resolved place (match.index -1 when unresolved)
    bool province = false; ///< written as a province ("la province d'Alep")
};

/** Finds and resolves place names in French text: articles and prepositions
 *  (al-, d'al-, à, de), transliteration variants, context disambiguation, and
 *  false friends (people, organisations, far-away capitals) rejected. */
class ToponymResolver
{
public:
    explicit ToponymResolver(const Gazetteer &gazetteer);

    const Gazetteer &gazetteer() const { return mGazetteer; }

    /** The best place for a name on its own (as `conflictmap-cli places` prints it). */
    PlaceCandidate resolve(const QString &name) const;

    /** Place mentions in text[begin, end) (end -1: to the end), in text order. */
    QVector<PlaceMention> findMentions(const QString &text, int begin = 0, int end = -1) const;

    /** Re-ranks ambiguous mentions of one article by context: the region of interest,
     *  nearness to the article's other places, and size. */
    void disambiguate(QVector<PlaceMention> &mentions) const;

private:
    const Gazetteer &mGazetteer;
};

} // namespace cm
