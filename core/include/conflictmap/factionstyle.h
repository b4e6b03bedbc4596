#pragma once

#include "conflictmap/diagnostic.h"

#include <QString>
#include <QVector>

namespace cm {

/** How one faction (or display class such as "contested") is drawn and named. */
struct FactionStyle {
    QString id;         ///< faction id of the contract, or "contested" / "unknown"
    QString label;      ///< English label
    QString labelFr;    ///< French label
    QString fill;       ///< fill colour "#RRGGBB"
    int lightness = 50; ///< CIELAB L* of the fill, 0..100 (greyscale order)
    QString pattern;    ///< "solid", "hatched" or "none"
};

/** The styles of resources/styles/factions.tsv (colour-blind safe palette). */
class FactionStyles
{
public:
    /** Reads a table (default: Resources::path("styles/factions.tsv")); bad lines are
     *  reported and skipped. An unreadable file gives an empty set plus a diagnostic. */
    static FactionStyles load(const QString &path = QString(), Diagnostics *diagnostics = nullptr);

    const QVector<FactionStyle> &styles() const { return mStyles; }
    /** The style of an id; for an unknown id a grey style whose label is the id itself. */
    FactionStyle style(const QString &id) const;
    /** English label of an id (the id itself when it has no row). */
    QString label(const QString &id) const { return style(id).label; }

private:
    QVector<FactionStyle> mStyles;
};

} // namespace cm
