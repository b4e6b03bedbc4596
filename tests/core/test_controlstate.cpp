#include <catch2/catch.hpp>

#include "conflictmap/controlmodel.h"
#include "conflictmap/jsonformat.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace cm;

namespace {

ControlEvent event(const QString &file, const QString &place, const QDate &date, EventKind kind, Faction to,
                   Faction from = Faction::Unknown, int offset = 0)
{
    ControlEvent e;
    e.folder = QStringLiteral("/test");
    e.file = file;
    e.place = place;
    e.placeId = QStringLiteral("cm:") + place.toLower();
    e.lat = 35.0;
    e.lon = 38.0;
    e.date = date;
    e.precision = DatePrecision::Day;
    e.kind = kind;
    e.to = to;
    e.from = from;
    e.confidence = 0.9;
    e.offset = offset;
    return e;
}

PlaceState stateOf(const ControlModel &model, const QString &placeId, const QDate &date)
{
    const ControlState state = model.stateAt(date);
    const int index = state.indexOf(placeId);
    REQUIRE(index >= 0);
    return state.places.at(index);
}

} // namespace

TEST_CASE("a capture sets the controller from its day, its `from` back-fills before", "[controlstate]")
{
    ControlModel model;
    model.setEvents(
        {event("a.txt", "Town", QDate(2016, 5, 10), EventKind::Capture, Faction::Regime, Faction::Isis)});
    const PlaceState before = stateOf(model, "cm:town", QDate(2016, 5, 9));
    CHECK(before.controller == Faction::Isis);
    CHECK(before.inferred);
    CHECK(before.decidingEvent == -1);
    const PlaceState on = stateOf(model, "cm:town", QDate(2016, 5, 10));
    CHECK(on.controller == Faction::Regime);
    CHECK_FALSE(on.inferred);
    CHECK(on.decidingEvent == 0);
    CHECK(on.lastEventDate == QDate(2016, 5, 10));
    CHECK(stateOf(model, "cm:town", QDate(2017, 1, 1)).controller == Faction::Regime);
}

TEST_CASE("without `from` nothing is known before the first capture", "[controlstate]")
{
    ControlModel model;
    model.setEvents({event("a.txt", "Town", QDate(2016, 5, 10), EventKind::Capture, Faction::Sdf)});
    CHECK(stateOf(model, "cm:town", QDate(2016, 5, 9)).controller == Faction::Unknown);
    CHECK(stateOf(model, "cm:town", QDate(2016, 5, 10)).controller == Faction::Sdf);
}

TEST_CASE("a place lost then retaken follows each capture", "[controlstate]")
{
    ControlModel model;
    model.setEvents(
        {event("a.txt", "Town", QDate(2017, 11, 8), EventKind::Capture, Faction::Regime, Faction::Isis),
         event("b.txt", "Town", QDate(2017, 11, 11), EventKind::Capture, Faction::Isis, Faction::Regime),
         event("b.txt", "Town", QDate(2017, 11, 19), EventKind::Capture, Faction::Regime, Faction::Isis)});
    CHECK(stateOf(model, "cm:town", QDate(2017, 11, 1)).controller == Faction::Isis);
    CHECK(stateOf(model, "cm:town", QDate(2017, 11, 9)).controller == Faction::Regime);
    CHECK(stateOf(model, "cm:town", QDate(2017, 11, 11)).controller == Faction::Isis);
    CHECK(stateOf(model, "cm:town", QDate(2017, 11, 18)).controller == Faction::Isis);
    CHECK(stateOf(model, "cm:town", QDate(2017, 11, 20)).controller == Faction::Regime);
    CHECK_FALSE(stateOf(model, "cm:town", QDate(2017, 11, 20)).conflict);
}

TEST_CASE("a partial capture makes the place contested until it lapses or is settled", "[controlstate]")
{
    ControlModel model;
    ControlRules rules;
    rules.contestedDays = 30;
    model.setRules(rules);
    model.setEvents(
        {event("a.txt", "Border", QDate(2016, 4, 7), EventKind::Partial, Faction::Rebels, Faction::Isis),
         event("a.txt", "Siege", QDate(2016, 4, 7), EventKind::Partial, Faction::Regime, Faction::Isis),
         event("b.txt", "Siege", QDate(2016, 4, 20), EventKind::Capture, Faction::Regime)});
    const PlaceState during = stateOf(model, "cm:border", QDate(2016, 4, 10));
    CHECK(during.contested);
    CHECK(during.contestedBy == Faction::Rebels);
    CHECK(during.controller == Faction::Isis); // the partial's `from` still holds it
    CHECK(during.contestedUntil == QDate(2016, 5, 6));
    CHECK(stateOf(model, "cm:border", QDate(2016, 5, 6)).contested);
    const PlaceState lapsed = stateOf(model, "cm:border", QDate(2016, 5, 7));
    CHECK_FALSE(lapsed.contested);
    CHECK(lapsed.controller == Faction::Isis);
    CHECK(stateOf(model, "cm:border", QDate(2016, 4, 6)).controller == Faction::Isis);
    CHECK_FALSE(stateOf(model, "cm:border", QDate(2016, 4, 6)).contested);

    CHECK(stateOf(model, "cm:siege", QDate(2016, 4, 19)).contested);
    const PlaceState settled = stateOf(model, "cm:siege", QDate(2016, 4, 20));
    CHECK_FALSE(settled.contested);
    CHECK(settled.controller == Faction::Regime);
}

TEST_CASE("a hold on the partial's own day does not settle it", "[controlstate]")
{
    ControlModel model;
    model.setEvents(
        {event("a.txt", "Town", QDate(2017, 10, 12), EventKind::Partial, Faction::Regime, Faction::Isis, 10),
         event("a.txt", "Town", QDate(2017, 10, 12), EventKind::Hold, Faction::Isis, Faction::Unknown, 90)});
    const PlaceState state = stateOf(model, "cm:town", QDate(2017, 10, 20));
    CHECK(state.controller == Faction::Isis);
    CHECK(state.contested);
    CHECK_FALSE(stateOf(model, "cm:town", QDate(2017, 11, 20)).contested);
}

TEST_CASE("different sources disagreeing on the same day are flagged with their events", "[controlstate]")
{
    ControlModel model;
    model.setEvents(
        {event("a.txt", "Town", QDate(2016, 8, 1), EventKind::Hold, Faction::Regime),
         event("b.txt", "Town", QDate(2016, 8, 1), EventKind::Hold, Faction::Rebels),
         event("c.txt", "Town", QDate(2016, 8, 1), EventKind::Capture, Faction::Rebels, Faction::Regime),
         event("d.txt", "Town", QDate(2016, 9, 1), EventKind::Hold, Faction::Rebels)});
    const PlaceState state = stateOf(model, "cm:town", QDate(2016, 8, 2));
    CHECK(state.conflict);
    CHECK(state.controller == Faction::Rebels); // claimed by two sources against one
    CHECK(state.conflictFactions == QVector<Faction>{Faction::Regime, Faction::Rebels});
    CHECK(state.conflictEvents.contains(0));
    CHECK(state.conflictEvents.contains(1) !=
          state.conflictEvents.contains(2)); // the deciding one, plus the dissenter
    CHECK_FALSE(stateOf(model, "cm:town", QDate(2016, 7, 31)).conflict);
    // A later report settles it.
    CHECK_FALSE(stateOf(model, "cm:town", QDate(2016, 9, 1)).conflict);
}

TEST_CASE("one article telling a same-day reversal is not a conflict", "[controlstate]")
{
    ControlModel model;
    model.setEvents(
        {event("a.txt", "Town", QDate(2016, 8, 1), EventKind::Capture, Faction::Regime, Faction::Isis, 10),
         event("a.txt", "Town", QDate(2016, 8, 1), EventKind::Capture, Faction::Isis, Faction::Regime, 200)});
    const PlaceState state = stateOf(model, "cm:town", QDate(2016, 8, 1));
    CHECK_FALSE(state.conflict);
    CHECK(state.controller == Faction::Isis); // the last in the text
}

TEST_CASE("overlapping date bounds from different sources are a conflict", "[controlstate]")
{
    ControlEvent loose = event("a.txt", "Town", QDate(2016, 3, 15), EventKind::Capture, Faction::Rebels);
    loose.precision = DatePrecision::Month;
    loose.earliest = QDate(2016, 3, 1);
    loose.latest = QDate(2016, 3, 31);
    ControlModel model;
    model.setEvents({loose, event("b.txt", "Town", QDate(2016, 3, 20), EventKind::Hold, Faction::Isis)});
    CHECK(stateOf(model, "cm:town", QDate(2016, 3, 21)).conflict);
    CHECK_FALSE(stateOf(model, "cm:town", QDate(2016, 3, 16)).conflict);
}

TEST_CASE("denied events change nothing but are listed, undated ones are kept aside", "[controlstate]")
{
    ControlEvent undated = event("a.txt", "Town", QDate(), EventKind::Capture, Faction::Sdf);
    ControlEvent nowhere = event("a.txt", "", QDate(2017, 6, 30), EventKind::Capture, Faction::Sdf);
    nowhere.placeId.clear();
    nowhere.lat = nowhere.lon = std::numeric_limits<double>::quiet_NaN();
    ControlModel model;
    model.setEvents(
        {event("a.txt", "Town", QDate(2017, 6, 1), EventKind::Hold, Faction::Isis),
         event("a.txt", "Town", QDate(2017, 6, 30), EventKind::Denied, Faction::Isis, Faction::Sdf), undated,
         nowhere});
    const ControlState state = model.stateAt(QDate(2017, 7, 1));
    const PlaceState town = state.places.at(state.indexOf("cm:town"));
    CHECK(town.controller == Faction::Isis);
    CHECK(town.denied == QVector<int>{1});
    CHECK(town.eventCount == 2);
    CHECK(state.undatedEvents == QVector<int>{2});
    CHECK(state.unplacedEvents == QVector<int>{3});
    CHECK(model.eventDates() == QVector<QDate>{QDate(2017, 6, 1), QDate(2017, 6, 30)});
}

TEST_CASE("places group by id, GeoNames id, coordinates or name", "[controlstate]")
{
    ControlEvent a;
    a.geonameId = 174448;
    CHECK(ControlModel::placeKey(a) == "gn:174448");
    a.placeId = "cm:abu-kamal";
    CHECK(ControlModel::placeKey(a) == "cm:abu-kamal");
    ControlEvent b;
    b.lat = 36.731;
    b.lon = 37.799;
    CHECK(ControlModel::placeKey(b) == "ll:36.73,37.80");
    ControlEvent c;
    c.place = QStringLiteral("Mayadine");
    CHECK(ControlModel::placeKey(c) == "name:mayadine");
    CHECK(ControlModel::placeKey(ControlEvent()).isEmpty());
}

TEST_CASE("what the sample articles say", "[controlstate]")
{
    // The events the sample articles state (tests/data/zones/seed_events.json, in the format
    // of `extract --json`), so the rules are checked on real reporting.
    QFile file(QStringLiteral(CM_TEST_DATA "/zones/seed_events.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    ControlEvents events;
    for (const QJsonValue &value : QJsonDocument::fromJson(file.readAll()).object().value("events").toArray())
        events.append(eventFromJson(value.toObject()));
    REQUIRE(events.size() > 20);
    ControlModel model;
    model.setEvents(events);

    const ControlState late = model.stateAt(QDate(2017, 11, 20));
    auto at = [](const ControlState &state, const char *id) {
        return state.places.at(state.indexOf(QString::fromLatin1(id)));
    };
    REQUIRE(late.indexOf("gn:174448") >= 0);
    CHECK(at(late, "gn:174448").controller == Faction::Regime); // Abu Kamal
    CHECK(at(late, "gn:172955").controller == Faction::Sdf);    // Raqqa
    CHECK(at(late, "gn:172955").denied.size() == 1);
    const PlaceState mayadin = at(late, "gn:173480");
    CHECK((mayadin.contested || mayadin.controller == Faction::Isis));

    const ControlState early = model.stateAt(QDate(2016, 4, 10));
    CHECK(at(early, "gn:163808").controller == Faction::Regime); // Palmyra
    const PlaceState rai = at(early, "gn:169138");
    CHECK((rai.contested || rai.controller == Faction::Rebels));
}
