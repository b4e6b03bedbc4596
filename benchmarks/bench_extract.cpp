// Extraction throughput on a generated corpus of French wire-style articles (one core).
#include <benchmark/benchmark.h>

#include "conflictmap/eventextractor.h"
#include "conflictmap/ingestor.h"
#include "conflictmap/pipeline.h"
#include "conflictmap/resources.h"

#include <QCoreApplication>
#include <algorithm>
#include <random>

namespace {

QVector<cm::Article> corpus(int count)
{
    static const char *const kTowns[] = {"Manbij",   "Jarablos", "Tabqa",    "Palmyre", "Boukamal",
                                         "Mayadine", "Azaz",     "al-Bab",   "Raqqa",   "Deir Hafer",
                                         "Tal Afar", "Hawija",   "Qayyarah", "Mossoul"};
    static const char *const kActors[] = {
        "l'armée syrienne",      "les rebelles",   "les Forces démocratiques syriennes",
        "les forces irakiennes", "les peshmergas", "le groupe Etat islamique"};
    static const char *const kTimes[] = {"jeudi",         "dimanche", "le 12 janvier", "la semaine dernière",
                                         "début février", "hier"};
    static const char *const kTemplates[] = {
        "%1 ont repris %2 la ville de %3 à %4, a annoncé l'Observatoire syrien des droits de l'homme.",
        "Selon une source militaire, %1 se sont emparés %2 de %3, un bastion de %4.",
        "%3 est tombée %2 aux mains de %1, après plusieurs semaines de combats.",
        "%1 pourraient lancer une offensive pour reprendre %3 dans les prochains jours.",
        "Les combats se poursuivent près de %3, où %4 tente de résister.",
        "« Nous avons chassé %4 de %3 », a déclaré %2 un porte-parole de %1.",
        "La population civile de %3 a fui vers la frontière turque, selon des ONG.",
        "%1 contrôlent désormais plusieurs quartiers de %3, a précisé l'ONG."};
    std::mt19937 random(42);
    auto pick = [&random](int n) { return int(random() % unsigned(n)); };
    QVector<cm::Article> articles;
    for (int a = 0; a < count; ++a) {
        cm::Article article;
        article.file = QStringLiteral("gen/%1.txt").arg(a);
        article.published = QDate(2016, 1, 1).addDays(pick(700));
        QString text = QStringLiteral("Syrie : nouveaux combats\n\nPar la rédaction avec AFP\n\n");
        const int sentences = 12 + pick(10);
        for (int s = 0; s < sentences; ++s) {
            // Placeholders replaced one by one: a template need not use all four.
            QString sentence = QString::fromUtf8(kTemplates[pick(8)]);
            sentence.replace(QLatin1String("%1"), QString::fromUtf8(kActors[pick(6)]));
            sentence.replace(QLatin1String("%2"), QString::fromUtf8(kTimes[pick(6)]));
            sentence.replace(QLatin1String("%3"), QString::fromUtf8(kTowns[pick(14)]));
            sentence.replace(QLatin1String("%4"), QString::fromUtf8(kActors[pick(6)]));
            sentence[0] = sentence[0].toUpper();
            text += sentence + (s % 3 == 2 ? QStringLiteral("\n\n") : QStringLiteral(" "));
        }
        article.text = text;
        articles.append(article);
    }
    return articles;
}

void BM_ExtractCorpus(benchmark::State &state)
{
    cm::Resources::setDirectory(QStringLiteral(CM_RESOURCES));
    static cm::Pipeline pipeline;
    static const bool loaded = pipeline.load();
    if (!loaded || !pipeline.extractor()) {
        state.SkipWithError("resources did not load");
        return;
    }
    // CM_BENCH_CORPUS: a folder from tools/gencorpus.py, read (untimed) by the Ingestor;
    // otherwise 10,000 articles generated here.
    static const QVector<cm::Article> articles = [] {
        const QString folder = qEnvironmentVariable("CM_BENCH_CORPUS");
        if (folder.isEmpty())
            return corpus(10000);
        QVector<cm::Article> read = cm::Ingestor().ingest({folder}).articles;
        read.erase(std::remove_if(read.begin(), read.end(),
                                  [](const cm::Article &a) { return a.status != cm::ArticleStatus::Ok; }),
                   read.end());
        return read;
    }();
    qint64 bytes = 0;
    for (const cm::Article &article : articles)
        bytes += article.text.toUtf8().size();
    qint64 events = 0;
    for (auto _ : state) {
        for (const cm::Article &article : articles)
            events += pipeline.extractor()->extract(article).size();
    }
    state.SetBytesProcessed(state.iterations() * bytes);
    state.SetItemsProcessed(state.iterations() * articles.size());
    state.counters["articles"] = double(articles.size());
    state.counters["events/article"] = double(events) / double(state.iterations() * articles.size());
}
BENCHMARK(BM_ExtractCorpus)->Unit(benchmark::kMillisecond)->Iterations(1);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
