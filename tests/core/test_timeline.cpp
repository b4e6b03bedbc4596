#include <catch2/catch.hpp>

#include "conflictmap/timeline.h"

#include <QCoreApplication>
#include <QElapsedTimer>

using cm::Timeline;

TEST_CASE("the extent covers 2016-2017 and stretches to the events", "[timeline]")
{
    Timeline timeline;
    CHECK(timeline.start() == QDate(2016, 1, 1));
    CHECK(timeline.end() == QDate(2017, 12, 31));
    CHECK(timeline.currentDate() == QDate(2016, 1, 1));
    CHECK(timeline.dayCount() == 731);

    int extentSignals = 0;
    QObject::connect(&timeline, &Timeline::extentChanged,
                     [&](const QDate &, const QDate &) { ++extentSignals; });
    timeline.setEventDates(
        {QDate(2016, 5, 1), QDate(2015, 1, 26), QDate(), QDate(2016, 5, 1), QDate(2018, 2, 3)});
    CHECK(timeline.start() == QDate(2015, 1, 26));
    CHECK(timeline.end() == QDate(2018, 2, 3));
    CHECK(timeline.eventDates().size() == 3);
    CHECK(extentSignals == 1);

    // Events inside the default years do not shrink it.
    timeline.setEventDates({QDate(2016, 6, 1)});
    CHECK(timeline.start() == QDate(2016, 1, 1));
    CHECK(timeline.end() == QDate(2017, 12, 31));
}

TEST_CASE("the current date stays inside the extent", "[timeline]")
{
    Timeline timeline;
    QDate seen;
    QObject::connect(&timeline, &Timeline::currentDateChanged, [&](const QDate &date) { seen = date; });
    timeline.setCurrentDate(QDate(2019, 1, 1));
    CHECK(timeline.currentDate() == QDate(2017, 12, 31));
    CHECK(seen == QDate(2017, 12, 31));
    timeline.setCurrentDate(QDate());
    CHECK(timeline.currentDate() == QDate(2017, 12, 31));
    timeline.setCurrentDay(10);
    CHECK(timeline.currentDate() == QDate(2016, 1, 11));
    CHECK(timeline.currentDay() == 10);
    CHECK(timeline.stepBackward());
    CHECK(timeline.currentDate() == QDate(2016, 1, 10));
    timeline.goToStart();
    CHECK_FALSE(timeline.stepBackward());
    timeline.goToEnd();
    CHECK_FALSE(timeline.stepForward());
}

TEST_CASE("steps by day, week, month and event", "[timeline]")
{
    Timeline timeline;
    timeline.setEventDates({QDate(2016, 3, 27), QDate(2016, 4, 7), QDate(2017, 11, 19)});
    timeline.setCurrentDate(QDate(2016, 1, 31));

    timeline.setStep(Timeline::Step::Day);
    CHECK(timeline.nextDate(timeline.currentDate()) == QDate(2016, 2, 1));
    timeline.setStep(Timeline::Step::Week);
    CHECK(timeline.nextDate(timeline.currentDate()) == QDate(2016, 2, 7));
    CHECK(timeline.previousDate(QDate(2016, 1, 3)) == QDate(2016, 1, 1));
    timeline.setStep(Timeline::Step::Month);
    CHECK(timeline.nextDate(timeline.currentDate()) == QDate(2016, 2, 29));
    CHECK(timeline.nextDate(QDate(2017, 12, 15)) == QDate(2017, 12, 31));

    timeline.setStep(Timeline::Step::Event);
    REQUIRE(timeline.stepForward());
    CHECK(timeline.currentDate() == QDate(2016, 3, 27));
    REQUIRE(timeline.stepForward());
    CHECK(timeline.currentDate() == QDate(2016, 4, 7));
    REQUIRE(timeline.stepBackward());
    CHECK(timeline.currentDate() == QDate(2016, 3, 27));
    REQUIRE(timeline.stepBackward());
    CHECK(timeline.currentDate() == QDate(2016, 1, 1));
    timeline.setCurrentDate(QDate(2017, 11, 20));
    REQUIRE(timeline.stepForward());
    CHECK(timeline.currentDate() == QDate(2017, 12, 31));
}

TEST_CASE("playback advances on a timer, stops at the end or loops", "[timeline]")
{
    Timeline timeline;
    timeline.setBaseIntervalMs(20);
    timeline.setSpeed(4.0);
    CHECK(timeline.intervalMs() == 5);
    timeline.setSpeed(0.0); // ignored
    CHECK(timeline.speed() == 4.0);
    timeline.setCurrentDate(QDate(2017, 12, 28));

    QVector<bool> playing;
    QObject::connect(&timeline, &Timeline::playingChanged, [&](bool on) { playing.append(on); });
    timeline.play();
    QElapsedTimer clock;
    clock.start();
    while (timeline.isPlaying() && clock.elapsed() < 5000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    CHECK_FALSE(timeline.isPlaying());
    CHECK(timeline.currentDate() == QDate(2017, 12, 31));
    CHECK(playing == QVector<bool>{true, false});

    // Play at the end restarts from the start; with loop on it wraps around.
    timeline.setLoops(true);
    timeline.play();
    CHECK(timeline.currentDate() == QDate(2016, 1, 1));
    timeline.setCurrentDate(QDate(2017, 12, 30));
    clock.restart();
    bool wrapped = false;
    QObject::connect(&timeline, &Timeline::currentDateChanged, [&](const QDate &date) {
        if (date == QDate(2016, 1, 1))
            wrapped = true;
    });
    while (!wrapped && clock.elapsed() < 5000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    CHECK(wrapped);
    CHECK(timeline.isPlaying());
    timeline.togglePlaying();
    CHECK_FALSE(timeline.isPlaying());
}
