#pragma once

#include "conflictmap/controlevent.h"
#include "conflictmap/controlstate.h"
#include "conflictmap/diagnostic.h"
#include "conflictmap/zones.h"

#include <QStringList>

namespace cm {

/** What to write: areas and frontlines at a date, the places' state, the events. */
struct GeoExportInput {
    QDate date;
    const ZoneResult *zones = nullptr;     ///< areas + frontlines layers; skipped when null
    const ControlState *state = nullptr;   ///< places layer; skipped when null
    const ControlEvents *events = nullptr; ///< events layer; skipped when null
};

/** Writes GIS layers with GDAL/OGR, EPSG:4326, dates as datetime fields (QGIS's temporal
 *  filter needs that). Layers and fields:
 *  - areas (MultiPolygon): faction, faction_label, date, area_km2, places (count), place_ids
 *  - frontlines (MultiLineString): side_a, side_b, date, length_km
 *  - places (Point): place_id, name, controller, contested, contested_by, conflict,
 *    inferred, last_event_date, date
 *  - events (Point, empty geometry when unlocated): every field of the `extract --json`
 *    contract (file, place, place_id, geonameid, lat, lon, date, date_precision, kind, to,
 *    from, confidence, evidence, offset) plus surface and date_note.
 *  `path` ending in .gpkg: one GeoPackage with those layers. Ending in .geojson or .json:
 *  GeoJSON holds one layer per file, so the areas go to `path` and the others to siblings
 *  named <base>-frontlines.geojson, <base>-places.geojson, <base>-events.geojson.
 *  Existing files are replaced. False plus diagnostics on failure (nothing half-written is
 *  left claimed as done). */
bool writeGeoExport(const QString &path, const GeoExportInput &input, Diagnostics *diagnostics = nullptr);

/** The files writeGeoExport writes for `path` (one for .gpkg, up to four for GeoJSON). */
QStringList geoExportFiles(const QString &path, const GeoExportInput &input);

} // namespace cm
