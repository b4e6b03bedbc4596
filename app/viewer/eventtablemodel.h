#pragma once

#include "dataset.h"
#include "factionpalette.h"

#include <QAbstractTableModel>

namespace cm {

/** The events of a Dataset as a table: date, place, kind, from → to, confidence,
 *  source. Rows are in Dataset::events order; the row is the event index. */
class EventTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        DateColumn,
        PlaceColumn,
        KindColumn,
        ChangeColumn,
        ConfidenceColumn,
        SourceColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, ///< a value that sorts naturally (QDate, double, text)
        FactionToRole,               ///< int(Faction) of `to`
        FactionFromRole,             ///< int(Faction) of `from`
        KindRole,                    ///< int(EventKind)
        DateRole,                    ///< QDate of the event
        PlaceIdRole,                 ///< gazetteer id of the place
        SearchTextRole,              ///< folded text the free-text filter searches
    };

    explicit EventTableModel(QObject *parent = nullptr);

    /** Shows `dataset`; its searchText is used when it has one entry per event, else
     *  the text is folded here. */
    void setDataset(const Dataset &dataset, const FactionPalette &palette);
    /** The folded words of an event the free-text filter searches (thread-safe). */
    static QString searchText(const ControlEvent &event);
    const Dataset &dataset() const { return mDataset; }
    const ControlEvent &event(int row) const { return mDataset.events.at(row); }
    /** The date of the event in `row`, from a compact copy (sorting reads it millions of times). */
    QDate date(int row) const { return mDates.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString sourceText(const ControlEvent &event) const;

    Dataset mDataset;
    FactionPalette mPalette;
    QStringList mSearchText;
    QVector<QDate> mDates;
};

} // namespace cm
