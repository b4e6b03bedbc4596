#include "factionpalette.h"

#include <QCoreApplication>
#include <QLocale>

namespace cm {

FactionPalette::FactionPalette() : mStyles(FactionStyles::load()) {}

FactionPalette::FactionPalette(const FactionStyles &styles) : mStyles(styles) {}

QColor FactionPalette::color(Faction faction) const
{
    return classColor(faction == Faction::Unknown ? QStringLiteral("unknown") : factionId(faction));
}

QColor FactionPalette::classColor(const QString &id) const
{
    const QColor color(mStyles.style(id).fill);
    return color.isValid() ? color : QColor(0x9e, 0x9e, 0x9e);
}

QColor FactionPalette::outline(Faction faction) const
{
    const QColor fill = color(faction);
    // Very dark fills get a lighter outline so the edge still shows.
    return fill.lightness() < 60 ? QColor(0x10, 0x10, 0x10) : fill.darker(170);
}

bool FactionPalette::hatched(Faction faction) const
{
    return mStyles.style(factionId(faction)).pattern == QLatin1String("hatched");
}

QString FactionPalette::longName(Faction faction) const
{
    return className(faction == Faction::Unknown ? QStringLiteral("unknown") : factionId(faction));
}

QString FactionPalette::className(const QString &id) const
{
    const FactionStyle style = mStyles.style(id);
    const bool french = QLocale().language() == QLocale::French;
    return french && !style.labelFr.isEmpty() ? style.labelFr : style.label;
}

QString FactionPalette::name(Faction faction)
{
    switch (faction) {
    case Faction::Isis:
        return QCoreApplication::translate("cm::FactionPalette", "IS");
    case Faction::Regime:
        return QCoreApplication::translate("cm::FactionPalette", "regime");
    case Faction::Rebels:
        return QCoreApplication::translate("cm::FactionPalette", "rebels");
    case Faction::Nusra:
        return QCoreApplication::translate("cm::FactionPalette", "HTS/al-Nusra");
    case Faction::Sdf:
        return QCoreApplication::translate("cm::FactionPalette", "SDF");
    case Faction::Iraq:
        return QCoreApplication::translate("cm::FactionPalette", "Iraq");
    case Faction::Peshmerga:
        return QCoreApplication::translate("cm::FactionPalette", "Peshmerga");
    case Faction::Turkey:
        return QCoreApplication::translate("cm::FactionPalette", "Turkey");
    case Faction::Unknown:
        break;
    }
    return QCoreApplication::translate("cm::FactionPalette", "unknown");
}

QString FactionPalette::kindName(EventKind kind)
{
    switch (kind) {
    case EventKind::Capture:
        return QCoreApplication::translate("cm::FactionPalette", "capture");
    case EventKind::Hold:
        return QCoreApplication::translate("cm::FactionPalette", "held");
    case EventKind::Partial:
        return QCoreApplication::translate("cm::FactionPalette", "partial");
    case EventKind::Denied:
        return QCoreApplication::translate("cm::FactionPalette", "denied");
    }
    return {};
}

QString FactionPalette::precisionName(DatePrecision precision)
{
    switch (precision) {
    case DatePrecision::Day:
        return QCoreApplication::translate("cm::FactionPalette", "to the day");
    case DatePrecision::Week:
        return QCoreApplication::translate("cm::FactionPalette", "to the week");
    case DatePrecision::Month:
        return QCoreApplication::translate("cm::FactionPalette", "to the month");
    case DatePrecision::Year:
        return QCoreApplication::translate("cm::FactionPalette", "to the year");
    case DatePrecision::Unknown:
        break;
    }
    return QCoreApplication::translate("cm::FactionPalette", "date unknown");
}

} // namespace cm
