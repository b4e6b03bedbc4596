#pragma once

#include "conflictmap/controlevent.h"

#include <QDate>
#include <QLatin1String>

namespace cm {

/** eventFromJson() on any object whose value(QLatin1String key) returns something with
 *  QJsonValue's toString(), toDouble(), toInt(int) and isDouble(): a QJsonObject, or the flat
 *  objects the block reader of readExtractionEvents() reads without one. */
template <typename Object> ControlEvent eventFromFields(const Object &object)
{
    const auto date = [&](const char *key) {
        return QDate::fromString(object.value(QLatin1String(key)).toString().left(10), Qt::ISODate);
    };
    ControlEvent event;
    event.file = object.value(QLatin1String("file")).toString();
    event.place = object.value(QLatin1String("place")).toString();
    event.placeId = object.value(QLatin1String("place_id")).toString();
    event.surface = object.value(QLatin1String("surface")).toString();
    event.geonameId = qint64(object.value(QLatin1String("geonameid")).toDouble());
    const auto lat = object.value(QLatin1String("lat"));
    const auto lon = object.value(QLatin1String("lon"));
    if (lat.isDouble() && lon.isDouble()) {
        event.lat = lat.toDouble();
        event.lon = lon.toDouble();
    }
    event.date = date("date");
    event.precision = datePrecisionFromId(object.value(QLatin1String("date_precision")).toString());
    event.earliest = date("date_earliest");
    event.latest = date("date_latest");
    event.dateNote = object.value(QLatin1String("date_note")).toString();
    event.kind = eventKindFromId(object.value(QLatin1String("kind")).toString());
    event.to = factionFromId(object.value(QLatin1String("to")).toString());
    event.from = factionFromId(object.value(QLatin1String("from")).toString());
    event.confidence = object.value(QLatin1String("confidence")).toDouble();
    event.evidence = object.value(QLatin1String("evidence")).toString();
    event.offset = object.value(QLatin1String("offset")).toInt(-1);
    return event;
}

} // namespace cm
