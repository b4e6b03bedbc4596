#pragma once

#include "factionpalette.h"
#include "mapsnapshot.h"
#include "placelabelsitem.h"

#include <qgscoordinatereferencesystem.h>
#include <qgscoordinatetransformcontext.h>
#include <qgsfeature.h>
#include <qgsfields.h>

namespace cm {

/** The features of the dynamic map layers for one snapshot, already in the canvas CRS. */
struct MapFeatures {
    QgsFeatureList areas;
    QgsFeatureList gains;
    QgsFeatureList frontlines;
    QgsFeatureList places;
    QVector<PlaceLabelsItem::Label> labels;
};

/** Turns a MapSnapshot into layer features: WKB to geometries, reprojected from WGS 84
 *  to the canvas CRS, attributes filled. A value type holding copies of what it needs,
 *  so the map worker thread can run it while the canvas draws the previous frame. */
class MapFeatureBuilder
{
public:
    struct Fields {
        QgsFields areas;
        QgsFields gains;
        QgsFields frontlines;
        QgsFields places;
    };

    MapFeatureBuilder(const Fields &fields, const QgsCoordinateReferenceSystem &destination,
                      const QgsCoordinateTransformContext &context, const FactionPalette &palette);

    /** Everything: buildPlaces() then buildZones(). */
    MapFeatures build(const MapSnapshot &snapshot) const;
    /** The places and their labels (needs the state, not the zones). */
    MapFeatures buildPlaces(const MapSnapshot &snapshot) const;
    /** Adds the areas, gains and frontlines. */
    void buildZones(const MapSnapshot &snapshot, MapFeatures &features) const;

    /** The renderer category key of a place symbol. */
    static QString placeStyle(EventKind kind, Faction holder, bool changed);

private:
    Fields mFields;
    QgsCoordinateReferenceSystem mDestination;
    QgsCoordinateTransformContext mContext;
    FactionPalette mPalette;
};

} // namespace cm
