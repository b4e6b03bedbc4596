// PlaceFinder over the gazetteer's ToponymResolver; a separate unit so that the extractor
// itself does not depend on the gazetteer.
#include "conflictmap/eventextractor.h"
#include "conflictmap/toponymresolver.h"

namespace cm {

PlaceFinder toponymPlaceFinder(const ToponymResolver &resolver)
{
    return [&resolver](const QString &text) {
        QVector<PlaceMention> mentions = resolver.findMentions(text);
        resolver.disambiguate(mentions);
        QVector<PlaceHit> hits;
        hits.reserve(mentions.size());
        const Gazetteer &gazetteer = resolver.gazetteer();
        for (const PlaceMention &mention : mentions) {
            if (!mention.match.isValid())
                continue;
            const Place &place = gazetteer.place(mention.match.index);
            PlaceHit hit;
            hit.start = mention.start;
            hit.length = mention.length;
            hit.surface = mention.surface;
            hit.name = place.displayName();
            hit.id = place.id;
            hit.geonameId = place.geonameId;
            hit.lat = place.lat;
            hit.lon = place.lon;
            hit.country = place.country;
            hit.kind = place.kind;
            hit.province = mention.province;
            hit.confidence = mention.match.confidence;
            hits.append(hit);
        }
        return hits;
    };
}

} // namespace cm
