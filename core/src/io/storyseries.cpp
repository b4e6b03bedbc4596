#include "conflictmap/storyseries.h"

#include "conflictmap/gazetteer.h"

namespace cm {

QString seriesStepId(SeriesStep step)
{
    switch (step) {
    case SeriesStep::Day:
        return QStringLiteral("day");
    case SeriesStep::Week:
        return QStringLiteral("week");
    case SeriesStep::Month:
        return QStringLiteral("month");
    }
    return {};
}

SeriesStep seriesStepFromId(const QString &id, bool *ok)
{
    const QString key = id.trimmed().toLower();
    for (SeriesStep step : {SeriesStep::Day, SeriesStep::Week, SeriesStep::Month}) {
        if (key == seriesStepId(step)) {
            if (ok)
                *ok = true;
            return step;
        }
    }
    if (ok)
        *ok = false;
    return SeriesStep::Week;
}

QVector<QDate> seriesDates(const QDate &from, const QDate &to, SeriesStep step)
{
    QVector<QDate> dates;
    if (!from.isValid() || !to.isValid() || to < from)
        return dates;
    for (int i = 0;; ++i) {
        // Months count from `from` each time, so 31 Jan, 28 Feb, 31 Mar does not drift to the 28th.
        const QDate date = step == SeriesStep::Day    ? from.addDays(i)
                           : step == SeriesStep::Week ? from.addDays(7 * qint64(i))
                                                      : from.addMonths(i);
        if (date > to)
            break;
        dates.append(date);
    }
    if (dates.last() != to)
        dates.append(to);
    return dates;
}

struct StorySeries::Data {
    ControlModel model;
    ZoneBuilder builder;
    QDate first;
    QDate last;
};

StorySeries::StorySeries() : d(std::make_unique<Data>()) {}
StorySeries::~StorySeries() = default;

bool StorySeries::loadLand(const QString &path, Diagnostics *diagnostics)
{
    return d->builder.loadLand(path, QString(), diagnostics);
}

void StorySeries::setEvents(const ControlEvents &events, const Gazetteer *gazetteer)
{
    d->model.setEvents(events);
    const QVector<QDate> dates = d->model.eventDates();
    d->first = dates.isEmpty() ? QDate() : dates.first();
    d->last = dates.isEmpty() ? QDate() : dates.last();

    // Every known place is listed at any date; the state at the last date names them best.
    const ControlState state = d->model.stateAt(d->last.isValid() ? d->last : QDate(2017, 12, 31));
    QVector<ZonePlace> places;
    for (const PlaceState &place : state.places) {
        if (!place.hasLocation())
            continue;
        ZonePlace zonePlace{place.placeId, place.name, place.lat, place.lon, 0};
        const int index = gazetteer ? gazetteer->indexOf(place.placeId) : -1;
        if (index >= 0)
            zonePlace.population = gazetteer->place(index).population;
        places.append(zonePlace);
    }
    d->builder.setPlaces(places);
}

const ControlModel &StorySeries::model() const
{
    return d->model;
}
const ControlEvents &StorySeries::events() const
{
    return d->model.events();
}
ZoneBuilder &StorySeries::zoneBuilder()
{
    return d->builder;
}
QDate StorySeries::firstEventDate() const
{
    return d->first;
}
QDate StorySeries::lastEventDate() const
{
    return d->last;
}

StoryFrame StorySeries::frameAt(const QDate &date)
{
    StoryFrame frame;
    frame.date = date;
    frame.state = d->model.stateAt(date);
    frame.zones = d->builder.compute(frame.state);
    frame.zones.date = date;
    return frame;
}

QVector<StoryFrame> StorySeries::frames(const QVector<QDate> &dates,
                                        const std::function<void(int done, int total)> &progress,
                                        const std::atomic_bool *cancel)
{
    QVector<StoryFrame> result;
    result.reserve(dates.size());
    for (const QDate &date : dates) {
        if (cancel && cancel->load())
            return {};
        result.append(frameAt(date));
        if (progress)
            progress(result.size(), dates.size());
    }
    return result;
}

} // namespace cm
