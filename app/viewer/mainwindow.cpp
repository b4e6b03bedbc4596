#include "mainwindow.h"

#include "exportcontroller.h"

#include "aboutdialog.h"
#include "articlepane.h"
#include "eventfilterproxymodel.h"
#include "eventsdock.h"
#include "legendwidget.h"
#include "loadprogresswidget.h"
#include "loadsummarydialog.h"
#include "loadtask.h"
#include "mapcontroller.h"
#include "mapstateworker.h"
#include "placepicktool.h"
#include "settingsdialog.h"
#include "timelinewidget.h"
#include "viewersettings.h"

#include "conflictmap/controlmodel.h"
#include "conflictmap/resources.h"
#include "conflictmap/timeline.h"

#include <qgsmapcanvas.h>
#include <qgspointxy.h>

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDateEdit>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScrollArea>
#include <QSet>
#include <QStatusBar>
#include <QTimer>
#include <QUrl>

namespace cm {
namespace {

QStringList foldersOf(const QMimeData *mime)
{
    QStringList folders;
    if (!mime || !mime->hasUrls())
        return folders;
    for (const QUrl &url : mime->urls())
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isDir())
            folders << QDir::cleanPath(url.toLocalFile());
    return folders;
}

} // namespace

MainWindow::MainWindow(bool restoreLayout, QWidget *parent)
    : QMainWindow(parent), mTimeline(new Timeline(this)), mCanvas(new QgsMapCanvas(this)),
      mWorker(new MapStateWorker(this)), mLoadTask(new LoadTask(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    const QString icon = Resources::path(QStringLiteral("icons/conflictmap.svg"));
    if (QFileInfo::exists(icon))
        setWindowIcon(QIcon(icon));
    setAcceptDrops(true);
    setDockNestingEnabled(true);
    // The timeline bar spans the whole width, under the side docks.
    setCorner(Qt::BottomLeftCorner, Qt::BottomDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::BottomDockWidgetArea);

    mCanvas->setObjectName(QStringLiteral("MapCanvas"));
    mCanvas->setMinimumSize(320, 240);
    setCentralWidget(mCanvas);
    mMap = std::make_unique<MapController>(mCanvas, mPalette);
    Diagnostics basemapProblems;
    mMap->loadBasemap(Resources::path(QStringLiteral("basemap/region.gpkg")),
                      QLocale().language() == QLocale::French, ViewerSettings::labelPopulation(),
                      &basemapProblems);
    mMap->installFeatureBuilders(mWorker);
    mPickTool = new PlacePickTool(mCanvas);
    mCanvas->setMapTool(mPickTool);

    mTimelineWidget = new TimelineWidget(mTimeline, this);
    createDocks();
    createActions();

    mProgress = new LoadProgressWidget(this);
    mStatusSummary = new QLabel(this);
    mCoordinates = new QLabel(this);
    mCoordinates->setMinimumWidth(
        QFontMetrics(font()).horizontalAdvance(QStringLiteral("00.0000° N  00.0000° E")));
    statusBar()->addWidget(mStatusSummary, 1);
    statusBar()->addPermanentWidget(mProgress);
    statusBar()->addPermanentWidget(mCoordinates);
    if (!basemapProblems.isEmpty())
        mStatusSummary->setText(basemapProblems.first().message);

    connect(mProgress, &LoadProgressWidget::cancelRequested, mLoadTask, &LoadTask::cancel);
    connect(mLoadTask, &LoadTask::progress, mProgress, &LoadProgressWidget::setProgress);
    connect(mLoadTask, &LoadTask::finished, this, &MainWindow::showLoadResult);
    connect(mTimeline, &Timeline::currentDateChanged, this, &MainWindow::requestMap);
    connect(mWorker, &MapStateWorker::snapshotReady, this, &MainWindow::showSnapshot);
    // Labels are chosen for the scale: zooming asks for a new choice.
    connect(mCanvas, &QgsMapCanvas::scaleChanged, this, [this] { requestMap(mTimeline->currentDate()); });
    connect(mEventsDock, &EventsDock::eventSelected, this, &MainWindow::selectEvent);
    connect(mPickTool, &PlacePickTool::clicked, this, &MainWindow::pickPlace);
    connect(mCanvas, &QgsMapCanvas::xyCoordinates, this, [this](const QgsPointXY &point) {
        const QgsPointXY wgs = mMap->toWgs84(point);
        mCoordinates->setText(
            QStringLiteral("%1° N  %2° E")
                .arg(QLocale().toString(wgs.y(), 'f', 4), QLocale().toString(wgs.x(), 'f', 4)));
    });
    connect(mMap.get(), &MapController::snapshotApplied, this, [this](const QDate &, bool repaint) {
        if (repaint) {
            mMapDirty = true;
            return;
        }
        // Nothing to draw again: the map on screen already shows this date.
        QTimer::singleShot(0, this, [this] {
            if (isSettled())
                emit settled();
        });
    });
    // A snapshot is on screen once a render that started after it has finished.
    connect(mCanvas, &QgsMapCanvas::renderStarting, this, [this] {
        if (mMapDirty) {
            mMapDirty = false;
            mMapRendering = true;
        }
    });
    connect(mCanvas, &QgsMapCanvas::mapCanvasRefreshed, this, [this] {
        if (!mMapRendering || mMapDirty)
            return;
        mMapRendering = false;
        if (isSettled())
            emit settled();
    });

    resize(1600, 1000);
    if (restoreLayout) {
        restoreGeometry(ViewerSettings::windowGeometry());
        restoreState(ViewerSettings::windowState());
    }
    updateTitle();
}

MainWindow::~MainWindow()
{
    // Cancelling answers at once with finished(): not to be shown by a closing window.
    disconnect(mLoadTask, nullptr, this, nullptr);
    mLoadTask->cancel();
    mWorker->waitForDone();
    mCanvas->unsetMapTool(mPickTool);
    mMap.reset();
}

void MainWindow::createDocks()
{
    auto *timelineDock = new QDockWidget(tr("Timeline"), this);
    timelineDock->setObjectName(QStringLiteral("TimelineDock"));
    timelineDock->setWidget(mTimelineWidget);
    timelineDock->setFeatures(QDockWidget::NoDockWidgetFeatures);
    timelineDock->setTitleBarWidget(new QWidget(timelineDock));
    addDockWidget(Qt::BottomDockWidgetArea, timelineDock);

    mEventsDock = new EventsDock(this);
    addDockWidget(Qt::RightDockWidgetArea, mEventsDock);

    auto *articleDock = new QDockWidget(tr("Article"), this);
    articleDock->setObjectName(QStringLiteral("ArticleDock"));
    mArticlePane = new ArticlePane(articleDock);
    articleDock->setWidget(mArticlePane);
    addDockWidget(Qt::RightDockWidgetArea, articleDock);
    splitDockWidget(mEventsDock, articleDock, Qt::Vertical);

    auto *legendDock = new QDockWidget(tr("Legend"), this);
    legendDock->setObjectName(QStringLiteral("LegendDock"));
    mLegend = new LegendWidget(mPalette, legendDock);
    auto *scroll = new QScrollArea(legendDock);
    scroll->setWidget(mLegend);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    legendDock->setWidget(scroll);
    addDockWidget(Qt::LeftDockWidgetArea, legendDock);
    resizeDocks({legendDock, mEventsDock}, {230, 520}, Qt::Horizontal);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open folder…"), this, [this] { chooseFolder(false); });
    open->setShortcut(QKeySequence::Open);
    open->setToolTip(tr("Read a folder of articles instead of those loaded"));
    QAction *add = file->addAction(tr("&Add folder…"), this, [this] { chooseFolder(true); });
    add->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    mRecentMenu = file->addMenu(tr("&Recent folders"));
    updateRecentMenu();
    file->addSeparator();
    file->addAction(tr("Load &summary…"), this, &MainWindow::showLoadSummary);
    auto *exporter = new ExportController(this);
    file->addAction(tr("&Export map…"), exporter, &ExportController::exportMap)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    file->addAction(tr("Export &animation…"), exporter, &ExportController::exportAnimation);
    file->addAction(tr("Export &data…"), exporter, &ExportController::exportData);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    mViewMenu = menuBar()->addMenu(tr("&View"));
    mViewMenu->addAction(tr("Zoom to &all"), this, [this] { mMap->zoomToAll(); })
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    mViewMenu->addAction(tr("Zoom to &Syria and Iraq"), this, [this] { mMap->zoomToStart(); })
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_9));
    mViewMenu->addAction(tr("Zoom &in"), mCanvas, &QgsMapCanvas::zoomIn)->setShortcut(QKeySequence::ZoomIn);
    mViewMenu->addAction(tr("Zoom &out"), mCanvas, &QgsMapCanvas::zoomOut)
        ->setShortcut(QKeySequence::ZoomOut);
    mViewMenu->addSeparator();
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        if (dock->features() != QDockWidget::NoDockWidgetFeatures)
            mViewMenu->addAction(dock->toggleViewAction());

    // Timeline keys work wherever the focus is, except in text fields.
    QMenu *time = menuBar()->addMenu(tr("&Timeline"));
    auto timeAction = [&](const QString &text, const QKeySequence &key, auto slot) {
        QAction *action = time->addAction(text, this, slot);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WindowShortcut);
        return action;
    };
    timeAction(tr("&Play / pause"), QKeySequence(Qt::Key_Space), [this] { mTimeline->togglePlaying(); });
    time->addSeparator();
    timeAction(tr("Previous &day"), QKeySequence(Qt::Key_Left),
               [this] { mTimelineWidget->stepBy(int(Timeline::Step::Day), false); });
    timeAction(tr("Next d&ay"), QKeySequence(Qt::Key_Right),
               [this] { mTimelineWidget->stepBy(int(Timeline::Step::Day), true); });
    timeAction(tr("Previous &week"), QKeySequence(Qt::SHIFT | Qt::Key_Left),
               [this] { mTimelineWidget->stepBy(int(Timeline::Step::Week), false); });
    timeAction(tr("Next w&eek"), QKeySequence(Qt::SHIFT | Qt::Key_Right),
               [this] { mTimelineWidget->stepBy(int(Timeline::Step::Week), true); });
    timeAction(tr("Previous &month"), QKeySequence(Qt::Key_PageUp),
               [this] { mTimelineWidget->stepBy(int(Timeline::Step::Month), false); });
    timeAction(tr("Next mo&nth"), QKeySequence(Qt::Key_PageDown),
               [this] { mTimelineWidget->stepBy(int(Timeline::Step::Month), true); });
    timeAction(tr("Previous e&vent"), QKeySequence(Qt::CTRL | Qt::Key_Left),
               [this] { mTimelineWidget->stepBy(int(Timeline::Step::Event), false); });
    timeAction(tr("Next ev&ent"), QKeySequence(Qt::CTRL | Qt::Key_Right),
               [this] { mTimelineWidget->stepBy(int(Timeline::Step::Event), true); });
    time->addSeparator();
    timeAction(tr("&Start"), QKeySequence(Qt::Key_Home), [this] { mTimeline->goToStart(); });
    timeAction(tr("En&d"), QKeySequence(Qt::Key_End), [this] { mTimeline->goToEnd(); });
    timeAction(tr("&Go to date…"), QKeySequence(Qt::CTRL | Qt::Key_G),
               [this] { mTimelineWidget->dateField()->setFocus(Qt::ShortcutFocusReason); });

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    settings->addAction(tr("&Preferences…"), this, &MainWindow::showSettings)
        ->setMenuRole(QAction::PreferencesRole);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About ConflictMap"), this, [this] { AboutDialog(this).exec(); })
        ->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::updateRecentMenu()
{
    mRecentMenu->clear();
    const QStringList recent = ViewerSettings::recentFolders();
    for (const QString &folder : recent) {
        QAction *action = mRecentMenu->addAction(QDir::toNativeSeparators(folder), this,
                                                 [this, folder] { openFolders({folder}); });
        action->setEnabled(QFileInfo(folder).isDir());
    }
    if (!recent.isEmpty()) {
        mRecentMenu->addSeparator();
        mRecentMenu->addAction(tr("&Clear the list"), this, [this] {
            ViewerSettings::clearRecentFolders();
            updateRecentMenu();
        });
    }
    mRecentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::updateTitle()
{
    QStringList names;
    for (const QString &folder : mDataset.folders)
        names << QFileInfo(folder).fileName();
    setWindowTitle(names.isEmpty()
                       ? QStringLiteral("ConflictMap")
                       : QStringLiteral("%1 — ConflictMap").arg(names.join(QStringLiteral(", "))));
}

void MainWindow::chooseFolder(bool add)
{
    const QString start = mDataset.folders.isEmpty() ? QDir::homePath() : mDataset.folders.last();
    const QString folder = QFileDialog::getExistingDirectory(
        this, add ? tr("Add a folder of articles") : tr("Open a folder of articles"), start);
    if (folder.isEmpty())
        return;
    if (add)
        addFolders({folder});
    else
        openFolders({folder});
}

void MainWindow::openFolders(const QStringList &folders, bool showSummary)
{
    startLoad(folders, false, showSummary);
}

void MainWindow::addFolders(const QStringList &folders, bool showSummary)
{
    QStringList fresh;
    for (const QString &folder : folders)
        if (!mDataset.folders.contains(folder))
            fresh << folder;
    if (!fresh.isEmpty())
        startLoad(fresh, true, showSummary);
}

void MainWindow::startLoad(const QStringList &folders, bool add, bool showSummary)
{
    if (folders.isEmpty())
        return;
    if (mLoadTask->isRunning()) {
        statusBar()->showMessage(tr("Already reading articles; wait or cancel first"), 4000);
        return;
    }
    for (const QString &folder : folders)
        ViewerSettings::addRecentFolder(folder);
    updateRecentMenu();
    mSummaryWanted = showSummary;
    mProgress->begin();
    mLoadTask->start(folders, add ? mDataset : Dataset());
}

void MainWindow::showLoadResult(const LoadResult &result)
{
    mProgress->end();
    if (result.cancelled) {
        statusBar()->showMessage(tr("Loading cancelled; the articles loaded before are kept"), 6000);
        return;
    }
    mLastLoad = std::make_unique<LoadResult>(result);
    mDataset = result.dataset;
    ViewerSettings::setSessionFolders(mDataset.folders);
    updateTitle();

    mEventsDock->setDataset(mDataset, mPalette);
    mArticlePane->clear();
    mTimelineWidget->setEvents(mDataset.events, mPalette);
    QList<qint64> towns;
    QSet<qint64> seen;
    QVector<QPointF> points;
    for (const ZonePlace &place : result.zonePlaces)
        points << QPointF(place.lon, place.lat);
    // as_const: a non-const loop would copy all the events (they are shared with the model).
    for (const ControlEvent &event : std::as_const(mDataset.events))
        if (event.geonameId > 0 && !seen.contains(event.geonameId)) {
            seen.insert(event.geonameId);
            towns << event.geonameId;
        }
    mMap->setEventTowns(towns, points);
    mWorker->setModel(result.model, result.zonePlaces,
                      Resources::path(QStringLiteral("basemap/region.gpkg")));
    mTimeline->setEventDates(result.model->eventDates());
    if (mPendingDate.isValid())
        mTimeline->setCurrentDate(mPendingDate);
    mPendingDate = QDate();
    requestMap(mTimeline->currentDate());

    mStatusSummary->setText(LoadSummaryDialog::summary(result));
    if (mSummaryWanted)
        showLoadSummary();
    emit loaded();
}

void MainWindow::showLoadSummary()
{
    if (!mLastLoad) {
        statusBar()->showMessage(tr("Nothing has been loaded yet"), 4000);
        return;
    }
    // Window-modal without blocking: loading and drawing carry on behind it.
    auto *dialog = new LoadSummaryDialog(*mLastLoad, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::setDate(const QDate &date)
{
    if (!date.isValid())
        return;
    mPendingDate = date;
    mTimeline->setCurrentDate(date);
}

void MainWindow::restoreSession()
{
    QStringList folders;
    for (const QString &folder : ViewerSettings::sessionFolders())
        if (QFileInfo(folder).isDir())
            folders << folder;
    if (folders.isEmpty())
        folders << Resources::path(QStringLiteral("articles"));
    if (!mPendingDate.isValid())
        setDate(ViewerSettings::date());
    openFolders(folders, false);
}

void MainWindow::requestMap(const QDate &date)
{
    if (!date.isValid())
        return;
    // Gains are counted over one playback step.
    QDate previous = mTimeline->previousDate(date);
    if (previous == date)
        previous = QDate();
    // Canvas units are Web Mercator metres: 111,320 of them per degree of longitude.
    mWorker->request(date, previous, mCanvas->mapUnitsPerPixel() / 111320.0);
}

void MainWindow::showSnapshot(const MapSnapshot &snapshot)
{
    mMap->showSnapshot(snapshot);
}

bool MainWindow::isSettled() const
{
    return !mLoadTask->isRunning() && !mWorker->isBusy() && !mMap->hasPendingSnapshot() && !mMapDirty &&
           !mMapRendering && !mCanvas->isDrawing() && mMap->snapshot().date == mTimeline->currentDate();
}

void MainWindow::selectEvent(int eventIndex)
{
    if (eventIndex < 0 || eventIndex >= mDataset.events.size())
        return;
    const ControlEvent &event = mDataset.events.at(eventIndex);
    if (event.date.isValid())
        mTimeline->setCurrentDate(event.date);
    if (event.hasLocation())
        mMap->zoomToPoint(event.lat, event.lon);
    const int article = mDataset.articleIndex(event);
    if (article >= 0)
        mArticlePane->showEvent(mDataset.articles.at(article), event);
}

void MainWindow::pickPlace(const QPoint &pixel)
{
    const int index = mMap->placeAt(pixel);
    if (index < 0) {
        if (!mEventsDock->proxy()->placeId().isEmpty())
            mEventsDock->showPlace({}, {});
        return;
    }
    const PlaceState &place = mMap->snapshot().state.places.at(index);
    mEventsDock->showPlace(place.placeId, place.name);
    mEventsDock->show();
    mEventsDock->raise();
    statusBar()->showMessage(tr("%1: held by %2, %n event(s) so far", nullptr, place.eventCount)
                                 .arg(place.name, mPalette.longName(place.controller)),
                             6000);
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(this);
    const int population = ViewerSettings::labelPopulation();
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (ViewerSettings::labelPopulation() != population) {
        Diagnostics problems;
        mMap->loadBasemap(Resources::path(QStringLiteral("basemap/region.gpkg")),
                          QLocale().language() == QLocale::French, ViewerSettings::labelPopulation(),
                          &problems);
        mCanvas->refreshAllLayers();
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    mTimeline->pause();
    ViewerSettings::setWindowGeometry(saveGeometry());
    ViewerSettings::setWindowState(saveState());
    ViewerSettings::setDate(mTimeline->currentDate());
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!foldersOf(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList folders = foldersOf(event->mimeData());
    if (folders.isEmpty())
        return;
    event->acceptProposedAction();
    addFolders(folders);
}

} // namespace cm
