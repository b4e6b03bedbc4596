#include "conflictmap/jsonformat.h"

#include "conflictmap/jsonwriter.h"
#include "eventfields.h"

#include <QIODevice>
#include <QJsonArray>
#include <QRunnable>
#include <QThread>
#include <QThreadPool>
#include <algorithm>
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
    return eventFromFields(object);
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

} // namespace cm
