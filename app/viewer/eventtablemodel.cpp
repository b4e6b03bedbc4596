#include "eventtablemodel.h"

#include "conflictmap/textnormalize.h"

#include <QBrush>
#include <QFileInfo>
#include <QLocale>
#include <QPainter>
#include <QPixmap>

namespace cm {
namespace {

QPixmap swatch(const QColor &color)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(color.darker(160));
    painter.setBrush(color);
    painter.drawRoundedRect(QRectF(0.5, 0.5, 11, 11), 2, 2);
    return pixmap;
}

} // namespace

EventTableModel::EventTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void EventTableModel::setDataset(const Dataset &dataset, const FactionPalette &palette)
{
    beginResetModel();
    mDataset = dataset;
    mPalette = palette;
    mSearchText = dataset.searchText;
    if (mSearchText.size() != mDataset.events.size()) {
        mSearchText.clear();
        mSearchText.reserve(mDataset.events.size());
        for (const ControlEvent &event : std::as_const(mDataset.events))
            mSearchText << searchText(event);
    }
    mDates.clear();
    mDates.reserve(mDataset.events.size());
    for (const ControlEvent &event : std::as_const(mDataset.events))
        mDates << event.date;
    endResetModel();
}

QString EventTableModel::searchText(const ControlEvent &event)
{
    return foldText(QStringList{event.place, event.surface, event.evidence, event.file,
                                FactionPalette::name(event.to), FactionPalette::name(event.from),
                                FactionPalette::kindName(event.kind)}
                        .join(QLatin1Char(' ')));
}

int EventTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : mDataset.events.size();
}

int EventTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString EventTableModel::sourceText(const ControlEvent &event) const
{
    const int article = mDataset.articleIndex(event);
    if (article >= 0 && !mDataset.articles.at(article).title.isEmpty())
        return mDataset.articles.at(article).title;
    return QFileInfo(event.file).fileName();
}

QVariant EventTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= mDataset.events.size())
        return {};
    const ControlEvent &event = mDataset.events.at(index.row());
    switch (role) {
    case FactionToRole:
        return int(event.to);
    case FactionFromRole:
        return int(event.from);
    case KindRole:
        return int(event.kind);
    case DateRole:
        return event.date;
    case PlaceIdRole:
        return event.placeId;
    case SearchTextRole:
        return mSearchText.at(index.row());
    default:
        break;
    }

    const QLocale locale;
    switch (index.column()) {
    case DateColumn:
        if (role == Qt::DisplayRole) {
            if (!event.date.isValid())
                return tr("unknown");
            // ISO dates sort and compare at a glance; a month-precise date shows only its month.
            if (event.precision == DatePrecision::Month || event.precision == DatePrecision::Year)
                return event.date.toString(QStringLiteral("yyyy-MM"));
            return event.date.toString(Qt::ISODate);
        }
        if (role == SortRole)
            return event.date.isValid() ? event.date.toJulianDay() : qint64(0);
        if (role == Qt::ToolTipRole)
            return event.dateNote.isEmpty() ? FactionPalette::precisionName(event.precision)
                                            : FactionPalette::precisionName(event.precision) +
                                                  QStringLiteral(" — ") + event.dateNote;
        break;
    case PlaceColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return event.place.isEmpty() ? event.surface : event.place;
        if (role == Qt::ToolTipRole)
            return event.hasLocation() ? tr("%1 (written “%2”), %3° N %4° E")
                                             .arg(event.place, event.surface)
                                             .arg(event.lat, 0, 'f', 3)
                                             .arg(event.lon, 0, 'f', 3)
                                       : tr("“%1”: not found in the gazetteer").arg(event.surface);
        if (role == Qt::ForegroundRole && !event.hasLocation())
            return QBrush(Qt::darkGray);
        break;
    case KindColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return FactionPalette::kindName(event.kind);
        break;
    case ChangeColumn:
        if (role == Qt::DisplayRole || role == SortRole) {
            const QString to = FactionPalette::name(event.to);
            return event.from == Faction::Unknown
                       ? QStringLiteral("→ %1").arg(to)
                       : QStringLiteral("%1 → %2").arg(FactionPalette::name(event.from), to);
        }
        if (role == Qt::DecorationRole)
            return swatch(mPalette.color(event.to));
        if (role == Qt::ToolTipRole)
            return tr("from %1 to %2").arg(mPalette.longName(event.from), mPalette.longName(event.to));
        break;
    case ConfidenceColumn:
        if (role == Qt::DisplayRole)
            return locale.toString(event.confidence * 100.0, 'f', 0) + QStringLiteral(" %");
        if (role == SortRole)
            return event.confidence;
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case SourceColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return sourceText(event);
        if (role == Qt::ToolTipRole)
            return event.folder + QLatin1Char('/') + event.file;
        break;
    default:
        break;
    }
    return {};
}

QVariant EventTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case PlaceColumn:
        return tr("Place");
    case KindColumn:
        return tr("Kind");
    case ChangeColumn:
        return tr("From → to");
    case ConfidenceColumn:
        return tr("Confidence");
    case SourceColumn:
        return tr("Source");
    default:
        return {};
    }
}

} // namespace cm
