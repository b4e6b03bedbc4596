#include "catch_qt.h"

#include "mapstyle.h"
#include "rendertestsupport.h"
#include "storylayers.h"

#include "conflictmap/resources.h"

#include <qgscoordinatereferencesystem.h>
#include <qgsmaprenderersequentialjob.h>
#include <qgsmapsettings.h>
#include <qgsvectorlayer.h>

using namespace cm;

namespace {

QImage renderLayers(const QList<QgsMapLayer *> &layers, const QString &crs)
{
    QgsMapSettings settings;
    settings.setLayers(layers);
    settings.setDestinationCrs(QgsCoordinateReferenceSystem(crs));
    settings.setOutputSize(QSize(800, 500));
    settings.setBackgroundColor(MapStyle::sea());
    const QgsRectangle lonLat(35.0, 29.2, 48.6, 37.6);
    QgsRectangle extent = lonLat;
    if (crs != QLatin1String("EPSG:4326"))
        extent = QgsCoordinateTransform(QgsCoordinateReferenceSystem(QStringLiteral("EPSG:4326")),
                                        settings.destinationCrs(), QgsCoordinateTransformContext())
                     .transformBoundingBox(lonLat);
    settings.setExtent(extent);
    QgsMapRendererSequentialJob job(settings);
    job.start();
    job.waitForFinished();
    return job.renderedImage();
}

} // namespace

TEST_CASE("story layers draw the basemap and the faction areas of a date", "[render]")
{
    StorySeries series;
    test::loadSampleStory(series);
    REQUIRE_FALSE(series.events().isEmpty());
    const StoryFrame frame = series.frameAt(QDate(2017, 11, 20));
    REQUIRE_FALSE(frame.zones.areas.isEmpty());

    Diagnostics diagnostics;
    StoryLayers layers(Resources::path(QStringLiteral("basemap/region.gpkg")), FactionStyles::load(),
                       &diagnostics);
    CHECK(diagnostics.isEmpty());
    layers.showDate(frame.state, frame.zones);
    CHECK(layers.areas()->featureCount() == frame.zones.areas.size());
    CHECK(layers.frontlines()->featureCount() == frame.zones.frontlines.size());
    CHECK(layers.places()->featureCount() > 0);
    REQUIRE(layers.basemap(QStringLiteral("countries")));
    CHECK(layers.layers().size() == 10);
    CHECK(layers.layers().first() == layers.places());
    for (QgsMapLayer *layer : layers.layers())
        CHECK(layer->isValid());

    for (const QString &crs : {QStringLiteral("EPSG:4326"), QStringLiteral("EPSG:3857")}) {
        INFO(crs.toStdString());
        const QImage image = renderLayers(layers.layers(), crs);
        REQUIRE(image.size() == QSize(800, 500));
        // Syria and Iraq's land colour is drawn, and each faction's area colour over it.
        CHECK(test::countPixels(image, MapStyle::focusLand()) > 1000);
        const FactionStyles styles = FactionStyles::load();
        for (const FactionArea &area : frame.zones.areas) {
            INFO(area.classId.toStdString());
            if (area.classId == QLatin1String("contested") || area.areaKm2 < 2000)
                continue;
            CHECK(test::countPixels(
                      image, MapStyle::areaOver(styles.style(area.classId), MapStyle::focusLand())) > 20);
        }
    }
    layers.release();
    CHECK(layers.layers().isEmpty());
}
