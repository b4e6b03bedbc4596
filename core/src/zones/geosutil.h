#pragma once
// Small RAII helpers over GEOS's reentrant C API (private to the zones module).

#include <QByteArray>
#include <geos_c.h>
#include <memory>
#include <vector>

namespace cm::geos {

struct GeometryDeleter {
    GEOSContextHandle_t context = nullptr;
    void operator()(GEOSGeometry *geometry) const
    {
        if (geometry)
            GEOSGeom_destroy_r(context, geometry);
    }
};
using Geometry = std::unique_ptr<GEOSGeometry, GeometryDeleter>;

struct PreparedDeleter {
    GEOSContextHandle_t context = nullptr;
    void operator()(const GEOSPreparedGeometry *prepared) const
    {
        if (prepared)
            GEOSPreparedGeom_destroy_r(context, prepared);
    }
};
using Prepared = std::unique_ptr<const GEOSPreparedGeometry, PreparedDeleter>;

inline Geometry own(GEOSContextHandle_t context, GEOSGeometry *geometry)
{
    return Geometry(geometry, GeometryDeleter{context});
}

/** WKB (little-endian, 2D) of a geometry; empty for null. */
QByteArray toWkb(GEOSContextHandle_t context, const GEOSGeometry *geometry);
/** Geometry of a WKB; null when it does not parse. */
Geometry fromWkb(GEOSContextHandle_t context, const QByteArray &wkb);
/** A collection of `type` taking clones of `parts` (an empty one when there are none). */
Geometry collect(GEOSContextHandle_t context, int type, const std::vector<const GEOSGeometry *> &parts);
/** The polygons of a geometry as a MultiPolygon (other parts dropped). */
Geometry asMultiPolygon(GEOSContextHandle_t context, const GEOSGeometry *geometry);
/** Area in km² of a polygonal geometry in lon/lat degrees (sinusoidal equal-area on the sphere). */
double areaKm2(GEOSContextHandle_t context, const GEOSGeometry *geometry);
/** Geodesic length in km of the lines (or rings) of a geometry in lon/lat degrees. */
double lengthKm(GEOSContextHandle_t context, const GEOSGeometry *geometry);

} // namespace cm::geos
