#pragma once

#include "conflictmap/controlevent.h"
#include "conflictmap/controlmodel.h"
#include "conflictmap/controlstate.h"
#include "conflictmap/diagnostic.h"
#include "conflictmap/zonebuilder.h"
#include "conflictmap/zones.h"

#include <QDate>
#include <QVector>
#include <atomic>
#include <functional>
#include <memory>

namespace cm {

class Gazetteer;

/** How far apart the dates of a series are. */
enum class SeriesStep { Day, Week, Month };

/** "day", "week", "month". */
QString seriesStepId(SeriesStep step);
/** Step for an id (case-insensitive); *ok false and Week for anything else. */
SeriesStep seriesStepFromId(const QString &id, bool *ok = nullptr);

/** The dates of a series: `from`, then every `step` after it while on or before `to`, and
 *  `to` itself when the steps do not land on it, so both ends are always in. Months step
 *  from `from`'s day of the month (clamped to the month's last day, without drift).
 *  Empty when a date is invalid or `to` is before `from`; one date when they are equal. */
QVector<QDate> seriesDates(const QDate &from, const QDate &to, SeriesStep step);

/** Control, areas and frontlines at one date. */
struct StoryFrame {
    QDate date;
    ControlState state;
    ZoneResult zones;
};

/** Events to control states and zones at any date: a ControlModel plus a ZoneBuilder
 *  whose places are the model's located places (claim radius from the gazetteer's
 *  population when one is given). Not thread-safe (one ZoneBuilder, one GEOS context). */
class StorySeries
{
public:
    StorySeries();
    ~StorySeries();
    StorySeries(const StorySeries &) = delete;
    StorySeries &operator=(const StorySeries &) = delete;

    /** Land polygons for the zones (see ZoneBuilder::loadLand). Without land, places
     *  claim land and sea alike. Call before setEvents() (it rebuilds the cells). */
    bool loadLand(const QString &path, Diagnostics *diagnostics = nullptr);

    /** Replaces the events; rebuilds the model and the zone cells. `gazetteer` may be null. */
    void setEvents(const ControlEvents &events, const Gazetteer *gazetteer = nullptr);

    const ControlModel &model() const;
    const ControlEvents &events() const;
    ZoneBuilder &zoneBuilder();

    /** Dates of the first and last dated events; invalid when there are none. */
    QDate firstEventDate() const;
    QDate lastEventDate() const;

    /** State and zones at `date` (zones empty when no place is located). */
    StoryFrame frameAt(const QDate &date);

    /** Frames at each of `dates`, in order. `progress(done, total)` is called after each
     *  date; `cancel` is polled between dates: when set, the result is empty. */
    QVector<StoryFrame> frames(const QVector<QDate> &dates,
                               const std::function<void(int done, int total)> &progress = {},
                               const std::atomic_bool *cancel = nullptr);

private:
    struct Data;
    std::unique_ptr<Data> d;
};

} // namespace cm
