#pragma once

#include "conflictmap/controlevent.h"
#include "conflictmap/diagnostic.h"
#include "conflictmap/storyseries.h"

#include <QStringList>
#include <QVector>

namespace cm {

/** Column names of writeEventsCsv, in order: the `extract --json` contract fields (file,
 *  place, geonameid, lat, lon, date, date_precision, kind, to, from, confidence, evidence,
 *  offset) plus folder, place_id, surface, date_earliest, date_latest, date_note. */
QStringList eventsCsvColumns();

/** Writes the events as CSV: UTF-8 with a byte-order mark (spreadsheets then read the
 *  accents right; GDAL and QGIS skip it), comma-separated, RFC 4180 quoting, one header
 *  row (eventsCsvColumns()), dates YYYY-MM-DD, empty cells for unknown values.
 *  False plus a diagnostic when the file cannot be written. */
bool writeEventsCsv(const QString &path, const ControlEvents &events, Diagnostics *diagnostics = nullptr);

/** Writes the time series of areas as CSV (UTF-8 with BOM, as writeEventsCsv), one row per
 *  frame date and zone class holding land, by date then class: date, class, class_label,
 *  area_km2 (one decimal), places (count of places whose cells make up the area),
 *  share (area / land claimed by every class at that date, 0..1, three decimals). */
bool writeAreaSeriesCsv(const QString &path, const QVector<StoryFrame> &frames,
                        Diagnostics *diagnostics = nullptr);

/** What a story export holds. `frames` are the series (any step), in date order. */
struct StoryExportInput {
    const ControlEvents *events = nullptr;       ///< required
    const QVector<StoryFrame> *frames = nullptr; ///< series layers; skipped when null or empty
    /** The frame whose areas, frontlines and places are written as the at-date layers
     *  (areas, frontlines, places); null: the last of `frames`. */
    const StoryFrame *current = nullptr;
    /** An OGR source whose layers (land, countries, provinces, rivers, lakes; those that
     *  exist) are copied as basemap_<name> into a GeoPackage, so it stands alone. Empty: none. */
    QString basemap;
};

/** Layer names of a story GeoPackage, besides basemap_*: the at-date layers of
 *  writeGeoExport (events, areas, frontlines, places) and the series:
 *  - areas_series (MultiPolygon): date, date_end (datetime; the frame's date and the next
 *    frame's, end exclusive; the last frame lasts one step), faction, faction_label,
 *    area_km2, places
 *  - frontlines_series (MultiLineString): date, date_end, side_a, side_b, length_km
 *  - places_series (Point): date, date_end, place_id, name, controller, contested, conflict,
 *    inferred
 *  - area_series (no geometry): date, faction, faction_label, area_km2, places, share
 *  Every date is a datetime at 00:00 (QGIS 3.22 filters date fields wrongly). */
QStringList storyLayerNames();

/** Writes a story export, replacing existing files (creating the folder), EPSG:4326:
 *  - .gpkg: one GeoPackage with every layer of storyLayerNames() (and basemap_*).
 *  - .geojson / .json: one file per layer: `path` holds the areas at the date, siblings
 *    <base>-<layer>.geojson the others (area_series with null geometries).
 *  - .csv: `path` holds the events (writeEventsCsv), <base>-area_series.csv the series.
 *  False plus diagnostics on failure or for another suffix. */
bool writeStoryExport(const QString &path, const StoryExportInput &input, Diagnostics *diagnostics = nullptr);

/** The files writeStoryExport writes for `path`. */
QStringList storyExportFiles(const QString &path, const StoryExportInput &input);

} // namespace cm
