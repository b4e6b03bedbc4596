// Control state, areas and frontlines on a generated scenario: 5,000 places and 50,000
// events over 2016-2017, with fronts that move (a place is taken by a neighbour's holder).
#include "conflictmap/controlmodel.h"
#include "conflictmap/zonebuilder.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <benchmark/benchmark.h>
#include <cmath>
#include <memory>
#include <random>

namespace {

constexpr int kPlaces = 5000;
constexpr int kEvents = 50000;

struct Scenario {
    QVector<cm::ZonePlace> places;
    cm::ControlEvents events;
    cm::ControlModel model;
    cm::ZoneBuilder builder;
    bool realLand = false;
    double setupSeconds = 0.0;
};

Scenario &scenario()
{
    static std::unique_ptr<Scenario> instance;
    if (instance)
        return *instance;
    instance = std::make_unique<Scenario>();
    Scenario &s = *instance;
    std::mt19937 random(20161017);
    std::uniform_real_distribution<double> lon(34.0, 49.0), lat(29.0, 38.0), unit(0.0, 1.0);

    for (int i = 0; i < kPlaces; ++i) {
        cm::ZonePlace place;
        place.id = QStringLiteral("bench:%1").arg(i);
        place.name = place.id;
        place.lon = lon(random);
        place.lat = lat(random);
        place.population = qint64(std::pow(10.0, 2.5 + 3.5 * unit(random) * unit(random)));
        s.places.append(place);
    }
    // Each place's six nearest neighbours: fronts move between neighbours.
    QVector<QVector<int>> neighbours(kPlaces);
    for (int i = 0; i < kPlaces; ++i) {
        std::vector<std::pair<double, int>> nearest;
        for (int j = 0; j < kPlaces; ++j)
            if (j != i) {
                const double dx = s.places[i].lon - s.places[j].lon, dy = s.places[i].lat - s.places[j].lat;
                nearest.emplace_back(dx * dx + dy * dy, j);
            }
        std::partial_sort(nearest.begin(), nearest.begin() + 6, nearest.end());
        for (int k = 0; k < 6; ++k)
            neighbours[i].append(nearest[size_t(k)].second);
    }
    // Initial holders: the faction of the nearest of eight seeds.
    const QList<cm::Faction> factions = cm::allFactions();
    QVector<cm::Faction> holder(kPlaces);
    for (int i = 0; i < kPlaces; ++i) {
        int best = 0;
        double bestDistance = 1e9;
        for (int k = 0; k < factions.size(); ++k) {
            const cm::ZonePlace &seed = s.places[k * 97];
            const double dx = s.places[i].lon - seed.lon, dy = s.places[i].lat - seed.lat;
            if (dx * dx + dy * dy < bestDistance) {
                bestDistance = dx * dx + dy * dy;
                best = k;
            }
        }
        holder[i] = factions[best];
    }
    const QDate start(2016, 1, 1);
    std::uniform_int_distribution<int> pick(0, kPlaces - 1), side(0, 5);
    for (int e = 0; e < kEvents; ++e) {
        const int place = pick(random);
        const int neighbour = neighbours[place][side(random)];
        cm::ControlEvent event;
        event.folder = QStringLiteral("/bench");
        event.file = QStringLiteral("%1.txt").arg(e / 5);
        event.place = s.places[place].name;
        event.placeId = s.places[place].id;
        event.lat = s.places[place].lat;
        event.lon = s.places[place].lon;
        event.date = start.addDays(e * 730 / kEvents);
        event.precision = cm::DatePrecision::Day;
        event.confidence = 0.8;
        const double roll = unit(random);
        if (roll < 0.05) {
            event.kind = cm::EventKind::Partial;
            event.to = holder[neighbour];
            event.from = holder[place];
        } else if (roll < 0.07) {
            event.kind = cm::EventKind::Denied;
            event.to = holder[neighbour];
        } else if (roll < 0.20 || holder[neighbour] == holder[place]) {
            event.kind = cm::EventKind::Hold;
            event.to = holder[place];
        } else {
            event.kind = cm::EventKind::Capture;
            event.from = holder[place];
            event.to = holder[neighbour];
            holder[place] = holder[neighbour];
        }
        s.events.append(event);
    }
    s.model.setEvents(s.events);

    QElapsedTimer timer;
    timer.start();
    const QString land = QStringLiteral(CM_RESOURCES "/basemap/region.gpkg");
    if (QFileInfo::exists(land))
        s.realLand = s.builder.loadLand(land, QStringLiteral("land"));
    s.builder.setPlaces(s.places);
    s.setupSeconds = timer.elapsed() / 1000.0;
    return s;
}

void BM_StateNewDate(benchmark::State &state)
{
    Scenario &s = scenario();
    int day = 0;
    for (auto _ : state) {
        const cm::ControlState control = s.model.stateAt(QDate(2016, 1, 1).addDays(day));
        benchmark::DoNotOptimize(control.places.size());
        day = (day + 37) % 730;
    }
}
BENCHMARK(BM_StateNewDate)->Unit(benchmark::kMicrosecond);

// Consecutive days, as when playing or dragging the slider.
void BM_ZonesNextDay(benchmark::State &state)
{
    Scenario &s = scenario();
    s.builder.clearCache();
    int day = 0;
    for (auto _ : state) {
        const cm::ControlState control = s.model.stateAt(QDate(2016, 1, 1).addDays(day));
        const cm::ZoneResult zones = s.builder.compute(control);
        benchmark::DoNotOptimize(zones.areas.size());
        day = (day + 1) % 730;
    }
    state.counters["setup_s"] = s.setupSeconds;
    state.counters["real_land"] = s.realLand ? 1 : 0;
}
BENCHMARK(BM_ZonesNextDay)->Unit(benchmark::kMillisecond);

// Jumps of about two months: most classes changed since the last date computed.
void BM_ZonesJump(benchmark::State &state)
{
    Scenario &s = scenario();
    s.builder.clearCache();
    int day = 0;
    for (auto _ : state) {
        const cm::ControlState control = s.model.stateAt(QDate(2016, 1, 1).addDays(day));
        const cm::ZoneResult zones = s.builder.compute(control);
        benchmark::DoNotOptimize(zones.areas.size());
        day = (day + 61) % 730;
    }
}
BENCHMARK(BM_ZonesJump)->Unit(benchmark::kMillisecond);

void BM_ZonesSameDate(benchmark::State &state)
{
    Scenario &s = scenario();
    const cm::ControlState control = s.model.stateAt(QDate(2017, 6, 1));
    s.builder.compute(control);
    for (auto _ : state) {
        const cm::ZoneResult zones = s.builder.compute(s.model.stateAt(QDate(2017, 6, 1)));
        benchmark::DoNotOptimize(zones.areas.size());
    }
}
BENCHMARK(BM_ZonesSameDate)->Unit(benchmark::kMicrosecond);

} // namespace

BENCHMARK_MAIN();
