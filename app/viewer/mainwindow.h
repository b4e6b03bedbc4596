#pragma once

#include "dataset.h"
#include "factionpalette.h"

#include <QDate>
#include <QMainWindow>
#include <memory>

class QgsMapCanvas;
class QLabel;
class QMenu;

namespace cm {

class ArticlePane;
class EventsDock;
class LegendWidget;
class LoadProgressWidget;
class LoadTask;
class MapController;
class MapStateWorker;
class PlacePickTool;
class Timeline;
class TimelineWidget;
struct LoadResult;
struct MapSnapshot;

/** The viewer's main window. Wires the parts together: the map canvas and its
 *  MapController, the timeline (core Timeline + TimelineWidget), the events dock, the
 *  article pane, the legend, background loading and the settings. Holds no logic of
 *  its own beyond that wiring. */
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /** `restoreLayout` false keeps the default size and dock layout (screenshots, tests). */
    explicit MainWindow(bool restoreLayout = true, QWidget *parent = nullptr);
    ~MainWindow() override;

    /** Loads folders, replacing what is loaded. `showSummary` opens the summary dialog
     *  when the load ends. */
    void openFolders(const QStringList &folders, bool showSummary = true);
    /** Loads more folders next to what is loaded. */
    void addFolders(const QStringList &folders, bool showSummary = true);
    /** The date to show once the next load ends (and now). */
    void setDate(const QDate &date);
    /** Restores the last session's folders and date, else opens the sample articles. */
    void restoreSession();

    /** Shows a finished load (what LoadTask delivers; tests and benchmarks may build one
     *  with LoadTask::build()). */
    void showLoadResult(const LoadResult &result);

    /** True when no load runs, the map shows the timeline's date and has finished drawing. */
    bool isSettled() const;

    const Dataset &dataset() const { return mDataset; }
    Timeline *timeline() const { return mTimeline; }
    TimelineWidget *timelineWidget() const { return mTimelineWidget; }
    MapController *mapController() const { return mMap.get(); }
    QgsMapCanvas *canvas() const { return mCanvas; }
    EventsDock *eventsDock() const { return mEventsDock; }
    ArticlePane *articlePane() const { return mArticlePane; }
    LoadTask *loadTask() const { return mLoadTask; }
    MapStateWorker *mapWorker() const { return mWorker; }

signals:
    /** A load ended and its results are shown. */
    void loaded();
    /** The map finished drawing the timeline's date (see isSettled()). */
    void settled();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createDocks();
    void startLoad(const QStringList &folders, bool add, bool showSummary);
    void requestMap(const QDate &date);
    void showSnapshot(const MapSnapshot &snapshot);
    void selectEvent(int eventIndex);
    void pickPlace(const QPoint &pixel);
    void chooseFolder(bool add);
    void updateRecentMenu();
    void updateTitle();
    void showLoadSummary();
    void showSettings();

    FactionPalette mPalette;
    Timeline *mTimeline;
    QgsMapCanvas *mCanvas;
    std::unique_ptr<MapController> mMap;
    PlacePickTool *mPickTool = nullptr;
    MapStateWorker *mWorker;
    LoadTask *mLoadTask;
    TimelineWidget *mTimelineWidget;
    EventsDock *mEventsDock;
    ArticlePane *mArticlePane;
    LegendWidget *mLegend;
    LoadProgressWidget *mProgress;
    QLabel *mStatusSummary;
    QLabel *mCoordinates;
    QMenu *mRecentMenu = nullptr;
    QMenu *mViewMenu = nullptr;

    Dataset mDataset;
    std::unique_ptr<LoadResult> mLastLoad;
    QDate mPendingDate;
    bool mSummaryWanted = false;
    bool mMapDirty = false;     ///< a snapshot was shown and no render has started since
    bool mMapRendering = false; ///< a render that includes the last snapshot is running
};

} // namespace cm
