// Ingest throughput (files/s, MB/s) on a generated corpus.
//
// Make the corpus once, then point the benchmark at it:
//   python3 tools/gencorpus.py --count 10000 --out /tmp/cm-corpus
//   CM_BENCH_CORPUS=/tmp/cm-corpus build/benchmarks/bench_ingest
#include "conflictmap/ingestor.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>

namespace {

QString corpus()
{
    return qEnvironmentVariable("CM_BENCH_CORPUS");
}

void reportCorpus(benchmark::State &state, const cm::IngestResult &result)
{
    qint64 bytes = 0;
    for (const cm::Article &article : result.articles)
        bytes += article.bytes;
    const double files = double(result.articles.size());
    state.counters["files"] = files;
    state.counters["files/s"] = benchmark::Counter(files, benchmark::Counter::kIsIterationInvariantRate);
    state.counters["MB/s"] =
        benchmark::Counter(double(bytes) / 1e6, benchmark::Counter::kIsIterationInvariantRate);
}

// The whole ingest (scan, read, decode, clean, dates, duplicates) on `threads` threads.
void BM_IngestFolder(benchmark::State &state)
{
    if (corpus().isEmpty()) {
        state.SkipWithError(
            "set CM_BENCH_CORPUS to a folder made by: python3 tools/gencorpus.py --count 10000 --out DIR");
        return;
    }
    cm::IngestOptions options;
    options.threads = int(state.range(0));
    const cm::Ingestor ingestor(options);
    cm::IngestResult result;
    for (auto _ : state) {
        result = ingestor.ingest({corpus()});
        benchmark::DoNotOptimize(result.articles.data());
    }
    reportCorpus(state, result);
}
BENCHMARK(BM_IngestFolder)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(2.0);

// One thread, files already in memory: decoding and cleaning alone, without the disk.
void BM_ReadBytes(benchmark::State &state)
{
    if (corpus().isEmpty()) {
        state.SkipWithError("set CM_BENCH_CORPUS (see the top of bench_ingest.cpp)");
        return;
    }
    QVector<QPair<QString, QByteArray>> files;
    QDirIterator it(corpus(), {QStringLiteral("*.txt"), QStringLiteral("*.md"), QStringLiteral("*.html")},
                    QDir::Files, QDirIterator::Subdirectories);
    qint64 bytes = 0;
    while (it.hasNext() && files.size() < 2000) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly)) {
            files.append({file.fileName(), file.readAll()});
            bytes += files.last().second.size();
        }
    }
    const cm::Ingestor ingestor;
    for (auto _ : state)
        for (const auto &file : files)
            benchmark::DoNotOptimize(ingestor.readBytes(file.second, file.first).text.size());
    state.counters["files/s"] =
        benchmark::Counter(double(files.size()), benchmark::Counter::kIsIterationInvariantRate);
    state.counters["MB/s"] =
        benchmark::Counter(double(bytes) / 1e6, benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(BM_ReadBytes)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
