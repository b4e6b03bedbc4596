#pragma once

#include <QDate>
#include <QObject>
#include <QVector>

class QTimer;

namespace cm {

/** The analyst's position in time: extent, current date, stepping and playback.
 *  A plain QObject in core that a slider or play button drives; all date arithmetic
 *  lives here. Dates are calendar days (UTC). The extent is
 *  min(first event, 2016-01-01) .. max(last event, 2017-12-31); the current date is
 *  always inside it. Playback is QTimer-driven (needs a running event loop). */
class Timeline : public QObject
{
    Q_OBJECT
public:
    /** How far one step moves. Event: to the next/previous distinct event date. */
    enum class Step { Day, Week, Month, Event };
    Q_ENUM(Step)

    explicit Timeline(QObject *parent = nullptr);
    ~Timeline() override;

    /** 2016-01-01, the earliest start of the extent. */
    static QDate defaultStart();
    /** 2017-12-31, the latest end of the extent. */
    static QDate defaultEnd();

    /** First day of the extent. */
    QDate start() const;
    /** Last day of the extent (inclusive). */
    QDate end() const;
    /** Number of days in the extent (end - start + 1). */
    int dayCount() const;

    /** The dates events happened on; invalid dates are dropped, the rest sorted and
     *  de-duplicated. Recomputes the extent and clamps the current date into it. */
    void setEventDates(const QVector<QDate> &dates);
    /** Sorted distinct event dates. */
    const QVector<QDate> &eventDates() const;

    /** The date shown; valid and inside [start, end]. Starts at start(). */
    QDate currentDate() const;
    /** Offset of the current date from start() in days (for an integer slider). */
    int currentDay() const;

    Step step() const;
    void setStep(Step step);

    /** The date one step after `date`, clamped to end(); for Step::Event the next event
     *  date after `date`, or end() when there is none. */
    QDate nextDate(const QDate &date) const;
    /** The date one step before `date`, clamped to start(); for Step::Event the last event
     *  date before `date`, or start() when there is none. */
    QDate previousDate(const QDate &date) const;

    bool isPlaying() const;
    /** Whether playback wraps from end() to start(); off by default (playback stops at end). */
    bool loops() const;
    void setLoops(bool loops);
    /** Playback speed factor (> 0): steps per second = speed × 1000 / baseIntervalMs(). */
    double speed() const;
    /** Clamped to [0.05, 100]. */
    void setSpeed(double speed);
    /** Timer interval at speed 1, in milliseconds (default 500). */
    int baseIntervalMs() const;
    void setBaseIntervalMs(int milliseconds);
    /** The timer interval in use: baseIntervalMs() / speed(), at least 1 ms. */
    int intervalMs() const;

public slots:
    /** Moves to `date` clamped into the extent; invalid dates are ignored. */
    void setCurrentDate(const QDate &date);
    /** Moves to start() + `day` days, clamped. */
    void setCurrentDay(int day);
    /** One step forward; false (and no change) when already at end(). */
    bool stepForward();
    /** One step back; false (and no change) when already at start(). */
    bool stepBackward();
    void goToStart();
    void goToEnd();
    /** Starts playback; from end() it restarts at start(). */
    void play();
    void pause();
    void setPlaying(bool playing);
    void togglePlaying();

signals:
    void currentDateChanged(const QDate &date);
    void playingChanged(bool playing);
    void extentChanged(const QDate &start, const QDate &end);
    void stepChanged(cm::Timeline::Step step);
    void speedChanged(double speed);

private:
    void advance();
    void updateInterval();

    QDate mStart;
    QDate mEnd;
    QDate mCurrent;
    QVector<QDate> mEventDates;
    Step mStep = Step::Day;
    bool mLoops = false;
    double mSpeed = 1.0;
    int mBaseIntervalMs = 500;
    QTimer *mTimer = nullptr;
};

} // namespace cm
