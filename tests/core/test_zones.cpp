#include <catch2/catch.hpp>

#include "conflictmap/controlmodel.h"
#include "conflictmap/zonebuilder.h"

#include <QRandomGenerator>
#include <geos_c.h>

using namespace cm;

namespace {

// GEOS straight from its C API: an independent check of the builder's geometry.
struct Geos {
    GEOSContextHandle_t context = GEOS_init_r();
    ~Geos() { GEOS_finish_r(context); }
    GEOSGeometry *read(const QByteArray &wkb) const
    {
        GEOSWKBReader *reader = GEOSWKBReader_create_r(context);
        GEOSGeometry *geometry = GEOSWKBReader_read_r(
            context, reader, reinterpret_cast<const unsigned char *>(wkb.constData()), size_t(wkb.size()));
        GEOSWKBReader_destroy_r(context, reader);
        return geometry;
    }
    double area(const GEOSGeometry *geometry) const
    {
        double value = 0.0;
        GEOSArea_r(context, geometry, &value);
        return value;
    }
};

PlaceState place(const QString &id, double lat, double lon, Faction controller, bool contested = false)
{
    PlaceState state;
    state.placeId = id;
    state.name = id;
    state.lat = lat;
    state.lon = lon;
    state.controller = controller;
    state.contested = contested;
    return state;
}

// Eleven towns of the fixture region with made-up holders; two pairs are close enough to touch.
ControlState handMadeState(const QDate &date)
{
    ControlState state;
    state.date = date;
    state.places = {
        place("raqqa", 35.95, 39.01, Faction::Isis),    place("tabqa", 35.84, 38.55, Faction::Sdf),
        place("manbij", 36.53, 37.95, Faction::Sdf),    place("albab", 36.37, 37.52, Faction::Rebels),
        place("aleppo", 36.20, 37.16, Faction::Regime), place("palmyra", 34.56, 38.28, Faction::Regime),
        place("deir", 35.34, 40.14, Faction::Isis),     place("mayadin", 35.02, 40.45, Faction::Isis, true),
        place("mosul", 36.34, 43.12, Faction::Isis),    place("sea", 34.50, 34.80, Faction::Regime),
        place("nobody", 33.0, 42.0, Faction::Unknown)};
    return state;
}

QVector<ZonePlace> zonePlaces(const ControlState &state)
{
    QVector<ZonePlace> places;
    for (const PlaceState &p : state.places)
        places.append({p.placeId, p.name, p.lat, p.lon, p.placeId == "aleppo" ? 2000000 : 50000});
    return places;
}

void checkGeometry(const ZoneBuilder &builder, const ZoneResult &result)
{
    Geos geos;
    GEOSGeometry *land = geos.read(builder.landWkb());
    REQUIRE(land);
    double sumKm2 = 0.0;
    for (const FactionArea &area : result.areas) {
        GEOSGeometry *a = geos.read(area.wkb);
        REQUIRE(a);
        INFO(area.classId.toStdString());
        CHECK(GEOSisValid_r(geos.context, a) == 1);
        // Inside land (up to the ~1 cm snapping grid).
        GEOSGeometry *outside = GEOSDifference_r(geos.context, a, land);
        CHECK(geos.area(outside) < 1e-8);
        GEOSGeom_destroy_r(geos.context, outside);
        // The dissolve loses and adds nothing: its area is that of its cells.
        double cellsArea = 0.0;
        const QVector<ZoneCell> cells = builder.cells();
        for (const ZoneCell &cell : cells)
            if (area.placeIds.contains(cell.placeId) && !cell.wkb.isEmpty()) {
                GEOSGeometry *c = geos.read(cell.wkb);
                cellsArea += geos.area(c);
                GEOSGeom_destroy_r(geos.context, c);
            }
        CHECK(geos.area(a) == Approx(cellsArea).epsilon(1e-9));
        sumKm2 += area.areaKm2;
        for (const FactionArea &other : result.areas) {
            if (other.classId <= area.classId)
                continue;
            GEOSGeometry *b = geos.read(other.wkb);
            GEOSGeometry *overlap = GEOSIntersection_r(geos.context, a, b);
            CHECK(geos.area(overlap) < 1e-10);
            GEOSGeom_destroy_r(geos.context, overlap);
            GEOSGeom_destroy_r(geos.context, b);
        }
        GEOSGeom_destroy_r(geos.context, a);
    }
    CHECK(sumKm2 == Approx(result.claimedKm2));

    for (const Frontline &frontline : result.frontlines) {
        INFO((frontline.sideA + "/" + frontline.sideB).toStdString());
        CHECK(frontline.sideA < frontline.sideB);
        GEOSGeometry *line = geos.read(frontline.wkb);
        REQUIRE(line);
        CHECK(frontline.lengthKm > 0.0);
        for (const QString &side : {frontline.sideA, frontline.sideB}) {
            const FactionArea *area = result.area(side);
            REQUIRE(area);
            GEOSGeometry *polygon = geos.read(area->wkb);
            GEOSGeometry *boundary = GEOSBoundary_r(geos.context, polygon);
            GEOSGeometry *near = GEOSBuffer_r(geos.context, boundary, 1e-6, 4);
            CHECK(GEOSCovers_r(geos.context, near, line) == 1);
            for (GEOSGeometry *g : {near, boundary, polygon})
                GEOSGeom_destroy_r(geos.context, g);
        }
        GEOSGeom_destroy_r(geos.context, line);
    }
    GEOSGeom_destroy_r(geos.context, land);
}

} // namespace

TEST_CASE("claim radius grows with population within bounds", "[zones]")
{
    ZoneOptions options;
    CHECK(claimRadiusKm(0, options) == options.baseRadiusKm);
    CHECK(claimRadiusKm(100000, options) == Approx(options.baseRadiusKm + 2 * options.radiusPerDecadeKm));
    CHECK(claimRadiusKm(100000000, options) == options.maxRadiusKm);
}

TEST_CASE("areas per faction on hand-made places", "[zones]")
{
    ZoneBuilder builder;
    Diagnostics diagnostics;
    REQUIRE(builder.loadLand(QStringLiteral(CM_TEST_DATA "/zones/land.geojson"), QString(), &diagnostics));
    const ControlState state = handMadeState(QDate(2017, 6, 1));
    builder.setPlaces(zonePlaces(state));

    const QVector<ZoneCell> cells = builder.cells();
    REQUIRE(cells.size() == state.places.size());
    for (const ZoneCell &cell : cells) {
        if (cell.placeId == "sea")
            CHECK(cell.wkb.isEmpty()); // at sea, off the fixture's coast
        else
            CHECK(cell.areaKm2 > 100.0);
    }

    const ZoneResult result = builder.compute(state);
    QStringList classes;
    for (const FactionArea &area : result.areas)
        classes << area.classId;
    CHECK(classes == QStringList{"contested", "isis", "rebels", "regime", "sdf"});
    CHECK(result.area("contested")->placeIds == QStringList{"mayadin"});
    CHECK(result.area("isis")->placeIds == QStringList{"raqqa", "deir", "mosul"});
    CHECK(result.unfilledKm2 > 100.0); // "nobody" claims land but has no known holder
    // A small town's cell is close to its circle: 50,000 people → ~23.6 km → ~1,750 km².
    const double radius = claimRadiusKm(50000, builder.options());
    CHECK(result.area("rebels")->areaKm2 < M_PI * radius * radius * 1.01);

    // Aleppo (big) touches al-Bab; Tabqa touches Raqqa.
    bool rebelsRegime = false, isisSdf = false;
    for (const Frontline &frontline : result.frontlines) {
        rebelsRegime |= frontline.sideA == "rebels" && frontline.sideB == "regime";
        isisSdf |= frontline.sideA == "isis" && frontline.sideB == "sdf";
    }
    CHECK(rebelsRegime);
    CHECK(isisSdf);
    checkGeometry(builder, result);
}

TEST_CASE("a circle-shaped cell has the area of its circle", "[zones]")
{
    ZoneBuilder builder; // no land: the whole region box
    builder.setPlaces({{"a", "a", 33.0, 40.0, 1000}});
    const QVector<ZoneCell> cells = builder.cells();
    const double radius = builder.options().baseRadiusKm;
    const int n = builder.options().circleSegments;
    // The polygon inscribed in a circle of n vertices.
    CHECK(cells.at(0).areaKm2 == Approx(0.5 * n * radius * radius * std::sin(2 * M_PI / n)).epsilon(0.005));
}

TEST_CASE("random places and holders dissolve into valid, disjoint areas", "[zones]")
{
    QRandomGenerator random(42);
    ControlState state;
    state.date = QDate(2016, 1, 1);
    const QList<Faction> factions{Faction::Isis, Faction::Regime, Faction::Sdf};
    for (int i = 0; i < 300; ++i)
        state.places.append(place(QStringLiteral("p%1").arg(i), 32.0 + random.generateDouble() * 5.0,
                                  37.0 + random.generateDouble() * 6.0, factions.at(int(random.bounded(3))),
                                  random.bounded(10) == 0));
    ZoneBuilder builder;
    REQUIRE(builder.loadLand(QStringLiteral(CM_TEST_DATA "/zones/land.geojson")));
    builder.setPlaces(zonePlaces(state));
    const ZoneResult result = builder.compute(state);
    CHECK(result.areas.size() == 4);
    CHECK(result.frontlines.size() >= 3);
    checkGeometry(builder, result);
}

TEST_CASE("results are cached, changes list gains and losses", "[zones]")
{
    ZoneBuilder builder;
    REQUIRE(builder.loadLand(QStringLiteral(CM_TEST_DATA "/zones/land.geojson")));
    ControlState before = handMadeState(QDate(2017, 6, 1));
    builder.setPlaces(zonePlaces(before));
    const ZoneResult first = builder.compute(before);
    CHECK(builder.cacheHits() == 0);
    const ZoneResult again = builder.compute(before);
    CHECK(builder.cacheHits() == 1);
    CHECK(again.areas.size() == first.areas.size());

    ControlState after = before;
    after.date = QDate(2017, 10, 20);
    after.places[0].controller = Faction::Sdf; // Raqqa falls
    const ZoneResult later = builder.compute(after);
    CHECK(builder.cacheHits() == 1);
    CHECK(builder.reusedDissolves() >= 2); // classes that did not change are reused
    CHECK(later.area("sdf")->placeIds.contains("raqqa"));
    CHECK(later.area("sdf")->areaKm2 > first.area("sdf")->areaKm2);

    const ZoneChanges changes = builder.changes(before, after);
    REQUIRE(changes.changes.size() == 2);
    CHECK(changes.changes[0].classId == "isis");
    CHECK(changes.changes[0].placesLost == QStringList{"raqqa"});
    CHECK(changes.changes[1].classId == "sdf");
    CHECK(changes.changes[1].placesGained == QStringList{"raqqa"});
    CHECK(changes.changes[1].areaGainedKm2 == Approx(changes.changes[0].areaLostKm2));
    CHECK(changes.changes[1].areaGainedKm2 ==
          Approx(later.area("sdf")->areaKm2 - first.area("sdf")->areaKm2));
    CHECK_FALSE(changes.changes[1].gainedWkb.isEmpty());
}

TEST_CASE("the land source must hold polygons", "[zones]")
{
    ZoneBuilder builder;
    Diagnostics diagnostics;
    CHECK_FALSE(
        builder.loadLand(QStringLiteral(CM_TEST_DATA "/zones/missing.gpkg"), QString(), &diagnostics));
    REQUIRE(diagnostics.size() == 1);
    CHECK(diagnostics[0].file.endsWith("missing.gpkg"));
}
