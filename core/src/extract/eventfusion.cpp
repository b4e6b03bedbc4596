#include "conflictmap/eventfusion.h"

#include "conflictmap/geodesy.h"
#include "conflictmap/textnormalize.h"

#include <algorithm>

namespace cm {
namespace {

int windowDays(DatePrecision precision)
{
    switch (precision) {
    case DatePrecision::Day:
        return 0;
    case DatePrecision::Week:
        return 7;
    case DatePrecision::Month:
        return 31;
    case DatePrecision::Year:
        return 366;
    case DatePrecision::Unknown:
        return 100000;
    }
    return 0;
}

bool change(EventKind kind)
{
    return kind == EventKind::Capture || kind == EventKind::Partial;
}

} // namespace

EventFusion::EventFusion(FusionOptions options) : mOptions(options) {}

QVector<FusedEvent> EventFusion::fuse(const ControlEvents &events) const
{
    QVector<FusedEvent> fused;
    auto samePlace = [&](const ControlEvent &a, const ControlEvent &b) {
        if (!a.placeId.isEmpty() && a.placeId == b.placeId)
            return true;
        if (a.hasLocation() && b.hasLocation())
            return distanceKm(a.lat, a.lon, b.lat, b.lon) <= mOptions.maxDistanceKm;
        return foldText(a.place) == foldText(b.place);
    };
    auto dateRange = [](const ControlEvent &e, int slack) {
        QDate from = e.earliest.isValid() ? e.earliest : e.date.addDays(-windowDays(e.precision));
        QDate to = e.latest.isValid() ? e.latest : e.date.addDays(windowDays(e.precision));
        return std::make_pair(from.addDays(-slack), to.addDays(slack));
    };
    for (const ControlEvent &event : events) {
        FusedEvent *target = nullptr;
        for (FusedEvent &candidate : fused) {
            const ControlEvent &e = candidate.event;
            const bool kindOk = (change(e.kind) && change(event.kind)) || e.kind == event.kind;
            if (!kindOk || !samePlace(e, event))
                continue;
            if (e.to != Faction::Unknown && event.to != Faction::Unknown && e.to != event.to)
                continue;
            if (e.date.isValid() && event.date.isValid()) {
                const auto a = dateRange(e, mOptions.slackDays);
                const auto b = dateRange(event, 0);
                if (b.first > a.second || a.first > b.second)
                    continue;
            }
            target = &candidate;
            break;
        }
        if (!target) {
            fused.append({event, {event}});
            continue;
        }
        ControlEvent &merged = target->event;
        target->sources.append(event);
        if (merged.to == Faction::Unknown)
            merged.to = event.to;
        if (merged.from == Faction::Unknown)
            merged.from = event.from;
        if (merged.kind == EventKind::Partial && event.kind == EventKind::Capture)
            merged.kind = EventKind::Capture;
        if (event.date.isValid() &&
            (!merged.date.isValid() || windowDays(event.precision) < windowDays(merged.precision))) {
            merged.date = event.date;
            merged.precision = event.precision;
            merged.earliest = event.earliest;
            merged.latest = event.latest;
            merged.dateNote = event.dateNote;
        }
        merged.confidence = std::min(1.0, std::max(merged.confidence, event.confidence) + 0.05);
    }
    return fused;
}

} // namespace cm
