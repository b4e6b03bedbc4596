#include "conflictmap/chronologydater.h"

#include <algorithm>

namespace cm {

namespace {

bool reports(const ControlEvents &events, const ChronologyEntry &entry, const QDate &published)
{
    return std::any_of(events.begin(), events.end(), [&](const ControlEvent &event) {
        return event.kind == EventKind::Capture && event.placeId == entry.placeId && event.to == entry.to &&
               event.precision == DatePrecision::Day && event.date >= entry.date &&
               event.date <= entry.date.addDays(1) && event.date <= published;
    });
}

} // namespace

ChronologyDater::ChronologyDater(const Chronology &chronology, const EventExtractor &extractor)
    : mChronology(chronology), mExtractor(extractor)
{}

PublicationDate ChronologyDater::date(const Article &article, const QDate &today,
                                      std::shared_ptr<const ArticleReading> *reading) const
{
    if (article.status != ArticleStatus::Ok ||
        (article.publishedSource != DateSource::None && article.publishedSource != DateSource::Inferred))
        return {};
    const QDate lowerBound = article.publishedEarliest;
    const QVector<ChronologyEntry> &entries = mChronology.entries();
    auto inWindow = [&](const ChronologyEntry &entry) {
        return entry.date <= today &&
               (!lowerBound.isValid() ||
                (entry.date >= lowerBound && entry.date <= lowerBound.addDays(kWindowDays)));
    };
    // Most inferred dates have no entry in reach: no need to read the article again.
    if (std::none_of(entries.begin(), entries.end(), inWindow))
        return {};
    // Read once, extracted at each date tried.
    const std::shared_ptr<const ArticleReading> read = mExtractor.read(article);
    if (reading)
        *reading = read;
    const auto scope = EventExtractor::PlaceScope::TownsAndProvinces;
    const ControlEvents found = mExtractor.extract(*read, article.published, scope);

    // Newest first: the first entry that fits wins.
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        const ChronologyEntry &entry = *it;
        if (!inWindow(entry))
            continue;
        const bool named = std::any_of(found.begin(), found.end(), [&](const ControlEvent &event) {
            return event.kind == EventKind::Capture && event.placeId == entry.placeId && event.to == entry.to;
        });
        if (!named)
            continue;
        for (int shift = 0; shift <= 2; ++shift) {
            const QDate published = entry.date.addDays(shift);
            if (published > today)
                break;
            if (!reports(mExtractor.extract(*read, published, scope), entry, published))
                continue;
            PublicationDate result;
            result.date = published;
            result.source = DateSource::Inferred;
            result.earliest = lowerBound;
            result.note = QStringLiteral("inferred: reports as news the capture of %1 by %2, dated %3 in the "
                                         "reference chronology")
                              .arg(entry.place, factionId(entry.to), entry.date.toString(Qt::ISODate));
            return result;
        }
    }
    return {};
}

} // namespace cm
