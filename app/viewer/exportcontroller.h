#pragma once

#include "conflictmap/diagnostic.h"
#include "conflictmap/storyseries.h"

#include <QDate>
#include <QObject>
#include <QSize>

namespace cm {

class MainWindow;

/** What a map export shows besides the view itself (layers, extent and date come from
 *  the window). */
struct MapExportSettings {
    QString title;
    QString subtitle;
    QSize size = QSize(1920, 1080); ///< pixels (PDF/SVG: the page is size / dpi inches)
    double dpi = 150.0;
};

/** The dates and frame size of an animation export. */
struct AnimationExportSettings {
    QDate from; ///< first frame (clamped to the timeline by the dialog)
    QDate to;   ///< last frame, included when the step lands on it
    SeriesStep step = SeriesStep::Week;
    QSize size = QSize(1280, 720);
    double framesPerSecond = 2.0;
};

/** The File ▸ Export actions: the map as an image or document through a print layout
 *  (app/render's SnapshotRenderer), an animation of the timeline (GIF, MP4, PNG frames)
 *  and the data (GeoPackage, GeoJSON, CSV, QGIS project). exportMap(), exportAnimation()
 *  and exportData() ask with dialogs and report in message boxes and the status bar; the
 *  write*() functions they end in take the target path instead, for scripts and tests. */
class ExportController : public QObject
{
    Q_OBJECT
public:
    enum class Result { Done, Cancelled, Failed };

    explicit ExportController(MainWindow *window);

    void exportMap();
    void exportAnimation();
    void exportData();

    /** The title and subtitle the map dialog starts with, in the interface language. */
    MapExportSettings defaultMapSettings() const;

    /** Writes the map as the window shows it (layers, extent, current date) to `path`
     *  (.png, .jpg, .pdf or .svg, by suffix). False plus diagnostics on failure. */
    bool writeMap(const QString &path, const MapExportSettings &settings, Diagnostics *diagnostics = nullptr);

    /** Writes an animation of the loaded story to `path` (.gif, .mp4, or a folder of PNG
     *  frames), one frame per step, behind a window-modal progress dialog whose Cancel
     *  stops between two frames. A cancelled or failed export removes what it wrote. */
    Result writeAnimation(const QString &path, const AnimationExportSettings &settings,
                          Diagnostics *diagnostics = nullptr);

    /** Starts writing the data to `path` (.gpkg, .geojson, .csv, or .qgz plus a GeoPackage
     *  next to it) on a worker thread, behind a progress dialog; ends with dataWritten(). */
    void startDataExport(const QString &path);

signals:
    /** A data export ended: written, cancelled (nothing kept) or failed (`problems`). */
    void dataWritten(const QString &path, Result result, const Diagnostics &problems);

private:
    MainWindow *mWindow;
};

} // namespace cm
