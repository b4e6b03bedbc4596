#include "catch_qt.h"

#include "conflictmap/jsonformat.h"
#include "conflictmap/storyexport.h"
#include "conflictmap/storyseries.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <gdal/gdal.h>
#include <gdal/ogr_api.h>
#include <gdal/ogr_srs_api.h>

using namespace cm;

namespace {

ControlEvents seedEvents()
{
    QFile file(QStringLiteral(CM_TEST_DATA "/zones/seed_events.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    ControlEvents events;
    const QJsonArray array =
        QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("events")).toArray();
    for (const QJsonValue &value : array)
        events.append(eventFromJson(value.toObject()));
    return events;
}

// One dataset handle closed at scope exit.
struct Ogr {
    explicit Ogr(const QString &path)
    {
        GDALAllRegister();
        handle = GDALOpenEx(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr,
                            nullptr);
    }
    ~Ogr()
    {
        if (handle)
            GDALClose(handle);
    }
    OGRLayerH layer(const char *name) const { return GDALDatasetGetLayerByName(handle, name); }
    QStringList layerNames() const
    {
        QStringList names;
        for (int i = 0; i < GDALDatasetGetLayerCount(handle); ++i)
            names << QString::fromUtf8(OGR_L_GetName(GDALDatasetGetLayer(handle, i)));
        return names;
    }
    GDALDatasetH handle = nullptr;
};

QStringList fieldNames(OGRLayerH layer)
{
    QStringList names;
    OGRFeatureDefnH definition = OGR_L_GetLayerDefn(layer);
    for (int i = 0; i < OGR_FD_GetFieldCount(definition); ++i)
        names << QString::fromUtf8(OGR_Fld_GetNameRef(OGR_FD_GetFieldDefn(definition, i)));
    return names;
}

OGRFieldType fieldType(OGRLayerH layer, const char *name)
{
    OGRFeatureDefnH definition = OGR_L_GetLayerDefn(layer);
    return OGR_Fld_GetType(OGR_FD_GetFieldDefn(definition, OGR_FD_GetFieldIndex(definition, name)));
}

int epsgOf(OGRLayerH layer)
{
    OGRSpatialReferenceH srs = OGR_L_GetSpatialRef(layer);
    if (!srs)
        return 0;
    OSRAutoIdentifyEPSG(srs);
    const char *code = OSRGetAuthorityCode(srs, nullptr);
    return code ? QByteArray(code).toInt() : 0;
}

QString text(OGRFeatureH feature, const char *field)
{
    return QString::fromUtf8(OGR_F_GetFieldAsString(feature, OGR_F_GetFieldIndex(feature, field)));
}

struct Story {
    StorySeries series;
    QVector<QDate> dates;
    QVector<StoryFrame> frames;
    int areaRows = 0;
    int frontRows = 0;

    Story()
    {
        REQUIRE(series.loadLand(QStringLiteral(CM_TEST_DATA "/zones/land.geojson")));
        series.setEvents(seedEvents());
        dates = seriesDates(QDate(2016, 1, 1), QDate(2017, 11, 20), SeriesStep::Month);
        frames = series.frames(dates);
        for (const StoryFrame &frame : frames) {
            areaRows += frame.zones.areas.size();
            frontRows += frame.zones.frontlines.size();
        }
    }
};

} // namespace

TEST_CASE("series dates include both ends and do not drift", "[dataexport]")
{
    const QVector<QDate> weeks = seriesDates(QDate(2017, 1, 1), QDate(2017, 1, 20), SeriesStep::Week);
    CHECK(weeks ==
          QVector<QDate>{QDate(2017, 1, 1), QDate(2017, 1, 8), QDate(2017, 1, 15), QDate(2017, 1, 20)});
    const QVector<QDate> months = seriesDates(QDate(2016, 1, 31), QDate(2016, 4, 30), SeriesStep::Month);
    CHECK(months ==
          QVector<QDate>{QDate(2016, 1, 31), QDate(2016, 2, 29), QDate(2016, 3, 31), QDate(2016, 4, 30)});
    CHECK(seriesDates(QDate(2016, 5, 1), QDate(2016, 5, 3), SeriesStep::Day).size() == 3);
    CHECK(seriesDates(QDate(2016, 5, 1), QDate(2016, 5, 1), SeriesStep::Week).size() == 1);
    CHECK(seriesDates(QDate(2016, 5, 2), QDate(2016, 5, 1), SeriesStep::Day).isEmpty());
    CHECK(seriesDates(QDate(), QDate(2016, 5, 1), SeriesStep::Day).isEmpty());

    bool ok = false;
    CHECK(seriesStepFromId(QStringLiteral("Month"), &ok) == SeriesStep::Month);
    CHECK(ok);
    seriesStepFromId(QStringLiteral("fortnight"), &ok);
    CHECK_FALSE(ok);
}

TEST_CASE("a story series follows the events over time", "[dataexport]")
{
    Story story;
    REQUIRE(story.frames.size() == story.dates.size());
    CHECK(story.series.firstEventDate() <= story.series.lastEventDate());
    for (int i = 0; i < story.frames.size(); ++i)
        CHECK(story.frames.at(i).date == story.dates.at(i));
    // The seed articles give land to several factions by late 2017.
    CHECK(story.frames.last().zones.areas.size() >= 2);
    CHECK(story.areaRows > story.frames.size());

    std::atomic_bool cancel{true};
    CHECK(story.series.frames(story.dates, {}, &cancel).isEmpty());
}

TEST_CASE("events CSV keeps every field and reopens with GDAL", "[dataexport]")
{
    ControlEvent tricky;
    tricky.folder = QStringLiteral("/data/articles, 2017");
    tricky.file = QStringLiteral("sub/é.txt");
    tricky.place = QStringLiteral("Deir ez-Zor");
    tricky.placeId = QStringLiteral("gn:170794");
    tricky.geonameId = 170794;
    tricky.lat = 35.336;
    tricky.lon = 40.1408;
    tricky.date = QDate(2017, 11, 3);
    tricky.precision = DatePrecision::Day;
    tricky.kind = EventKind::Capture;
    tricky.to = Faction::Regime;
    tricky.from = Faction::Isis;
    tricky.confidence = 0.85;
    tricky.evidence = QStringLiteral("l'armée a « repris » la ville, dit-il: \"totalement\"\nselon l'OSDH");
    tricky.offset = 42;
    ControlEvent unlocated;
    unlocated.file = QStringLiteral("b.txt");
    unlocated.place = QStringLiteral("Nulle part");
    unlocated.kind = EventKind::Denied;

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("events.csv"));
    Diagnostics diagnostics;
    REQUIRE(writeEventsCsv(path, {tricky, unlocated}, &diagnostics));
    CHECK(diagnostics.isEmpty());

    Ogr csv(path);
    REQUIRE(csv.handle);
    OGRLayerH layer = GDALDatasetGetLayer(csv.handle, 0);
    CHECK(fieldNames(layer) == eventsCsvColumns());
    CHECK(OGR_L_GetFeatureCount(layer, TRUE) == 2);
    OGR_L_ResetReading(layer);
    OGRFeatureH first = OGR_L_GetNextFeature(layer);
    REQUIRE(first);
    CHECK(text(first, "folder") == tricky.folder);
    CHECK(text(first, "file") == tricky.file);
    CHECK(text(first, "evidence") == tricky.evidence);
    CHECK(text(first, "date") == QStringLiteral("2017-11-03"));
    CHECK(text(first, "to") == QStringLiteral("regime"));
    CHECK(text(first, "from") == QStringLiteral("isis"));
    CHECK(text(first, "geonameid") == QStringLiteral("170794"));
    CHECK(text(first, "lon").toDouble() == Approx(40.1408));
    CHECK(text(first, "offset") == QStringLiteral("42"));
    OGR_F_Destroy(first);
    OGRFeatureH second = OGR_L_GetNextFeature(layer);
    REQUIRE(second);
    CHECK(text(second, "kind") == QStringLiteral("denied"));
    CHECK(text(second, "lat").isEmpty());
    CHECK(text(second, "date").isEmpty());
    OGR_F_Destroy(second);
}

TEST_CASE("area series CSV has one row per date and class", "[dataexport]")
{
    Story story;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("series.csv"));
    REQUIRE(writeAreaSeriesCsv(path, story.frames));
    Ogr csv(path);
    REQUIRE(csv.handle);
    OGRLayerH layer = GDALDatasetGetLayer(csv.handle, 0);
    CHECK(fieldNames(layer) ==
          QStringList{"date", "faction", "faction_label", "area_km2", "places", "share"});
    CHECK(OGR_L_GetFeatureCount(layer, TRUE) == story.areaRows);

    // The last frame's rows match its areas.
    const StoryFrame &last = story.frames.last();
    double shares = 0.0;
    OGR_L_SetAttributeFilter(layer, "date = '2017-11-20'");
    int rows = 0;
    while (OGRFeatureH feature = OGR_L_GetNextFeature(layer)) {
        const FactionArea *area = last.zones.area(text(feature, "faction"));
        REQUIRE(area);
        CHECK(text(feature, "area_km2").toDouble() == Approx(area->areaKm2).margin(0.06));
        CHECK(text(feature, "places").toInt() == area->placeIds.size());
        shares += text(feature, "share").toDouble();
        ++rows;
        OGR_F_Destroy(feature);
    }
    CHECK(rows == last.zones.areas.size());
    CHECK(shares == Approx(1.0).margin(0.01));
}

TEST_CASE("story GeoPackage holds the at-date layers, the series and the basemap", "[dataexport]")
{
    Story story;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("story.gpkg"));
    StoryExportInput input;
    input.events = &story.series.events();
    input.frames = &story.frames;
    input.basemap = QStringLiteral(CM_RESOURCES "/basemap/region.gpkg");
    Diagnostics diagnostics;
    REQUIRE(writeStoryExport(path, input, &diagnostics));
    CHECK(diagnostics.isEmpty());
    CHECK(storyExportFiles(path, input) == QStringList{path});

    Ogr gpkg(path);
    REQUIRE(gpkg.handle);
    const QStringList names = gpkg.layerNames();
    for (const QString &name : storyLayerNames())
        CHECK(names.contains(name));
    CHECK(names.contains(QStringLiteral("basemap_countries")));

    CHECK(OGR_L_GetFeatureCount(gpkg.layer("events"), TRUE) == story.series.events().size());
    CHECK(OGR_L_GetFeatureCount(gpkg.layer("areas"), TRUE) == story.frames.last().zones.areas.size());
    CHECK(OGR_L_GetFeatureCount(gpkg.layer("areas_series"), TRUE) == story.areaRows);
    CHECK(OGR_L_GetFeatureCount(gpkg.layer("frontlines_series"), TRUE) == story.frontRows);
    CHECK(OGR_L_GetFeatureCount(gpkg.layer("area_series"), TRUE) == story.areaRows);
    CHECK(OGR_L_GetFeatureCount(gpkg.layer("places_series"), TRUE) > 0);
    for (const char *name : {"events", "areas", "areas_series", "frontlines_series", "places_series"})
        CHECK(epsgOf(gpkg.layer(name)) == 4326);
    CHECK(OGR_L_GetGeomType(gpkg.layer("area_series")) == wkbNone);
    for (const char *name : {"areas_series", "frontlines_series", "places_series"}) {
        OGRLayerH layer = gpkg.layer(name);
        CHECK(fieldType(layer, "date") == OFTDateTime);
        CHECK(fieldType(layer, "date_end") == OFTDateTime);
    }
    CHECK(fieldNames(gpkg.layer("areas_series")).contains(QStringLiteral("faction")));

    // Consecutive frames tile the time axis: each feature ends where the next frame starts.
    OGRLayerH areas = gpkg.layer("areas_series");
    int firstFrameAreas = 0;
    OGR_L_ResetReading(areas);
    while (OGRFeatureH feature = OGR_L_GetNextFeature(areas)) {
        if (text(feature, "date").startsWith(QStringLiteral("2016/01/01"))) {
            CHECK(text(feature, "date_end").startsWith(QStringLiteral("2016/02/01")));
            ++firstFrameAreas;
        }
        OGR_F_Destroy(feature);
    }
    CHECK(firstFrameAreas == story.frames.first().zones.areas.size());
    CHECK(firstFrameAreas > 0);
}

TEST_CASE("story GeoJSON and CSV write one file per layer", "[dataexport]")
{
    Story story;
    QTemporaryDir dir;
    StoryExportInput input;
    input.events = &story.series.events();
    input.frames = &story.frames;

    const QString geojson = dir.filePath(QStringLiteral("story.geojson"));
    REQUIRE(writeStoryExport(geojson, input));
    const QStringList files = storyExportFiles(geojson, input);
    CHECK(files.size() == 8);
    for (const QString &file : files) {
        Ogr json(file);
        REQUIRE(json.handle);
        CHECK(GDALDatasetGetLayerCount(json.handle) == 1);
    }
    Ogr series(dir.filePath(QStringLiteral("story-areas_series.geojson")));
    OGRLayerH layer = GDALDatasetGetLayer(series.handle, 0);
    CHECK(OGR_L_GetFeatureCount(layer, TRUE) == story.areaRows);
    CHECK(epsgOf(layer) == 4326);

    const QString csv = dir.filePath(QStringLiteral("story.csv"));
    REQUIRE(writeStoryExport(csv, input));
    CHECK(storyExportFiles(csv, input) ==
          QStringList{csv, dir.filePath(QStringLiteral("story-area_series.csv"))});
    Ogr table(dir.filePath(QStringLiteral("story-area_series.csv")));
    REQUIRE(table.handle);
    CHECK(OGR_L_GetFeatureCount(GDALDatasetGetLayer(table.handle, 0), TRUE) == story.areaRows);

    Diagnostics diagnostics;
    CHECK_FALSE(writeStoryExport(dir.filePath(QStringLiteral("story.shp")), input, &diagnostics));
    CHECK(diagnostics.size() == 1);
    StoryExportInput empty;
    CHECK_FALSE(writeStoryExport(geojson, empty, &diagnostics));
}
