#pragma once

#include "factionpalette.h"

#include <QWidget>

class QGridLayout;

namespace cm {

/** The map legend: a swatch per faction (as the areas are filled), contested land,
 *  gains since the previous step, frontlines, and the place symbols by event kind. */
class LegendWidget : public QWidget
{
    Q_OBJECT
public:
    explicit LegendWidget(const FactionPalette &palette, QWidget *parent = nullptr);

    /** Number of rows shown (tests). */
    int entryCount() const { return mEntries; }

private:
    void addHeading(const QString &text);
    void addEntry(const QPixmap &symbol, const QString &text, const QString &tip = QString());

    FactionPalette mPalette;
    QGridLayout *mGrid;
    int mRow = 0;
    int mEntries = 0;
};

} // namespace cm
