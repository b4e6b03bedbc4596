#pragma once

#include <QDate>
#include <QSet>
#include <QSortFilterProxyModel>

namespace cm {

/** Filters and sorts an EventTableModel: by faction (either side of the change),
 *  kind, folded free text, date range and one place. Empty filters let all through. */
class EventFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit EventFilterProxyModel(QObject *parent = nullptr);

    /** int(Faction) values to keep; empty: every faction. */
    void setFactions(const QSet<int> &factions);
    /** int(EventKind) values to keep; empty: every kind. */
    void setKinds(const QSet<int> &kinds);
    /** Words that must all appear (accents and case ignored). */
    void setText(const QString &text);
    /** Inclusive bounds; an invalid date leaves that side open. Undated events are
     *  hidden when a bound is set. */
    void setDateRange(const QDate &from, const QDate &to);
    /** Only this place's events (gazetteer id); empty: every place. */
    void setPlaceId(const QString &placeId);
    QString placeId() const { return mPlaceId; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QSet<int> mFactions;
    QSet<int> mKinds;
    QStringList mWords;
    QDate mFrom;
    QDate mTo;
    QString mPlaceId;
};

} // namespace cm
