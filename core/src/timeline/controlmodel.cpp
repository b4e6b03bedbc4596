#include "conflictmap/controlmodel.h"

#include "conflictmap/textnormalize.h"

#include <QMutex>
#include <QMutexLocker>
#include <algorithm>
#include <map>

namespace cm {

int ControlState::indexOf(const QString &placeId) const
{
    for (int i = 0; i < places.size(); ++i)
        if (places.at(i).placeId == placeId)
            return i;
    return -1;
}

namespace {

bool settles(const ControlEvent &event)
{
    return event.kind == EventKind::Capture || event.kind == EventKind::Hold;
}

// The days an event may have happened on: its bounds when the extractor gave them.
QDate rangeStart(const ControlEvent &event)
{
    return event.earliest.isValid() && event.latest.isValid() ? std::min(event.earliest, event.date)
                                                              : event.date;
}
QDate rangeEnd(const ControlEvent &event)
{
    return event.earliest.isValid() && event.latest.isValid() ? std::max(event.latest, event.date)
                                                              : event.date;
}

struct Segment {
    QDate from; ///< first day of validity; invalid for the segment before every change
    PlaceState state;
};

struct PlaceData {
    PlaceState base;          ///< id, name, location
    QVector<int> dated;       ///< dated events, by date then load order
    QVector<Segment> history; ///< states by first day; history[0] holds before any change
    /** reachEnd[i]: the latest rangeEnd of dated[0..i], so that the events that cannot overlap
     *  a day are skipped by a binary search (nondecreasing). */
    QVector<QDate> reachEnd;
    /** lastSettling[i]: index into dated of the last capture or hold in dated[0..i], or -1. */
    QVector<int> lastSettling;
};

} // namespace

struct ControlModel::Data {
    ControlRules rules;
    ControlEvents events;
    QVector<QString> sources; ///< per event: folder + file, the "source" of disagreement rules
    QStringList placeIds;
    QHash<QString, int> placeIndex;
    QVector<PlaceData> places;
    QVector<int> undated;
    QVector<int> unplaced;
    QVector<QDate> eventDates;
    // Recent states by date: asking again for a date (redraws, exports) costs a copy.
    mutable QMutex cacheMutex;
    mutable QVector<ControlState> cache;

    PlaceState evaluate(const PlaceData &place, const QDate &date) const;
    void buildHistory(PlaceData &place) const;
};

ControlModel::ControlModel() : d(std::make_unique<Data>()) {}
ControlModel::~ControlModel() = default;

void ControlModel::setRules(const ControlRules &rules)
{
    d->rules = rules;
    d->rules.contestedDays = std::max(0, rules.contestedDays);
    d->cache.clear();
    for (PlaceData &place : d->places)
        d->buildHistory(place);
}

ControlRules ControlModel::rules() const
{
    return d->rules;
}
const ControlEvents &ControlModel::events() const
{
    return d->events;
}
const QStringList &ControlModel::placeIds() const
{
    return d->placeIds;
}
int ControlModel::placeIndex(const QString &placeId) const
{
    return d->placeIndex.value(placeId, -1);
}

QVector<int> ControlModel::placeEvents(int placeIndex) const
{
    if (placeIndex < 0 || placeIndex >= d->places.size())
        return {};
    return d->places.at(placeIndex).dated;
}

QVector<QDate> ControlModel::eventDates() const
{
    return d->eventDates;
}

QString ControlModel::placeKey(const ControlEvent &event)
{
    if (!event.placeId.isEmpty())
        return event.placeId;
    if (event.geonameId > 0)
        return QStringLiteral("gn:%1").arg(event.geonameId);
    // About 1 km: two extractions of one unnamed place land on the same key.
    if (event.hasLocation())
        return QStringLiteral("ll:%1,%2").arg(event.lat, 0, 'f', 2).arg(event.lon, 0, 'f', 2);
    const QString name = foldText(event.place.isEmpty() ? event.surface : event.place);
    return name.isEmpty() ? QString() : QStringLiteral("name:") + name;
}

void ControlModel::setEvents(const ControlEvents &events)
{
    d->events = events;
    d->sources.clear();
    d->placeIds.clear();
    d->placeIndex.clear();
    d->places.clear();
    d->undated.clear();
    d->unplaced.clear();
    d->eventDates.clear();
    d->cache.clear();

    for (int i = 0; i < events.size(); ++i) {
        const ControlEvent &event = events.at(i);
        d->sources.append(event.folder + QLatin1Char('/') + event.file);
        const QString key = placeKey(event);
        if (key.isEmpty()) {
            d->unplaced.append(i);
            continue;
        }
        int index = d->placeIndex.value(key, -1);
        if (index < 0) {
            index = d->places.size();
            d->placeIndex.insert(key, index);
            d->placeIds.append(key);
            PlaceData place;
            place.base.placeId = key;
            d->places.append(place);
        }
        PlaceData &place = d->places[index];
        if (!event.place.isEmpty())
            place.base.name = event.place;
        else if (place.base.name.isEmpty())
            place.base.name = event.surface;
        if (!place.base.hasLocation() && event.hasLocation()) {
            place.base.lat = event.lat;
            place.base.lon = event.lon;
        }
        if (event.date.isValid()) {
            place.dated.append(i);
            d->eventDates.append(event.date);
        } else {
            d->undated.append(i);
        }
    }
    std::sort(d->eventDates.begin(), d->eventDates.end());
    d->eventDates.erase(std::unique(d->eventDates.begin(), d->eventDates.end()), d->eventDates.end());

    for (PlaceData &place : d->places) {
        std::stable_sort(place.dated.begin(), place.dated.end(),
                         [this](int a, int b) { return d->events.at(a).date < d->events.at(b).date; });
        d->buildHistory(place);
    }
}

// The state changes only on event days and on the day after a partial lapses: evaluate
// the rules once per such day and keep the results.
void ControlModel::Data::buildHistory(PlaceData &place) const
{
    QVector<QDate> changes;
    for (int index : place.dated) {
        const ControlEvent &event = events.at(index);
        changes.append(event.date);
        if (event.kind == EventKind::Partial)
            changes.append(event.date.addDays(rules.contestedDays));
    }
    std::sort(changes.begin(), changes.end());
    changes.erase(std::unique(changes.begin(), changes.end()), changes.end());

    place.reachEnd.resize(place.dated.size());
    place.lastSettling.resize(place.dated.size());
    QDate reach;
    int settling = -1;
    for (int i = 0; i < place.dated.size(); ++i) {
        const ControlEvent &event = events.at(place.dated.at(i));
        reach = i == 0 ? rangeEnd(event) : std::max(reach, rangeEnd(event));
        place.reachEnd[i] = reach;
        if (settles(event))
            settling = i;
        place.lastSettling[i] = settling;
    }

    place.history.clear();
    const QDate before = changes.isEmpty() ? QDate(2000, 1, 1) : changes.first().addDays(-1);
    place.history.append({QDate(), evaluate(place, before)});
    for (const QDate &day : changes)
        place.history.append({day, evaluate(place, day)});
}

PlaceState ControlModel::Data::evaluate(const PlaceData &place, const QDate &date) const
{
    PlaceState state = place.base;
    const QVector<int> &dated = place.dated;
    // dated[0, count) are on or before date
    const int count =
        int(std::upper_bound(dated.begin(), dated.end(), date,
                             [this](const QDate &day, int index) { return day < events.at(index).date; }) -
            dated.begin());

    state.eventCount = count;
    if (count > 0)
        state.lastEventDate = events.at(dated.at(count - 1)).date;
    for (int i = 0; i < count; ++i)
        if (events.at(dated.at(i)).kind == EventKind::Denied)
            state.denied.append(dated.at(i));
    std::sort(state.denied.begin(), state.denied.end());

    const int lastSettling = count > 0 ? place.lastSettling.at(count - 1) : -1;
    const QDate governingDay = lastSettling >= 0 ? events.at(dated.at(lastSettling)).date : QDate();
    // the events of the governing day and after: dated[governingFirst, count)
    int governingFirst = count;
    if (governingDay.isValid())
        while (governingFirst > 0 && events.at(dated.at(governingFirst - 1)).date >= governingDay)
            --governingFirst;

    if (governingDay.isValid()) {
        // One claim per source: the last statement of that day in its text.
        std::map<QString, int> claimBySource;
        for (int i = governingFirst; i < count; ++i) {
            const int index = dated.at(i);
            const ControlEvent &event = events.at(index);
            if (!settles(event) || event.date != governingDay)
                continue;
            auto it = claimBySource.find(sources.at(index));
            if (it == claimBySource.end() || events.at(it->second).offset <= event.offset)
                claimBySource[sources.at(index)] = index;
        }
        // Winner: most sources, then highest confidence, then loaded first.
        QHash<int, int> votes;
        for (const auto &claim : claimBySource)
            if (events.at(claim.second).to != Faction::Unknown)
                ++votes[int(events.at(claim.second).to)];
        int winner = -1;
        for (const auto &claim : claimBySource) {
            const int index = claim.second;
            if (winner < 0) {
                winner = index;
                continue;
            }
            const ControlEvent &a = events.at(index);
            const ControlEvent &b = events.at(winner);
            const int va = votes.value(int(a.to)), vb = votes.value(int(b.to));
            if (a.to != Faction::Unknown && b.to == Faction::Unknown)
                winner = index;
            else if (va != vb ? va > vb
                              : (a.confidence != b.confidence ? a.confidence > b.confidence : index < winner))
                winner = index;
        }
        state.decidingEvent = winner;
        state.controller = events.at(winner).to;

        // Conflict: a different source claiming another holder over overlapping days. Events
        // whose days all end before the decider's start are skipped.
        const ControlEvent &decider = events.at(winner);
        const int firstReaching = int(
            std::lower_bound(place.reachEnd.begin(), place.reachEnd.begin() + count, rangeStart(decider)) -
            place.reachEnd.begin());
        for (int i = firstReaching; i < count; ++i) {
            const int index = dated.at(i);
            const ControlEvent &event = events.at(index);
            if (!settles(event) || event.to == Faction::Unknown || event.to == state.controller ||
                sources.at(index) == sources.at(winner))
                continue;
            if (rangeEnd(event) < rangeStart(decider) || rangeEnd(decider) < rangeStart(event))
                continue;
            state.conflictEvents.append(index);
            if (!state.conflictFactions.contains(event.to))
                state.conflictFactions.append(event.to);
        }
        if (!state.conflictEvents.isEmpty()) {
            state.conflict = true;
            state.conflictEvents.append(winner);
            if (state.controller != Faction::Unknown && !state.conflictFactions.contains(state.controller))
                state.conflictFactions.append(state.controller);
            std::sort(state.conflictEvents.begin(), state.conflictEvents.end());
            std::sort(state.conflictFactions.begin(), state.conflictFactions.end());
        }
    }

    // Partials after the governing day (same day included: it does not settle them).
    int partial = -1;
    for (int i = governingDay.isValid() ? governingFirst : 0; i < count; ++i) {
        const ControlEvent &event = events.at(dated.at(i));
        if (event.kind != EventKind::Partial || (governingDay.isValid() && event.date < governingDay))
            continue;
        if (state.controller == Faction::Unknown && event.from != Faction::Unknown) {
            state.controller = event.from;
            state.inferred = true;
        }
        if (date < event.date.addDays(rules.contestedDays))
            partial = dated.at(i);
    }

    // Back-fill from the next capture (or partial) that names who lost the place.
    if (state.controller == Faction::Unknown) {
        for (int i = count; i < dated.size(); ++i) {
            const ControlEvent &event = events.at(dated.at(i));
            if ((event.kind == EventKind::Capture || event.kind == EventKind::Partial) &&
                event.from != Faction::Unknown) {
                state.controller = event.from;
                state.inferred = true;
                break;
            }
            if (settles(event))
                break;
        }
    }

    if (partial >= 0 && events.at(partial).to != state.controller) {
        state.contested = true;
        state.contestedBy = events.at(partial).to;
        state.contestedUntil = events.at(partial).date.addDays(rules.contestedDays - 1);
    }
    return state;
}

ControlState ControlModel::stateAt(const QDate &date) const
{
    ControlState result;
    result.date = date;
    result.undatedEvents = d->undated;
    result.unplacedEvents = d->unplaced;
    if (!date.isValid())
        return result;
    {
        QMutexLocker lock(&d->cacheMutex);
        for (int i = 0; i < d->cache.size(); ++i)
            if (d->cache.at(i).date == date) {
                d->cache.move(i, d->cache.size() - 1);
                return d->cache.last();
            }
    }
    result.places.reserve(d->places.size());
    for (int i = 0; i < d->places.size(); ++i)
        result.places.append(placeStateAt(i, date));
    QMutexLocker lock(&d->cacheMutex);
    if (d->cache.size() >= 16)
        d->cache.removeFirst();
    d->cache.append(result);
    return result;
}

PlaceState ControlModel::placeStateAt(int placeIndex, const QDate &date) const
{
    if (placeIndex < 0 || placeIndex >= d->places.size() || !date.isValid())
        return {};
    const QVector<Segment> &history = d->places.at(placeIndex).history;
    // history[1..] are sorted by first day; history[0] covers everything before them.
    const auto it =
        std::upper_bound(history.cbegin() + 1, history.cend(), date,
                         [](const QDate &day, const Segment &segment) { return day < segment.from; });
    return (it - 1)->state;
}

} // namespace cm
