#pragma once

#include "conflictmap/controlevent.h"
#include "conflictmap/controlstate.h"

#include <QHash>
#include <QStringList>
#include <memory>

namespace cm {

/** Options of the control rules (docs/control-rules.md). */
struct ControlRules {
    /** A partial capture keeps the place contested for this many days (the partial's day
     *  included) unless a later capture or hold settles it; then it lapses to the holder. */
    int contestedDays = 30;
};

/** Derives who holds each place at any date from the events of all loaded articles.
 *
 *  Rules (full text in docs/control-rules.md):
 *  - Events are grouped by place (placeId, else "gn:<geonameid>", else the rounded
 *    coordinates, else the folded name). Events without a date are listed, never used.
 *  - The controller at date D is the `to` of the latest capture/hold dated on or before D.
 *    Several on that day: one source → the last in its text wins; different sources that
 *    disagree → conflict flagged, and the controller claimed by most events (then highest
 *    confidence, then earliest loaded) is shown.
 *  - When that gives no controller, the next capture or partial after D with a known
 *    `from` back-fills it (`inferred`).
 *  - A partial capture makes the place contested from its day for ControlRules::contestedDays,
 *    unless a capture/hold dated after the partial's day settles it. It does not change the
 *    controller.
 *  - Denied events change nothing; they are listed in PlaceState::denied.
 *  - Conflict: two capture/hold events of different articles for one place whose date ranges
 *    overlap (the day itself, or earliest..latest when the extractor gave bounds) and whose
 *    known `to` differ. Flagged from the later of the two dates until the next capture/hold.
 *  - Events with week/month/year precision are placed at their `date` (the extractor's best
 *    estimate); their precision does not widen the range unless bounds are given.
 *
 *  Precomputes, per place, the dates where its state changes, so stateAt() is a binary
 *  search per place. Not thread-safe for concurrent setEvents(); const methods are. */
class ControlModel
{
public:
    ControlModel();
    ~ControlModel();
    ControlModel(const ControlModel &) = delete;
    ControlModel &operator=(const ControlModel &) = delete;

    void setRules(const ControlRules &rules);
    ControlRules rules() const;

    /** Replaces the events and recomputes every place's history. */
    void setEvents(const ControlEvents &events);
    const ControlEvents &events() const;

    /** Place ids in first-seen order (the order of ControlState::places). */
    const QStringList &placeIds() const;
    /** Index of a place id, -1 when unknown. */
    int placeIndex(const QString &placeId) const;
    /** The events (indices into events()) of one place, by date then load order. */
    QVector<int> placeEvents(int placeIndex) const;

    /** Grouping key of an event, as described above; empty when it names no place. */
    static QString placeKey(const ControlEvent &event);

    /** The state of every place at `date` (invalid date: an empty state). */
    ControlState stateAt(const QDate &date) const;
    /** The state of one place at `date`. */
    PlaceState placeStateAt(int placeIndex, const QDate &date) const;

    /** Distinct event dates (sorted), for Timeline::setEventDates. */
    QVector<QDate> eventDates() const;

private:
    struct Data;
    std::unique_ptr<Data> d;
};

} // namespace cm
