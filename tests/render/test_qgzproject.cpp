#include "catch_qt.h"

#include "qgzprojectwriter.h"
#include "rendertestsupport.h"

#include "conflictmap/resources.h"
#include "conflictmap/storyexport.h"

#include <qgsfeatureiterator.h>
#include <qgsproject.h>
#include <qgsprojecttimesettings.h>
#include <qgsrenderer.h>
#include <qgsvectorlayer.h>
#include <qgsvectorlayertemporalproperties.h>

#include <QDir>
#include <QTemporaryDir>

using namespace cm;

TEST_CASE("a QGIS project replays the story from a relative GeoPackage", "[render]")
{
    StorySeries series;
    test::loadSampleStory(series);
    const QVector<StoryFrame> frames =
        series.frames(seriesDates(QDate(2017, 1, 1), QDate(2017, 11, 20), SeriesStep::Month));
    QTemporaryDir dir;
    const QString gpkg = dir.filePath(QStringLiteral("story.gpkg"));
    StoryExportInput input;
    input.events = &series.events();
    input.frames = &frames;
    input.basemap = Resources::path(QStringLiteral("basemap/region.gpkg"));
    REQUIRE(writeStoryExport(gpkg, input));

    QgzProjectOptions options;
    options.geopackage = gpkg;
    options.from = frames.first().date;
    options.to = frames.last().date;
    options.step = SeriesStep::Month;
    const QString path = dir.filePath(QStringLiteral("story.qgz"));
    Diagnostics diagnostics;
    REQUIRE(QgzProjectWriter::write(path, options, &diagnostics));
    CHECK(diagnostics.isEmpty());

    // Moved elsewhere with its GeoPackage, the project still opens: paths are relative.
    const QString moved = dir.filePath(QStringLiteral("moved"));
    REQUIRE(QDir().mkpath(moved));
    REQUIRE(QFile::rename(path, moved + QStringLiteral("/story.qgz")));
    REQUIRE(QFile::rename(gpkg, moved + QStringLiteral("/story.gpkg")));

    QgsProject project;
    REQUIRE(project.read(moved + QStringLiteral("/story.qgz")));
    const QMap<QString, QgsMapLayer *> layers = project.mapLayers();
    CHECK(layers.size() == QgzProjectWriter::layerNames().size());
    int temporal = 0;
    for (QgsMapLayer *layer : layers) {
        INFO(layer->name().toStdString());
        CHECK(layer->isValid());
        CHECK(layer->crs().authid() == QStringLiteral("EPSG:4326"));
        auto *vector = qobject_cast<QgsVectorLayer *>(layer);
        REQUIRE(vector);
        const QString source = vector->source();
        CHECK(source.contains(QStringLiteral("moved/story.gpkg")));
        if (vector->temporalProperties()->isActive()) {
            ++temporal;
            auto *properties = qobject_cast<QgsVectorLayerTemporalProperties *>(vector->temporalProperties());
            CHECK(properties->startField() == QStringLiteral("date"));
        }
    }
    CHECK(temporal == 4); // events, places, frontlines and areas series
    const QList<QgsMapLayer *> areas = project.mapLayersByName(QStringLiteral("Areas of control"));
    REQUIRE(areas.size() == 1);
    auto *areaLayer = qobject_cast<QgsVectorLayer *>(areas.first());
    auto *areaTime = qobject_cast<QgsVectorLayerTemporalProperties *>(areaLayer->temporalProperties());
    CHECK(areaTime->mode() == Qgis::VectorTemporalMode::FeatureDateTimeStartAndEndFromFields);
    CHECK(areaTime->endField() == QStringLiteral("date_end"));
    CHECK(areaLayer->renderer()->type() == QStringLiteral("categorizedSymbol"));
    CHECK(areaLayer->featureCount() > frames.size());

    const QgsDateTimeRange range = project.timeSettings()->temporalRange();
    CHECK(range.begin().date() == frames.first().date);
    CHECK(range.end().date() == frames.last().date.addDays(1));
    CHECK(project.timeSettings()->timeStepUnit() == QgsUnitTypes::TemporalMonths);

    // At a date, the temporal filter keeps exactly that frame's areas.
    const QString filter = QStringLiteral("\"date\" <= make_datetime(2017,6,15,0,0,0) AND "
                                          "\"date_end\" > make_datetime(2017,6,15,0,0,0)");
    QgsFeatureIterator iterator = areaLayer->getFeatures(QgsFeatureRequest().setFilterExpression(filter));
    int count = 0;
    QgsFeature feature;
    while (iterator.nextFeature(feature))
        ++count;
    const StoryFrame *june1 = nullptr;
    for (const StoryFrame &frame : frames)
        if (frame.date == QDate(2017, 6, 1))
            june1 = &frame;
    REQUIRE(june1);
    CHECK(count == june1->zones.areas.size());

    Diagnostics missing;
    QgzProjectOptions nothing;
    nothing.geopackage = dir.filePath(QStringLiteral("none.gpkg"));
    CHECK_FALSE(QgzProjectWriter::write(dir.filePath(QStringLiteral("x.qgz")), nothing, &missing));
    CHECK(missing.size() == 1);
}
