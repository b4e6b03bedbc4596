#include "catch_qt.h"

#include "conflictmap/controlevent.h"
#include "conflictmap/faction.h"
#include "conflictmap/geodesy.h"
#include "conflictmap/jsonformat.h"
#include "conflictmap/resources.h"
#include "conflictmap/textnormalize.h"

#include <QFileInfo>
#include <QJsonArray>

using namespace cm;

TEST_CASE("foldText removes accents, case and typographic signs", "[common]")
{
    CHECK(foldText(QStringLiteral("Soueïda")) == QStringLiteral("soueida"));
    CHECK(foldText(QStringLiteral("L’État islamique")) == QStringLiteral("l'etat islamique"));
    CHECK(foldText(QStringLiteral("«\u00a0Cœur\u00a0»  de\u00a0Raqqa")) == QStringLiteral("\" coeur \" de raqqa"));
    CHECK(foldText(QStringLiteral("Ar Rā‘ī")) == QStringLiteral("ar ra'i"));
    CHECK(foldText(QStringLiteral("Deir ez–Zor")) == QStringLiteral("deir ez-zor"));
}

TEST_CASE("foldTextSameLength keeps every offset", "[common]")
{
    const QString text = QStringLiteral("L’armée a repris Boukamal à l’EI, «\u00a0œuvre\u00a0»");
    const QString folded = foldTextSameLength(text);
    REQUIRE(folded.size() == text.size());
    CHECK(folded.indexOf(QStringLiteral("boukamal")) == text.indexOf(QStringLiteral("Boukamal")));
    CHECK(folded.startsWith(QStringLiteral("l'armee a repris")));
}

TEST_CASE("faction ids follow the contract both ways", "[common]")
{
    CHECK(allFactions().size() == 8);
    for (Faction faction : allFactions())
        CHECK(factionFromId(factionId(faction)) == faction);
    CHECK(factionId(Faction::Sdf) == QStringLiteral("sdf"));
    CHECK(factionFromId(QStringLiteral("ISIS")) == Faction::Isis);
    CHECK(factionFromId(QStringLiteral("daech")) == Faction::Unknown);
    CHECK(factionId(Faction::Unknown).isEmpty());
}

TEST_CASE("geodesic distances and bearings use WGS 84", "[common]")
{
    // Raqqa to Deir ez-Zor: about 127 km east-south-east.
    const double km = distanceKm(35.95283, 39.00788, 35.33588, 40.14084);
    CHECK(km == Approx(122.0).margin(8.0));
    const double bearing = bearingDegrees(35.95283, 39.00788, 35.33588, 40.14084);
    CHECK(bearing > 110.0);
    CHECK(bearing < 140.0);
    CHECK(distanceKm(34.0, 40.0, 34.0, 40.0) == Approx(0.0));
}

TEST_CASE("events survive a JSON round trip", "[common]")
{
    ControlEvent event;
    event.file = QStringLiteral("a/b.txt");
    event.place = QStringLiteral("Abou Kamal");
    event.placeId = QStringLiteral("gn:174448");
    event.geonameId = 174448;
    event.lat = 34.45226;
    event.lon = 40.91854;
    event.date = QDate(2017, 11, 19);
    event.precision = DatePrecision::Week;
    event.earliest = QDate(2017, 11, 13);
    event.latest = QDate(2017, 11, 19);
    event.kind = EventKind::Partial;
    event.to = Faction::Regime;
    event.from = Faction::Isis;
    event.confidence = 0.8;
    event.evidence = QStringLiteral("ont repris le contrôle de Boukamal");
    event.offset = 42;

    const QJsonObject json = eventToJson(event);
    CHECK(json.value(QStringLiteral("kind")).toString() == QStringLiteral("partial"));
    CHECK(json.value(QStringLiteral("to")).toString() == QStringLiteral("regime"));
    CHECK(json.value(QStringLiteral("date_precision")).toString() == QStringLiteral("week"));

    const ControlEvent back = eventFromJson(json);
    CHECK(back.file == event.file);
    CHECK(back.placeId == event.placeId);
    CHECK(back.geonameId == event.geonameId);
    CHECK(back.lat == Approx(event.lat));
    CHECK(back.date == event.date);
    CHECK(back.earliest == event.earliest);
    CHECK(back.kind == event.kind);
    CHECK(back.from == event.from);
    CHECK(back.offset == event.offset);
}

TEST_CASE("unknown values are JSON null", "[common]")
{
    ControlEvent event;
    const QJsonObject json = eventToJson(event);
    CHECK(json.value(QStringLiteral("to")).isNull());
    CHECK(json.value(QStringLiteral("geonameid")).isNull());
    CHECK(json.value(QStringLiteral("lat")).isNull());
    CHECK(json.value(QStringLiteral("date")).isNull());
    CHECK_FALSE(eventFromJson(json).hasLocation());
}

TEST_CASE("extraction JSON has articles and events arrays", "[common]")
{
    Article article;
    article.file = QStringLiteral("x.txt");
    article.published = QDate(2016, 4, 9);
    article.publishedSource = DateSource::Header;
    const QJsonObject root = extractionToJson({article}, {});
    REQUIRE(root.value(QStringLiteral("articles")).toArray().size() == 1);
    const QJsonObject a = root.value(QStringLiteral("articles")).toArray().first().toObject();
    CHECK(a.value(QStringLiteral("published")).toString() == QStringLiteral("2016-04-09"));
    CHECK(a.value(QStringLiteral("published_source")).toString() == QStringLiteral("header"));
    CHECK(a.value(QStringLiteral("status")).toString() == QStringLiteral("ok"));
    CHECK(root.value(QStringLiteral("events")).toArray().isEmpty());
}

TEST_CASE("resources are found from the environment", "[common]")
{
    const QString directory = Resources::directory();
    REQUIRE_FALSE(directory.isEmpty());
    CHECK(QFileInfo(Resources::path(QStringLiteral("articles"))).isDir());
}
