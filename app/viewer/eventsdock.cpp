#include "eventsdock.h"

#include "dataset.h"
#include "eventfilterproxymodel.h"
#include "eventtablemodel.h"
#include "factionpalette.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace cm {

EventsDock::EventsDock(QWidget *parent)
    : QDockWidget(tr("Events"), parent), mModel(new EventTableModel(this)),
      mProxy(new EventFilterProxyModel(this))
{
    setObjectName(QStringLiteral("EventsDock"));
    mProxy->setSourceModel(mModel);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);

    mSearch = new QLineEdit(content);
    mSearch->setPlaceholderText(tr("Search place, faction, sentence…"));
    mSearch->setClearButtonEnabled(true);
    mFaction = new QComboBox(content);
    mFaction->addItem(tr("All factions"), -1);
    for (Faction faction : allFactions())
        mFaction->addItem(FactionPalette::name(faction), int(faction));
    mKind = new QComboBox(content);
    mKind->addItem(tr("All kinds"), -1);
    for (EventKind kind : {EventKind::Capture, EventKind::Hold, EventKind::Partial, EventKind::Denied})
        mKind->addItem(FactionPalette::kindName(kind), int(kind));
    auto *filters = new QHBoxLayout;
    filters->addWidget(mSearch, 1);
    filters->addWidget(mFaction);
    filters->addWidget(mKind);
    layout->addLayout(filters);

    mDateLimit = new QCheckBox(tr("From"), content);
    mFrom = new QDateEdit(content);
    mTo = new QDateEdit(content);
    for (QDateEdit *edit : {mFrom, mTo}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setEnabled(false);
    }
    mFrom->setDate(QDate(2016, 1, 1));
    mTo->setDate(QDate(2017, 12, 31));
    mPlaceChip = new QToolButton(content);
    mPlaceChip->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    mPlaceChip->setAutoRaise(false);
    mPlaceChip->setVisible(false);
    mPlaceChip->setToolTip(tr("Showing one place's history; click to show every place"));
    mCount = new QLabel(content);
    auto *range = new QHBoxLayout;
    range->addWidget(mDateLimit);
    range->addWidget(mFrom);
    range->addWidget(new QLabel(tr("to"), content));
    range->addWidget(mTo);
    range->addWidget(mPlaceChip);
    range->addStretch(1);
    range->addWidget(mCount);
    layout->addLayout(range);

    mTable = new QTableView(content);
    mTable->setModel(mProxy);
    mTable->setSortingEnabled(true);
    mTable->sortByColumn(EventTableModel::DateColumn, Qt::AscendingOrder);
    mTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    mTable->setSelectionMode(QAbstractItemView::SingleSelection);
    mTable->setAlternatingRowColors(true);
    mTable->setWordWrap(false);
    mTable->verticalHeader()->hide();
    mTable->verticalHeader()->setDefaultSectionSize(mTable->fontMetrics().height() + 6);
    mTable->horizontalHeader()->setStretchLastSection(true);
    mTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    layout->addWidget(mTable, 1);
    setWidget(content);

    connect(mSearch, &QLineEdit::textChanged, this, &EventsDock::applyFilters);
    connect(mFaction, qOverload<int>(&QComboBox::currentIndexChanged), this, &EventsDock::applyFilters);
    connect(mKind, qOverload<int>(&QComboBox::currentIndexChanged), this, &EventsDock::applyFilters);
    connect(mDateLimit, &QCheckBox::toggled, this, [this](bool on) {
        mFrom->setEnabled(on);
        mTo->setEnabled(on);
        applyFilters();
    });
    connect(mFrom, &QDateEdit::dateChanged, this, &EventsDock::applyFilters);
    connect(mTo, &QDateEdit::dateChanged, this, &EventsDock::applyFilters);
    connect(mPlaceChip, &QToolButton::clicked, this, [this] { showPlace({}, {}); });
    connect(mTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    emit eventSelected(mProxy->mapToSource(current).row());
            });
    connect(mProxy, &QAbstractItemModel::rowsInserted, this, &EventsDock::updateCount);
    connect(mProxy, &QAbstractItemModel::rowsRemoved, this, &EventsDock::updateCount);
    connect(mProxy, &QAbstractItemModel::modelReset, this, &EventsDock::updateCount);
    connect(mProxy, &QAbstractItemModel::layoutChanged, this, &EventsDock::updateCount);
}

void EventsDock::setDataset(const Dataset &dataset, const FactionPalette &palette)
{
    mModel->setDataset(dataset, palette);
    mTable->resizeColumnsToContents();
    const int widest = mTable->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 14;
    for (int column = 0; column < EventTableModel::ColumnCount - 1; ++column)
        mTable->setColumnWidth(column, std::min(mTable->columnWidth(column), widest));
    updateCount();
}

void EventsDock::showPlace(const QString &placeId, const QString &placeName)
{
    mProxy->setPlaceId(placeId);
    mPlaceChip->setVisible(!placeId.isEmpty());
    mPlaceChip->setText(tr("%1 ✕").arg(placeName));
    updateCount();
}

void EventsDock::selectEvent(int eventIndex)
{
    const QModelIndex source = mModel->index(eventIndex, 0);
    const QModelIndex proxied = mProxy->mapFromSource(source);
    if (!proxied.isValid())
        return;
    QSignalBlocker block(mTable->selectionModel());
    mTable->selectionModel()->setCurrentIndex(proxied, QItemSelectionModel::ClearAndSelect |
                                                           QItemSelectionModel::Rows);
    mTable->scrollTo(proxied);
}

void EventsDock::applyFilters()
{
    QSet<int> factions;
    if (mFaction->currentData().toInt() >= 0)
        factions.insert(mFaction->currentData().toInt());
    QSet<int> kinds;
    if (mKind->currentData().toInt() >= 0)
        kinds.insert(mKind->currentData().toInt());
    mProxy->setFactions(factions);
    mProxy->setKinds(kinds);
    mProxy->setText(mSearch->text());
    if (mDateLimit->isChecked())
        mProxy->setDateRange(mFrom->date(), mTo->date());
    else
        mProxy->setDateRange({}, {});
    updateCount();
}

void EventsDock::updateCount()
{
    mCount->setText(tr("%1 of %n event(s)", nullptr, mModel->rowCount()).arg(mProxy->rowCount()));
}

} // namespace cm
