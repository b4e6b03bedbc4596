#include "conflictmap/geodesy.h"

#include <QGeoCoordinate>

namespace cm {

double distanceKm(double lat1, double lon1, double lat2, double lon2)
{
    return QGeoCoordinate(lat1, lon1).distanceTo(QGeoCoordinate(lat2, lon2)) / 1000.0;
}

double bearingDegrees(double lat1, double lon1, double lat2, double lon2)
{
    return QGeoCoordinate(lat1, lon1).azimuthTo(QGeoCoordinate(lat2, lon2));
}

} // namespace cm
