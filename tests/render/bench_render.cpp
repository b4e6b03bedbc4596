// Benchmark of map snapshots: a 1920x1080 PNG of the sample corpus at 2017-11-20 through
// the print layout (header, legend, scale bar, arrow), as File > Export map and
// `conflictmap-cli render` make it. Target: under 1 s.
#include "headlessqgis.h"
#include "rendertestsupport.h"
#include "snapshotrenderer.h"
#include "storylayers.h"

#include "conflictmap/resources.h"

#include <QTemporaryDir>
#include <benchmark/benchmark.h>

namespace {

struct Scene {
    cm::StorySeries series;
    std::unique_ptr<cm::StoryLayers> layers;
    cm::SnapshotOptions options;

    Scene()
    {
        cm::test::loadSampleStory(series);
        const cm::StoryFrame frame = series.frameAt(QDate(2017, 11, 20));
        layers =
            std::make_unique<cm::StoryLayers>(cm::Resources::path(QStringLiteral("basemap/region.gpkg")));
        layers->showDate(frame.state, frame.zones);
        options.layers = layers->layers();
        options.legendLayers = layers->legendLayers();
        options.date = frame.date;
        options.title = QStringLiteral("Areas of control in Syria and Iraq");
        options.subtitle = QStringLiteral("Benchmark");
        options.source = QStringLiteral("Source: sample corpus");
        options.attribution = QStringLiteral("GeoNames, Natural Earth");
        options.size = QSize(1920, 1080);
    }
};

Scene *scene = nullptr;

void snapshotPng(benchmark::State &state)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("map.png"));
    for (auto _ : state) {
        cm::SnapshotRenderer renderer(scene->options);
        if (!renderer.exportTo(path))
            state.SkipWithError("export failed");
    }
}
BENCHMARK(snapshotPng)->Unit(benchmark::kMillisecond)->MinTime(3.0);

void snapshotWithDateChange(benchmark::State &state)
{
    // A new date each time: zones from the cache after the first round, layers refilled.
    const QVector<QDate> dates =
        cm::seriesDates(QDate(2016, 1, 1), QDate(2017, 11, 20), cm::SeriesStep::Month);
    int i = 0;
    for (auto _ : state) {
        const cm::StoryFrame frame = scene->series.frameAt(dates.at(i++ % dates.size()));
        scene->layers->showDate(frame.state, frame.zones);
        const QImage image = cm::SnapshotRenderer(scene->options).renderImage();
        benchmark::DoNotOptimize(image.constBits());
    }
}
BENCHMARK(snapshotWithDateChange)->Unit(benchmark::kMillisecond)->MinTime(3.0);

} // namespace

int main(int argc, char **argv)
{
    qputenv("CONFLICTMAP_RESOURCES", CM_RESOURCES);
    cm::HeadlessQgis app(argc, argv);
    cm::Resources::setDirectory(QStringLiteral(CM_RESOURCES));
    benchmark::Initialize(&argc, argv);
    {
        Scene sampleScene;
        scene = &sampleScene;
        benchmark::RunSpecifiedBenchmarks();
        scene = nullptr;
    }
    benchmark::Shutdown();
    return 0;
}
