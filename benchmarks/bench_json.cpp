// `extract --json` output and `--events FILE.json` input on generated data: 10,000 articles and
// 64,000 events shaped like the corpus's (French evidence with accents, transliterated names).
#include "conflictmap/jsonformat.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <benchmark/benchmark.h>
#include <random>

namespace {

constexpr int kArticles = 10000;
constexpr int kEventsPerArticle = 64;

// A device that takes every byte and keeps none.
class NullDevice : public QIODevice
{
public:
    NullDevice() { open(QIODevice::WriteOnly); }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 size) override { return size; }
};

struct Data {
    QVector<cm::Article> articles;
    cm::ControlEvents events;
    QByteArray json;
};

const Data &data()
{
    static const Data instance = [] {
        Data d;
        std::mt19937 random(2017);
        std::uniform_real_distribution<double> lat(29.0, 38.0), lon(34.0, 49.0), unit(0.0, 1.0);
        const QStringList places{QStringLiteral("Bayt Yāshūţ"), QStringLiteral("Raqqa"),
                                 QStringLiteral("Deir ez-Zor"), QStringLiteral("Qabbāsīn"),
                                 QStringLiteral("Mossoul")};
        for (int a = 0; a < kArticles; ++a) {
            cm::Article article;
            article.file = QStringLiteral("batch_%1/article_%2.html")
                               .arg(a / 1000, 3, 10, QLatin1Char('0'))
                               .arg(a, 6, 10, QLatin1Char('0'));
            article.format = QStringLiteral("html");
            article.encoding = QStringLiteral("utf-8");
            article.bytes = 1500 + a % 2000;
            article.title = QStringLiteral("Syrie : %1, la ville reprise").arg(places.at(a % places.size()));
            article.published = QDate(2016, 1, 1).addDays(a % 700);
            article.publishedSource = cm::DateSource::Header;
            d.articles.append(article);
            for (int e = 0; e < kEventsPerArticle / 10 + (a % 2); ++e) {
                cm::ControlEvent event;
                event.file = article.file;
                event.place = places.at((a + e) % places.size());
                event.surface = event.place;
                event.placeId = QStringLiteral("gn:%1").arg(8609252 + a);
                event.geonameId = 8609252 + a;
                event.lat = std::round(lat(random) * 1e5) / 1e5;
                event.lon = std::round(lon(random) * 1e5) / 1e5;
                event.date = article.published.addDays(-e);
                event.precision = cm::DatePrecision::Day;
                event.dateNote = QStringLiteral("weekday: the last mardi up to publication");
                event.kind = cm::EventKind::Capture;
                event.to = cm::Faction::Regime;
                event.from = cm::Faction::Isis;
                event.confidence = 0.5 + 0.5 * unit(random);
                event.evidence = QStringLiteral("les forces irakiennes se sont emparées de %1 après des "
                                                "combats « acharnés »")
                                     .arg(event.place);
                event.offset = 57 + 40 * e;
                d.events.append(event);
            }
        }
        QBuffer buffer(&d.json);
        buffer.open(QIODevice::WriteOnly);
        cm::writeExtractionJson(buffer, d.articles, d.events);
        return d;
    }();
    return instance;
}

void BM_WriteExtractionJson(benchmark::State &state)
{
    const Data &d = data();
    for (auto _ : state) {
        NullDevice device;
        cm::writeExtractionJson(device, d.articles, d.events);
    }
    state.SetBytesProcessed(state.iterations() * d.json.size());
    state.counters["events"] =
        benchmark::Counter(double(d.events.size()) * state.iterations(), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_WriteExtractionJson)->Unit(benchmark::kMillisecond)->UseRealTime();

// What the writer replaces: a QJsonObject per event through QJsonDocument, on one core.
void BM_QJsonDocumentPerEvent(benchmark::State &state)
{
    const Data &d = data();
    for (auto _ : state) {
        qint64 bytes = 0;
        for (const cm::ControlEvent &event : d.events)
            bytes += QJsonDocument(cm::eventToJson(event)).toJson(QJsonDocument::Indented).size();
        benchmark::DoNotOptimize(bytes);
    }
    state.counters["events"] =
        benchmark::Counter(double(d.events.size()) * state.iterations(), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_QJsonDocumentPerEvent)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_ReadExtractionEvents(benchmark::State &state)
{
    const Data &d = data();
    for (auto _ : state) {
        cm::ControlEvents events;
        QJsonParseError error{};
        if (!cm::readExtractionEvents(d.json, &events, &error) || events.size() != d.events.size())
            state.SkipWithError("events not read back");
    }
    state.SetBytesProcessed(state.iterations() * d.json.size());
    state.counters["events"] = benchmark::Counter(double(d.events.size()) * state.iterations(),
                                                  benchmark::Counter::kIsRate);
}
BENCHMARK(BM_ReadExtractionEvents)->Unit(benchmark::kMillisecond)->UseRealTime();

// What the reader replaces: QJsonDocument on the whole document, then eventFromJson, one core.
void BM_QJsonDocumentWhole(benchmark::State &state)
{
    const Data &d = data();
    for (auto _ : state) {
        cm::ControlEvents events;
        const QJsonArray array =
            QJsonDocument::fromJson(d.json).object().value(QStringLiteral("events")).toArray();
        for (const QJsonValue &value : array)
            events.append(cm::eventFromJson(value.toObject()));
        benchmark::DoNotOptimize(events.size());
    }
    state.SetBytesProcessed(state.iterations() * d.json.size());
}
BENCHMARK(BM_QJsonDocumentWhole)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace

BENCHMARK_MAIN();
