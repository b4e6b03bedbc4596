// Gazetteer loading and toponym finding speed (the extractor runs findMentions on every
// sentence of every article: it must keep well above 20 MB/s per core).
#include <benchmark/benchmark.h>

#include "conflictmap/gazetteer.h"
#include "conflictmap/resources.h"
#include "conflictmap/toponymresolver.h"

#include <QDir>
#include <QFile>

#include <memory>
#include <vector>

using namespace cm;

namespace {

QString gazetteerFolder()
{
    return QStringLiteral(CM_RESOURCES "/gazetteer");
}

const Gazetteer &gazetteer()
{
    static const Gazetteer *loaded = [] {
        Resources::setDirectory(QStringLiteral(CM_RESOURCES));
        auto *result = new Gazetteer;
        result->loadFolder(gazetteerFolder());
        return result;
    }();
    return *loaded;
}

// The sample articles.
QStringList sampleArticles()
{
    QStringList articles;
    const QDir dir(QStringLiteral(CM_RESOURCES "/articles"));
    for (const QString &name : dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            articles.append(QString::fromUtf8(file.readAll()));
    }
    return articles;
}

QString sampleText()
{
    return sampleArticles().join(QLatin1Char('\n'));
}

void BM_LoadGazetteer(benchmark::State &state)
{
    Resources::setDirectory(QStringLiteral(CM_RESOURCES));
    for (auto _ : state) {
        Gazetteer loaded;
        loaded.loadFolder(gazetteerFolder());
        benchmark::DoNotOptimize(loaded.places().size());
    }
}
BENCHMARK(BM_LoadGazetteer)->Unit(benchmark::kMillisecond);

void BM_FindMentions(benchmark::State &state)
{
    const ToponymResolver resolver(gazetteer());
    const QString text = sampleText();
    const QByteArray utf8 = text.toUtf8();
    int mentions = 0;
    for (auto _ : state) {
        const QVector<PlaceMention> found = resolver.findMentions(text);
        mentions = found.size();
        benchmark::DoNotOptimize(found.data());
    }
    state.SetBytesProcessed(int64_t(state.iterations()) * utf8.size());
    state.counters["mentions"] = mentions;
}
BENCHMARK(BM_FindMentions)->Unit(benchmark::kMicrosecond);

// The same with nothing cached yet: each iteration gets a freshly loaded gazetteer, so the
// per-thread cache of span lookups starts empty (the first article of a run).
void BM_FindMentionsCold(benchmark::State &state)
{
    const QString text = sampleText();
    std::vector<std::unique_ptr<Gazetteer>> loaded; // destroyed after the timing
    for (auto _ : state) {
        state.PauseTiming();
        loaded.push_back(std::make_unique<Gazetteer>());
        loaded.back()->loadFolder(gazetteerFolder());
        const ToponymResolver resolver(*loaded.back());
        state.ResumeTiming();
        benchmark::DoNotOptimize(resolver.findMentions(text).size());
    }
    state.SetBytesProcessed(int64_t(state.iterations()) * text.toUtf8().size());
}
BENCHMARK(BM_FindMentionsCold)->Unit(benchmark::kMicrosecond)->Iterations(30);

// findMentions sentence by sentence, as the extractor calls it, plus disambiguation of
// each article's mentions.
void BM_FindMentionsBySentence(benchmark::State &state)
{
    const ToponymResolver resolver(gazetteer());
    const QStringList articles = sampleArticles();
    QVector<QVector<int>> ends;
    int64_t bytes = 0;
    for (const QString &text : articles) {
        bytes += text.toUtf8().size();
        ends.append(QVector<int>());
        for (int i = 0; i < text.size(); ++i)
            if (text.at(i) == QLatin1Char('.') || text.at(i) == QLatin1Char('\n'))
                ends.last().append(i + 1);
    }
    for (auto _ : state) {
        for (int a = 0; a < articles.size(); ++a) {
            QVector<PlaceMention> all;
            int begin = 0;
            for (int end : ends.at(a)) {
                all += resolver.findMentions(articles.at(a), begin, end);
                begin = end;
            }
            resolver.disambiguate(all);
            benchmark::DoNotOptimize(all.data());
        }
    }
    state.SetBytesProcessed(int64_t(state.iterations()) * bytes);
}
BENCHMARK(BM_FindMentionsBySentence)->Unit(benchmark::kMicrosecond);

void BM_Resolve(benchmark::State &state)
{
    const ToponymResolver resolver(gazetteer());
    const QStringList names{QStringLiteral("Alep"),     QStringLiteral("la province d'Alep"),
                            QStringLiteral("d'al-Bab"), QStringLiteral("Jisr al-Choughour"),
                            QStringLiteral("Ataman"),   QStringLiteral("Bachar"),
                            QStringLiteral("Paris"),    QStringLiteral("Boukamal")};
    for (auto _ : state)
        for (const QString &name : names)
            benchmark::DoNotOptimize(resolver.resolve(name).index);
    state.SetItemsProcessed(int64_t(state.iterations()) * names.size());
}
BENCHMARK(BM_Resolve);

} // namespace

BENCHMARK_MAIN();
