// String ids of the contract's enums (shared/spec/events.md).
#include "conflictmap/article.h"
#include "conflictmap/controlevent.h"
#include "conflictmap/faction.h"
#include "conflictmap/gazetteer.h"
#include "conflictmap/place.h"

#include <array>
#include <utility>

namespace cm {
namespace {

template <typename Enum, std::size_t N>
QString idOf(const std::array<std::pair<Enum, const char *>, N> &table, Enum value)
{
    for (const auto &entry : table)
        if (entry.first == value)
            return QString::fromLatin1(entry.second);
    return {};
}

template <typename Enum, std::size_t N>
Enum valueOf(const std::array<std::pair<Enum, const char *>, N> &table, const QString &id, Enum fallback)
{
    for (const auto &entry : table)
        if (id.compare(QLatin1String(entry.second), Qt::CaseInsensitive) == 0)
            return entry.first;
    return fallback;
}

const std::array<std::pair<Faction, const char *>, 8> kFactions{{
    {Faction::Isis, "isis"},
    {Faction::Regime, "regime"},
    {Faction::Rebels, "rebels"},
    {Faction::Nusra, "nusra"},
    {Faction::Sdf, "sdf"},
    {Faction::Iraq, "iraq"},
    {Faction::Peshmerga, "peshmerga"},
    {Faction::Turkey, "turkey"},
}};

const std::array<std::pair<ArticleStatus, const char *>, 3> kStatuses{{
    {ArticleStatus::Ok, "ok"},
    {ArticleStatus::Skipped, "skipped"},
    {ArticleStatus::Error, "error"},
}};

const std::array<std::pair<DateSource, const char *>, 5> kDateSources{{
    {DateSource::None, "none"},
    {DateSource::Header, "header"},
    {DateSource::Url, "url"},
    {DateSource::Body, "body"},
    {DateSource::Inferred, "inferred"},
}};

const std::array<std::pair<EventKind, const char *>, 4> kEventKinds{{
    {EventKind::Capture, "capture"},
    {EventKind::Hold, "hold"},
    {EventKind::Partial, "partial"},
    {EventKind::Denied, "denied"},
}};

const std::array<std::pair<DatePrecision, const char *>, 4> kPrecisions{{
    {DatePrecision::Day, "day"},
    {DatePrecision::Week, "week"},
    {DatePrecision::Month, "month"},
    {DatePrecision::Year, "year"},
}};

const std::array<std::pair<PlaceKind, const char *>, 10> kPlaceKinds{{
    {PlaceKind::Country, "country"},
    {PlaceKind::Province, "province"},
    {PlaceKind::City, "city"},
    {PlaceKind::Town, "town"},
    {PlaceKind::Village, "village"},
    {PlaceKind::Crossing, "crossing"},
    {PlaceKind::District, "district"},
    {PlaceKind::Airbase, "airbase"},
    {PlaceKind::Dam, "dam"},
    {PlaceKind::Site, "site"},
}};

const std::array<std::pair<MatchTier, const char *>, 4> kTiers{{
    {MatchTier::Exact, "exact"},
    {MatchTier::Normalised, "normalised"},
    {MatchTier::Transliteration, "transliteration"},
    {MatchTier::Skeleton, "skeleton"},
}};

} // namespace

QString factionId(Faction faction) { return idOf(kFactions, faction); }
Faction factionFromId(const QString &id) { return valueOf(kFactions, id.trimmed(), Faction::Unknown); }
QList<Faction> allFactions()
{
    QList<Faction> result;
    for (const auto &entry : kFactions)
        result.append(entry.first);
    return result;
}

QString articleStatusId(ArticleStatus status) { return idOf(kStatuses, status); }
QString dateSourceId(DateSource source) { return idOf(kDateSources, source); }

QString eventKindId(EventKind kind) { return idOf(kEventKinds, kind); }
EventKind eventKindFromId(const QString &id) { return valueOf(kEventKinds, id, EventKind::Capture); }
QString datePrecisionId(DatePrecision precision) { return idOf(kPrecisions, precision); }
DatePrecision datePrecisionFromId(const QString &id) { return valueOf(kPrecisions, id, DatePrecision::Unknown); }

QString placeKindId(PlaceKind kind) { return idOf(kPlaceKinds, kind); }
PlaceKind placeKindFromId(const QString &id) { return valueOf(kPlaceKinds, id, PlaceKind::Village); }

QString matchTierId(MatchTier tier) { return idOf(kTiers, tier); }

} // namespace cm
