#pragma once

namespace cm {

/** Geodesic distance in kilometres between two WGS 84 points (degrees). */
double distanceKm(double lat1, double lon1, double lat2, double lon2);

/** Initial bearing in degrees (0 = north, clockwise) from point 1 to point 2. */
double bearingDegrees(double lat1, double lon1, double lat2, double lon2);

} // namespace cm
