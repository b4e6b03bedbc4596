#pragma once

#include "conflictmap/diagnostic.h"

#include <QColor>
#include <QDate>
#include <QImage>
#include <QList>
#include <QLocale>
#include <QRectF>
#include <QSize>
#include <QString>
#include <QStringList>
#include <memory>

class QgsMapLayer;

namespace cm {

/** What a map snapshot shows and how big it is. */
struct SnapshotOptions {
    QList<QgsMapLayer *> layers;       ///< drawn, top first (any layers; not owned)
    QList<QgsMapLayer *> legendLayers; ///< listed in the legend, top first (the first without its name)
    QStringList legendNames; ///< titles of legendLayers in the legend (missing or empty: the layer's name)
    bool legendFilterByMap = false; ///< list only the classes the map shows (costs a render pass)
    /** Area to show, lon/lat degrees WGS 84 (left = west, top = south); widened to the
     *  map frame's aspect ratio. Default: Syria and Iraq. */
    QRectF extent = QRectF(QPointF(35.0, 29.2), QPointF(48.6, 37.6));
    /** The map is cropped rather than widened past this lon/lat box (the basemap's
     *  coverage); null: no limit. */
    QRectF bounds = QRectF(QPointF(34.0, 29.0), QPointF(49.0, 38.0));
    QString destinationCrs = QStringLiteral("EPSG:3857"); ///< as the viewer's canvas
    QDate date;                                           ///< printed in the header (invalid: no date)
    QString dateText;                                     ///< overrides the date's text when set
    QLocale locale = QLocale(QLocale::English);           ///< language of the date ("d MMMM yyyy")
    QString title;                                        ///< header, bold
    QString subtitle;                                     ///< under the title
    QString source;                                       ///< footer, left
    QString attribution;                                  ///< footer, right
    QString legendTitle = QStringLiteral("Control");
    QSize size = QSize(1920, 1080); ///< output pixels (PDF/SVG: the page is size / dpi inches)
    double dpi = 96.0;
    QColor background = QColor(0xcf, 0xdf, 0xe8); ///< sea, behind the layers
    bool legend = true;
    bool scaleBar = true;
    bool northArrow = true;
};

/** Renders a map through a QGIS print layout: header (title, subtitle, date), the map,
 *  a legend, scale bar and north arrow (in a side panel on wide pages, else in the map's
 *  corners), with source and attribution lines under it. Text sizes follow the page height, so any size keeps
 * the same proportions. Needs a running QgsApplication; runs on the thread that owns the layers. */
class SnapshotRenderer
{
public:
    explicit SnapshotRenderer(const SnapshotOptions &options);
    ~SnapshotRenderer();
    SnapshotRenderer(const SnapshotRenderer &) = delete;
    SnapshotRenderer &operator=(const SnapshotRenderer &) = delete;

    /** Suffixes export() accepts: png, jpg, jpeg, pdf, svg. */
    static QStringList formats();

    /** The page as an image of exactly options.size pixels (ARGB32). */
    QImage renderImage();

    /** Writes `path` in the format of its suffix (PNG/JPEG raster at options.size; PDF and
     *  SVG vector with real text). False plus a diagnostic on failure. */
    bool exportTo(const QString &path, Diagnostics *diagnostics = nullptr);

private:
    struct Data;
    std::unique_ptr<Data> d;
};

} // namespace cm
