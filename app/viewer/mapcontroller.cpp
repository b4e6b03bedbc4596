#include "mapcontroller.h"

#include "basemap.h"
#include "mapfeatures.h"
#include "mapstateworker.h"
#include "placelabelsitem.h"

#include <qgscategorizedsymbolrenderer.h>
#include <qgscoordinatetransform.h>
#include <qgsfillsymbol.h>
#include <qgsfillsymbollayer.h>
#include <qgsgeometry.h>
#include <qgslinesymbol.h>
#include <qgslinesymbollayer.h>
#include <qgsmapcanvas.h>
#include <qgsmarkersymbol.h>
#include <qgsmarkersymbollayer.h>
#include <qgsproject.h>
#include <qgsproperty.h>
#include <qgssinglesymbolrenderer.h>
#include <qgssymbollayerutils.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorlayer.h>

#include <QLabel>
#include <QLocale>
#include <QTimer>

namespace cm {
namespace {

const QColor kSea(0xcf, 0xdf, 0xe8);
const QColor kFrontline(0x1a, 0x1a, 0x1a);

QString encode(const QColor &c)
{
    return QgsSymbolLayerUtils::encodeColor(c);
}

QgsCoordinateReferenceSystem wgs84()
{
    return QgsCoordinateReferenceSystem(QStringLiteral("EPSG:4326"));
}

QgsCoordinateTransform toCanvas(const QgsMapCanvas *canvas)
{
    return QgsCoordinateTransform(wgs84(), canvas->mapSettings().destinationCrs(),
                                  QgsProject::instance()->transformContext());
}

QString shapeOf(EventKind kind)
{
    switch (kind) {
    case EventKind::Capture:
        return QStringLiteral("circle");
    case EventKind::Hold:
        return QStringLiteral("square");
    case EventKind::Partial:
        return QStringLiteral("diamond");
    case EventKind::Denied:
        return QStringLiteral("cross2");
    }
    return QStringLiteral("circle");
}

bool sameAreas(const ZoneResult &a, const ZoneResult &b)
{
    if (a.areas.size() != b.areas.size())
        return false;
    for (int i = 0; i < a.areas.size(); ++i)
        if (a.areas.at(i).classId != b.areas.at(i).classId || a.areas.at(i).wkb != b.areas.at(i).wkb)
            return false;
    return true;
}

bool sameFrontlines(const ZoneResult &a, const ZoneResult &b)
{
    if (a.frontlines.size() != b.frontlines.size())
        return false;
    for (int i = 0; i < a.frontlines.size(); ++i)
        if (a.frontlines.at(i).wkb != b.frontlines.at(i).wkb)
            return false;
    return true;
}

bool sameGains(const ZoneChanges &a, const ZoneChanges &b)
{
    if (a.changes.size() != b.changes.size())
        return false;
    for (int i = 0; i < a.changes.size(); ++i)
        if (a.changes.at(i).classId != b.changes.at(i).classId ||
            a.changes.at(i).gainedWkb != b.changes.at(i).gainedWkb)
            return false;
    return true;
}

// Replaces every feature of a memory layer; returns them with their new ids.
QgsFeatureList refill(QgsVectorLayer *layer, QgsFeatureList features)
{
    QgsVectorDataProvider *provider = layer->dataProvider();
    provider->truncate();
    provider->addFeatures(features);
    layer->updateExtents();
    layer->triggerRepaint();
    return features;
}

} // namespace

MapController::MapController(QgsMapCanvas *canvas, const FactionPalette &palette, QObject *parent)
    : QObject(parent), mCanvas(canvas), mPalette(palette), mBasemap(std::make_unique<Basemap>())
{
    mCanvas->setDestinationCrs(QgsCoordinateReferenceSystem(QStringLiteral("EPSG:3857")));
    mCanvas->setCanvasColor(kSea);
    // The basemap stays cached; a date change repaints only the dynamic layers.
    mCanvas->setCachingEnabled(true);
    mCanvas->setParallelRenderingEnabled(true);
    mCanvas->setPreviewJobsEnabled(false);

    mDateOverlay = new QLabel(mCanvas);
    mDateOverlay->setObjectName(QStringLiteral("MapDateOverlay"));
    mDateOverlay->setAttribute(Qt::WA_TransparentForMouseEvents);
    mDateOverlay->setStyleSheet(QStringLiteral("QLabel { background: rgba(255,255,255,215); color: #1d1d1d; "
                                               "border: 1px solid rgba(0,0,0,60); border-radius: 4px; "
                                               "padding: 3px 10px; font-size: 17pt; font-weight: 600; }"));
    mDateOverlay->move(12, 12);
    mDateOverlay->hide();

    mPendingTimer = new QTimer(this);
    mPendingTimer->setInterval(15);
    connect(mPendingTimer, &QTimer::timeout, this, &MapController::applyPending);
    connect(mCanvas, &QgsMapCanvas::mapCanvasRefreshed, this, [this] {
        mPlaceLabels->showPendingLabels();
        applyPending();
    });

    createLayers();
    styleLayers();
    updateLayerList();
    zoomToStart();
}

MapController::~MapController()
{
    mCanvas->stopRendering();
    mCanvas->setLayers({});
    mAreas.reset();
    mGains.reset();
    mFrontlines.reset();
    mPlaces.reset();
    delete mPlaceLabels;
    mBasemap.reset();
}

void MapController::createLayers()
{
    mAreas = std::make_unique<QgsVectorLayer>(
        QStringLiteral("MultiPolygon?crs=EPSG:3857&field=class:string(16)&field=label:string(80)"
                       "&field=area_km2:double&field=places:integer"),
        QStringLiteral("areas"), QStringLiteral("memory"));
    mGains = std::make_unique<QgsVectorLayer>(
        QStringLiteral("MultiPolygon?crs=EPSG:3857&field=class:string(16)&field=area_km2:double"),
        QStringLiteral("gains"), QStringLiteral("memory"));
    mFrontlines = std::make_unique<QgsVectorLayer>(
        QStringLiteral("MultiLineString?crs=EPSG:3857&field=side_a:string(16)&field=side_b:string(16)"
                       "&field=length_km:double"),
        QStringLiteral("frontlines"), QStringLiteral("memory"));
    mPlaces = std::make_unique<QgsVectorLayer>(
        QStringLiteral("Point?crs=EPSG:3857&field=place_id:string(64)&field=name:string(120)"
                       "&field=controller:string(16)&field=previous:string(16)&field=kind:string(16)"
                       "&field=style:string(40)&field=changed:integer&field=labelled:integer"
                       "&field=contested:integer&field=conflict:integer&field=index:integer"),
        QStringLiteral("events"), QStringLiteral("memory"));
    mPlaceLabels = new PlaceLabelsItem(mCanvas);
}

void MapController::styleLayers()
{
    // Areas: semi-transparent fills per class; the palette's lightness keeps them apart in grey.
    QgsCategoryList areaCategories;
    QgsCategoryList gainCategories;
    for (const FactionStyle &style : mPalette.styles().styles()) {
        if (style.id == QLatin1String("unknown"))
            continue;
        QColor fill(style.fill);
        const QColor edge = fill.darker(140);
        fill.setAlpha(style.id == QLatin1String("contested") ? 70 : 115);
        auto *area = QgsFillSymbol::createSimple({{QStringLiteral("color"), encode(fill)},
                                                  {QStringLiteral("outline_color"), encode(edge)},
                                                  {QStringLiteral("outline_width"), QStringLiteral("0.2")}});
        if (style.pattern == QLatin1String("hatched")) {
            area->appendSymbolLayer(
                QgsLinePatternFillSymbolLayer::create({{QStringLiteral("angle"), QStringLiteral("45")},
                                                       {QStringLiteral("distance"), QStringLiteral("1.5")},
                                                       {QStringLiteral("line_width"), QStringLiteral("0.3")},
                                                       {QStringLiteral("color"), encode(edge)}}));
        }
        const QString label = mPalette.className(style.id);
        areaCategories << QgsRendererCategory(style.id, area, label);

        // Gains: hatched in the winner's colour with a dashed edge.
        QColor hatch(style.fill);
        hatch = hatch.lightness() > 150 ? hatch.darker(150) : hatch;
        auto *gain = QgsFillSymbol::createSimple({{QStringLiteral("style"), QStringLiteral("no")},
                                                  {QStringLiteral("outline_color"), encode(hatch)},
                                                  {QStringLiteral("outline_width"), QStringLiteral("0.55")},
                                                  {QStringLiteral("outline_style"), QStringLiteral("dash")}});
        gain->insertSymbolLayer(
            0, QgsLinePatternFillSymbolLayer::create({{QStringLiteral("angle"), QStringLiteral("-45")},
                                                      {QStringLiteral("distance"), QStringLiteral("1.2")},
                                                      {QStringLiteral("line_width"), QStringLiteral("0.35")},
                                                      {QStringLiteral("color"), encode(hatch)}}));
        gainCategories << QgsRendererCategory(style.id, gain, label);
    }
    mAreas->setRenderer(new QgsCategorizedSymbolRenderer(QStringLiteral("class"), areaCategories));
    mGains->setRenderer(new QgsCategorizedSymbolRenderer(QStringLiteral("class"), gainCategories));

    // Frontlines: bold dark line on a white casing, readable over any fill.
    auto *front =
        QgsLineSymbol::createSimple({{QStringLiteral("line_color"), encode(QColor(255, 255, 255, 210))},
                                     {QStringLiteral("line_width"), QStringLiteral("1.7")},
                                     {QStringLiteral("capstyle"), QStringLiteral("round")},
                                     {QStringLiteral("joinstyle"), QStringLiteral("round")}});
    front->appendSymbolLayer(
        QgsSimpleLineSymbolLayer::create({{QStringLiteral("line_color"), encode(kFrontline)},
                                          {QStringLiteral("line_width"), QStringLiteral("0.85")},
                                          {QStringLiteral("capstyle"), QStringLiteral("round")},
                                          {QStringLiteral("joinstyle"), QStringLiteral("round")}}));
    mFrontlines->setRenderer(new QgsSingleSymbolRenderer(front));

    // Places: shape by kind, fill by controller, and a ring when the controller changed
    // since the previous step. One prepared symbol per combination: data-defined
    // properties evaluated for thousands of points would cost more than the drawing.
    QgsCategoryList placeCategories;
    QList<Faction> holders = allFactions();
    holders.prepend(Faction::Unknown);
    for (EventKind kind : {EventKind::Capture, EventKind::Hold, EventKind::Partial, EventKind::Denied}) {
        for (Faction holder : holders) {
            for (bool changed : {false, true}) {
                const bool known = holder != Faction::Unknown;
                auto *marker = QgsMarkerSymbol::createSimple(
                    {{QStringLiteral("name"), shapeOf(kind)},
                     {QStringLiteral("color"), encode(known ? mPalette.color(holder) : QColor(Qt::white))},
                     {QStringLiteral("outline_color"),
                      encode(known ? mPalette.outline(holder) : QColor(0x60, 0x60, 0x60))},
                     {QStringLiteral("outline_width"), QStringLiteral("0.35")},
                     {QStringLiteral("size"), QStringLiteral("2.8")}});
                if (changed) {
                    marker->insertSymbolLayer(
                        0, QgsSimpleMarkerSymbolLayer::create(
                               {{QStringLiteral("name"), QStringLiteral("circle")},
                                {QStringLiteral("color"), encode(QColor(255, 221, 0, 170))},
                                {QStringLiteral("outline_color"), encode(kFrontline)},
                                {QStringLiteral("outline_width"), QStringLiteral("0.45")},
                                {QStringLiteral("size"), QStringLiteral("5.4")}}));
                }
                placeCategories << QgsRendererCategory(MapFeatureBuilder::placeStyle(kind, holder, changed),
                                                       marker, FactionPalette::kindName(kind));
            }
        }
    }
    mPlaces->setRenderer(new QgsCategorizedSymbolRenderer(QStringLiteral("style"), placeCategories));
}

bool MapController::loadBasemap(const QString &geopackage, bool french, int labelPopulation,
                                Diagnostics *diagnostics)
{
    mCanvas->stopRendering();
    mCanvas->setLayers({});
    const bool loaded = mBasemap->load(geopackage, french, labelPopulation, diagnostics);
    mBasemap->hideTowns(mEventTowns, mEventPoints);
    updateLayerList();
    return loaded;
}

void MapController::updateLayerList()
{
    // Top first: events, towns, frontlines, borders and water, gains, areas, then the land.
    QList<QgsMapLayer *> layers;
    auto add = [&](const char *basemapTable) {
        if (QgsVectorLayer *layer = mBasemap->layer(QLatin1String(basemapTable)))
            layers << layer;
    };
    layers << mPlaces.get();
    add("places");
    layers << mFrontlines.get();
    add("borders");
    add("rivers");
    add("lakes");
    layers << mGains.get() << mAreas.get();
    add("provinces");
    add("countries");
    add("land");
    mCanvas->setLayers(layers);
}

void MapController::setEventTowns(const QList<qint64> &geonameIds, const QVector<QPointF> &points)
{
    mEventTowns = geonameIds;
    mEventPoints = points;
    mBasemap->hideTowns(mEventTowns, mEventPoints);
}

void MapController::showSnapshot(const MapSnapshot &snapshot)
{
    if (mCanvas->isDrawing()) {
        mPending = std::make_unique<MapSnapshot>(snapshot);
        mPendingTimer->start();
        return;
    }
    mPending.reset();
    apply(snapshot);
}

void MapController::applyPending()
{
    if (!mPending || mCanvas->isDrawing())
        return;
    mPendingTimer->stop();
    const std::unique_ptr<MapSnapshot> pending = std::move(mPending);
    apply(*pending);
}

MapFeatureBuilder MapController::featureBuilder() const
{
    return MapFeatureBuilder({mAreas->fields(), mGains->fields(), mFrontlines->fields(), mPlaces->fields()},
                             mCanvas->mapSettings().destinationCrs(),
                             QgsProject::instance()->transformContext(), mPalette);
}

void MapController::installFeatureBuilders(MapStateWorker *worker) const
{
    const MapFeatureBuilder builder = featureBuilder();
    worker->setFinishers(
        [builder](const MapSnapshot &snapshot) {
            return std::make_shared<MapFeatures>(builder.buildPlaces(snapshot));
        },
        [builder](const MapSnapshot &snapshot, MapFeatures &features) {
            builder.buildZones(snapshot, features);
        });
}

void MapController::apply(const MapSnapshot &snapshot)
{
    const MapSnapshot previous = mSnapshot;
    mSnapshot = snapshot;
    // Snapshots from the worker come with their features; others are built here.
    std::shared_ptr<const MapFeatures> features = snapshot.features;
    if (!features)
        features = std::make_shared<MapFeatures>(featureBuilder().build(snapshot));
    mSnapshot.features.reset();

    // Layers whose content did not change keep their cached image: only what changed is
    // drawn again (often just the places).
    bool repaint = false;
    if (!mFilled || !sameAreas(previous.zones, snapshot.zones)) {
        refill(mAreas.get(), features->areas);
        repaint = true;
    }
    if (!mFilled || !sameGains(previous.changes, snapshot.changes)) {
        refill(mGains.get(), features->gains);
        repaint = true;
    }
    if (!mFilled || !sameFrontlines(previous.zones, snapshot.zones)) {
        refill(mFrontlines.get(), features->frontlines);
        repaint = true;
    }
    const int places = updatePlaces(features->places);
    if (places < 0)
        mPlaceFeatures = refill(mPlaces.get(), features->places);
    repaint = repaint || places != 0;
    mFilled = true;

    // Names change with the drawn map, not before it: one viewport repaint instead of two.
    mPlaceLabels->setPendingLabels(features->labels);
    if (!repaint)
        mPlaceLabels->showPendingLabels();
    updateDateOverlay();
    emit snapshotApplied(snapshot.date, repaint);
}

int MapController::updatePlaces(const QgsFeatureList &places)
{
    // From one date to the next most places keep their symbol: when the same places are
    // shown, rewriting the few attributes that differ is much cheaper than a refill.
    if (places.size() != mPlaceFeatures.size())
        return -1;
    const int indexField = mPlaces->fields().indexOf(QStringLiteral("index"));
    QgsChangedAttributesMap changes;
    for (int i = 0; i < places.size(); ++i) {
        const QgsAttributes &now = places.at(i).attributes();
        const QgsAttributes &before = mPlaceFeatures.at(i).attributes();
        if (now.value(indexField) != before.value(indexField))
            return -1;
        if (now == before)
            continue;
        QgsAttributeMap changed;
        for (int field = 0; field < now.size(); ++field)
            if (now.at(field) != before.value(field))
                changed.insert(field, now.at(field));
        changes.insert(mPlaceFeatures.at(i).id(), changed);
    }
    if (changes.isEmpty())
        return 0;
    mPlaces->dataProvider()->changeAttributeValues(changes);
    for (int i = 0; i < places.size(); ++i)
        if (changes.contains(mPlaceFeatures.at(i).id()))
            mPlaceFeatures[i].setAttributes(places.at(i).attributes());
    mPlaces->triggerRepaint();
    return 1;
}

void MapController::updateDateOverlay()
{
    if (!mSnapshot.date.isValid()) {
        mDateOverlay->hide();
        return;
    }
    mDateOverlay->setText(QLocale().toString(mSnapshot.date, QStringLiteral("d MMMM yyyy")));
    mDateOverlay->adjustSize();
    mDateOverlay->show();
}

QRectF MapController::startExtent()
{
    return QRectF(QPointF(35.0, 29.2), QPointF(48.6, 37.6));
}

void MapController::zoomToStart()
{
    const QRectF r = startExtent();
    const QgsRectangle extent(r.left(), r.top(), r.right(), r.bottom());
    mCanvas->setExtent(toCanvas(mCanvas).transformBoundingBox(extent));
    mCanvas->refresh();
}

void MapController::zoomToAll()
{
    QgsRectangle extent = mPlaces->extent();
    extent.combineExtentWith(mAreas->extent());
    if (extent.isEmpty() || mPlaces->featureCount() == 0) {
        zoomToStart();
        return;
    }
    extent.scale(1.15);
    mCanvas->setExtent(extent); // the dynamic layers are in the canvas CRS
    mCanvas->refresh();
}

void MapController::zoomToPoint(double lat, double lon)
{
    const QgsPointXY centre = toCanvas(mCanvas).transform(QgsPointXY(lon, lat));
    mCanvas->setCenter(centre);
    if (mCanvas->scale() > 1500000)
        mCanvas->zoomScale(1000000);
    else
        mCanvas->refresh();
}

QgsPointXY MapController::toWgs84(const QgsPointXY &mapPoint) const
{
    try {
        return toCanvas(mCanvas).transform(mapPoint, Qgis::TransformDirection::Reverse);
    } catch (const QgsCsException &) {
        return QgsPointXY();
    }
}

int MapController::placeAt(const QPoint &pixel, int pixels) const
{
    const QgsCoordinateTransform transform = toCanvas(mCanvas);
    const QgsMapToPixel &mapToPixel = mCanvas->mapSettings().mapToPixel();
    int best = -1;
    double bestDistance = double(pixels) * pixels;
    for (int i = 0; i < mSnapshot.state.places.size(); ++i) {
        const PlaceState &place = mSnapshot.state.places.at(i);
        if (!place.hasLocation() || (place.eventCount == 0 && place.controller == Faction::Unknown))
            continue;
        QgsPointXY point;
        try {
            point = mapToPixel.transform(transform.transform(QgsPointXY(place.lon, place.lat)));
        } catch (const QgsCsException &) {
            continue;
        }
        const double dx = point.x() - pixel.x();
        const double dy = point.y() - pixel.y();
        if (dx * dx + dy * dy <= bestDistance) {
            bestDistance = dx * dx + dy * dy;
            best = i;
        }
    }
    return best;
}

} // namespace cm
