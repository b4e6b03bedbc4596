#include "catch_qt.h"

#include "conflictmap/jsonformat.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

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

namespace {

// A double in full, with the sign of a zero.
QString full(double value)
{
    return QString::number(value, 'g', 17) + (std::signbit(value) ? QStringLiteral("(-)") : QString());
}

// Every field of an event, doubles in full, and whether its strings are null.
QString describe(const ControlEvent &event)
{
    QStringList parts;
    for (const QString *text : {&event.folder, &event.file, &event.place, &event.placeId, &event.surface,
                                &event.dateNote, &event.evidence})
        parts << (text->isNull() ? QStringLiteral("<null>") : *text);
    parts << QString::number(event.geonameId) << full(event.lat) << full(event.lon)
          << event.date.toString(Qt::ISODate) << event.earliest.toString(Qt::ISODate)
          << event.latest.toString(Qt::ISODate) << datePrecisionId(event.precision) << eventKindId(event.kind)
          << factionId(event.to) << factionId(event.from) << full(event.confidence)
          << QString::number(event.offset);
    return parts.join(QLatin1Char('|'));
}

struct Reading {
    bool ok = false;
    QJsonParseError::ParseError error = QJsonParseError::NoError;
    int offset = 0;
    QStringList events;

    bool operator==(const Reading &other) const
    {
        return ok == other.ok && error == other.error && offset == other.offset && events == other.events;
    }
};

std::ostream &operator<<(std::ostream &stream, const Reading &reading)
{
    return stream << "ok " << reading.ok << ", error " << reading.error << " at " << reading.offset << ", "
                  << reading.events.size() << " events";
}

// How `state --events` read a file before readExtractionEvents: QJsonDocument on all of it.
Reading readWhole(const QByteArray &json)
{
    Reading reading;
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    reading.error = error.error;
    reading.offset = error.offset;
    reading.ok = error.error == QJsonParseError::NoError && document.isObject();
    if (reading.ok)
        for (const QJsonValue &value : document.object().value(QStringLiteral("events")).toArray())
            reading.events << describe(eventFromJson(value.toObject()));
    return reading;
}

Reading readInBlocks(const QByteArray &json)
{
    Reading reading;
    ControlEvents events;
    QJsonParseError error{};
    reading.ok = readExtractionEvents(json, &events, &error);
    reading.error = error.error;
    reading.offset = error.offset;
    for (const ControlEvent &event : events)
        reading.events << describe(event);
    return reading;
}

// A document of 2,500 events (more than one block), with varied values.
QByteArray longDocument()
{
    ControlEvents events;
    const ControlEvents samples = sampleEvents();
    for (int i = 0; i < 2500; ++i) {
        ControlEvent event = samples.at(i % samples.size());
        event.offset = i;
        if (event.hasLocation()) {
            event.lat = 29.0 + (i * 7919 % 100000) / 11111.0;
            event.lon = 34.0 + (i * 104729 % 100000) / 7777.0;
        }
        event.confidence = (i % 101) / 100.0;
        events.append(event);
    }
    return written(sampleArticles(), events);
}

} // namespace

TEST_CASE("events read in blocks are the events QJsonDocument reads", "[jsonformat]")
{
    const QByteArray json = longDocument();
    const Reading whole = readWhole(json);
    REQUIRE(whole.ok);
    REQUIRE(whole.events.size() == 2500);
    CHECK(readInBlocks(json) == whole);
    CHECK(readInBlocks(written(sampleArticles(), sampleEvents())) ==
          readWhole(written(sampleArticles(), sampleEvents())));
}

TEST_CASE("odd but valid event documents read as QJsonDocument reads them", "[jsonformat]")
{
    const QList<QByteArray> documents{
        "{}",
        " {\"events\": []} ",
        "{\"events\": 5}",
        "{\"events\": {\"file\": \"a\"}}",
        "{\"other\": [1, 2], \"events\": [1, \"x\", null, {}, []]}",
        "{\"events\": [{\"file\": \"a\"}], \"events\": [{\"file\": \"b\"}]}",
        "{\"ev\\u0065nts\": [{\"file\": \"a\"}]}",
        "\xef\xbb\xbf{\"events\": [{\"file\": \"a\"}]}",
        "{\"events\":[{\"file\":\"a\",\"file\":\"b\",\"offset\":57.0,\"lat\":-0,\"lon\":1E5}]}",
        "{\"events\": [{\"offset\": 3000000000, \"geonameid\": 12345678901234567890, \"confidence\": 1e-7}]}",
        "{\"events\": [{\"evidence\": \"\\u0000 \\ud83d\\ude00 \\ud800 \\/ \\\" \\\\ \\b\\f\\n\\r\\t "
        "\\u00e9\"}]}",
        "{\"events\": [{\"evidence\": \"\", \"place\": null, \"surface\": 7, \"file\": [[[[]]]]}]}",
        "{\"events\": [{\"date\": \"2016-03-01T12:00\", \"date_earliest\": 20160301, \"kind\": "
        "\"nonsense\"}]}",
        // Flat objects, which are read without QJsonDocument.
        "{\"events\": [{}, {\"evidence\": \"\\u00e9 \\u20AC \\/ \\\" \\\\ \\n \\u0000 x\", \"file\": \"\"}]}",
        "{\"events\": [{\"place\": null, \"surface\": true, \"file\": 7, \"date_note\": false, \"unknown\": "
        "1}]}",
        "{\"events\": [{\"lat\": -0, \"lon\": -0.0, \"confidence\": \"0.5\", \"offset\": 57.0}]}",
        "{\"events\": [{\"lat\": 35.1, \"lon\": null, \"offset\": 0.5}, {\"offset\": 3000000000}, "
        "{\"offset\": -2147483648}]}",
        "{\"events\": [{\"geonameid\": 999999999999999, \"lat\": 0.1000000000000000055511151231257827, "
        "\"lon\": 1}]}",
        "{\"events\": [{\"evidence\": \"Ar R\xc4\x81\xe2\x80\x98\xc4\xab \xf0\x9f\x98\x80 \x7f\"}]}",
        "{\"events\":[{\"file\":\"a\"}\n,\r\n\t{\"file\":\"b\"} ]}",
    };
    for (const QByteArray &json : documents) {
        INFO(json.toStdString());
        CHECK(readInBlocks(json) == readWhole(json));
    }
}

TEST_CASE("malformed event documents fail with QJsonDocument's reason and offset", "[jsonformat]")
{
    const QByteArray json = longDocument();
    const int secondBlock = json.indexOf("\"offset\": 1500,");
    REQUIRE(secondBlock > 0);
    const int title = json.indexOf("Qabb");
    const auto replaced = [&](int at, int length, const QByteArray &with) {
        return QByteArray(json).replace(at, length, with);
    };
    const int comma = json.indexOf("},", secondBlock);
    const int evidence = json.indexOf("Y\xc4\x81", secondBlock) + 1; // the "ā" of Bayt Yāshūţ
    REQUIRE(evidence > secondBlock);
    const int end = json.lastIndexOf('}', json.lastIndexOf(']'));
    const QList<QByteArray> documents{
        QByteArray(),
        "   ",
        "[]",
        "{\"events\": [}",
        "{\"events\": [{}, ]}",
        "{\"events\": [{},, {}]}",
        "{\"events\": [{}] \"x\": 1}",
        "{\"events\": [{\"file\": \"a\tb\"}]}",
        "{\"events\": [{\"file\": \"a\\",
        "{\"events\": "
        "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]"
        "]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}",
        json.left(json.size() / 2),
        json.left(secondBlock),
        json.left(title),
        json.left(json.size() - 3),
        json + "x",
        json.left(json.size() - 1), // without the final newline: valid
        replaced(secondBlock + 10, 4, "1e400"),
        replaced(secondBlock + 10, 4, "01"),
        replaced(secondBlock + 10, 4, "-"),
        replaced(secondBlock, 1, "\xff"),
        replaced(secondBlock, 1, "\\q"),
        replaced(title, 1, "\xc3\x28"),
        replaced(title, 1, "\xed\xa0\x80"),
        replaced(title, 1, "\xf4\x90\x80\x80"),
        replaced(evidence, 2, "\xc3\x28"),
        replaced(evidence, 2, "\xc0\xaf"),
        replaced(evidence, 2, "\xe0\x80\xaf"),
        replaced(evidence, 2, "\xed\xa0\x80"),
        replaced(evidence, 2, "\xf4\x90\x80\x80"),
        replaced(evidence, 2, "\xf0\x9f\x98"),
        replaced(evidence, 2, "\\x"),
        replaced(evidence, 2, "\\u12"),
        replaced(evidence, 2, "\\ud800"),
        replaced(comma, 2, "} "),
        replaced(comma, 2, "},,"),
        replaced(end, 1, "},"),
        replaced(secondBlock, 0, "\"a\": tru, "),
        replaced(secondBlock, 0, "\"a\": [1, {\"b\": ]}, "),
    };
    for (const QByteArray &document : documents) {
        INFO(document.left(200).toStdString());
        CHECK(readInBlocks(document) == readWhole(document));
    }
}
