#pragma once

#include "conflictmap/faction.h"

#include <QDate>
#include <QString>
#include <QVector>
#include <limits>

namespace cm {

/** Event kinds of the contract. */
enum class EventKind { Capture, Hold, Partial, Denied };
/** How much of an event date is known. Unknown means no date at all. */
enum class DatePrecision { Unknown, Day, Week, Month, Year };

/** Contract ids: "capture", "hold", "partial", "denied". */
QString eventKindId(EventKind kind);
/** Kind for an id; Capture for anything unknown. */
EventKind eventKindFromId(const QString &id);
/** Contract ids: "day", "week", "month", "year"; empty for Unknown. */
QString datePrecisionId(DatePrecision precision);
/** Precision for an id; Unknown for anything else. */
DatePrecision datePrecisionFromId(const QString &id);

/** One dated control-change statement of one article (see shared/spec/events.md). */
struct ControlEvent {
    QString folder; ///< absolute folder the article was loaded from
    QString file;   ///< article path relative to folder

    QString place;        ///< display name of the resolved place
    QString placeId;      ///< gazetteer id ("gn:…", "cm:…"), empty if unresolved
    qint64 geonameId = 0; ///< 0 when not from GeoNames
    double lat = std::numeric_limits<double>::quiet_NaN(); ///< WGS 84 degrees
    double lon = std::numeric_limits<double>::quiet_NaN();
    QString surface; ///< the place as written in the article

    QDate date; ///< best estimate of when it happened (UTC day); invalid when unknown
    DatePrecision precision = DatePrecision::Unknown;
    QDate earliest; ///< when the text only bounds the date: the bounds, else invalid
    QDate latest;
    QString dateNote; ///< how the date was resolved, English, for the viewer

    EventKind kind = EventKind::Capture;
    Faction to = Faction::Unknown;
    Faction from = Faction::Unknown;
    double confidence = 0.0; ///< 0..1

    QString evidence; ///< exact substring of Article::text
    int offset = -1;  ///< character offset of evidence in Article::text

    bool hasLocation() const { return lat == lat && lon == lon; }
};

using ControlEvents = QVector<ControlEvent>;

} // namespace cm
