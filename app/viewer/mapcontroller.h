#pragma once

#include "factionpalette.h"
#include "mapsnapshot.h"

#include <QObject>
#include <QRectF>
#include <memory>

class QgsFeature;
class QgsMapCanvas;
class QgsPointXY;
class QgsVectorLayer;
class QLabel;
class QTimer;

namespace cm {

class Basemap;
class MapFeatureBuilder;
class MapStateWorker;
class PlaceLabelsItem;

/** Owns the map layers of a QgsMapCanvas (display CRS EPSG:3857, data in EPSG:4326):
 *  the basemap, and memory layers for areas of control, gains since the previous
 *  step, frontlines and event places, refilled from MapSnapshots. Also zooming and
 *  finding the place under a click. Releases its layers in its destructor (before
 *  QgsApplication::exitQgis()). */
class MapController : public QObject
{
    Q_OBJECT
public:
    MapController(QgsMapCanvas *canvas, const FactionPalette &palette, QObject *parent = nullptr);
    ~MapController() override;

    /** Loads and styles resources/basemap/region.gpkg (or another GeoPackage). */
    bool loadBasemap(const QString &geopackage, bool french, int labelPopulation, Diagnostics *diagnostics);

    /** Hands MapStateWorker the builders of this map's features (copies of the layers'
     *  fields, CRS and styles), so snapshots arrive with their features. */
    void installFeatureBuilders(MapStateWorker *worker) const;

    /** Towns with events (GeoNames ids, lon/lat points) are drawn by the event layer, not
     *  the basemap; basemap towns next to them are left out too. */
    void setEventTowns(const QList<qint64> &geonameIds, const QVector<QPointF> &points);

    /** Replaces the features of the dynamic layers and repaints them. While the canvas
     *  is drawing, the snapshot waits (only the latest is kept) until it is done: a
     *  layer changed mid-render would leave a stale image in the canvas cache. */
    void showSnapshot(const MapSnapshot &snapshot);
    /** The snapshot the layers hold. */
    const MapSnapshot &snapshot() const { return mSnapshot; }
    /** A snapshot is waiting for the canvas to finish drawing. */
    bool hasPendingSnapshot() const { return mPending != nullptr; }

    /** Syria and Iraq (the view at start), lon/lat degrees. */
    static QRectF startExtent();
    void zoomToStart();
    /** Everything with events (the start view when there is nothing). */
    void zoomToAll();
    /** Centres on a WGS 84 point at a town-level scale. */
    void zoomToPoint(double lat, double lon);

    /** The place symbol nearest a canvas pixel within `pixels`; -1 when none
     *  (index into snapshot().state.places). */
    int placeAt(const QPoint &pixel, int pixels = 8) const;

    /** A point in canvas (EPSG:3857) coordinates as WGS 84 lon/lat. */
    QgsPointXY toWgs84(const QgsPointXY &mapPoint) const;

    QgsMapCanvas *canvas() const { return mCanvas; }
    QgsVectorLayer *areasLayer() const { return mAreas.get(); }
    QgsVectorLayer *gainsLayer() const { return mGains.get(); }
    QgsVectorLayer *frontlinesLayer() const { return mFrontlines.get(); }
    QgsVectorLayer *placesLayer() const { return mPlaces.get(); }
    /** The names shown on the map: the labelled subset of the places. */
    PlaceLabelsItem *placeLabels() const { return mPlaceLabels; }
    Basemap *basemap() const { return mBasemap.get(); }

signals:
    /** The layers now hold a new snapshot; `repaint`: a layer changed and the canvas
     *  will draw again (false: the picture on screen is already right). */
    void snapshotApplied(const QDate &date, bool repaint);

private:
    void apply(const MapSnapshot &snapshot);
    MapFeatureBuilder featureBuilder() const;
    /** Rewrites changed attributes of the places layer in place: 1 when some changed,
     *  0 when none did, -1 when the set of places differs and the layer must be refilled. */
    int updatePlaces(const QList<QgsFeature> &places);
    void applyPending();
    void createLayers();
    void styleLayers();
    void updateLayerList();
    void updateDateOverlay();

    QList<qint64> mEventTowns;
    QVector<QPointF> mEventPoints;

    QgsMapCanvas *mCanvas;
    FactionPalette mPalette;
    std::unique_ptr<Basemap> mBasemap;
    std::unique_ptr<QgsVectorLayer> mAreas;
    std::unique_ptr<QgsVectorLayer> mGains;
    std::unique_ptr<QgsVectorLayer> mFrontlines;
    std::unique_ptr<QgsVectorLayer> mPlaces;
    PlaceLabelsItem *mPlaceLabels;    ///< owned by the canvas's scene
    QList<QgsFeature> mPlaceFeatures; ///< what the places layer holds, with feature ids
    bool mFilled = false;             ///< the layers hold a snapshot
    QLabel *mDateOverlay;
    MapSnapshot mSnapshot;
    std::unique_ptr<MapSnapshot> mPending;
    QTimer *mPendingTimer;
};

} // namespace cm
