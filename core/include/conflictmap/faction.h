#pragma once

#include <QList>
#include <QString>

namespace cm {

/** The fixed factions of the event contract (shared/spec/events.md). */
enum class Faction { Unknown, Isis, Regime, Rebels, Nusra, Sdf, Iraq, Peshmerga, Turkey };

/** Contract id ("isis", "regime", …); empty for Unknown. */
QString factionId(Faction faction);

/** Faction for a contract id; Unknown for anything else (case-insensitive). */
Faction factionFromId(const QString &id);

/** Every real faction (Unknown excluded), in contract order. */
QList<Faction> allFactions();

} // namespace cm
