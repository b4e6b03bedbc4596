// Scrubbing the timeline: on a generated 5,000-place war, the time from a date change
// to the finished canvas repaint, for every week of 2016–2017, in the real main window
// (offscreen, 1600×1000). Reports the median, 95th percentile and worst week.
#include "loadtask.h"
#include "mainwindow.h"
#include "viewertestsupport.h"

#include "conflictmap/timeline.h"

#include <benchmark/benchmark.h>
#include <qgsapplication.h>

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <memory>

namespace {

std::unique_ptr<cm::MainWindow> sWindow;

// Milliseconds from setting `date` to the `settled` signal (map drawn at that date).
double timeToSettle(cm::MainWindow &window, const QDate &date)
{
    QEventLoop loop;
    QObject::connect(&window, &cm::MainWindow::settled, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    QElapsedTimer timer;
    timer.start();
    window.timeline()->setCurrentDate(date);
    if (!window.isSettled())
        loop.exec();
    return timer.nsecsElapsed() / 1e6;
}

void BM_TimelineWeekToRepaint(benchmark::State &state)
{
    cm::MainWindow &window = *sWindow;
    std::vector<double> latencies;
    for (auto _ : state) {
        for (QDate date(2016, 1, 4); date <= QDate(2017, 12, 31); date = date.addDays(7)) {
            const double ms = timeToSettle(window, date);
            latencies.push_back(ms);
            state.SetIterationTime(ms / 1000.0);
        }
    }
    std::sort(latencies.begin(), latencies.end());
    auto percentile = [&](double p) {
        return latencies.at(std::min(latencies.size() - 1, size_t(p * latencies.size())));
    };
    state.counters["weeks"] = double(latencies.size());
    state.counters["median_ms"] = percentile(0.5);
    state.counters["p95_ms"] = percentile(0.95);
    state.counters["max_ms"] = latencies.back();
}
BENCHMARK(BM_TimelineWeekToRepaint)->UseManualTime()->Iterations(1)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QTemporaryDir home;
    const std::unique_ptr<QgsApplication> app = cm::test::startOffscreenQgis(argc, argv, home);
    {
        sWindow = std::make_unique<cm::MainWindow>(false);
        sWindow->show();
        sWindow->timeline()->setStep(cm::Timeline::Step::Week);
        sWindow->showLoadResult(cm::LoadTask::build(cm::test::generatedScenario(5000)));
        // Warm up: the first drawing builds the zone cells and fills the basemap cache.
        timeToSettle(*sWindow, QDate(2016, 1, 1));

        benchmark::Initialize(&argc, argv);
        benchmark::RunSpecifiedBenchmarks();
        benchmark::Shutdown();
        sWindow.reset();
    }
    QgsApplication::exitQgis();
    return 0;
}
