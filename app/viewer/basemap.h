#pragma once

#include "conflictmap/diagnostic.h"

#include <QPointF>
#include <QString>
#include <QVector>
#include <memory>
#include <vector>

class QgsVectorLayer;

namespace cm {

/** The regional reference map read from resources/basemap/region.gpkg (EPSG:4326):
 *  land, countries, provinces, rivers, lakes and places, styled for reading conflict
 *  maps (muted land, grey borders, dashed province lines, blue rivers with their
 *  names, labels only for large towns). Owns its layers; release before exitQgis(). */
class Basemap
{
public:
    Basemap();
    ~Basemap();

    /** Opens and styles the layers. `french` picks name_fr for labels; towns without
     *  events are labelled from `labelPopulation` up. Missing layers are reported. */
    bool load(const QString &geopackage, bool french, int labelPopulation, Diagnostics *diagnostics);
    void clear();

    /** Leaves out the towns that the event layer already draws and names: those with
     *  these GeoNames ids, and any within `radiusDegrees` of an event place (lon, lat),
     *  so no town is named twice and suburbs do not crowd the event names. */
    void hideTowns(const QList<qint64> &geonameIds, const QVector<QPointF> &eventPlaces = {},
                   double radiusDegrees = 0.2);

    /** A layer by its table name ("land", "countries", "provinces", "rivers", "lakes",
     *  "places", or "borders": the country outlines); nullptr when not loaded. */
    QgsVectorLayer *layer(const QString &table) const;

private:
    QgsVectorLayer *open(const QString &geopackage, const QString &table, Diagnostics *diagnostics);

    std::vector<std::unique_ptr<QgsVectorLayer>> mLayers;
    QString mTownFilter; ///< the population filter of the towns layer
};

} // namespace cm
