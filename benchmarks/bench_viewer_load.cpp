// Loading a folder of generated articles in the real main window (offscreen, 1600×1000):
// how long the GUI thread stalls meanwhile (gaps between the ticks of a 10 ms timer),
// how often the progress bar moves, the total time, and how soon Cancel (clicked at
// 30 % or 80 %) ends the load with the earlier data still shown, and the worker stops.
//
// CM_BENCH_CORPUS: a folder made by tools/gencorpus.py; without it CM_BENCH_ARTICLES
// (default 2,000) articles are generated in a temporary folder.
#include "dataset.h"
#include "eventsdock.h"
#include "eventtablemodel.h"
#include "loadprogresswidget.h"
#include "loadtask.h"
#include "mainwindow.h"
#include "mapcontroller.h"
#include "viewertestsupport.h"

#include "conflictmap/timeline.h"

#include <benchmark/benchmark.h>
#include <qgsapplication.h>

#include <QElapsedTimer>
#include <QEventLoop>
#include <QProgressBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <memory>

namespace {

std::unique_ptr<cm::MainWindow> sWindow;
QString sCorpus;

// Runs the event loop (no sleeping, so the probe's timer stays on time) until `done`.
bool runUntil(const std::function<bool()> &done, int timeoutMs = 600000)
{
    QEventLoop loop;
    QTimer check;
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    check.start(5);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (!done())
        loop.exec();
    return done();
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(std::min(values.size() - 1, size_t(p * double(values.size()))));
}

// Watches the GUI thread: the gaps between ticks of a 10 ms timer (a stall shows as a long
// gap) and between the progress updates the window shows (label and bar).
class GuiProbe
{
public:
    explicit GuiProbe(cm::LoadTask *task)
    {
        mClock.start();
        mTimer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&mTimer, &QTimer::timeout, [this] {
            const qint64 now = mClock.nsecsElapsed();
            mTicks.push_back((now - mLastTick) / 1e6);
            mLastTick = now;
        });
        mConnection = QObject::connect(task, &cm::LoadTask::progress,
                                       [this](cm::LoadTask::Stage stage) { update(int(stage)); });
        mLastTick = mLastUpdate = mClock.nsecsElapsed();
        mTimer.start(10);
    }
    ~GuiProbe() { QObject::disconnect(mConnection); }

    /** The load has ended: the last progress gap runs until now. */
    void loadEnded()
    {
        QObject::disconnect(mConnection);
        update(3);
    }
    void stop() { mTimer.stop(); }

    void report(benchmark::State &state) const
    {
        state.counters["stall_max_ms"] = mTicks.empty() ? 0 : *std::max_element(mTicks.begin(), mTicks.end());
        state.counters["stall_p99_ms"] = percentile(mTicks, 0.99);
        state.counters["progress_updates"] = double(mUpdates.size() - 1);
        state.counters["progress_median_ms"] = percentile(mUpdates, 0.5);
        state.counters["progress_max_ms"] = mLongest;
        // Where the longest wait was: the stage of the update that ended it (3: the load's end).
        state.counters["progress_max_before_stage"] = mLongestBefore;
    }

private:
    void update(int stage)
    {
        const qint64 now = mClock.nsecsElapsed();
        const double gap = (now - mLastUpdate) / 1e6;
        mUpdates.push_back(gap);
        if (gap > mLongest) {
            mLongest = gap;
            mLongestBefore = stage;
        }
        mLastUpdate = now;
    }

    QElapsedTimer mClock;
    QTimer mTimer;
    QMetaObject::Connection mConnection;
    qint64 mLastTick = 0;
    qint64 mLastUpdate = 0;
    std::vector<double> mTicks;
    std::vector<double> mUpdates;
    double mLongest = 0;
    int mLongestBefore = -1;
};

QProgressBar *progressBar()
{
    return sWindow->findChild<cm::LoadProgressWidget *>()->findChild<QProgressBar *>();
}

// Opens the sample articles and waits until they are drawn.
void loadSamples()
{
    sWindow->openFolders({QStringLiteral(CM_RESOURCES "/articles")}, false);
    runUntil([] { return !sWindow->loadTask()->isRunning() && sWindow->isSettled(); });
}

// Adds the corpus to the sample articles, clicks Cancel at some % of the bar and measures
// how long until the task reports its end and until the window is idle and drawn again.
void BM_CancelLoad(benchmark::State &state)
{
    for (auto _ : state) {
        loadSamples();
        const cm::Dataset before = sWindow->dataset();
        const QVector<QDate> datesBefore = sWindow->timeline()->eventDates();

        QElapsedTimer clock;
        qint64 finishedAt = -1;
        QMetaObject::Connection finished = QObject::connect(sWindow->loadTask(), &cm::LoadTask::finished,
                                                            [&] { finishedAt = clock.nsecsElapsed(); });
        QProgressBar *bar = progressBar();
        GuiProbe probe(sWindow->loadTask());
        clock.start();
        sWindow->addFolders({sCorpus}, false);
        const double at = state.range(0) / 100.0;
        const bool reached =
            runUntil([&] { return bar->maximum() > 0 && bar->value() >= at * bar->maximum(); });
        const double progressAtCancel = bar->maximum() > 0 ? double(bar->value()) / bar->maximum() : 0;
        const qint64 clickedAt = clock.nsecsElapsed();
        QTest::mouseClick(sWindow->findChild<cm::LoadProgressWidget *>()->findChild<QPushButton *>(),
                          Qt::LeftButton);
        runUntil([&] { return finishedAt >= 0; });
        probe.loadEnded();
        runUntil([] { return sWindow->isSettled(); });
        const qint64 settledAt = clock.nsecsElapsed();
        probe.stop();
        // The window answers at once; the worker stops at its next check.
        runUntil([] { return QThreadPool::globalInstance()->activeThreadCount() == 0; });
        const qint64 stoppedAt = clock.nsecsElapsed();
        QObject::disconnect(finished);

        const cm::Dataset &after = sWindow->dataset();
        const bool kept = after.folders == before.folders && after.events.size() == before.events.size() &&
                          after.articles.size() == before.articles.size() &&
                          sWindow->timeline()->eventDates() == datesBefore &&
                          sWindow->eventsDock()->model()->rowCount() == before.events.size() &&
                          sWindow->mapController()->snapshot().date == sWindow->timeline()->currentDate();
        state.SetIterationTime((finishedAt - clickedAt) / 1e9);
        state.counters["reached"] = reached;
        state.counters["progress_at_cancel"] = progressAtCancel;
        state.counters["cancel_to_finished_ms"] = (finishedAt - clickedAt) / 1e6;
        state.counters["cancel_to_idle_ms"] = (settledAt - clickedAt) / 1e6;
        state.counters["cancel_to_worker_stop_ms"] = (stoppedAt - clickedAt) / 1e6;
        state.counters["kept_events"] = after.events.size();
        state.counters["consistent"] = kept;
        probe.report(state);
    }
}
// At 30 % the load is reading files; at 80 % it is building the model (a third per stage).
BENCHMARK(BM_CancelLoad)->Arg(30)->Arg(80)->UseManualTime()->Iterations(1)->Unit(benchmark::kMillisecond);

// Opens the corpus in place of the sample articles and waits until it is loaded and drawn.
void BM_OpenFolder(benchmark::State &state)
{
    for (auto _ : state) {
        loadSamples();
        QElapsedTimer clock;
        qint64 loadedAt = -1;
        QMetaObject::Connection loaded = QObject::connect(sWindow.get(), &cm::MainWindow::loaded,
                                                          [&] { loadedAt = clock.nsecsElapsed(); });
        GuiProbe probe(sWindow->loadTask());
        clock.start();
        sWindow->openFolders({sCorpus}, false);
        runUntil([&] { return loadedAt >= 0; });
        probe.loadEnded();
        runUntil([] { return sWindow->isSettled(); });
        const qint64 settledAt = clock.nsecsElapsed();
        probe.stop();
        QObject::disconnect(loaded);

        state.SetIterationTime(settledAt / 1e9);
        state.counters["articles"] = sWindow->dataset().articles.size();
        state.counters["events"] = sWindow->dataset().events.size();
        state.counters["loaded_s"] = loadedAt / 1e9;
        state.counters["drawn_s"] = settledAt / 1e9;
        probe.report(state);
    }
}
BENCHMARK(BM_OpenFolder)->UseManualTime()->Iterations(1)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QTemporaryDir home;
    const std::unique_ptr<QgsApplication> app = cm::test::startOffscreenQgis(argc, argv, home);

    sCorpus = qEnvironmentVariable("CM_BENCH_CORPUS");
    if (sCorpus.isEmpty()) {
        const int count = qEnvironmentVariableIsSet("CM_BENCH_ARTICLES")
                              ? qEnvironmentVariableIntValue("CM_BENCH_ARTICLES")
                              : 2000;
        sCorpus = home.filePath(QStringLiteral("corpus"));
        QString error;
        if (!cm::test::generateCorpus(sCorpus, count, 1, &error)) {
            std::fprintf(stderr, "cannot generate the corpus: %s\n", qPrintable(error));
            return 1;
        }
    }
    std::printf("corpus: %s\n", qPrintable(sCorpus));
    {
        sWindow = std::make_unique<cm::MainWindow>(false);
        sWindow->show();
        benchmark::Initialize(&argc, argv);
        benchmark::RunSpecifiedBenchmarks();
        benchmark::Shutdown();
        sWindow.reset();
    }
    QgsApplication::exitQgis();
    return 0;
}
