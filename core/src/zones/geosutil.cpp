#include "zones/geosutil.h"

#include "conflictmap/geodesy.h"

#include <cmath>

namespace cm::geos {
namespace {

constexpr double kAuthalicRadiusKm = 6371.0072;
constexpr double kDegree = M_PI / 180.0;

// Signed area in km² of a ring: shoelace on x = λ·cos φ, y = φ, which is the sinusoidal
// projection (equal-area on the sphere), so no reference meridian is needed.
double ringAreaKm2(GEOSContextHandle_t context, const GEOSGeometry *ring)
{
    const GEOSCoordSequence *sequence = GEOSGeom_getCoordSeq_r(context, ring);
    unsigned int size = 0;
    if (!sequence || !GEOSCoordSeq_getSize_r(context, sequence, &size) || size < 4)
        return 0.0;
    double x0 = 0.0, y0 = 0.0;
    GEOSCoordSeq_getXY_r(context, sequence, 0, &x0, &y0);
    // Relative to the first vertex: keeps longitudes near zero. The ring is closed, so the
    // sum over consecutive pairs is the whole shoelace.
    double sum = 0.0, px = 0.0, py = y0 * kDegree;
    for (unsigned int i = 1; i < size; ++i) {
        double x = 0.0, y = 0.0;
        GEOSCoordSeq_getXY_r(context, sequence, i, &x, &y);
        const double qy = y * kDegree;
        const double qx = (x - x0) * kDegree * std::cos(qy);
        sum += px * qy - qx * py;
        px = qx;
        py = qy;
    }
    return 0.5 * sum * kAuthalicRadiusKm * kAuthalicRadiusKm;
}

} // namespace

QByteArray toWkb(GEOSContextHandle_t context, const GEOSGeometry *geometry)
{
    if (!geometry)
        return {};
    GEOSWKBWriter *writer = GEOSWKBWriter_create_r(context);
    GEOSWKBWriter_setByteOrder_r(context, writer, GEOS_WKB_NDR);
    GEOSWKBWriter_setOutputDimension_r(context, writer, 2);
    size_t size = 0;
    unsigned char *bytes = GEOSWKBWriter_write_r(context, writer, geometry, &size);
    QByteArray result(reinterpret_cast<const char *>(bytes), int(size));
    GEOSFree_r(context, bytes);
    GEOSWKBWriter_destroy_r(context, writer);
    return result;
}

Geometry fromWkb(GEOSContextHandle_t context, const QByteArray &wkb)
{
    if (wkb.isEmpty())
        return own(context, nullptr);
    GEOSWKBReader *reader = GEOSWKBReader_create_r(context);
    GEOSGeometry *geometry = GEOSWKBReader_read_r(
        context, reader, reinterpret_cast<const unsigned char *>(wkb.constData()), size_t(wkb.size()));
    GEOSWKBReader_destroy_r(context, reader);
    return own(context, geometry);
}

Geometry collect(GEOSContextHandle_t context, int type, const std::vector<const GEOSGeometry *> &parts)
{
    std::vector<GEOSGeometry *> clones;
    clones.reserve(parts.size());
    for (const GEOSGeometry *part : parts)
        clones.push_back(GEOSGeom_clone_r(context, part));
    return own(context, GEOSGeom_createCollection_r(context, type, clones.data(), unsigned(clones.size())));
}

Geometry asMultiPolygon(GEOSContextHandle_t context, const GEOSGeometry *geometry)
{
    std::vector<const GEOSGeometry *> polygons;
    if (geometry) {
        const int count = GEOSGetNumGeometries_r(context, geometry);
        for (int i = 0; i < count; ++i) {
            const GEOSGeometry *part = GEOSGetGeometryN_r(context, geometry, i);
            const int type = GEOSGeomTypeId_r(context, part);
            if (type == GEOS_POLYGON && !GEOSisEmpty_r(context, part)) {
                polygons.push_back(part);
            } else if (type == GEOS_MULTIPOLYGON || type == GEOS_GEOMETRYCOLLECTION) {
                const int inner = GEOSGetNumGeometries_r(context, part);
                for (int j = 0; j < inner; ++j) {
                    const GEOSGeometry *sub = GEOSGetGeometryN_r(context, part, j);
                    if (GEOSGeomTypeId_r(context, sub) == GEOS_POLYGON && !GEOSisEmpty_r(context, sub))
                        polygons.push_back(sub);
                }
            }
        }
    }
    return collect(context, GEOS_MULTIPOLYGON, polygons);
}

double areaKm2(GEOSContextHandle_t context, const GEOSGeometry *geometry)
{
    if (!geometry)
        return 0.0;
    const int type = GEOSGeomTypeId_r(context, geometry);
    if (type == GEOS_POLYGON) {
        if (GEOSisEmpty_r(context, geometry))
            return 0.0;
        double area = std::abs(ringAreaKm2(context, GEOSGetExteriorRing_r(context, geometry)));
        const int holes = GEOSGetNumInteriorRings_r(context, geometry);
        for (int i = 0; i < holes; ++i)
            area -= std::abs(ringAreaKm2(context, GEOSGetInteriorRingN_r(context, geometry, i)));
        return area;
    }
    if (type == GEOS_MULTIPOLYGON || type == GEOS_GEOMETRYCOLLECTION) {
        double area = 0.0;
        const int count = GEOSGetNumGeometries_r(context, geometry);
        for (int i = 0; i < count; ++i)
            area += areaKm2(context, GEOSGetGeometryN_r(context, geometry, i));
        return area;
    }
    return 0.0;
}

double lengthKm(GEOSContextHandle_t context, const GEOSGeometry *geometry)
{
    if (!geometry)
        return 0.0;
    const int type = GEOSGeomTypeId_r(context, geometry);
    if (type == GEOS_LINESTRING || type == GEOS_LINEARRING) {
        const GEOSCoordSequence *sequence = GEOSGeom_getCoordSeq_r(context, geometry);
        unsigned int size = 0;
        if (!sequence || !GEOSCoordSeq_getSize_r(context, sequence, &size))
            return 0.0;
        double length = 0.0, px = 0.0, py = 0.0;
        for (unsigned int i = 0; i < size; ++i) {
            double x = 0.0, y = 0.0;
            GEOSCoordSeq_getXY_r(context, sequence, i, &x, &y);
            if (i > 0)
                length += distanceKm(py, px, y, x);
            px = x;
            py = y;
        }
        return length;
    }
    double length = 0.0;
    if (type == GEOS_MULTILINESTRING || type == GEOS_GEOMETRYCOLLECTION) {
        const int count = GEOSGetNumGeometries_r(context, geometry);
        for (int i = 0; i < count; ++i)
            length += lengthKm(context, GEOSGetGeometryN_r(context, geometry, i));
    }
    return length;
}

} // namespace cm::geos
