#include "timelinewidget.h"

#include "factionpalette.h"
#include "timelinetrack.h"
#include "viewersettings.h"

#include "conflictmap/timeline.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QSignalBlocker>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace cm {
namespace {

QToolButton *makeButton(QWidget *parent, QStyle::StandardPixmap icon, const QString &text, const QString &tip)
{
    auto *button = new QToolButton(parent);
    if (icon != QStyle::SP_CustomBase)
        button->setIcon(parent->style()->standardIcon(icon));
    else
        button->setText(text);
    button->setToolTip(tip);
    button->setAutoRaise(true);
    return button;
}

} // namespace

TimelineWidget::TimelineWidget(Timeline *timeline, QWidget *parent) : QWidget(parent), mTimeline(timeline)
{
    setObjectName(QStringLiteral("TimelineWidget"));
    mTrack = new TimelineTrack(this);
    mDateLabel = new QLabel(this);
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.7);
    big.setBold(true);
    mDateLabel->setFont(big);
    mDateLabel->setMinimumWidth(QFontMetrics(big).horizontalAdvance(QStringLiteral("28 septembre 2017 ")));
    mDateLabel->setAlignment(Qt::AlignCenter);

    auto *start = makeButton(this, QStyle::SP_MediaSkipBackward, {}, tr("Go to the start (Home)"));
    auto *back = makeButton(this, QStyle::SP_MediaSeekBackward, {}, tr("One step back"));
    mPlay = makeButton(this, QStyle::SP_MediaPlay, {}, tr("Play or pause (Space)"));
    mPlay->setCheckable(true);
    auto *forward = makeButton(this, QStyle::SP_MediaSeekForward, {}, tr("One step forward"));
    auto *end = makeButton(this, QStyle::SP_MediaSkipForward, {}, tr("Go to the end (End)"));
    auto *previousEvent =
        makeButton(this, QStyle::SP_CustomBase, QStringLiteral("|◂"), tr("Previous event date (Ctrl+Left)"));
    auto *nextEvent =
        makeButton(this, QStyle::SP_CustomBase, QStringLiteral("▸|"), tr("Next event date (Ctrl+Right)"));

    mStep = new QComboBox(this);
    mStep->setToolTip(tr("How far one step and one playback frame move"));
    mStep->addItem(tr("day"), int(Timeline::Step::Day));
    mStep->addItem(tr("week"), int(Timeline::Step::Week));
    mStep->addItem(tr("month"), int(Timeline::Step::Month));
    mStep->addItem(tr("event"), int(Timeline::Step::Event));
    mSpeed = new QComboBox(this);
    mSpeed->setToolTip(tr("Playback speed"));
    for (double speed : {0.25, 0.5, 1.0, 2.0, 4.0, 8.0})
        mSpeed->addItem(QStringLiteral("%1×").arg(QLocale().toString(speed)), speed);
    mLoop = new QCheckBox(tr("Loop"), this);
    mLoop->setToolTip(tr("Start again from the beginning at the end"));
    mDateField = new QDateEdit(this);
    mDateField->setCalendarPopup(true);
    mDateField->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    mDateField->setToolTip(tr("Go to a date (Ctrl+G)"));
    mDateField->setKeyboardTracking(false);

    auto *controls = new QHBoxLayout;
    controls->setSpacing(2);
    for (QWidget *w :
         std::initializer_list<QWidget *>{start, previousEvent, back, mPlay, forward, nextEvent, end})
        controls->addWidget(w);
    controls->addSpacing(8);
    controls->addWidget(new QLabel(tr("Step"), this));
    controls->addWidget(mStep);
    controls->addWidget(new QLabel(tr("Speed"), this));
    controls->addWidget(mSpeed);
    controls->addWidget(mLoop);
    controls->addStretch(1);
    controls->addWidget(mDateLabel);
    controls->addStretch(1);
    controls->addWidget(new QLabel(tr("Go to"), this));
    controls->addWidget(mDateField);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);
    layout->setSpacing(0);
    layout->addLayout(controls);
    layout->addWidget(mTrack);

    // Playback choices persist between sessions.
    mTimeline->setBaseIntervalMs(250);
    mTimeline->setSpeed(ViewerSettings::playbackSpeed());
    mTimeline->setLoops(ViewerSettings::playbackLoops());
    mTimeline->setStep(Timeline::Step(ViewerSettings::playbackStep()));
    mStep->setCurrentIndex(std::max(0, mStep->findData(int(mTimeline->step()))));
    mSpeed->setCurrentIndex(std::max(0, mSpeed->findData(mTimeline->speed())));
    mLoop->setChecked(mTimeline->loops());

    connect(start, &QToolButton::clicked, mTimeline, &Timeline::goToStart);
    connect(end, &QToolButton::clicked, mTimeline, &Timeline::goToEnd);
    connect(back, &QToolButton::clicked, mTimeline, &Timeline::stepBackward);
    connect(forward, &QToolButton::clicked, mTimeline, &Timeline::stepForward);
    connect(previousEvent, &QToolButton::clicked, this,
            [this] { stepBy(int(Timeline::Step::Event), false); });
    connect(nextEvent, &QToolButton::clicked, this, [this] { stepBy(int(Timeline::Step::Event), true); });
    connect(mPlay, &QToolButton::toggled, mTimeline, &Timeline::setPlaying);
    connect(mTimeline, &Timeline::playingChanged, this, [this](bool playing) {
        QSignalBlocker block(mPlay);
        mPlay->setChecked(playing);
        mPlay->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    });
    connect(mStep, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        mTimeline->setStep(Timeline::Step(mStep->currentData().toInt()));
        ViewerSettings::setPlaybackStep(mStep->currentData().toInt());
    });
    connect(mSpeed, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        mTimeline->setSpeed(mSpeed->currentData().toDouble());
        ViewerSettings::setPlaybackSpeed(mSpeed->currentData().toDouble());
    });
    connect(mLoop, &QCheckBox::toggled, this, [this](bool loop) {
        mTimeline->setLoops(loop);
        ViewerSettings::setPlaybackLoops(loop);
    });
    connect(mDateField, &QDateEdit::dateChanged, mTimeline, &Timeline::setCurrentDate);
    connect(mTrack, &TimelineTrack::dateRequested, mTimeline, &Timeline::setCurrentDate);
    connect(mTimeline, &Timeline::currentDateChanged, this, &TimelineWidget::showDate);
    connect(mTimeline, &Timeline::extentChanged, this, &TimelineWidget::updateExtent);

    updateExtent();
    showDate(mTimeline->currentDate());
}

void TimelineWidget::stepBy(int step, bool forward)
{
    const Timeline::Step playbackStep = mTimeline->step();
    QDate target;
    {
        // Compute with the asked step, then restore the playback step unnoticed.
        QSignalBlocker block(mTimeline);
        mTimeline->setStep(Timeline::Step(step));
        target = forward ? mTimeline->nextDate(mTimeline->currentDate())
                         : mTimeline->previousDate(mTimeline->currentDate());
        mTimeline->setStep(playbackStep);
    }
    mTimeline->setCurrentDate(target);
}

void TimelineWidget::setEvents(const ControlEvents &events, const FactionPalette &palette)
{
    const QList<Faction> factions = allFactions();
    QVector<QColor> colors;
    QStringList names;
    for (Faction faction : factions) {
        colors << palette.color(faction);
        names << FactionPalette::name(faction);
    }
    colors << palette.color(Faction::Unknown);
    names << FactionPalette::name(Faction::Unknown);

    // Weeks start on Monday; each event counts for the faction it favours.
    QMap<QDate, QVector<int>> weeks;
    for (const ControlEvent &event : events) {
        if (!event.date.isValid() || event.kind == EventKind::Denied)
            continue;
        const QDate monday = event.date.addDays(1 - event.date.dayOfWeek());
        QVector<int> &counts = weeks[monday];
        if (counts.isEmpty())
            counts.resize(colors.size());
        const int series = factions.indexOf(event.to);
        ++counts[series >= 0 ? series : colors.size() - 1];
    }
    QVector<TimelineTrack::Week> histogram;
    for (auto it = weeks.cbegin(); it != weeks.cend(); ++it)
        histogram.append({it.key(), it.value()});
    mTrack->setSeries(colors, names);
    mTrack->setHistogram(histogram);
}

void TimelineWidget::showDate(const QDate &date)
{
    mDateLabel->setText(QLocale().toString(date, QStringLiteral("d MMMM yyyy")));
    mTrack->setDate(date);
    QSignalBlocker block(mDateField);
    mDateField->setDate(date);
}

void TimelineWidget::updateExtent()
{
    mTrack->setRange(mTimeline->start(), mTimeline->end());
    QSignalBlocker block(mDateField);
    mDateField->setDateRange(mTimeline->start(), mTimeline->end());
}

} // namespace cm
