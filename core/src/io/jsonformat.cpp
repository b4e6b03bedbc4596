#include "conflictmap/jsonformat.h"

#include <QJsonArray>

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
    object[QStringLiteral("geonameid")] = event.geonameId > 0 ? QJsonValue(double(event.geonameId)) : QJsonValue();
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

} // namespace cm
