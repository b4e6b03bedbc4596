#include "conflictmap/timeline.h"

#include <QTimer>
#include <algorithm>

namespace cm {

Timeline::Timeline(QObject *parent)
    : QObject(parent), mStart(defaultStart()), mEnd(defaultEnd()), mCurrent(defaultStart()),
      mTimer(new QTimer(this))
{
    connect(mTimer, &QTimer::timeout, this, &Timeline::advance);
    updateInterval();
}

Timeline::~Timeline() = default;

QDate Timeline::defaultStart()
{
    return QDate(2016, 1, 1);
}
QDate Timeline::defaultEnd()
{
    return QDate(2017, 12, 31);
}

QDate Timeline::start() const
{
    return mStart;
}
QDate Timeline::end() const
{
    return mEnd;
}
int Timeline::dayCount() const
{
    return int(mStart.daysTo(mEnd)) + 1;
}

void Timeline::setEventDates(const QVector<QDate> &dates)
{
    mEventDates.clear();
    for (const QDate &date : dates)
        if (date.isValid())
            mEventDates.append(date);
    std::sort(mEventDates.begin(), mEventDates.end());
    mEventDates.erase(std::unique(mEventDates.begin(), mEventDates.end()), mEventDates.end());

    QDate start = defaultStart();
    QDate end = defaultEnd();
    if (!mEventDates.isEmpty()) {
        start = std::min(start, mEventDates.first());
        end = std::max(end, mEventDates.last());
    }
    if (start != mStart || end != mEnd) {
        mStart = start;
        mEnd = end;
        emit extentChanged(mStart, mEnd);
    }
    setCurrentDate(mCurrent);
}

const QVector<QDate> &Timeline::eventDates() const
{
    return mEventDates;
}

QDate Timeline::currentDate() const
{
    return mCurrent;
}
int Timeline::currentDay() const
{
    return int(mStart.daysTo(mCurrent));
}

Timeline::Step Timeline::step() const
{
    return mStep;
}

void Timeline::setStep(Step step)
{
    if (step == mStep)
        return;
    mStep = step;
    emit stepChanged(mStep);
}

QDate Timeline::nextDate(const QDate &date) const
{
    if (!date.isValid())
        return mStart;
    QDate next;
    switch (mStep) {
    case Step::Day:
        next = date.addDays(1);
        break;
    case Step::Week:
        next = date.addDays(7);
        break;
    case Step::Month:
        next = date.addMonths(1);
        break;
    case Step::Event: {
        const auto it = std::upper_bound(mEventDates.cbegin(), mEventDates.cend(), date);
        next = it == mEventDates.cend() ? mEnd : *it;
        break;
    }
    }
    return std::clamp(next, mStart, mEnd);
}

QDate Timeline::previousDate(const QDate &date) const
{
    if (!date.isValid())
        return mStart;
    QDate previous;
    switch (mStep) {
    case Step::Day:
        previous = date.addDays(-1);
        break;
    case Step::Week:
        previous = date.addDays(-7);
        break;
    case Step::Month:
        previous = date.addMonths(-1);
        break;
    case Step::Event: {
        const auto it = std::lower_bound(mEventDates.cbegin(), mEventDates.cend(), date);
        previous = it == mEventDates.cbegin() ? mStart : *(it - 1);
        break;
    }
    }
    return std::clamp(previous, mStart, mEnd);
}

bool Timeline::isPlaying() const
{
    return mTimer->isActive();
}
bool Timeline::loops() const
{
    return mLoops;
}
void Timeline::setLoops(bool loops)
{
    mLoops = loops;
}
double Timeline::speed() const
{
    return mSpeed;
}

void Timeline::setSpeed(double speed)
{
    if (!(speed > 0.0))
        return;
    speed = std::clamp(speed, 0.05, 100.0);
    if (speed == mSpeed)
        return;
    mSpeed = speed;
    updateInterval();
    emit speedChanged(mSpeed);
}

int Timeline::baseIntervalMs() const
{
    return mBaseIntervalMs;
}

void Timeline::setBaseIntervalMs(int milliseconds)
{
    mBaseIntervalMs = std::max(1, milliseconds);
    updateInterval();
}

int Timeline::intervalMs() const
{
    return std::max(1, int(mBaseIntervalMs / mSpeed));
}

void Timeline::setCurrentDate(const QDate &date)
{
    if (!date.isValid())
        return;
    const QDate clamped = std::clamp(date, mStart, mEnd);
    if (clamped == mCurrent)
        return;
    mCurrent = clamped;
    emit currentDateChanged(mCurrent);
}

void Timeline::setCurrentDay(int day)
{
    setCurrentDate(mStart.addDays(std::clamp(day, 0, dayCount() - 1)));
}

bool Timeline::stepForward()
{
    if (mCurrent >= mEnd)
        return false;
    setCurrentDate(nextDate(mCurrent));
    return true;
}

bool Timeline::stepBackward()
{
    if (mCurrent <= mStart)
        return false;
    setCurrentDate(previousDate(mCurrent));
    return true;
}

void Timeline::goToStart()
{
    setCurrentDate(mStart);
}
void Timeline::goToEnd()
{
    setCurrentDate(mEnd);
}

void Timeline::play()
{
    setPlaying(true);
}
void Timeline::pause()
{
    setPlaying(false);
}
void Timeline::togglePlaying()
{
    setPlaying(!isPlaying());
}

void Timeline::setPlaying(bool playing)
{
    if (playing == isPlaying())
        return;
    if (playing) {
        // Pressing play at the end replays from the start rather than doing nothing.
        if (mCurrent >= mEnd)
            goToStart();
        mTimer->start();
    } else {
        mTimer->stop();
    }
    emit playingChanged(playing);
}

void Timeline::advance()
{
    if (stepForward())
        return;
    if (mLoops)
        goToStart();
    else
        pause();
}

void Timeline::updateInterval()
{
    mTimer->setInterval(intervalMs());
}

} // namespace cm
