#include "catch_qt.h"

#include "conflictmap/jsonformat.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace cm;

namespace {

QVector<Article> sampleArticles()
{
    Article plain;
    plain.file = QStringLiteral("batch_000/article_000001.txt");
    plain.format = QStringLiteral("text");
    plain.encoding = QStringLiteral("utf-8");
    plain.bytes = 1806;
    plain.title = QStringLiteral("Qabbāsīn : la ville reprise « enfin »\t\"vraiment\" \\ /");
    plain.published = QDate(2016, 1, 18);
    plain.publishedSource = DateSource::Header;

    Article duplicate = plain;
    duplicate.file = QStringLiteral("copie.html");
    duplicate.status = ArticleStatus::Skipped;
    duplicate.message = QStringLiteral("duplicate");
    duplicate.duplicateOf = plain.file;
    duplicate.url = QStringLiteral("https://www.lemonde.fr/syrie/article/2016/01/18/x.html");
    duplicate.bytes = 12345678901;

    Article failed;
    failed.file = QStringLiteral("vide.md");
    failed.status = ArticleStatus::Error;
    failed.message = QStringLiteral("cannot decode\nthe file");

    Article ancient = plain;
    ancient.published = QDate(12, 3, 4);
    Article future = plain;
    future.published = QDate(12345, 6, 7);
    return {plain, duplicate, failed, ancient, future};
}

ControlEvents sampleEvents()
{
    ControlEvent located;
    located.file = QStringLiteral("batch_000/article_000000.html");
    located.place = QStringLiteral("Bayt Yāshūţ");
    located.surface = located.place;
    located.placeId = QStringLiteral("gn:8609252");
    located.geonameId = 8609252;
    located.lat = 35.31025;
    located.lon = -0.5;
    located.date = QDate(2016, 3, 1);
    located.precision = DatePrecision::Day;
    located.dateNote = QStringLiteral("weekday: the last mardi up to publication");
    located.kind = EventKind::Capture;
    located.to = Faction::Regime;
    located.from = Faction::Isis;
    located.confidence = 0.754;
    located.evidence = QStringLiteral("l'armée s'est emparée de Bayt Yāshūţ 😀");
    located.offset = 57;

    ControlEvent bounded = located;
    bounded.earliest = QDate(2016, 2, 22);
    bounded.latest = QDate(2016, 3, 1);
    bounded.precision = DatePrecision::Week;
    bounded.lat = 36.0;
    bounded.lon = 40.0;
    bounded.confidence = 1.0;

    ControlEvent unknown; // every value unknown or empty
    return {located, bounded, unknown};
}

// A device that takes `room` bytes, then fails every write.
class FullDevice : public QIODevice
{
public:
    explicit FullDevice(qint64 room) : mRoom(room) { open(QIODevice::WriteOnly); }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 size) override
    {
        if (size > mRoom)
            return -1;
        mRoom -= size;
        return size;
    }

private:
    qint64 mRoom;
};

QByteArray written(const QVector<Article> &articles, const ControlEvents &events)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(writeExtractionJson(buffer, articles, events));
    return bytes;
}

QByteArray expected(const QVector<Article> &articles, const ControlEvents &events)
{
    return QJsonDocument(extractionToJson(articles, events)).toJson(QJsonDocument::Indented);
}

} // namespace

TEST_CASE("the extraction JSON is written with QJsonDocument's bytes", "[jsonformat]")
{
    const QVector<Article> articles = sampleArticles();
    const ControlEvents events = sampleEvents();
    CHECK(written(articles, events) == expected(articles, events));
    CHECK(written({}, {}) == expected({}, {}));
    CHECK(written(articles, {}) == expected(articles, {}));
}

TEST_CASE("a long extraction JSON is written in blocks with the same bytes", "[jsonformat]")
{
    ControlEvents events;
    const ControlEvents samples = sampleEvents();
    for (int i = 0; i < 5000; ++i) {
        ControlEvent event = samples.at(i % samples.size());
        event.offset = i;
        events.append(event);
    }
    const QVector<Article> articles = sampleArticles();
    CHECK(written(articles, events) == expected(articles, events));
}

TEST_CASE("writing the extraction JSON to a full device fails", "[jsonformat]")
{
    ControlEvents events;
    for (int i = 0; i < 50000; ++i)
        events.append(sampleEvents().first());
    FullDevice device(100000);
    CHECK_FALSE(writeExtractionJson(device, sampleArticles(), events));
}
