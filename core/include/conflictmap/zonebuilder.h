#pragma once

#include "conflictmap/controlstate.h"
#include "conflictmap/diagnostic.h"
#include "conflictmap/zones.h"

#include <memory>

namespace cm {

/** Areas of control and frontlines (GEOS, privately).
 *
 *  setPlaces() does the date-independent work once: Voronoi cells of the located places,
 *  each clipped to land and to a circle of claimRadiusKm(); the cells are noded into a
 *  coverage whose neighbours share exact edges, with the shared edges indexed. compute()
 *  then only assigns a class to each cell, dissolves each class (GEOS coverage union,
 *  reused from a cache when a class's cells did not change) and picks the shared edges
 *  whose sides differ. Results are cached per date (LRU).
 *
 *  Places at identical coordinates: the first claims the cell, the others claim nothing.
 *  Places outside the region or at sea claim nothing. Not thread-safe: one builder per
 *  thread (each has its own GEOS context). */
class ZoneBuilder
{
public:
    ZoneBuilder();
    ~ZoneBuilder();
    ZoneBuilder(const ZoneBuilder &) = delete;
    ZoneBuilder &operator=(const ZoneBuilder &) = delete;

    /** Changes the options; drops the cells (call setPlaces again). */
    void setOptions(const ZoneOptions &options);
    ZoneOptions options() const;

    /** Reads the land polygons of an OGR source (GeoPackage, GeoJSON, …): `layer`, else a
     *  layer named "land", else the first layer. Polygons are dissolved and cut to the
     *  region. False (and a diagnostic) when nothing usable was read. */
    bool loadLand(const QString &path, const QString &layer = QString(), Diagnostics *diagnostics = nullptr);
    /** Uses this (Multi)Polygon WKB as land; empty: the whole region box. */
    bool setLandWkb(const QByteArray &wkb);
    /** Land in use, cut to the region (WKB MultiPolygon). */
    QByteArray landWkb() const;

    /** Builds the cells of these places (the expensive, date-independent step). */
    void setPlaces(const QVector<ZonePlace> &places);
    const QVector<ZonePlace> &places() const;
    /** Cells in places() order. */
    QVector<ZoneCell> cells() const;

    /** Zone class of a place state: "contested" when contested, else the controller's
     *  faction id, empty when the holder is unknown. */
    static QString zoneClass(const PlaceState &state);

    /** Areas and frontlines for a control state (places are matched by id). */
    ZoneResult compute(const ControlState &state);
    /** Gains and losses of each class between two states. */
    ZoneChanges changes(const ControlState &before, const ControlState &after);

    /** Number of compute() calls answered from the per-date cache (for tests, benchmarks). */
    int cacheHits() const;
    /** Number of class dissolves reused from the per-class cache. */
    int reusedDissolves() const;
    void clearCache();

private:
    struct Data;
    std::unique_ptr<Data> d;
};

} // namespace cm
