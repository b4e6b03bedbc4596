#pragma once

#include "conflictmap/faction.h"

#include <QDate>
#include <QString>
#include <QVector>
#include <limits>

namespace cm {

/** Who holds one place at one date, as ControlModel derives it from the events
 *  (rules in docs/control-rules.md). Event indices refer to ControlModel::events(). */
struct PlaceState {
    QString placeId; ///< grouping key: gazetteer id, "gn:<geonameid>", "ll:<lat>,<lon>" or "name:<folded>"
    QString name;    ///< display name (from the most recent event naming it)
    double lat = std::numeric_limits<double>::quiet_NaN(); ///< WGS 84 degrees; NaN when unlocated
    double lon = std::numeric_limits<double>::quiet_NaN();

    /** The holder: latest capture/hold on or before the date, or back-filled from the
     *  `from` of the next capture; Unknown when nothing says. */
    Faction controller = Faction::Unknown;
    /** True when the controller comes from back-filling (a later capture's `from`). */
    bool inferred = false;

    /** A partial capture on or before the date made the place contested (see the rules). */
    bool contested = false;
    Faction contestedBy = Faction::Unknown; ///< the faction of that partial capture
    QDate contestedUntil;                   ///< last day the partial keeps it contested

    /** Different sources give different controllers for overlapping dates. */
    bool conflict = false;
    QVector<Faction> conflictFactions; ///< every controller claimed in the conflict (sorted, distinct)
    QVector<int> conflictEvents;       ///< the disagreeing events, sorted

    int decidingEvent = -1; ///< the event that set the controller, -1 when none
    QDate lastEventDate;    ///< date of the latest dated event of the place on or before the date
    /** How many of ControlModel::placeEvents() (sorted by date) are dated on or before the date. */
    int eventCount = 0;
    QVector<int> denied; ///< the denied events among them (they change nothing; listed for display)

    bool hasLocation() const { return lat == lat && lon == lon; }
};

/** The control of every place at one date. */
struct ControlState {
    QDate date;
    QVector<PlaceState> places;  ///< one per place known to the model, in ControlModel::placeIds() order
    QVector<int> undatedEvents;  ///< events without a date: listed, not used
    QVector<int> unplacedEvents; ///< events naming no place at all: listed, not used

    /** Index into places of a place id, -1 when absent (linear search). */
    int indexOf(const QString &placeId) const;
};

} // namespace cm
