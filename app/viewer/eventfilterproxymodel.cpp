#include "eventfilterproxymodel.h"

#include "eventtablemodel.h"

#include "conflictmap/textnormalize.h"

namespace cm {

EventFilterProxyModel::EventFilterProxyModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(EventTableModel::SortRole);
    setDynamicSortFilter(true);
}

void EventFilterProxyModel::setFactions(const QSet<int> &factions)
{
    mFactions = factions;
    invalidateFilter();
}

void EventFilterProxyModel::setKinds(const QSet<int> &kinds)
{
    mKinds = kinds;
    invalidateFilter();
}

void EventFilterProxyModel::setText(const QString &text)
{
    mWords = foldText(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
}

void EventFilterProxyModel::setDateRange(const QDate &from, const QDate &to)
{
    mFrom = from;
    mTo = to;
    invalidateFilter();
}

void EventFilterProxyModel::setPlaceId(const QString &placeId)
{
    mPlaceId = placeId;
    invalidateFilter();
}

bool EventFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!mFactions.isEmpty() && !mFactions.contains(index.data(EventTableModel::FactionToRole).toInt()) &&
        !mFactions.contains(index.data(EventTableModel::FactionFromRole).toInt()))
        return false;
    if (!mKinds.isEmpty() && !mKinds.contains(index.data(EventTableModel::KindRole).toInt()))
        return false;
    if (!mPlaceId.isEmpty() && index.data(EventTableModel::PlaceIdRole).toString() != mPlaceId)
        return false;
    if (mFrom.isValid() || mTo.isValid()) {
        const QDate date = index.data(EventTableModel::DateRole).toDate();
        if (!date.isValid() || (mFrom.isValid() && date < mFrom) || (mTo.isValid() && date > mTo))
            return false;
    }
    if (!mWords.isEmpty()) {
        const QString text = index.data(EventTableModel::SearchTextRole).toString();
        for (const QString &word : mWords)
            if (!text.contains(word))
                return false;
    }
    return true;
}

bool EventFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // Sorting 100,000s of events by date through QVariant stalls the window for seconds;
    // the model's compact dates compare the same way (undated first).
    const auto *events = qobject_cast<const EventTableModel *>(sourceModel());
    if (events && left.column() == EventTableModel::DateColumn &&
        right.column() == EventTableModel::DateColumn && sortRole() == EventTableModel::SortRole)
        return events->date(left.row()) < events->date(right.row());
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace cm
