#include "legendwidget.h"

#include <QGridLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>

namespace cm {
namespace {

constexpr int kSwatch = 22;

QPixmap canvas()
{
    QPixmap pixmap(kSwatch, kSwatch - 6);
    pixmap.fill(Qt::transparent);
    return pixmap;
}

void hatch(QPainter &painter, const QRectF &rect, const QColor &color, int direction)
{
    painter.save();
    painter.setClipRect(rect);
    painter.setPen(QPen(color, 1.2));
    for (double x = -rect.height(); x < rect.width() + rect.height(); x += 4.5) {
        if (direction > 0)
            painter.drawLine(QPointF(rect.left() + x, rect.bottom()),
                             QPointF(rect.left() + x + rect.height(), rect.top()));
        else
            painter.drawLine(QPointF(rect.left() + x, rect.top()),
                             QPointF(rect.left() + x + rect.height(), rect.bottom()));
    }
    painter.restore();
}

QPixmap areaSwatch(const FactionStyle &style)
{
    QPixmap pixmap = canvas();
    QPainter painter(&pixmap);
    const QRectF rect(1, 1, pixmap.width() - 2, pixmap.height() - 2);
    QColor fill(style.fill);
    const QColor edge = fill.darker(140);
    // Same blend as the map: the fill is seen over the pale land colour.
    painter.fillRect(rect, QColor(0xf4, 0xf1, 0xea));
    fill.setAlpha(style.id == QLatin1String("contested") ? 70 : 115);
    painter.fillRect(rect, fill);
    if (style.pattern == QLatin1String("hatched"))
        hatch(painter, rect, edge, 1);
    painter.setPen(QPen(edge, 1));
    painter.drawRect(rect);
    return pixmap;
}

QPixmap gainSwatch()
{
    QPixmap pixmap = canvas();
    QPainter painter(&pixmap);
    const QRectF rect(1, 1, pixmap.width() - 2, pixmap.height() - 2);
    painter.fillRect(rect, QColor(0xf4, 0xf1, 0xea));
    hatch(painter, rect, QColor(0x55, 0x55, 0x55), -1);
    painter.setPen(QPen(QColor(0x55, 0x55, 0x55), 1.5, Qt::DashLine));
    painter.drawRect(rect);
    return pixmap;
}

QPixmap frontlineSwatch()
{
    QPixmap pixmap = canvas();
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const double y = pixmap.height() / 2.0;
    painter.setPen(QPen(QColor(255, 255, 255), 6, Qt::SolidLine, Qt::RoundCap));
    painter.drawLine(QPointF(3, y), QPointF(pixmap.width() - 3, y));
    painter.setPen(QPen(QColor(0x1a, 0x1a, 0x1a), 3, Qt::SolidLine, Qt::RoundCap));
    painter.drawLine(QPointF(3, y), QPointF(pixmap.width() - 3, y));
    return pixmap;
}

QPixmap markerSwatch(EventKind kind, bool ring)
{
    QPixmap pixmap = canvas();
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPointF c(pixmap.width() / 2.0, pixmap.height() / 2.0);
    if (ring) {
        painter.setPen(QPen(QColor(0x1a, 0x1a, 0x1a), 1.4));
        painter.setBrush(QColor(255, 221, 0, 170));
        painter.drawEllipse(c, 7.5, 7.5);
    }
    painter.setPen(QPen(QColor(0x30, 0x30, 0x30), 1.2));
    painter.setBrush(QColor(0x9e, 0x9e, 0x9e));
    const double r = 4.5;
    switch (kind) {
    case EventKind::Capture:
        painter.drawEllipse(c, r, r);
        break;
    case EventKind::Hold:
        painter.drawRect(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r));
        break;
    case EventKind::Partial: {
        QPainterPath diamond;
        diamond.moveTo(c.x(), c.y() - r - 1);
        diamond.lineTo(c.x() + r + 1, c.y());
        diamond.lineTo(c.x(), c.y() + r + 1);
        diamond.lineTo(c.x() - r - 1, c.y());
        diamond.closeSubpath();
        painter.drawPath(diamond);
        break;
    }
    case EventKind::Denied:
        painter.setPen(QPen(QColor(0x30, 0x30, 0x30), 2));
        painter.drawLine(QPointF(c.x() - r, c.y() - r), QPointF(c.x() + r, c.y() + r));
        painter.drawLine(QPointF(c.x() - r, c.y() + r), QPointF(c.x() + r, c.y() - r));
        break;
    }
    return pixmap;
}

} // namespace

LegendWidget::LegendWidget(const FactionPalette &palette, QWidget *parent)
    : QWidget(parent), mPalette(palette)
{
    setObjectName(QStringLiteral("LegendWidget"));
    mGrid = new QGridLayout(this);
    mGrid->setContentsMargins(6, 4, 6, 4);
    mGrid->setHorizontalSpacing(8);
    mGrid->setVerticalSpacing(3);
    mGrid->setColumnStretch(1, 1);

    addHeading(tr("Areas of control"));
    for (const FactionStyle &style : mPalette.styles().styles()) {
        if (style.id == QLatin1String("unknown"))
            continue;
        const Faction faction = factionFromId(style.id);
        // The short name is what the table and map use; the full one says who it is.
        if (faction == Faction::Unknown)
            addEntry(areaSwatch(style), mPalette.className(style.id));
        else
            addEntry(areaSwatch(style), QStringLiteral("<b>%1</b> <span style='color:#666'>%2</span>")
                                            .arg(FactionPalette::name(faction).toHtmlEscaped(),
                                                 mPalette.className(style.id).toHtmlEscaped()));
    }
    addEntry(gainSwatch(), tr("Gained since the previous step"),
             tr("Hatched in the colour of the faction that took it"));
    addEntry(frontlineSwatch(), tr("Frontline"));
    addHeading(tr("Places (colour: who holds them)"));
    addEntry(markerSwatch(EventKind::Capture, false), tr("captured"));
    addEntry(markerSwatch(EventKind::Hold, false), tr("held"));
    addEntry(markerSwatch(EventKind::Partial, false), tr("partly taken (contested)"));
    addEntry(markerSwatch(EventKind::Denied, false), tr("capture denied"));
    addEntry(markerSwatch(EventKind::Capture, true), tr("changed hands since the previous step"));
    mGrid->setRowStretch(mRow, 1);
}

void LegendWidget::addHeading(const QString &text)
{
    auto *label = new QLabel(QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped()), this);
    mGrid->addWidget(label, mRow++, 0, 1, 2);
}

void LegendWidget::addEntry(const QPixmap &symbol, const QString &text, const QString &tip)
{
    auto *icon = new QLabel(this);
    icon->setPixmap(symbol);
    icon->setFixedWidth(symbol.width() + 2);
    auto *label = new QLabel(text, this);
    label->setWordWrap(true);
    label->setToolTip(tip);
    mGrid->addWidget(icon, mRow, 0);
    mGrid->addWidget(label, mRow, 1);
    ++mRow;
    ++mEntries;
}

} // namespace cm
