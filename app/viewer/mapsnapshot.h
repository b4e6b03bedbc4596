#pragma once

#include "conflictmap/controlevent.h"
#include "conflictmap/controlstate.h"
#include "conflictmap/zones.h"

#include <QDate>
#include <QVector>
#include <memory>

namespace cm {

struct MapFeatures;

/** Everything the dynamic map layers show at one date, computed off the GUI thread
 *  from core results: control of each place, areas and frontlines, and what changed
 *  since the previous timeline step. Plain values; no QGIS type. */
struct MapSnapshot {
    quint64 request = 0; ///< increasing number of the request that produced it
    QDate date;
    QDate previousDate; ///< gains and losses are counted from this date (invalid: none)
    ControlState state;
    /** Per place (state.places order): controller differs from previousDate's. */
    QVector<bool> changed;
    /** Per place: the controller at previousDate. */
    QVector<Faction> previousController;
    /** Per place: the kind its symbol shows: Partial when contested, Denied when only
     *  denials are known, else the kind of the deciding event (Hold when inferred). */
    QVector<EventKind> kind;
    /** Per place: its name is worth a label at this date (recent or changed, capped). */
    QVector<bool> labelled;
    ZoneResult zones;
    ZoneChanges changes;
    bool hasZones = false; ///< false when no land or no located place was available
    /** The layer features, built on the worker thread when a builder was set (else null). */
    std::shared_ptr<MapFeatures> features;
};

} // namespace cm
