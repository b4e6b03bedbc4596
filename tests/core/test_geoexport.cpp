#include <catch2/catch.hpp>

#include "conflictmap/controlmodel.h"
#include "conflictmap/geoexport.h"
#include "conflictmap/zonebuilder.h"

#include <QDir>
#include <QTemporaryDir>
#include <gdal/gdal.h>
#include <gdal/ogr_api.h>
#include <gdal/ogr_srs_api.h>

using namespace cm;

namespace {

ControlEvent event(const QString &place, double lat, double lon, const QDate &date, EventKind kind,
                   Faction to, Faction from = Faction::Unknown)
{
    ControlEvent e;
    e.file = QStringLiteral("article.txt");
    e.place = place;
    e.placeId = QStringLiteral("cm:") + place;
    e.lat = lat;
    e.lon = lon;
    e.date = date;
    e.precision = DatePrecision::Day;
    e.kind = kind;
    e.to = to;
    e.from = from;
    e.confidence = 0.75;
    e.evidence = QStringLiteral("les forces ont pris %1").arg(place);
    e.offset = 12;
    return e;
}

struct Fixture {
    ControlEvents events;
    ControlModel model;
    ControlState state;
    ZoneBuilder builder;
    ZoneResult zones;

    Fixture()
    {
        events = {
            event("raqqa", 35.95, 39.01, QDate(2017, 10, 17), EventKind::Capture, Faction::Sdf,
                  Faction::Isis),
            event("tabqa", 35.84, 38.55, QDate(2017, 5, 10), EventKind::Capture, Faction::Sdf, Faction::Isis),
            event("deir", 35.34, 40.14, QDate(2017, 6, 1), EventKind::Hold, Faction::Isis),
            event("maadan", 35.86, 39.36, QDate(2017, 9, 1), EventKind::Hold, Faction::Isis),
            event("unlocated", 0, 0, QDate(2017, 9, 1), EventKind::Denied, Faction::Regime)};
        events[4].lat = events[4].lon = std::numeric_limits<double>::quiet_NaN();
        model.setEvents(events);
        state = model.stateAt(QDate(2017, 11, 20));
        REQUIRE(builder.loadLand(QStringLiteral(CM_TEST_DATA "/zones/land.geojson")));
        QVector<ZonePlace> places;
        for (const PlaceState &place : state.places)
            if (place.hasLocation())
                places.append({place.placeId, place.name, place.lat, place.lon, 200000});
        builder.setPlaces(places);
        zones = builder.compute(state);
    }
    GeoExportInput input() const { return {state.date, &zones, &state, &events}; }
};

QString text(OGRFeatureH feature, const char *field)
{
    return QString::fromUtf8(OGR_F_GetFieldAsString(feature, OGR_F_GetFieldIndex(feature, field)));
}

void checkSrs(OGRLayerH layer)
{
    OGRSpatialReferenceH srs = OGR_L_GetSpatialRef(layer);
    REQUIRE(srs);
    // GeoPackage stores EPSG:4326; GeoJSON implies OGC:CRS84 (the same datum, lon/lat order).
    OSRAutoIdentifyEPSG(srs);
    const char *code = OSRGetAuthorityCode(srs, nullptr);
    REQUIRE(code);
    CHECK((QByteArray(code) == "4326" || QByteArray(code) == "CRS84"));
    CHECK(OSRIsGeographic(srs));
}

} // namespace

TEST_CASE("GeoPackage export has the four layers with their attributes", "[geoexport]")
{
    Fixture fixture;
    REQUIRE(fixture.zones.areas.size() == 2);
    REQUIRE(fixture.zones.frontlines.size() == 1);
    QTemporaryDir dir;
    const QString path = dir.filePath("zones.gpkg");
    Diagnostics diagnostics;
    REQUIRE(writeGeoExport(path, fixture.input(), &diagnostics));
    CHECK(diagnostics.isEmpty());
    CHECK(geoExportFiles(path, fixture.input()) == QStringList{path});

    OGRRegisterAll();
    GDALDatasetH dataset = GDALOpenEx(path.toUtf8().constData(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
    REQUIRE(dataset);
    REQUIRE(GDALDatasetGetLayerCount(dataset) == 4);

    OGRLayerH areas = GDALDatasetGetLayerByName(dataset, "areas");
    REQUIRE(areas);
    checkSrs(areas);
    CHECK(OGR_L_GetFeatureCount(areas, 1) == 2);
    OGR_L_ResetReading(areas);
    double total = 0.0;
    while (OGRFeatureH feature = OGR_L_GetNextFeature(areas)) {
        const QString faction = text(feature, "faction");
        CHECK((faction == "sdf" || faction == "isis"));
        CHECK(text(feature, "faction_label") == (faction == "sdf" ? QStringLiteral("Syrian Democratic Forces")
                                                                  : QStringLiteral("Islamic State")));
        CHECK(text(feature, "date").startsWith("2017/11/20"));
        CHECK(OGR_F_GetFieldAsInteger(feature, OGR_F_GetFieldIndex(feature, "places")) == 2);
        total += OGR_F_GetFieldAsDouble(feature, OGR_F_GetFieldIndex(feature, "area_km2"));
        OGRGeometryH geometry = OGR_F_GetGeometryRef(feature);
        REQUIRE(geometry);
        CHECK(wkbFlatten(OGR_G_GetGeometryType(geometry)) == wkbMultiPolygon);
        OGR_F_Destroy(feature);
    }
    CHECK(total == Approx(fixture.zones.claimedKm2));

    OGRLayerH frontlines = GDALDatasetGetLayerByName(dataset, "frontlines");
    REQUIRE(frontlines);
    checkSrs(frontlines);
    OGR_L_ResetReading(frontlines);
    OGRFeatureH front = OGR_L_GetNextFeature(frontlines);
    REQUIRE(front);
    CHECK(text(front, "side_a") == "isis");
    CHECK(text(front, "side_b") == "sdf");
    CHECK(OGR_F_GetFieldAsDouble(front, OGR_F_GetFieldIndex(front, "length_km")) > 1.0);
    OGR_F_Destroy(front);

    OGRLayerH places = GDALDatasetGetLayerByName(dataset, "places");
    REQUIRE(places);
    CHECK(OGR_L_GetFeatureCount(places, 1) == 5);
    OGR_L_SetAttributeFilter(places, "place_id = 'cm:raqqa'");
    OGRFeatureH raqqa = OGR_L_GetNextFeature(places);
    REQUIRE(raqqa);
    CHECK(text(raqqa, "controller") == "sdf");
    CHECK(text(raqqa, "last_event_date").startsWith("2017/10/17"));
    CHECK(OGR_F_GetFieldAsInteger(raqqa, OGR_F_GetFieldIndex(raqqa, "contested")) == 0);
    OGR_F_Destroy(raqqa);

    OGRLayerH events = GDALDatasetGetLayerByName(dataset, "events");
    REQUIRE(events);
    checkSrs(events);
    CHECK(OGR_L_GetFeatureCount(events, 1) == 5);
    OGR_L_SetAttributeFilter(events, "kind = 'denied'");
    OGRFeatureH denied = OGR_L_GetNextFeature(events);
    REQUIRE(denied);
    CHECK(text(denied, "to") == "regime");
    CHECK(OGR_F_IsFieldSetAndNotNull(denied, OGR_F_GetFieldIndex(denied, "from")) == 0);
    CHECK(OGR_F_GetGeometryRef(denied) == nullptr);
    CHECK(text(denied, "evidence") == "les forces ont pris unlocated");
    CHECK(OGR_F_GetFieldAsInteger(denied, OGR_F_GetFieldIndex(denied, "offset")) == 12);
    CHECK(OGR_F_GetFieldAsDouble(denied, OGR_F_GetFieldIndex(denied, "confidence")) == Approx(0.75));
    OGR_F_Destroy(denied);
    GDALClose(dataset);
}

TEST_CASE("GeoJSON export writes one file per layer", "[geoexport]")
{
    Fixture fixture;
    QTemporaryDir dir;
    const QString path = dir.filePath("zones.geojson");
    REQUIRE(writeGeoExport(path, fixture.input()));
    const QStringList files = geoExportFiles(path, fixture.input());
    CHECK(files == QStringList{path, dir.filePath("zones-frontlines.geojson"),
                               dir.filePath("zones-places.geojson"), dir.filePath("zones-events.geojson")});
    const int counts[] = {2, 1, 5, 5};
    for (int i = 0; i < files.size(); ++i) {
        GDALDatasetH dataset =
            GDALOpenEx(files[i].toUtf8().constData(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
        REQUIRE(dataset);
        OGRLayerH layer = GDALDatasetGetLayer(dataset, 0);
        CHECK(OGR_L_GetFeatureCount(layer, 1) == counts[i]);
        checkSrs(layer);
        GDALClose(dataset);
    }
}

TEST_CASE("export refuses unknown formats and empty input", "[geoexport]")
{
    Fixture fixture;
    QTemporaryDir dir;
    Diagnostics diagnostics;
    CHECK_FALSE(writeGeoExport(dir.filePath("zones.shp"), fixture.input(), &diagnostics));
    CHECK_FALSE(writeGeoExport(dir.filePath("zones.gpkg"), GeoExportInput{}, &diagnostics));
    CHECK(diagnostics.size() == 2);
    CHECK_FALSE(
        writeGeoExport(QStringLiteral("/nonexistent/folder/zones.gpkg"), fixture.input(), &diagnostics));
    CHECK(diagnostics.size() == 3);
}
