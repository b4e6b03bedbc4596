#include "storylayers.h"

#include "mapstyle.h"

#include <qgscategorizedsymbolrenderer.h>
#include <qgsfeature.h>
#include <qgsgeometry.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorlayer.h>

#include <QFileInfo>

namespace cm {

struct StoryLayers::Data {
    FactionStyles styles;
    std::vector<std::unique_ptr<QgsVectorLayer>> basemap; ///< by table name (QgsMapLayer::name)
    std::unique_ptr<QgsVectorLayer> areas;
    std::unique_ptr<QgsVectorLayer> frontlines;
    std::unique_ptr<QgsVectorLayer> places;
    std::unique_ptr<QgsVectorLayer> legendAreas;
    QString townFilter;
    QHash<QString, QString> labels;
};

namespace {

std::unique_ptr<QgsVectorLayer> openTable(const QString &geopackage, const QString &table,
                                          const QString &name, Diagnostics *diagnostics)
{
    QgsVectorLayer::LayerOptions options;
    options.loadDefaultStyle = false;
    auto layer = std::make_unique<QgsVectorLayer>(QStringLiteral("%1|layername=%2").arg(geopackage, table),
                                                  name, QStringLiteral("ogr"), options);
    if (layer->isValid())
        return layer;
    if (diagnostics)
        diagnostics->append({geopackage, 0, QStringLiteral("basemap layer '%1' cannot be read").arg(table),
                             Diagnostic::Severity::Warning});
    return nullptr;
}

void refill(QgsVectorLayer *layer, QgsFeatureList &features)
{
    QgsVectorDataProvider *provider = layer->dataProvider();
    provider->truncate();
    provider->addFeatures(features, QgsFeatureSink::FastInsert);
    layer->updateExtents();
    layer->triggerRepaint();
}

QgsGeometry geometryOf(const QByteArray &wkb)
{
    QgsGeometry geometry;
    geometry.fromWkb(wkb);
    return geometry;
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

// Renames the categories of a categorized renderer found in `labels` (null value: "unknown").
void relabel(QgsVectorLayer *layer, const QHash<QString, QString> &labels)
{
    auto *renderer = layer ? dynamic_cast<QgsCategorizedSymbolRenderer *>(layer->renderer()) : nullptr;
    if (!renderer || labels.isEmpty())
        return;
    const QgsCategoryList categories = renderer->categories();
    for (int i = 0; i < categories.size(); ++i) {
        const QVariant value = categories.at(i).value();
        const QString id = value.isNull() ? QStringLiteral("unknown") : value.toString();
        if (labels.contains(id))
            renderer->updateCategoryLabel(i, labels.value(id));
    }
}

} // namespace

StoryLayers::StoryLayers(const QString &basemapGpkg, const FactionStyles &styles, Diagnostics *diagnostics)
    : d(std::make_unique<Data>())
{
    d->styles = styles;
    if (!basemapGpkg.isEmpty() && !QFileInfo::exists(basemapGpkg) && diagnostics)
        diagnostics->append({basemapGpkg, 0,
                             QStringLiteral("the basemap is missing; the map has no background"),
                             Diagnostic::Severity::Warning});
    if (QFileInfo::exists(basemapGpkg)) {
        const QStringList tables = {QStringLiteral("land"),      QStringLiteral("countries"),
                                    QStringLiteral("provinces"), QStringLiteral("rivers"),
                                    QStringLiteral("lakes"),     QStringLiteral("places")};
        for (const QString &table : tables) {
            const QString name = table == QLatin1String("places") ? QStringLiteral("towns") : table;
            if (auto layer = openTable(basemapGpkg, table, name, diagnostics)) {
                MapStyle::styleBasemap(layer.get(), name);
                if (name == QLatin1String("countries")) {
                    // Country outlines and names go above the areas: a second, outline-only layer.
                    auto borders = std::unique_ptr<QgsVectorLayer>(layer->clone());
                    borders->setName(QStringLiteral("borders"));
                    MapStyle::styleBasemap(borders.get(), QStringLiteral("borders"));
                    d->basemap.push_back(std::move(borders));
                }
                if (name == QLatin1String("towns"))
                    d->townFilter = layer->subsetString();
                d->basemap.push_back(std::move(layer));
            }
        }
    }

    d->areas = std::make_unique<QgsVectorLayer>(
        QStringLiteral("MultiPolygon?crs=EPSG:4326&field=faction:string(16)&field=label:string(80)"
                       "&field=area_km2:double&field=places:integer"),
        QStringLiteral("Areas of control"), QStringLiteral("memory"));
    d->areas->setRenderer(MapStyle::areaRenderer(d->styles, QStringLiteral("faction")));
    d->legendAreas =
        std::make_unique<QgsVectorLayer>(QStringLiteral("Polygon?crs=EPSG:4326&field=faction:string(16)"),
                                         QStringLiteral("Areas of control"), QStringLiteral("memory"));
    d->legendAreas->setRenderer(
        MapStyle::areaRenderer(d->styles, QStringLiteral("faction"), {QStringLiteral("-")}));
    d->frontlines = std::make_unique<QgsVectorLayer>(
        QStringLiteral("MultiLineString?crs=EPSG:4326&field=side_a:string(16)&field=side_b:string(16)"
                       "&field=length_km:double"),
        QStringLiteral("Frontline"), QStringLiteral("memory"));
    d->frontlines->setRenderer(MapStyle::frontlineRenderer());
    d->places = std::make_unique<QgsVectorLayer>(
        QStringLiteral("Point?crs=EPSG:4326&field=place_id:string(64)&field=name:string(120)"
                       "&field=controller:string(16)&field=contested:integer&field=conflict:integer"
                       "&field=events:integer"),
        QStringLiteral("Places"), QStringLiteral("memory"));
    d->places->setRenderer(MapStyle::placeRenderer(d->styles, QStringLiteral("controller")));
    MapStyle::labelPlaces(d->places.get(), QStringLiteral("\"events\" > 0"));
}

StoryLayers::~StoryLayers()
{
    release();
}

void StoryLayers::release()
{
    d->areas.reset();
    d->legendAreas.reset();
    d->frontlines.reset();
    d->places.reset();
    d->basemap.clear();
}

void StoryLayers::showDate(const ControlState &state, const ZoneResult &zones)
{
    if (!d->areas)
        return;
    QgsFeatureList areas;
    QStringList classes = {QStringLiteral("-")}; // never empty: empty would mean every class
    for (const FactionArea &area : zones.areas) {
        classes << area.classId;
        QgsFeature feature(d->areas->fields());
        feature.setGeometry(geometryOf(area.wkb));
        feature.setAttributes(QgsAttributes(QVector<QVariant>{area.classId, d->styles.label(area.classId),
                                                              area.areaKm2, int(area.placeIds.size())}));
        areas << feature;
    }
    refill(d->areas.get(), areas);
    d->legendAreas->setRenderer(MapStyle::areaRenderer(d->styles, QStringLiteral("faction"), classes));
    relabel(d->legendAreas.get(), d->labels);

    QgsFeatureList fronts;
    for (const Frontline &front : zones.frontlines) {
        QgsFeature feature(d->frontlines->fields());
        feature.setGeometry(geometryOf(front.wkb));
        feature.setAttributes(QgsAttributes(QVector<QVariant>{front.sideA, front.sideB, front.lengthKm}));
        fronts << feature;
    }
    refill(d->frontlines.get(), fronts);

    QgsFeatureList places;
    QStringList namedTowns;
    for (const PlaceState &place : state.places) {
        if (!place.hasLocation() || (place.eventCount == 0 && place.controller == Faction::Unknown))
            continue;
        QgsFeature feature(d->places->fields());
        feature.setGeometry(QgsGeometry::fromPointXY(QgsPointXY(place.lon, place.lat)));
        feature.setAttributes(QgsAttributes(
            QVector<QVariant>{place.placeId, place.name, textOrNull(factionId(place.controller)),
                              int(place.contested), int(place.conflict), place.eventCount}));
        places << feature;
        if (place.eventCount > 0 && place.placeId.startsWith(QLatin1String("gn:")))
            namedTowns << place.placeId.mid(3);
    }
    refill(d->places.get(), places);

    if (QgsVectorLayer *towns = basemap(QStringLiteral("towns"))) {
        // Towns the places layer already names are not labelled twice.
        QStringList ids;
        for (const QString &id : namedTowns)
            if (id.toLongLong() > 0)
                ids << QString::number(id.toLongLong());
        towns->setSubsetString(ids.isEmpty() ? d->townFilter
                                             : QStringLiteral("%1 AND \"geonameid\" NOT IN (%2)")
                                                   .arg(d->townFilter, ids.join(QLatin1Char(','))));
    }
}

void StoryLayers::setClassLabels(const QHash<QString, QString> &labels)
{
    d->labels = labels;
    relabel(d->areas.get(), labels);
    relabel(d->legendAreas.get(), labels);
    relabel(d->places.get(), labels);
}

QList<QgsMapLayer *> StoryLayers::layers() const
{
    QList<QgsMapLayer *> result;
    if (!d->areas)
        return result;
    auto add = [&](const char *table) {
        if (QgsVectorLayer *layer = basemap(QLatin1String(table)))
            result << layer;
    };
    result << d->places.get();
    add("towns");
    result << d->frontlines.get();
    add("borders");
    add("rivers");
    add("lakes");
    result << d->areas.get();
    add("provinces");
    add("countries");
    add("land");
    return result;
}

QList<QgsMapLayer *> StoryLayers::legendLayers() const
{
    if (!d->areas)
        return {};
    QList<QgsMapLayer *> result = {d->legendAreas.get()};
    if (d->frontlines->featureCount() > 0)
        result << d->frontlines.get();
    return result;
}

QgsVectorLayer *StoryLayers::areas() const
{
    return d->areas.get();
}
QgsVectorLayer *StoryLayers::frontlines() const
{
    return d->frontlines.get();
}
QgsVectorLayer *StoryLayers::places() const
{
    return d->places.get();
}

QgsVectorLayer *StoryLayers::basemap(const QString &table) const
{
    for (const auto &layer : d->basemap)
        if (layer->name() == table)
            return layer.get();
    return nullptr;
}

} // namespace cm
