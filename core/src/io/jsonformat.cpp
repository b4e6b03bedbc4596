#include "conflictmap/jsonformat.h"

#include "conflictmap/jsonwriter.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRunnable>
#include <QThread>
#include <QThreadPool>
#include <algorithm>
#include <atomic>
#include <cstring>
#include <deque>
#include <future>
#include <memory>

namespace cm {
namespace {

QJsonValue stringOrNull(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonValue dateOrNull(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

void writeStringOrNull(JsonWriter &writer, const QString &value)
{
    if (value.isEmpty())
        writer.writeNull();
    else
        writer.writeString(value);
}

// dateOrNull() without QDate::toString(), which goes through a printf.
void writeDateOrNull(JsonWriter &writer, const QDate &date)
{
    int year = 0, month = 0, day = 0;
    date.getDate(&year, &month, &day);
    if (!date.isValid()) {
        writer.writeNull();
    } else if (year < 1 || year > 9999) {
        writer.writeString(date.toString(Qt::ISODate));
    } else {
        const char16_t text[] = {char16_t('0' + year / 1000),
                                 char16_t('0' + year / 100 % 10),
                                 char16_t('0' + year / 10 % 10),
                                 char16_t('0' + year % 10),
                                 u'-',
                                 char16_t('0' + month / 10),
                                 char16_t('0' + month % 10),
                                 u'-',
                                 char16_t('0' + day / 10),
                                 char16_t('0' + day % 10)};
        writer.writeString(QStringView(text, 10));
    }
}

// articleToJson() written directly; keys in QJsonObject's order.
void writeArticle(JsonWriter &writer, const Article &article)
{
    writer.beginObject();
    writer.writeKey(QLatin1String("bytes"));
    writer.writeDouble(double(article.bytes));
    if (!article.duplicateOf.isEmpty()) {
        writer.writeKey(QLatin1String("duplicate_of"));
        writer.writeString(article.duplicateOf);
    }
    writer.writeKey(QLatin1String("encoding"));
    writeStringOrNull(writer, article.encoding);
    writer.writeKey(QLatin1String("file"));
    writer.writeString(article.file);
    writer.writeKey(QLatin1String("format"));
    writeStringOrNull(writer, article.format);
    writer.writeKey(QLatin1String("message"));
    writer.writeString(article.message);
    writer.writeKey(QLatin1String("published"));
    writeDateOrNull(writer, article.published);
    writer.writeKey(QLatin1String("published_source"));
    writer.writeString(dateSourceId(article.publishedSource));
    writer.writeKey(QLatin1String("status"));
    writer.writeString(articleStatusId(article.status));
    writer.writeKey(QLatin1String("title"));
    writer.writeString(article.title);
    if (!article.url.isEmpty()) {
        writer.writeKey(QLatin1String("url"));
        writer.writeString(article.url);
    }
    writer.endObject();
}

// eventToJson() written directly; keys in QJsonObject's order.
void writeEvent(JsonWriter &writer, const ControlEvent &event)
{
    writer.beginObject();
    writer.writeKey(QLatin1String("confidence"));
    writer.writeDouble(qRound(event.confidence * 100.0) / 100.0);
    writer.writeKey(QLatin1String("date"));
    writeDateOrNull(writer, event.date);
    if (event.earliest.isValid() && event.latest.isValid()) {
        writer.writeKey(QLatin1String("date_earliest"));
        writeDateOrNull(writer, event.earliest);
        writer.writeKey(QLatin1String("date_latest"));
        writeDateOrNull(writer, event.latest);
    }
    writer.writeKey(QLatin1String("date_note"));
    writer.writeString(event.dateNote);
    writer.writeKey(QLatin1String("date_precision"));
    writeStringOrNull(writer, datePrecisionId(event.precision));
    writer.writeKey(QLatin1String("evidence"));
    writer.writeString(event.evidence);
    writer.writeKey(QLatin1String("file"));
    writer.writeString(event.file);
    writer.writeKey(QLatin1String("from"));
    writeStringOrNull(writer, factionId(event.from));
    writer.writeKey(QLatin1String("geonameid"));
    if (event.geonameId > 0)
        writer.writeDouble(double(event.geonameId));
    else
        writer.writeNull();
    writer.writeKey(QLatin1String("kind"));
    writer.writeString(eventKindId(event.kind));
    writer.writeKey(QLatin1String("lat"));
    if (event.hasLocation())
        writer.writeDouble(event.lat);
    else
        writer.writeNull();
    writer.writeKey(QLatin1String("lon"));
    if (event.hasLocation())
        writer.writeDouble(event.lon);
    else
        writer.writeNull();
    writer.writeKey(QLatin1String("offset"));
    writer.writeInteger(event.offset);
    writer.writeKey(QLatin1String("place"));
    writer.writeString(event.place);
    writer.writeKey(QLatin1String("place_id"));
    writeStringOrNull(writer, event.placeId);
    writer.writeKey(QLatin1String("surface"));
    writer.writeString(event.surface);
    writer.writeKey(QLatin1String("to"));
    writeStringOrNull(writer, factionId(event.to));
    writer.endObject();
}

bool writeAll(QIODevice &device, const QByteArray &bytes)
{
    return device.write(bytes) == bytes.size();
}

// Writes the elements of one array of the root object. Blocks of items are formatted on all
// cores while this thread writes the finished ones in order; at most a window of blocks is in
// flight, so memory stays bounded.
template <typename Items, typename WriteItem>
bool writeElements(QIODevice &device, const Items &items, WriteItem writeItem)
{
    constexpr int kBlock = 1024;
    const int threads = std::max(1, QThread::idealThreadCount());
    const int window = 4 * threads;
    const int count = int(items.size());
    const int blocks = (count + kBlock - 1) / kBlock;
    QThreadPool pool;
    pool.setMaxThreadCount(threads);
    std::deque<std::future<QByteArray>> pending;
    const auto format = [&](int block) {
        auto task = std::make_shared<std::packaged_task<QByteArray()>>([&items, writeItem, block, count]() {
            const int from = block * kBlock;
            JsonWriter writer(2, from);
            for (int i = from; i < std::min(count, from + kBlock); ++i)
                writeItem(writer, items.at(i));
            return writer.takeData();
        });
        pending.push_back(task->get_future());
        pool.start(QRunnable::create([task]() { (*task)(); }));
    };
    int next = 0;
    while (next < std::min(window, blocks))
        format(next++);
    bool ok = true;
    while (!pending.empty()) {
        const QByteArray bytes = pending.front().get();
        pending.pop_front();
        ok = ok && writeAll(device, bytes);
        if (ok && next < blocks)
            format(next++); // after a failed write, only the blocks in flight are waited for
    }
    return ok;
}

// A range of an `extract --json` document that QJsonDocument can parse alone as
// "[" + range + "]": a block of elements of an array member of the root object, or the value of
// another member.
struct JsonBlock {
    qsizetype begin = 0;
    qsizetype end = 0;
    int elements = 0;
    bool events = false; ///< elements of the root's "events" array
};

// Cuts the text of a JSON object into JsonBlocks of up to `blockSize` array elements, checking
// the text between the blocks (the root's braces, keys, colons, commas) on the way. It follows
// only strings and brackets; QJsonDocument checks each block. Returns false on anything
// unusual (not an object, a key with escapes, a repeated key, deep nesting, an empty element),
// where the caller parses the whole document instead.
class JsonBlockSplitter
{
public:
    explicit JsonBlockSplitter(const QByteArray &json) : mData(json.constData()), mSize(json.size()) {}

    bool split(int blockSize, std::vector<JsonBlock> *blocks)
    {
        skipSpace();
        if (!take('{'))
            return false;
        skipSpace();
        if (take('}'))
            return atEnd();
        std::vector<QByteArray> keys;
        do {
            skipSpace();
            QByteArray key;
            if (!readKey(&key) || std::find(keys.begin(), keys.end(), key) != keys.end())
                return false;
            keys.push_back(key);
            skipSpace();
            if (!take(':'))
                return false;
            skipSpace();
            const bool ok = peek() == '[' ? splitArray(key == "events", blockSize, blocks) : addValue(blocks);
            if (!ok)
                return false;
            skipSpace();
        } while (take(','));
        return take('}') && atEnd();
    }

private:
    static constexpr int kMaxDepth = 64; // far below QJsonDocument's nesting limit

    char peek() const { return mPos < mSize ? mData[mPos] : '\0'; }
    bool take(char c)
    {
        if (peek() != c)
            return false;
        ++mPos;
        return true;
    }
    void skipSpace()
    {
        while (mPos < mSize &&
               (mData[mPos] == ' ' || mData[mPos] == '\n' || mData[mPos] == '\r' || mData[mPos] == '\t'))
            ++mPos;
    }
    bool atEnd()
    {
        skipSpace();
        return mPos == mSize;
    }

    // A key of printable ASCII without escapes, which the blocks do not cover.
    bool readKey(QByteArray *key)
    {
        if (!take('"'))
            return false;
        const qsizetype begin = mPos;
        while (mPos < mSize && mData[mPos] != '"') {
            if (mData[mPos] < 0x20 || mData[mPos] > 0x7e || mData[mPos] == '\\')
                return false;
            ++mPos;
        }
        *key = QByteArray(mData + begin, mPos - begin);
        return take('"');
    }

    // From a '"' to past its closing quote: the next '"' not escaped by an odd run of '\\'.
    bool skipString()
    {
        ++mPos;
        for (;;) {
            const void *quote = std::memchr(mData + mPos, '"', size_t(mSize - mPos));
            if (!quote)
                return false;
            const qsizetype at = static_cast<const char *>(quote) - mData;
            qsizetype backslashes = 0;
            while (at - backslashes > mPos && mData[at - backslashes - 1] == '\\')
                ++backslashes;
            mPos = at + 1;
            if (backslashes % 2 == 0)
                return true;
        }
    }

    // Past one value, to the ',', ']' or '}' after it; false at the end of the text, for an empty
    // value or too deep a nesting.
    bool skipValue()
    {
        const qsizetype begin = mPos;
        int depth = 0;
        while (mPos < mSize) {
            switch (mData[mPos]) {
            case '"':
                if (!skipString())
                    return false;
                continue;
            case '[':
            case '{':
                if (++depth > kMaxDepth)
                    return false;
                break;
            case ']':
            case '}':
                if (depth == 0)
                    return mPos > begin;
                --depth;
                break;
            case ',':
                if (depth == 0)
                    return mPos > begin;
                break;
            default:
                break;
            }
            ++mPos;
        }
        return false;
    }

    bool addValue(std::vector<JsonBlock> *blocks)
    {
        const qsizetype begin = mPos;
        if (!skipValue() || peek() == ']')
            return false;
        blocks->push_back(JsonBlock{begin, mPos, 1, false});
        return true;
    }

    bool splitArray(bool events, int blockSize, std::vector<JsonBlock> *blocks)
    {
        ++mPos; // '['
        skipSpace();
        if (take(']'))
            return true;
        JsonBlock block{mPos, mPos, 0, events};
        for (;;) {
            if (!skipValue() || peek() == '}')
                return false;
            block.end = mPos;
            if (++block.elements == blockSize || peek() == ']') {
                blocks->push_back(block);
                block = JsonBlock{mPos + 1, mPos + 1, 0, events};
            }
            if (take(']'))
                return true;
            ++mPos; // ','
            skipSpace();
            if (block.elements == 0)
                block.begin = mPos;
        }
    }

    const char *mData;
    qsizetype mSize;
    qsizetype mPos = 0;
};

// QJsonDocument on the whole document, as readExtractionEvents() did before it read in blocks.
bool readExtractionEventsWhole(const QByteArray &json, ControlEvents *events, QJsonParseError *error)
{
    const QJsonDocument document = QJsonDocument::fromJson(json, error);
    if (error->error != QJsonParseError::NoError || !document.isObject())
        return false;
    const QJsonArray array = document.object().value(QStringLiteral("events")).toArray();
    events->reserve(array.size());
    for (const QJsonValue &value : array)
        events->append(eventFromJson(value.toObject()));
    return true;
}

QDate dateFrom(const QJsonValue &value)
{
    return QDate::fromString(value.toString().left(10), Qt::ISODate);
}

} // namespace

QJsonObject articleToJson(const Article &article)
{
    QJsonObject object;
    object[QStringLiteral("file")] = article.file;
    object[QStringLiteral("title")] = article.title;
    object[QStringLiteral("published")] = dateOrNull(article.published);
    object[QStringLiteral("published_source")] = dateSourceId(article.publishedSource);
    object[QStringLiteral("encoding")] = stringOrNull(article.encoding);
    object[QStringLiteral("format")] = stringOrNull(article.format);
    object[QStringLiteral("status")] = articleStatusId(article.status);
    object[QStringLiteral("message")] = article.message;
    object[QStringLiteral("bytes")] = double(article.bytes);
    if (!article.duplicateOf.isEmpty())
        object[QStringLiteral("duplicate_of")] = article.duplicateOf;
    if (!article.url.isEmpty())
        object[QStringLiteral("url")] = article.url;
    return object;
}

QJsonObject eventToJson(const ControlEvent &event)
{
    QJsonObject object;
    object[QStringLiteral("file")] = event.file;
    object[QStringLiteral("place")] = event.place;
    object[QStringLiteral("place_id")] = stringOrNull(event.placeId);
    object[QStringLiteral("surface")] = event.surface;
    object[QStringLiteral("geonameid")] =
        event.geonameId > 0 ? QJsonValue(double(event.geonameId)) : QJsonValue();
    object[QStringLiteral("lat")] = event.hasLocation() ? QJsonValue(event.lat) : QJsonValue();
    object[QStringLiteral("lon")] = event.hasLocation() ? QJsonValue(event.lon) : QJsonValue();
    object[QStringLiteral("date")] = dateOrNull(event.date);
    object[QStringLiteral("date_precision")] = stringOrNull(datePrecisionId(event.precision));
    if (event.earliest.isValid() && event.latest.isValid()) {
        object[QStringLiteral("date_earliest")] = dateOrNull(event.earliest);
        object[QStringLiteral("date_latest")] = dateOrNull(event.latest);
    }
    object[QStringLiteral("date_note")] = event.dateNote;
    object[QStringLiteral("kind")] = eventKindId(event.kind);
    object[QStringLiteral("to")] = stringOrNull(factionId(event.to));
    object[QStringLiteral("from")] = stringOrNull(factionId(event.from));
    object[QStringLiteral("confidence")] = qRound(event.confidence * 100.0) / 100.0;
    object[QStringLiteral("evidence")] = event.evidence;
    object[QStringLiteral("offset")] = event.offset;
    return object;
}

ControlEvent eventFromJson(const QJsonObject &object)
{
    ControlEvent event;
    event.file = object.value(QStringLiteral("file")).toString();
    event.place = object.value(QStringLiteral("place")).toString();
    event.placeId = object.value(QStringLiteral("place_id")).toString();
    event.surface = object.value(QStringLiteral("surface")).toString();
    event.geonameId = qint64(object.value(QStringLiteral("geonameid")).toDouble());
    if (object.value(QStringLiteral("lat")).isDouble() && object.value(QStringLiteral("lon")).isDouble()) {
        event.lat = object.value(QStringLiteral("lat")).toDouble();
        event.lon = object.value(QStringLiteral("lon")).toDouble();
    }
    event.date = dateFrom(object.value(QStringLiteral("date")));
    event.precision = datePrecisionFromId(object.value(QStringLiteral("date_precision")).toString());
    event.earliest = dateFrom(object.value(QStringLiteral("date_earliest")));
    event.latest = dateFrom(object.value(QStringLiteral("date_latest")));
    event.dateNote = object.value(QStringLiteral("date_note")).toString();
    event.kind = eventKindFromId(object.value(QStringLiteral("kind")).toString());
    event.to = factionFromId(object.value(QStringLiteral("to")).toString());
    event.from = factionFromId(object.value(QStringLiteral("from")).toString());
    event.confidence = object.value(QStringLiteral("confidence")).toDouble();
    event.evidence = object.value(QStringLiteral("evidence")).toString();
    event.offset = object.value(QStringLiteral("offset")).toInt(-1);
    return event;
}

QJsonObject extractionToJson(const QVector<Article> &articles, const ControlEvents &events)
{
    QJsonArray articleArray;
    for (const Article &article : articles)
        articleArray.append(articleToJson(article));
    QJsonArray eventArray;
    for (const ControlEvent &event : events)
        eventArray.append(eventToJson(event));
    QJsonObject root;
    root[QStringLiteral("articles")] = articleArray;
    root[QStringLiteral("events")] = eventArray;
    return root;
}

bool writeExtractionJson(QIODevice &device, const QVector<Article> &articles, const ControlEvents &events)
{
    JsonWriter writer;
    writer.beginObject();
    writer.writeKey(QLatin1String("articles"));
    writer.beginArray();
    bool ok = writeAll(device, writer.takeData()) && writeElements(device, articles, writeArticle);
    writer.endArray();
    writer.writeKey(QLatin1String("events"));
    writer.beginArray();
    ok = ok && writeAll(device, writer.takeData()) && writeElements(device, events, writeEvent);
    writer.endArray();
    writer.endObject();
    return ok && writeAll(device, writer.takeData());
}

bool readExtractionEvents(const QByteArray &json, ControlEvents *events, QJsonParseError *error)
{
    events->clear();
    *error = QJsonParseError{};
    constexpr int kBlock = 1024;
    std::vector<JsonBlock> blocks;
    if (!JsonBlockSplitter(json).split(kBlock, &blocks))
        return readExtractionEventsWhole(json, events, error);

    // Each block parsed on its own, its events stored in their place; the first problem sends
    // the whole document to QJsonDocument, for its message and offset.
    std::vector<int> firstEvent(blocks.size());
    int count = 0;
    for (size_t b = 0; b < blocks.size(); ++b) {
        firstEvent[b] = count;
        if (blocks[b].events)
            count += blocks[b].elements;
    }
    events->resize(count);
    ControlEvent *out = events->data();
    std::atomic<bool> failed{false};
    QThreadPool pool;
    pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
    for (size_t b = 0; b < blocks.size(); ++b) {
        pool.start(QRunnable::create([&json, &blocks, &firstEvent, &failed, out, b]() {
            if (failed)
                return;
            const JsonBlock &block = blocks[b];
            const QByteArray text =
                '[' + QByteArray::fromRawData(json.constData() + block.begin, block.end - block.begin) + ']';
            QJsonParseError blockError{};
            const QJsonDocument document = QJsonDocument::fromJson(text, &blockError);
            const QJsonArray array = document.array();
            if (blockError.error != QJsonParseError::NoError || array.size() != block.elements) {
                failed = true;
                return;
            }
            if (block.events)
                for (int i = 0; i < block.elements; ++i)
                    out[firstEvent[b] + i] = eventFromJson(array.at(i).toObject());
        }));
    }
    pool.waitForDone();
    if (failed) {
        events->clear();
        return readExtractionEventsWhole(json, events, error);
    }
    return true;
}

} // namespace cm
