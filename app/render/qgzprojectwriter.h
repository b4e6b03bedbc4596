#pragma once

#include "conflictmap/diagnostic.h"
#include "conflictmap/factionstyle.h"
#include "conflictmap/storyseries.h"

#include <QDate>
#include <QRectF>
#include <QString>
#include <QStringList>

namespace cm {

/** What the QGIS project shows. */
struct QgzProjectOptions {
    QString geopackage; ///< a story GeoPackage from writeStoryExport (with basemap_* for a background)
    QString title = QStringLiteral("ConflictMap story");
    QDate from; ///< temporal range of the project (first and last frame); invalid: taken from nothing
    QDate to;
    SeriesStep step = SeriesStep::Week; ///< the Temporal Controller's step
    double framesPerSecond = 2.0;
    FactionStyles styles = FactionStyles::load();
    QRectF extent = QRectF(QPointF(35.0, 29.2), QPointF(48.6, 37.6)); ///< initial view, lon/lat degrees
    QString crs = QStringLiteral("EPSG:3857");
};

/** Writes a QGIS project (.qgz or .qgs) whose layers read a story GeoPackage through
 *  relative paths, styled as the exported maps (MapStyle), with temporal properties on:
 *  the series layers show each feature from `date` to `date_end`, events accumulate from
 *  their `date`, and the project's time range and step are set, so the Temporal
 *  Controller replays the story. Needs a running QgsApplication. */
class QgzProjectWriter
{
public:
    /** Names of the project's layers, top first (only those found in the GeoPackage are added). */
    static QStringList layerNames();

    /** False plus diagnostics when the GeoPackage lacks the series layers or the project
     *  cannot be written. */
    static bool write(const QString &path, const QgzProjectOptions &options,
                      Diagnostics *diagnostics = nullptr);
};

} // namespace cm
