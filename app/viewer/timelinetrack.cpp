#include "timelinetrack.h"

#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>
#include <algorithm>

namespace cm {
namespace {

constexpr int kSideMargin = 10;
constexpr int kTickLabelHeight = 16;

} // namespace

TimelineTrack::TimelineTrack(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setCursor(Qt::PointingHandCursor);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void TimelineTrack::setRange(const QDate &first, const QDate &last)
{
    mFirst = first;
    mLast = std::max(first, last);
    update();
}

void TimelineTrack::setSeries(const QVector<QColor> &colors, const QStringList &names)
{
    mColors = colors;
    mNames = names;
    update();
}

void TimelineTrack::setHistogram(const QVector<Week> &weeks)
{
    mWeeks = weeks;
    update();
}

void TimelineTrack::setDate(const QDate &date)
{
    if (date == mDate)
        return;
    mDate = date;
    update();
}

QSize TimelineTrack::sizeHint() const
{
    return {800, 78};
}
QSize TimelineTrack::minimumSizeHint() const
{
    return {200, 56};
}

QRectF TimelineTrack::barArea() const
{
    return QRectF(kSideMargin, 4, width() - 2 * kSideMargin, height() - 4 - kTickLabelHeight);
}

double TimelineTrack::xOf(const QDate &date) const
{
    const QRectF area = barArea();
    const qint64 span = std::max<qint64>(1, mFirst.daysTo(mLast) + 1);
    return area.left() + area.width() * double(mFirst.daysTo(date)) / double(span);
}

QDate TimelineTrack::dateAt(int x) const
{
    if (!mFirst.isValid())
        return {};
    const QRectF area = barArea();
    const qint64 span = mFirst.daysTo(mLast) + 1;
    const double fraction = std::clamp((x - area.left()) / std::max(1.0, area.width()), 0.0, 1.0);
    const qint64 day = std::min<qint64>(span - 1, qint64(fraction * span));
    return mFirst.addDays(day);
}

void TimelineTrack::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QPalette pal = palette();
    painter.fillRect(rect(), pal.window());
    if (!mFirst.isValid())
        return;
    painter.setRenderHint(QPainter::Antialiasing, false);
    const QRectF area = barArea();

    // Alternate year bands give the eye a rhythm when scrubbing two years.
    const QColor band = pal.base().color();
    const QColor altBand = band.darker(104);
    for (int year = mFirst.year(); year <= mLast.year(); ++year) {
        const QDate start = std::max(mFirst, QDate(year, 1, 1));
        const QDate end = std::min(mLast, QDate(year, 12, 31)).addDays(1);
        painter.fillRect(QRectF(QPointF(xOf(start), area.top()), QPointF(xOf(end), area.bottom())),
                         (year % 2) ? altBand : band);
    }

    // Stacked weekly bars, scaled to the busiest week.
    int busiest = 1;
    for (const Week &week : mWeeks) {
        int total = 0;
        for (int count : week.counts)
            total += count;
        busiest = std::max(busiest, total);
    }
    const double unit = (area.height() - 4) / busiest;
    for (const Week &week : mWeeks) {
        const double x0 = xOf(week.start) + 0.5;
        const double x1 = xOf(week.start.addDays(7)) - 0.5;
        double y = area.bottom();
        for (int series = 0; series < week.counts.size(); ++series) {
            const int count = week.counts.at(series);
            if (count <= 0)
                continue;
            const double h = std::max(2.0, count * unit);
            const QColor color = series < mColors.size() ? mColors.at(series) : QColor(Qt::gray);
            painter.fillRect(QRectF(x0, y - h, std::max(1.0, x1 - x0), h), color);
            y -= h;
        }
    }

    // Month ticks and labels; January carries the year.
    painter.setPen(pal.color(QPalette::Mid));
    painter.drawLine(QPointF(area.left(), area.bottom()), QPointF(area.right(), area.bottom()));
    QFont small = font();
    small.setPointSizeF(std::max(7.0, small.pointSizeF() * 0.85));
    painter.setFont(small);
    const QFontMetrics metrics(small);
    const QLocale locale;
    double lastLabelRight = -1e9;
    for (QDate month(mFirst.year(), mFirst.month(), 1); month <= mLast; month = month.addMonths(1)) {
        if (month < mFirst)
            continue;
        const double x = xOf(month);
        const bool january = month.month() == 1;
        painter.setPen(pal.color(january ? QPalette::Text : QPalette::Mid));
        painter.drawLine(QPointF(x, area.bottom()), QPointF(x, area.bottom() + (january ? 6 : 3)));
        QString label = locale.standaloneMonthName(month.month(), QLocale::ShortFormat);
        if (january || month == QDate(mFirst.year(), mFirst.month(), 1))
            label += QLatin1Char(' ') + QString::number(month.year());
        const int w = metrics.horizontalAdvance(label);
        if (x + 2 > lastLabelRight + 6 && x + 2 + w < width()) {
            QFont f = small;
            f.setBold(january);
            painter.setFont(f);
            painter.setPen(pal.color(january ? QPalette::Text : QPalette::WindowText));
            painter.drawText(QPointF(x + 2, height() - 3), label);
            lastLabelRight = x + 2 + w;
        }
    }

    // The cursor: a line through the strip and a handle on top.
    if (mDate.isValid()) {
        painter.setRenderHint(QPainter::Antialiasing, true);
        const double x = xOf(mDate) + (xOf(mDate.addDays(1)) - xOf(mDate)) / 2;
        const QColor accent = pal.color(QPalette::Highlight);
        painter.setPen(QPen(accent, 2));
        painter.drawLine(QPointF(x, area.top()), QPointF(x, area.bottom() + 2));
        QPainterPath handle;
        handle.moveTo(x - 6, area.top());
        handle.lineTo(x + 6, area.top());
        handle.lineTo(x, area.top() + 8);
        handle.closeSubpath();
        painter.fillPath(handle, accent);
    }
}

void TimelineTrack::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !mFirst.isValid())
        return;
    mDragging = true;
    emit dragStarted();
    emit dateRequested(dateAt(event->pos().x()));
}

void TimelineTrack::mouseMoveEvent(QMouseEvent *event)
{
    if (mDragging)
        emit dateRequested(dateAt(event->pos().x()));
}

void TimelineTrack::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !mDragging)
        return;
    mDragging = false;
    emit dateRequested(dateAt(event->pos().x()));
    emit dragFinished();
}

QString TimelineTrack::weekToolTip(const QDate &date) const
{
    const QLocale locale;
    for (const Week &week : mWeeks) {
        if (date < week.start || date >= week.start.addDays(7))
            continue;
        QStringList lines;
        lines << tr("Week of %1").arg(locale.toString(week.start, QLocale::LongFormat));
        int total = 0;
        for (int series = 0; series < week.counts.size(); ++series) {
            total += week.counts.at(series);
            if (week.counts.at(series) > 0 && series < mNames.size())
                lines << QStringLiteral("%1: %2").arg(mNames.at(series)).arg(week.counts.at(series));
        }
        lines.insert(1, tr("%n event(s)", nullptr, total));
        return lines.join(QLatin1Char('\n'));
    }
    return locale.toString(date, QLocale::LongFormat);
}

bool TimelineTrack::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        if (mFirst.isValid())
            QToolTip::showText(help->globalPos(), weekToolTip(dateAt(help->pos().x())), this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace cm
