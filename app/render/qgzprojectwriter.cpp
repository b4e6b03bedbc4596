#include "qgzprojectwriter.h"

#include "mapstyle.h"

#include <qgscoordinatetransform.h>
#include <qgsfillsymbol.h>
#include <qgslayertree.h>
#include <qgsmarkersymbol.h>
#include <qgsproject.h>
#include <qgsprojecttimesettings.h>
#include <qgsprojectviewsettings.h>
#include <qgsreferencedgeometry.h>
#include <qgssinglesymbolrenderer.h>
#include <qgsvectorlayer.h>
#include <qgsvectorlayertemporalproperties.h>

#include <QDir>
#include <QFileInfo>

namespace cm {
namespace {

struct LayerSpec {
    const char *table;
    const char *name;
};

// Top first. The country table appears twice: filled under the areas, outlined above them.
const LayerSpec kLayers[] = {
    {"events", "Events (reports)"},       {"places_series", "Places"},
    {"frontlines_series", "Frontlines"},  {"basemap_countries", "Borders"},
    {"basemap_rivers", "Rivers"},         {"basemap_lakes", "Lakes"},
    {"areas_series", "Areas of control"}, {"basemap_provinces", "Provinces"},
    {"basemap_countries", "Countries"},   {"basemap_land", "Land"},
};

QgsUnitTypes::TemporalUnit unitOf(SeriesStep step)
{
    switch (step) {
    case SeriesStep::Day:
        return QgsUnitTypes::TemporalDays;
    case SeriesStep::Week:
        return QgsUnitTypes::TemporalWeeks;
    case SeriesStep::Month:
        return QgsUnitTypes::TemporalMonths;
    }
    return QgsUnitTypes::TemporalWeeks;
}

QDateTime midnight(const QDate &date)
{
    return QDateTime(date, QTime(0, 0));
}

void makeTemporal(QgsVectorLayer *layer, bool interval)
{
    auto *properties = qobject_cast<QgsVectorLayerTemporalProperties *>(layer->temporalProperties());
    if (!properties)
        return;
    properties->setIsActive(true);
    properties->setStartField(QStringLiteral("date"));
    if (interval) {
        properties->setMode(Qgis::VectorTemporalMode::FeatureDateTimeStartAndEndFromFields);
        properties->setEndField(QStringLiteral("date_end"));
    } else {
        // A report stays on the map once made: the story accumulates its evidence.
        properties->setMode(Qgis::VectorTemporalMode::FeatureDateTimeInstantFromField);
        properties->setAccumulateFeatures(true);
    }
}

void style(QgsVectorLayer *layer, const QString &table, const QString &name, const FactionStyles &styles)
{
    if (table == QLatin1String("areas_series")) {
        layer->setRenderer(MapStyle::areaRenderer(styles, QStringLiteral("faction")));
    } else if (table == QLatin1String("frontlines_series")) {
        layer->setRenderer(MapStyle::frontlineRenderer());
    } else if (table == QLatin1String("places_series")) {
        layer->setRenderer(MapStyle::placeRenderer(styles, QStringLiteral("controller")));
        MapStyle::labelPlaces(layer);
    } else if (table == QLatin1String("events")) {
        layer->setRenderer(new QgsSingleSymbolRenderer(
            QgsMarkerSymbol::createSimple({{QStringLiteral("name"), QStringLiteral("circle")},
                                           {QStringLiteral("color"), QStringLiteral("0,0,0,0")},
                                           {QStringLiteral("outline_color"), QStringLiteral("40,40,40,160")},
                                           {QStringLiteral("outline_width"), QStringLiteral("0.3")},
                                           {QStringLiteral("size"), QStringLiteral("4.2")}})));
    } else if (name == QLatin1String("Borders")) {
        MapStyle::styleBasemap(layer, QStringLiteral("borders"));
    } else if (table.startsWith(QLatin1String("basemap_"))) {
        MapStyle::styleBasemap(layer, table.mid(8));
    }
}

} // namespace

QStringList QgzProjectWriter::layerNames()
{
    QStringList names;
    for (const LayerSpec &spec : kLayers)
        names << QString::fromLatin1(spec.name);
    return names;
}

bool QgzProjectWriter::write(const QString &path, const QgzProjectOptions &options, Diagnostics *diagnostics)
{
    auto fail = [&](const QString &file, const QString &message) {
        if (diagnostics)
            diagnostics->append({file, 0, message});
        return false;
    };
    const QString geopackage = QFileInfo(options.geopackage).absoluteFilePath();
    if (!QFileInfo::exists(geopackage))
        return fail(geopackage, QStringLiteral("the story GeoPackage does not exist"));

    QgsProject project;
    project.setFilePathStorage(Qgis::FilePathType::Relative);
    project.setTitle(options.title);
    const QgsCoordinateReferenceSystem crs(options.crs);
    project.setCrs(crs);
    project.setEllipsoid(QStringLiteral("EPSG:7030"));
    project.setBackgroundColor(MapStyle::sea());

    QgsLayerTree *root = project.layerTreeRoot();
    int seriesLayers = 0;
    for (const LayerSpec &spec : kLayers) {
        const QString table = QString::fromLatin1(spec.table);
        QgsVectorLayer::LayerOptions layerOptions(project.transformContext());
        layerOptions.loadDefaultStyle = false;
        auto *layer = new QgsVectorLayer(QStringLiteral("%1|layername=%2").arg(geopackage, table),
                                         QString::fromLatin1(spec.name), QStringLiteral("ogr"), layerOptions);
        if (!layer->isValid()) {
            delete layer;
            if (!table.startsWith(QLatin1String("basemap_")))
                return fail(geopackage,
                            QStringLiteral("layer %1 is missing from the story GeoPackage").arg(table));
            continue;
        }
        style(layer, table, QString::fromLatin1(spec.name), options.styles);
        if (table.endsWith(QLatin1String("_series")) || table == QLatin1String("events")) {
            makeTemporal(layer, table != QLatin1String("events"));
            ++seriesLayers;
        }
        project.addMapLayer(layer, false);
        root->addLayer(layer);
    }
    if (seriesLayers == 0)
        return fail(geopackage, QStringLiteral("no series layer in the story GeoPackage"));

    if (options.from.isValid() && options.to.isValid()) {
        QgsProjectTimeSettings *time = project.timeSettings();
        time->setTemporalRange(
            QgsDateTimeRange(midnight(options.from), midnight(options.to.addDays(1)), true, false));
        time->setTimeStep(1.0);
        time->setTimeStepUnit(unitOf(options.step));
        time->setFramesPerSecond(options.framesPerSecond);
    }

    const QgsRectangle lonLat(options.extent.left(), options.extent.top(), options.extent.right(),
                              options.extent.bottom());
    QgsRectangle extent = lonLat;
    try {
        extent = QgsCoordinateTransform(QgsCoordinateReferenceSystem(QStringLiteral("EPSG:4326")), crs,
                                        project.transformContext())
                     .transformBoundingBox(lonLat);
    } catch (const QgsCsException &) {
        extent = lonLat;
    }
    project.viewSettings()->setDefaultViewExtent(QgsReferencedRectangle(extent, crs));

    QDir().mkpath(QFileInfo(path).absolutePath());
    if (!project.write(path))
        return fail(path, QStringLiteral("the QGIS project could not be written: %1").arg(project.error()));
    return true;
}

} // namespace cm
