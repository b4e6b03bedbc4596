#pragma once

#include <QColor>
#include <QDate>
#include <QVector>
#include <QWidget>

namespace cm {

/** The draggable strip of the timeline bar: a stacked histogram of events per week
 *  (one colour per series, i.e. per faction), month ticks with labels, year bands and
 *  a cursor at the current date. Dragging or clicking asks for a date; the owner
 *  decides and calls setDate(). */
class TimelineTrack : public QWidget
{
    Q_OBJECT
public:
    /** Event counts of one week (Monday `start`), one count per series. */
    struct Week {
        QDate start;
        QVector<int> counts;
    };

    explicit TimelineTrack(QWidget *parent = nullptr);

    /** The dates at the two ends of the strip (inclusive). */
    void setRange(const QDate &first, const QDate &last);
    QDate first() const { return mFirst; }
    QDate last() const { return mLast; }

    /** Colours and names of the series, in the order of Week::counts. */
    void setSeries(const QVector<QColor> &colors, const QStringList &names);
    void setHistogram(const QVector<Week> &weeks);
    const QVector<Week> &histogram() const { return mWeeks; }

    QDate date() const { return mDate; }
    void setDate(const QDate &date);

    /** The date under a horizontal widget coordinate, clamped to the range. */
    QDate dateAt(int x) const;
    /** The widget x of a date's left edge. */
    double xOf(const QDate &date) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    /** The user pressed or dragged at a date. */
    void dateRequested(const QDate &date);
    void dragStarted();
    void dragFinished();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRectF barArea() const;
    QString weekToolTip(const QDate &date) const;

    QDate mFirst;
    QDate mLast;
    QDate mDate;
    QVector<QColor> mColors;
    QStringList mNames;
    QVector<Week> mWeeks;
    bool mDragging = false;
};

} // namespace cm
