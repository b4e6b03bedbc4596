#pragma once

#include "conflictmap/controlevent.h"
#include "conflictmap/diagnostic.h"
#include "conflictmap/faction.h"
#include "conflictmap/factionstyle.h"

#include <QColor>
#include <QString>

namespace cm {

/** How the viewer draws and names factions and event kinds. Colours, greyscale
 *  lightness and long names come from core's FactionStyles (resources/styles/
 *  factions.tsv); short names and kinds are translated here ("EI", "régime", "FDS"). */
class FactionPalette
{
public:
    /** Loads the styles of the resources in use (cm::Resources). */
    FactionPalette();
    /** Wraps already loaded styles. */
    explicit FactionPalette(const FactionStyles &styles);

    QColor color(Faction faction) const;
    /** Colour of a display class ("contested", "unknown"). */
    QColor classColor(const QString &id) const;
    /** A darker shade for outlines and symbol strokes. */
    QColor outline(Faction faction) const;
    /** Whether areas of this faction are hatched rather than solid. */
    bool hatched(Faction faction) const;

    /** Short name for maps and tables ("EI", "régime" in French; "IS", "regime" in English). */
    static QString name(Faction faction);
    /** Full name in the interface language, from the styles table. */
    QString longName(Faction faction) const;
    /** Full name of a display class ("contested", "unknown") in the interface language. */
    QString className(const QString &id) const;
    /** Kind of event as shown to the analyst ("prise", "tenu", "partielle", "démentie"). */
    static QString kindName(EventKind kind);
    /** How much of a date is known ("au jour près"…). */
    static QString precisionName(DatePrecision precision);

    const FactionStyles &styles() const { return mStyles; }

private:
    FactionStyles mStyles;
};

} // namespace cm
