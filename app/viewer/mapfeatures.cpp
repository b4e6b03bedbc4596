#include "mapfeatures.h"

#include <qgscoordinatetransform.h>
#include <qgsgeometry.h>

namespace cm {
namespace {

template <typename... Values> QgsAttributes attributes(const Values &...values)
{
    QgsAttributes result;
    result.reserve(sizeof...(values));
    (result.append(QVariant(values)), ...);
    return result;
}

// Geometries that cannot be projected are dropped rather than drawn wrongly.
bool project(QgsGeometry &geometry, const QgsCoordinateTransform &transform)
{
    try {
        return geometry.transform(transform) == Qgis::GeometryOperationResult::Success;
    } catch (const QgsCsException &) {
        return false;
    }
}

} // namespace

MapFeatureBuilder::MapFeatureBuilder(const Fields &fields, const QgsCoordinateReferenceSystem &destination,
                                     const QgsCoordinateTransformContext &context,
                                     const FactionPalette &palette)
    : mFields(fields), mDestination(destination), mContext(context), mPalette(palette)
{}

QString MapFeatureBuilder::placeStyle(EventKind kind, Faction holder, bool changed)
{
    return QStringLiteral("%1|%2|%3")
        .arg(eventKindId(kind), factionId(holder), changed ? QStringLiteral("1") : QString());
}

MapFeatures MapFeatureBuilder::build(const MapSnapshot &snapshot) const
{
    MapFeatures features = buildPlaces(snapshot);
    buildZones(snapshot, features);
    return features;
}

void MapFeatureBuilder::buildZones(const MapSnapshot &snapshot, MapFeatures &features) const
{
    const QgsCoordinateTransform transform(QgsCoordinateReferenceSystem(QStringLiteral("EPSG:4326")),
                                           mDestination, mContext);
    for (const FactionArea &area : snapshot.zones.areas) {
        QgsGeometry geometry;
        geometry.fromWkb(area.wkb);
        if (!project(geometry, transform))
            continue;
        QgsFeature feature(mFields.areas);
        feature.setGeometry(geometry);
        feature.setAttributes(
            attributes(area.classId, mPalette.className(area.classId), area.areaKm2, area.placeIds.size()));
        features.areas << feature;
    }
    for (const ZoneChange &change : snapshot.changes.changes) {
        if (change.gainedWkb.isEmpty())
            continue;
        QgsGeometry geometry;
        geometry.fromWkb(change.gainedWkb);
        if (!project(geometry, transform))
            continue;
        QgsFeature feature(mFields.gains);
        feature.setGeometry(geometry);
        feature.setAttributes(attributes(change.classId, change.areaGainedKm2));
        features.gains << feature;
    }
    for (const Frontline &front : snapshot.zones.frontlines) {
        QgsGeometry geometry;
        geometry.fromWkb(front.wkb);
        if (!project(geometry, transform))
            continue;
        QgsFeature feature(mFields.frontlines);
        feature.setGeometry(geometry);
        feature.setAttributes(attributes(front.sideA, front.sideB, front.lengthKm));
        features.frontlines << feature;
    }
}

MapFeatures MapFeatureBuilder::buildPlaces(const MapSnapshot &snapshot) const
{
    const QgsCoordinateTransform transform(QgsCoordinateReferenceSystem(QStringLiteral("EPSG:4326")),
                                           mDestination, mContext);
    MapFeatures features;
    features.places.reserve(snapshot.state.places.size());
    for (int i = 0; i < snapshot.state.places.size(); ++i) {
        const PlaceState &place = snapshot.state.places.at(i);
        // Places appear once they have events, or a holder inferred from later ones.
        if (!place.hasLocation() || (place.eventCount == 0 && place.controller == Faction::Unknown))
            continue;
        QgsPointXY point;
        try {
            point = transform.transform(QgsPointXY(place.lon, place.lat));
        } catch (const QgsCsException &) {
            continue;
        }
        const EventKind kind = snapshot.kind.value(i, EventKind::Hold);
        const bool changed = snapshot.changed.value(i);
        QgsFeature feature(mFields.places);
        feature.setGeometry(QgsGeometry::fromPointXY(point));
        feature.setAttributes(attributes(place.placeId, place.name, factionId(place.controller),
                                         factionId(snapshot.previousController.value(i)), eventKindId(kind),
                                         placeStyle(kind, place.controller, changed), int(changed),
                                         int(snapshot.labelled.value(i)), int(place.contested),
                                         int(place.conflict), i));
        features.places << feature;
        if (snapshot.labelled.value(i))
            features.labels.append({point, place.name, changed});
    }
    return features;
}

} // namespace cm
