#pragma once

#include "conflictmap/controlevent.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QToolButton;

namespace cm {

class FactionPalette;
class Timeline;
class TimelineTrack;

/** The timeline bar: the current date in large type, play/pause, step buttons, step
 *  and speed choices, loop, a date field, and the TimelineTrack (histogram + cursor).
 *  It only drives a core cm::Timeline, which holds the state and date arithmetic. */
class TimelineWidget : public QWidget
{
    Q_OBJECT
public:
    explicit TimelineWidget(Timeline *timeline, QWidget *parent = nullptr);

    /** Rebuilds the weekly histogram (stacked by the faction gaining control). */
    void setEvents(const ControlEvents &events, const FactionPalette &palette);

    /** Moves one step of `step` (cm::Timeline::Step as int) without changing the
     *  playback step; `forward` false goes back. */
    void stepBy(int step, bool forward);

    TimelineTrack *track() const { return mTrack; }
    QLabel *dateLabel() const { return mDateLabel; }
    QDateEdit *dateField() const { return mDateField; }

private:
    void showDate(const QDate &date);
    void updateExtent();

    Timeline *mTimeline;
    TimelineTrack *mTrack;
    QLabel *mDateLabel;
    QToolButton *mPlay;
    QComboBox *mStep;
    QComboBox *mSpeed;
    QCheckBox *mLoop;
    QDateEdit *mDateField;
};

} // namespace cm
