#include <catch2/catch.hpp>

#include "extract_testsupport.h"

#include "conflictmap/eventfusion.h"

using cm::EventKind;
using cm::Faction;

namespace {

const QDate kPublished(2016, 4, 9); // a Saturday

cm::ControlEvents run(const QString &text)
{
    return cmtest::extract(text, kPublished);
}

const cm::ControlEvent *find(const cm::ControlEvents &events, const QString &place)
{
    for (const cm::ControlEvent &event : events)
        if (event.place == place)
            return &event;
    return nullptr;
}

} // namespace

TEST_CASE("lexicons load without problems", "[extraction]")
{
    cmtest::Lexicons &lexicons = cmtest::Lexicons::instance();
    CHECK(lexicons.diagnostics.isEmpty());
    CHECK(lexicons.frames.frames().size() > 30);
}

TEST_CASE("active frame: subject wins, 'à' names the loser", "[extraction]")
{
    const cm::ControlEvents events =
        run(QStringLiteral("Les rebelles ont repris jeudi la ville de Kafr Salem à l'EI."));
    REQUIRE(events.size() == 1);
    CHECK(events[0].kind == EventKind::Capture);
    CHECK(events[0].to == Faction::Rebels);
    CHECK(events[0].from == Faction::Isis);
    CHECK(events[0].date == QDate(2016, 4, 7));
    CHECK(events[0].precision == cm::DatePrecision::Day);
}

TEST_CASE("reflexive frame: s'emparer de", "[extraction]")
{
    const cm::ControlEvents events =
        run(QStringLiteral("Mardi, l'armée syrienne s'est emparée de Tell Jadid."));
    REQUIRE(events.size() == 1);
    CHECK(events[0].to == Faction::Regime);
    CHECK(events[0].date == QDate(2016, 4, 5));
}

TEST_CASE("passive frame: est repris par", "[extraction]")
{
    const cm::ControlEvents events =
        run(QStringLiteral("Ain Rumah a été reprise par les Forces démocratiques syriennes."));
    REQUIRE(events.size() == 1);
    CHECK(events[0].to == Faction::Sdf);
    CHECK(events[0].date == kPublished);
}

TEST_CASE("falling: tombe aux mains de / sous le contrôle de", "[extraction]")
{
    const cm::ControlEvents events =
        run(QStringLiteral("En mars, Qasr Nour est tombée aux mains des forces irakiennes."));
    REQUIRE(events.size() == 1);
    CHECK(events[0].to == Faction::Iraq);
    CHECK(events[0].date.month() == 3);
    CHECK(events[0].precision == cm::DatePrecision::Month);
}

TEST_CASE("nominal frame: la reprise de X par Y", "[extraction]")
{
    const cm::ControlEvents events =
        run(QStringLiteral("La reprise de Jisr Hadid par les peshmergas a surpris les observateurs."));
    REQUIRE(events.size() == 1);
    CHECK(events[0].to == Faction::Peshmerga);
}

TEST_CASE("driving out: chasser X de Y makes X the loser", "[extraction]")
{
    const cm::ControlEvents events =
        run(QStringLiteral("Les YPG ont chassé dimanche les jihadistes de Bir Hamad, selon une ONG."));
    REQUIRE(events.size() == 1);
    CHECK(events[0].to == Faction::Sdf);
    CHECK(events[0].from == Faction::Isis);
    CHECK(events[0].date == QDate(2016, 4, 3));
}

TEST_CASE("losing: X perd Y makes X the loser, list of places", "[extraction]")
{
    const cm::ControlEvents events = run(QStringLiteral(
        "En quelques semaines, Daech a perdu Kafr Salem, le carrefour de Tell Jadid et Ain Rumah."));
    REQUIRE(events.size() == 3);
    for (const cm::ControlEvent &event : events) {
        CHECK(event.from == Faction::Isis);
        CHECK(event.earliest.isValid());
        CHECK(event.latest == kPublished);
    }
}

TEST_CASE("states: fief de, tenu par, encerclés dans", "[extraction]")
{
    const cm::ControlEvents fief =
        run(QStringLiteral("Les frappes visent Ain Rumah, dernier fief de l'EI dans la région."));
    REQUIRE(fief.size() == 1);
    CHECK(fief[0].kind == EventKind::Hold);
    CHECK(fief[0].to == Faction::Isis);
    CHECK(fief[0].date == kPublished);
    const cm::ControlEvents held =
        run(QStringLiteral("La route mène à Jisr Hadid, tenue par le Front al-Nosra."));
    REQUIRE(held.size() == 1);
    CHECK(held[0].to == Faction::Nusra);
    const cm::ControlEvents circled =
        run(QStringLiteral("Les jihadistes de l'EI sont encerclés dans Bir Hamad par l'armée syrienne."));
    REQUIRE(circled.size() == 1);
    CHECK(circled[0].kind == EventKind::Hold);
    CHECK(circled[0].to == Faction::Isis);
}

TEST_CASE("partial: districts and entering the town", "[extraction]")
{
    const cm::ControlEvents districts =
        run(QStringLiteral("Les forces du régime ont pris le contrôle de trois quartiers de Kafr Salem."));
    REQUIRE(districts.size() == 1);
    CHECK(districts[0].kind == EventKind::Partial);
    const cm::ControlEvents entered =
        run(QStringLiteral("Les rebelles sont entrés dans Tell Jadid vendredi."));
    REQUIRE(entered.size() == 1);
    CHECK(entered[0].kind == EventKind::Partial);
    CHECK(entered[0].to == Faction::Rebels);
}

TEST_CASE("denial: a claim contradicted in the next sentence", "[extraction]")
{
    const cm::ControlEvents events =
        run(QStringLiteral("Selon une ONG, les jihadistes ont repris Ain Rumah. Les Forces démocratiques "
                           "syriennes ont démenti cette information."));
    REQUIRE(events.size() == 1);
    CHECK(events[0].kind == EventKind::Denied);
    CHECK(events[0].to == Faction::Isis);
    CHECK(events[0].from == Faction::Sdf);
}

TEST_CASE("future, conditional, threats and advances give no event", "[extraction]")
{
    CHECK(run(QStringLiteral("L'armée syrienne pourrait reprendre Kafr Salem dans les prochains jours."))
              .isEmpty());
    CHECK(run(QStringLiteral("Les rebelles s'apprêtent à prendre Tell Jadid.")).isEmpty());
    CHECK(run(QStringLiteral("Le régime menace de reprendre Ain Rumah.")).isEmpty());
    CHECK(run(QStringLiteral("Les FDS reprendront Bir Hamad avant l'été.")).isEmpty());
    CHECK(run(QStringLiteral("Les Kurdes avancent vers Jisr Hadid.")).isEmpty());
    CHECK(run(QStringLiteral("L'armée a lancé une offensive pour reprendre Qasr Nour.")).isEmpty());
    CHECK(run(QStringLiteral("Les rebelles n'ont pas repris Kafr Salem.")).isEmpty());
}

TEST_CASE("context places give no event", "[extraction]")
{
    const cm::ControlEvents events =
        run(QStringLiteral("Les rebelles ont pris Tell Jadid, à 20 km au nord de Kafr Salem, dans la "
                           "province de Wadi Sabr en Syrie."));
    REQUIRE(events.size() == 1);
    CHECK(events[0].place == QStringLiteral("Tell Jadid"));
    CHECK(run(QStringLiteral("L'armée a pris le contrôle de la province de Wadi Sabr.")).isEmpty());
}

TEST_CASE("a place described in a nearby sentence", "[extraction]")
{
    const cm::ControlEvents events = run(
        QStringLiteral("Les rebelles se sont emparés jeudi du principal point de passage avec la Turquie. "
                       "Les combats ont été violents. Ils visaient Jisr Hadid, localité sur la frontière."));
    REQUIRE(events.size() == 1);
    CHECK(events[0].place == QStringLiteral("Jisr Hadid"));
    CHECK(events[0].to == Faction::Rebels);
    CHECK(events[0].date == QDate(2016, 4, 7));
}

TEST_CASE("reference words and the narrative date across sentences", "[extraction]")
{
    const cm::ControlEvents events = run(QStringLiteral(
        "Le 2 février, les jihadistes ont reculé face à l'armée. Le lendemain, ils ont perdu Qasr Nour."));
    REQUIRE(events.size() == 1);
    CHECK(events[0].from == Faction::Isis);
    CHECK(events[0].to == Faction::Iraq); // assumed for Iraq (priors.tsv)
    CHECK(events[0].date == QDate(2016, 2, 3));
}

TEST_CASE("evidence is the exact substring at its offset, markup included", "[extraction]")
{
    const QString text =
        QStringLiteral("Intro.\n\nLes rebelles ont repris [la ville de Kafr Salem](#) à **l'EI**.");
    const cm::ControlEvents events = run(text);
    REQUIRE(events.size() == 1);
    CHECK(events[0].offset >= 0);
    CHECK(text.mid(events[0].offset, events[0].evidence.size()) == events[0].evidence);
    CHECK(events[0].evidence.contains(QStringLiteral("Kafr Salem")));
    CHECK(events[0].from == Faction::Isis);
}

TEST_CASE("the same fact twice in one article is one event", "[extraction]")
{
    const cm::ControlEvents events = run(QStringLiteral(
        "L'armée syrienne a repris Kafr Salem jeudi. La reprise de Kafr Salem est un revers pour l'EI."));
    REQUIRE(events.size() == 1);
    CHECK(events[0].to == Faction::Regime);
}

TEST_CASE("fusion merges one fact across articles and keeps the sources", "[extraction]")
{
    cm::ControlEvents events = run(QStringLiteral("Les rebelles ont repris jeudi Kafr Salem à l'EI."));
    cm::ControlEvents other = cmtest::extract(
        QStringLiteral("Kafr Salem est tombée vendredi aux mains des rebelles."), QDate(2016, 4, 9));
    cm::ControlEvents third = run(QStringLiteral("Les rebelles ont repris Kafr Salem le 3 janvier."));
    REQUIRE(events.size() == 1);
    REQUIRE(other.size() == 1);
    REQUIRE(third.size() == 1);
    events += other;
    events += third;
    const QVector<cm::FusedEvent> fused = cm::EventFusion().fuse(events);
    REQUIRE(fused.size() == 2);
    CHECK(fused[0].sources.size() == 2);
    CHECK(fused[0].event.from == Faction::Isis);
    CHECK(fused[1].sources.size() == 1);
}
