#pragma once

#include <QDockWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;
class QToolButton;

namespace cm {

class EventFilterProxyModel;
class EventTableModel;
class FactionPalette;
struct Dataset;

/** The events dock: a sortable table of the loaded events with filters by faction,
 *  kind, text, date range and place. Selecting a row emits eventSelected(). */
class EventsDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit EventsDock(QWidget *parent = nullptr);

    void setDataset(const Dataset &dataset, const FactionPalette &palette);

    /** Shows only one place's events (its history); an empty id clears it. */
    void showPlace(const QString &placeId, const QString &placeName);
    /** Selects the row of an event (index in Dataset::events) if it passes the filters. */
    void selectEvent(int eventIndex);

    EventTableModel *model() const { return mModel; }
    EventFilterProxyModel *proxy() const { return mProxy; }
    QTableView *table() const { return mTable; }
    QLineEdit *searchField() const { return mSearch; }
    QComboBox *factionFilter() const { return mFaction; }
    QComboBox *kindFilter() const { return mKind; }

signals:
    /** The user selected an event (index in Dataset::events). */
    void eventSelected(int eventIndex);

private:
    void applyFilters();
    void updateCount();

    EventTableModel *mModel;
    EventFilterProxyModel *mProxy;
    QTableView *mTable;
    QLineEdit *mSearch;
    QComboBox *mFaction;
    QComboBox *mKind;
    QCheckBox *mDateLimit;
    QDateEdit *mFrom;
    QDateEdit *mTo;
    QToolButton *mPlaceChip;
    QLabel *mCount;
};

} // namespace cm
