#pragma once

#include <QObject>

class QWidget;

namespace cm {

class MainWindow;

/** The File ▸ Export actions: the map as an image or document through a print layout
 *  (app/render's SnapshotRenderer), an animation of the timeline (GIF, MP4, PNG frames)
 *  and the data (GeoPackage, GeoJSON, CSV, QGIS project). Asks with dialogs, reports
 *  errors in message boxes; the work itself is in app/render and the core. */
class ExportController : public QObject
{
    Q_OBJECT
public:
    explicit ExportController(MainWindow *window);

    void exportMap();
    void exportAnimation();
    void exportData();

private:
    MainWindow *mWindow;
};

} // namespace cm
