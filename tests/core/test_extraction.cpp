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

TEST_CASE("an aside between the place and the state", "[extraction]")
{
    const cm::ControlEvents events = run(QStringLiteral(
        "Tell Jadid, à une vingtaine de kilomètres au nord, reste aux mains des djihadistes."));
    REQUIRE(events.size() == 1);
    CHECK(events[0].place == QStringLiteral("Tell Jadid"));
    CHECK(events[0].kind == EventKind::Hold);
    CHECK(events[0].to == Faction::Isis);
}

TEST_CASE("a past state is an event only when the sentence dates it", "[extraction]")
{
    CHECK(run(QStringLiteral("Bir Hamad était l'un des principaux bastions de l'EI.")).isEmpty());
    const cm::ControlEvents dated = run(QStringLiteral("En 2015, Ain Rumah était aux mains de l'EI."));
    REQUIRE(dated.size() == 1);
    CHECK(dated[0].kind == EventKind::Hold);
    CHECK(dated[0].date.year() == 2015);
    // the present tense still states the situation at publication
    const cm::ControlEvents present = run(QStringLiteral("Ain Rumah est aux mains de l'EI."));
    REQUIRE(present.size() == 1);
    CHECK(present[0].date == kPublished);
}

TEST_CASE("a time expression inside the trigger", "[extraction]")
{
    const cm::ControlEvents events =
        run(QStringLiteral("Les rebelles sont entrés jeudi dans Kafr Salem, selon l'OSDH."));
    REQUIRE(events.size() == 1);
    CHECK(events[0].kind == EventKind::Partial);
    CHECK(events[0].to == Faction::Rebels);
    CHECK(events[0].date == QDate(2016, 4, 7));
}

TEST_CASE("the place before a relative 'que' is the object", "[extraction]")
{
    const cm::ControlEvents events = run(QStringLiteral("Les troupes loyalistes ont été accueillies à Tell "
                                                        "Jadid, qu'elles avaient reprise le 2 mars à l'EI."));
    REQUIRE(events.size() == 1);
    CHECK(events[0].place == QStringLiteral("Tell Jadid"));
    CHECK(events[0].to == Faction::Regime);
    CHECK(events[0].date == QDate(2016, 3, 2));
}

TEST_CASE("'la ville' after a compass word is around the town", "[extraction]")
{
    const cm::ControlEvents events =
        run(QStringLiteral("Les combats continuent à Jisr Hadid. Les djihadistes se sont retirés de "
                           "positions au sud de la ville."));
    CHECK(events.isEmpty());
}

TEST_CASE("'Des' opening a sentence names the subject", "[extraction]")
{
    const cm::ControlEvents events =
        run(QStringLiteral("Des insurgés ont pris jeudi Kafr Salem, après deux jours de combats."));
    REQUIRE(events.size() == 1);
    CHECK(events[0].to == Faction::Rebels);
}

TEST_CASE("an earlier capture of the place names the loser of a later one", "[extraction]")
{
    const cm::ControlEvents events =
        run(QStringLiteral("Ain Rumah était tombée aux mains des rebelles en janvier 2015. L'armée syrienne "
                           "a repris jeudi Ain Rumah."));
    const cm::ControlEvent *later = nullptr;
    for (const cm::ControlEvent &event : events)
        if (event.to == Faction::Regime)
            later = &event;
    REQUIRE(later != nullptr);
    CHECK(later->from == Faction::Rebels);
}

TEST_CASE("quotation marks inside a nominal trigger, the region names the winner", "[extraction]")
{
    const cm::ControlEvents events = run(QStringLiteral(
        "L'EI a perdu Qasr Nour le mois dernier. Le gouvernement a annoncé jeudi la « libération totale » de "
        "Ain Rumah."));
    const cm::ControlEvent *ainRumah = find(events, QStringLiteral("Ain Rumah"));
    REQUIRE(ainRumah != nullptr);
    CHECK(ainRumah->kind == EventKind::Capture);
    CHECK(ainRumah->date == QDate(2016, 4, 7));
    // in Iraq, the loser named elsewhere in the article and the region give the winner
    const cm::ControlEvents iraq = run(QStringLiteral(
        "Les forces irakiennes ont repris Qasr Nour à l'EI en janvier. Le commandement a annoncé jeudi la "
        "« libération totale » de Qasr Nour."));
    REQUIRE(!iraq.isEmpty());
    CHECK(iraq.last().to == Faction::Iraq);
}

TEST_CASE("a site named after a town is the same fact as the town", "[extraction]")
{
    const cm::ControlEvents events = run(QStringLiteral("Les jihadistes ont perdu jeudi la citadelle de Jisr "
                                                        "Hadid. L'armée syrienne, qui a repris Jisr Hadid, "
                                                        "progresse vers l'est."));
    REQUIRE(events.size() == 1);
    CHECK(events[0].to == Faction::Regime);
    CHECK(events[0].from == Faction::Isis);
}

TEST_CASE("an agentless capture takes the winner of the last full capture", "[extraction]")
{
    const cm::ControlEvents events = run(QStringLiteral(
        "Les rebelles ont pris jeudi Kafr Salem. L'armée turque était entrée mardi dans Jisr Hadid. "
        "Tell Jadid a également été reprise."));
    const cm::ControlEvent *tellJadid = find(events, QStringLiteral("Tell Jadid"));
    REQUIRE(tellJadid != nullptr);
    CHECK(tellJadid->to == Faction::Rebels);
}

TEST_CASE("district words make an event partial only for their own place", "[extraction]")
{
    const cm::ControlEvents whole = run(QStringLiteral(
        "Les FDS ont chassé jeudi l'EI de ses positions dans la région, et notamment de Kafr Salem."));
    REQUIRE(whole.size() == 1);
    CHECK(whole[0].kind == EventKind::Capture);
    const cm::ControlEvents districts =
        run(QStringLiteral("Les combats font rage à Kafr Salem. Les rebelles ont repris jeudi plusieurs "
                           "quartiers de la ville."));
    REQUIRE(districts.size() == 1);
    CHECK(districts[0].kind == EventKind::Partial);
}

TEST_CASE("a retaking names the loser of the capture before it, the narrower date wins", "[extraction]")
{
    const cm::ControlEvents events = run(QStringLiteral(
        "L'armée syrienne a repris jeudi Bir Hamad, que l'EI avait reconquise en mars. Les djihadistes "
        "s'étaient emparés de Bir Hamad le 2 mars."));
    const cm::ControlEvent *byIsis = nullptr;
    const cm::ControlEvent *byRegime = nullptr;
    for (const cm::ControlEvent &event : events) {
        if (event.to == Faction::Isis)
            byIsis = &event;
        if (event.to == Faction::Regime)
            byRegime = &event;
    }
    REQUIRE(byIsis != nullptr);
    REQUIRE(byRegime != nullptr);
    CHECK(byIsis->from == Faction::Regime);
    CHECK(byIsis->date == QDate(2016, 3, 2));
    CHECK(byIsis->precision == cm::DatePrecision::Day);
    CHECK(byRegime->from == Faction::Isis);
}

TEST_CASE("withdrawing from a town: the subject loses it, 'face à' names the winner", "[extraction]")
{
    for (const QString &text :
         {QStringLiteral("L'EI s'est retiré de Kafr Salem face à l'avancée des FDS."),
          QStringLiteral("Les djihadistes se sont totalement retirés jeudi de Kafr Salem, "
                         "sous la pression des Forces démocratiques syriennes."),
          QStringLiteral("Les jihadistes se retirent de Kafr Salem face aux FDS.")}) {
        INFO(text.toStdString());
        const cm::ControlEvents events = run(text);
        REQUIRE(events.size() == 1);
        CHECK(events[0].place == QStringLiteral("Kafr Salem"));
        CHECK(events[0].kind == EventKind::Capture);
        CHECK(events[0].from == Faction::Isis);
        CHECK(events[0].to == Faction::Sdf);
    }
    const cm::ControlEvents alone = run(QStringLiteral("L'EI s'est retiré de Kafr Salem."));
    REQUIRE(alone.size() == 1);
    CHECK(alone[0].from == Faction::Isis);
    CHECK(alone[0].to == Faction::Unknown);
}

TEST_CASE("a whole province is no event on the map, but the dating scope sees it", "[extraction]")
{
    const QString text = QStringLiteral("L'armée syrienne a repris la province de Wadi Sabr à l'EI.");
    CHECK(run(text).isEmpty());
    cm::Article article;
    article.text = text;
    article.published = kPublished;
    const cm::ControlEvents events = cmtest::Lexicons::instance().extractor->extract(
        article, cm::EventExtractor::PlaceScope::TownsAndProvinces);
    REQUIRE(events.size() == 1);
    CHECK(events[0].placeId == QStringLiteral("cm:wadi-sabr"));
    CHECK(events[0].to == Faction::Regime);
}

TEST_CASE("'encerclés dans leur dernier bastion' refers back to the town, a country after it notwithstanding",
          "[extraction]")
{
    const cm::ControlEvents events = run(
        QStringLiteral("Les djihadistes de l'EI ont lancé une contre-offensive dans la ville de Kafr Salem. "
                       "Ils sont encerclés dans leur dernier bastion urbain en Syrie par les FDS."));
    const cm::ControlEvent *hold = find(events, QStringLiteral("Kafr Salem"));
    REQUIRE(hold != nullptr);
    CHECK(hold->kind == EventKind::Hold);
    CHECK(hold->to == Faction::Isis);
    CHECK(hold->evidence.contains(QStringLiteral("dernier bastion")));
}

TEST_CASE("taking a town 'de nouveau' implies the loser had retaken it in between", "[extraction]")
{
    // published on Saturday 9 April 2016
    const cm::ControlEvents events = run(
        QStringLiteral("Les FDS chassent de nouveau l'EI de Kafr Salem. Les FDS avaient annoncé le 2 avril "
                       "avoir repris Kafr Salem à l'EI, mais les djihadistes avaient contre-attaqué."));
    const cm::ControlEvent *retaking = nullptr;
    int sdfCaptures = 0;
    for (const cm::ControlEvent &event : events) {
        if (event.to == Faction::Isis && event.kind == EventKind::Capture)
            retaking = &event;
        if (event.to == Faction::Sdf && event.kind == EventKind::Capture)
            ++sdfCaptures;
    }
    CHECK(sdfCaptures == 2);
    REQUIRE(retaking != nullptr);
    CHECK(retaking->from == Faction::Sdf);
    CHECK(retaking->earliest == QDate(2016, 4, 2));
    CHECK(retaking->latest == kPublished);
    CHECK(retaking->date > QDate(2016, 4, 2));
    CHECK(retaking->date < kPublished);
    CHECK(retaking->confidence < 0.6);

    // Without the first capture in the text there are no bounds: nothing is implied.
    const cm::ControlEvents alone = run(QStringLiteral("Les FDS ont de nouveau chassé l'EI de Kafr Salem."));
    REQUIRE(alone.size() == 1);
    CHECK(alone[0].to == Faction::Sdf);

    // A retaking the text states is not implied twice.
    const cm::ControlEvents stated = run(QStringLiteral(
        "Les FDS avaient pris Kafr Salem le 2 avril. L'EI avait repris Kafr Salem le 5 avril. Les FDS "
        "chassent de nouveau l'EI de Kafr Salem."));
    int isisCaptures = 0;
    for (const cm::ControlEvent &event : stated)
        isisCaptures += event.to == Faction::Isis ? 1 : 0;
    CHECK(isisCaptures == 1);
}

TEST_CASE("'l'armée' and 'les forces gouvernementales' are the forces of the country at hand", "[extraction]")
{
    const cm::ControlEvents syria =
        run(QStringLiteral("L'armée a repris jeudi la ville de Kafr Salem à l'EI."));
    REQUIRE(syria.size() == 1);
    CHECK(syria[0].to == Faction::Regime);
    const cm::ControlEvents iraq =
        run(QStringLiteral("Les forces gouvernementales ont repris jeudi Qasr Nour aux djihadistes."));
    REQUIRE(iraq.size() == 1);
    CHECK(iraq[0].to == Faction::Iraq);
    // The country named in the sentence before decides too.
    const cm::ControlEvents before =
        run(QStringLiteral("En Irak, les combats continuent. L'armée a repris jeudi Qasr Nour."));
    REQUIRE(before.size() == 1);
    CHECK(before[0].to == Faction::Iraq);
    // A named army stays itself.
    const cm::ControlEvents turkish = run(QStringLiteral("L'armée turque a pris jeudi Kafr Salem."));
    REQUIRE(turkish.size() == 1);
    CHECK(turkish[0].to == Faction::Turkey);
}

TEST_CASE("'aux mains de X depuis' a date: X took the place then", "[extraction]")
{
    // told in the past: only the capture
    const cm::ControlEvents past =
        run(QStringLiteral("Ain Rumah était aux mains de l'EI depuis l'été 2014."));
    REQUIRE(past.size() == 1);
    CHECK(past[0].kind == EventKind::Capture);
    CHECK(past[0].to == Faction::Isis);
    CHECK(past[0].date.year() == 2014);
    CHECK(past[0].precision != cm::DatePrecision::Day);
    // told in the present: the capture then, and the state at publication
    const cm::ControlEvents present =
        run(QStringLiteral("Ain Rumah est aux mains de l'EI depuis janvier 2015."));
    REQUIRE(present.size() == 2);
    bool capture = false, hold = false;
    for (const cm::ControlEvent &event : present) {
        capture = capture || (event.kind == EventKind::Capture && event.date == QDate(2015, 1, 15));
        hold = hold || (event.kind == EventKind::Hold && event.date == kPublished);
    }
    CHECK(capture);
    CHECK(hold);
}

TEST_CASE("object pronouns and 'dont' refer back to the town", "[extraction]")
{
    const cm::ControlEvents clitic =
        run(QStringLiteral("Kafr Salem a une longue histoire. Les FDS l'avaient reprise en janvier 2016 "
                           "après des mois de combats."));
    const cm::ControlEvent *retaken = find(clitic, QStringLiteral("Kafr Salem"));
    REQUIRE(retaken != nullptr);
    CHECK(retaken->to == Faction::Sdf);
    CHECK(retaken->date.month() == 1);
    const cm::ControlEvents dont = run(QStringLiteral("Les FDS ont repris jeudi Kafr Salem, dont le groupe "
                                                      "Etat islamique (EI) s'était emparé en janvier."));
    int isis = 0;
    for (const cm::ControlEvent &event : dont)
        isis += event.to == Faction::Isis && event.place == QStringLiteral("Kafr Salem") ? 1 : 0;
    CHECK(isis == 1);
}

TEST_CASE("a time expression between the verb and its object", "[extraction]")
{
    const cm::ControlEvents events = run(QStringLiteral("Les FDS ont repris en mars Kafr Salem."));
    REQUIRE(events.size() == 1);
    CHECK(events[0].to == Faction::Sdf);
    CHECK(events[0].date.month() == 3);
}

TEST_CASE("'prendre pied dans' is a partial capture", "[extraction]")
{
    const cm::ControlEvents events =
        run(QStringLiteral("Les FDS ont pris pied jeudi dans les quartiers sud de Kafr Salem."));
    REQUIRE(events.size() == 1);
    CHECK(events[0].kind == EventKind::Partial);
    CHECK(events[0].to == Faction::Sdf);
}

TEST_CASE("'la localité' does not refer to the end of a road", "[extraction]")
{
    const cm::ControlEvents events =
        run(QStringLiteral("Les FDS ont chassé jeudi l'EI de Kafr Salem, sur la route reliant Jisr Hadid à "
                           "la Turquie. Mercredi, "
                           "les FDS avaient pénétré dans les quartiers est de la localité."));
    REQUIRE_FALSE(events.isEmpty());
    for (const cm::ControlEvent &event : events)
        CHECK(event.place == QStringLiteral("Kafr Salem"));
}

TEST_CASE("a claim told before the denial in its sentence is the one denied", "[extraction]")
{
    const cm::ControlEvents events =
        run(QStringLiteral("L'EI a pris mercredi Kafr Salem. Jeudi, la télévision annonçait la prise de Tell "
                           "Jadid ; les FDS ont "
                           "aussitôt démenti."));
    const cm::ControlEvent *first = find(events, QStringLiteral("Kafr Salem"));
    const cm::ControlEvent *claim = find(events, QStringLiteral("Tell Jadid"));
    REQUIRE(first != nullptr);
    REQUIRE(claim != nullptr);
    CHECK(first->kind == EventKind::Capture);
    CHECK(claim->kind == EventKind::Denied);
}

TEST_CASE("'puis celle de X' repeats the nominal form before it, with its own date", "[extraction]")
{
    const cm::ControlEvents events =
        run(QStringLiteral("Après la reprise de Kafr Salem par les FDS en janvier, puis celle de Tell Jadid "
                           "fin mars, l'EI recule."));
    const cm::ControlEvent *first = find(events, QStringLiteral("Kafr Salem"));
    const cm::ControlEvent *second = find(events, QStringLiteral("Tell Jadid"));
    REQUIRE(first != nullptr);
    REQUIRE(second != nullptr);
    CHECK(first->date.month() == 1);
    CHECK(second->date.month() == 3);
    // "celle de" with no nominal form before it is no event
    CHECK(run(QStringLiteral("La population de Kafr Salem et celle de Tell Jadid ont fui.")).isEmpty());
}

TEST_CASE("'était tombée, comme X, aux mains de Y lors de ... en juin 2014': winner and date of the clause",
          "[extraction]")
{
    const cm::ControlEvents events =
        run(QStringLiteral("Kafr Salem était tombée, comme Tell Jadid, aux mains de l'EI lors de l'offensive "
                           "éclair de juin 2014."));
    REQUIRE(events.size() == 1);
    CHECK(events[0].place == QStringLiteral("Kafr Salem"));
    CHECK(events[0].to == Faction::Isis);
    CHECK(events[0].date.year() == 2014);
    CHECK(events[0].date.month() == 6);
}

TEST_CASE("the town of an agency dateline is where the story was filed, not its object", "[extraction]")
{
    // "la localité" has no town to refer to but the dateline's
    CHECK(run(QStringLiteral("Titre\n\nJISR HADID, 8 avril 2016 (AFP) - Les FDS sont entrées jeudi dans les "
                             "quartiers est de la localité."))
              .isEmpty());
    // named in a sentence instead, the town is the one referred to
    const cm::ControlEvents named =
        run(QStringLiteral("Titre\n\nJisr Hadid est une ville du nord. Les FDS sont entrées jeudi dans les "
                           "quartiers est de la localité."));
    REQUIRE(named.size() == 1);
    CHECK(named[0].place == QStringLiteral("Jisr Hadid"));
    // The same town named in the prose is an object as usual.
    const cm::ControlEvents prose = run(QStringLiteral(
        "Titre\n\nJISR HADID, 8 avril 2016 (AFP) - Les FDS sont entrées jeudi dans Jisr Hadid."));
    REQUIRE(prose.size() == 1);
    CHECK(prose[0].place == QStringLiteral("Jisr Hadid"));
}

TEST_CASE("'au lendemain de la chute de X': X fell the day before the date the sentence is at",
          "[extraction]")
{
    const cm::ControlEvents events =
        run(QStringLiteral("C'est le 11 juin 2014, au lendemain de la chute de Kafr Salem, que les "
                           "jihadistes s'étaient emparés de Tell Jadid."));
    const cm::ControlEvent *fallen = find(events, QStringLiteral("Kafr Salem"));
    const cm::ControlEvent *taken = find(events, QStringLiteral("Tell Jadid"));
    REQUIRE(fallen != nullptr);
    REQUIRE(taken != nullptr);
    CHECK(fallen->date == QDate(2014, 6, 10));
    CHECK(taken->date == QDate(2014, 6, 11));
    CHECK(taken->to == Faction::Isis);
    // the jihadists of the relative clause did not lose Kafr Salem
    CHECK(fallen->from == Faction::Unknown);
    // "la veille" alone still moves the narrative back a day
    const cm::ControlEvents before = run(QStringLiteral(
        "Le 1er avril, les FDS ont pris Kafr Salem. La veille, elles avaient pris Tell Jadid."));
    REQUIRE(find(before, QStringLiteral("Tell Jadid")) != nullptr);
    CHECK(find(before, QStringLiteral("Tell Jadid"))->date == QDate(2016, 3, 31));
}

TEST_CASE("a date after a parenthesis still belongs to the verb before it", "[extraction]")
{
    const cm::ControlEvents events = run(
        QStringLiteral("L'EI était entré dans Kafr Salem (Kafr as-Salam en arabe) le 6 octobre, après une "
                       "offensive éclair."));
    REQUIRE(events.size() == 1);
    CHECK(events[0].kind == EventKind::Partial);
    CHECK(events[0].date == QDate(2015, 10, 6));
}

TEST_CASE("'son fief de X', 'dont le fief de X' and an apposition 'X, ... fief de Y' are holds",
          "[extraction]")
{
    const cm::ControlEvents own =
        run(QStringLiteral("L'EI a perdu Tell Jadid. Son fief de Kafr Salem est désormais menacé."));
    const cm::ControlEvent *fief = find(own, QStringLiteral("Kafr Salem"));
    REQUIRE(fief != nullptr);
    CHECK(fief->kind == EventKind::Hold);
    CHECK(fief->to == Faction::Isis);
    CHECK(fief->evidence.startsWith(QStringLiteral("Son fief de Kafr Salem")));

    const cm::ControlEvents dont =
        run(QStringLiteral("Pour l'organisation Etat islamique, dont le fief de Kafr Salem se trouve à 140 "
                           "kilomètres, c'est un revers."));
    REQUIRE(dont.size() == 1);
    CHECK(dont[0].kind == EventKind::Hold);
    CHECK(dont[0].to == Faction::Isis);

    const cm::ControlEvents apposition =
        run(QStringLiteral("Le ministre a promis que Kafr Salem, la deuxième ville du pays et principal fief "
                           "de l'EI, serait bientôt libérée."));
    REQUIRE(apposition.size() == 1);
    CHECK(apposition[0].kind == EventKind::Hold);
    CHECK(apposition[0].to == Faction::Isis);

    // a former stronghold is no hold
    const cm::ControlEvents former =
        run(QStringLiteral("L'EI a perdu son ancien fief de Kafr Salem en 2015."));
    REQUIRE_FALSE(former.isEmpty());
    for (const cm::ControlEvent &event : former)
        CHECK(event.kind != EventKind::Hold);
}

TEST_CASE("allies named together: the first leads, unless priors.tsv names the holder", "[extraction]")
{
    const cm::ControlEvents kurds =
        run(QStringLiteral("Les combattants kurdes et leurs alliés rebelles ont chassé mardi l'EI de Kafr "
                           "Salem."));
    REQUIRE(kurds.size() == 1);
    CHECK(kurds[0].to == Faction::Sdf);
    CHECK(kurds[0].from == Faction::Isis);
    // priors.tsv: towns the Turkish army takes with the rebels it backs are held by the rebels
    const cm::ControlEvents turkish = run(
        QStringLiteral("Les forces turques et leurs alliés rebelles ont chassé mardi l'EI de Kafr Salem."));
    REQUIRE(turkish.size() == 1);
    CHECK(turkish[0].to == Faction::Rebels);
}

TEST_CASE("a place in an aside that opens with a preposition only locates the subject", "[extraction]")
{
    const cm::ControlEvents events =
        run(QStringLiteral("Dans la province, Kafr Salem, sur la route de Tell Jadid, reste aux mains de "
                           "l'armée syrienne."));
    REQUIRE(events.size() == 1);
    CHECK(events[0].place == QStringLiteral("Kafr Salem"));
    CHECK(events[0].kind == EventKind::Hold);
    CHECK(events[0].to == Faction::Regime);
}

TEST_CASE("a capital in an actor's slot stands for its government", "[extraction]")
{
    const cm::ControlEvents passive =
        run(QStringLiteral("Kafr Salem a été perdue par Damas en mars 2015 ; Tell Jadid a été reprise par "
                           "Bagdad en mai 2015."));
    const cm::ControlEvent *lost = find(passive, QStringLiteral("Kafr Salem"));
    const cm::ControlEvent *taken = find(passive, QStringLiteral("Tell Jadid"));
    REQUIRE(taken != nullptr);
    CHECK(taken->to == Faction::Iraq);
    if (lost)
        CHECK(lost->to != Faction::Regime);
    const cm::ControlEvents subject = run(QStringLiteral("Ankara a repris Kafr Salem à l'EI jeudi."));
    REQUIRE(subject.size() == 1);
    CHECK(subject[0].to == Faction::Turkey);
    // elsewhere the capital is a town, not a faction
    cmtest::Lexicons &lex = cmtest::Lexicons::instance();
    CHECK(lex.actors.find(QStringLiteral("Les rebelles ont pris position près de Damas.")).size() == 1);
    CHECK(lex.actors.find(QStringLiteral("Les forces de Damas ont attaqué.")).size() == 1);
    CHECK(lex.actors.find(QStringLiteral("Les forces de Damas ont attaqué.")).first().faction ==
          Faction::Regime);
}

TEST_CASE("'par des brigades rebelles': a fighter noun and 'des' after the preposition", "[extraction]")
{
    const cm::ControlEvents events =
        run(QStringLiteral("Kafr Salem avait été conquise en mars 2013 par des brigades rebelles."));
    REQUIRE(events.size() == 1);
    CHECK(events[0].to == Faction::Rebels);
    CHECK(events[0].date == QDate(2013, 3, 15));
}

TEST_CASE("a town that only qualifies another noun of the object is not taken", "[extraction]")
{
    const cm::ControlEvents events = run(
        QStringLiteral("Le régime reprend Tell Jadid et les sources d'eau de Kafr Salem. L'armée a pris les "
                       "champs pétroliers de Jisr Hadid."));
    REQUIRE(events.size() == 1);
    CHECK(events[0].place == QStringLiteral("Tell Jadid"));
}

TEST_CASE("an infinitive trigger is a fact only after an accomplished cue", "[extraction]")
{
    // a heading or an aim states nothing
    CHECK(run(QStringLiteral("Reprendre Kafr Salem. L'armée veut chasser l'EI de Tell Jadid.")).isEmpty());
    // "venir de", "parvenir à", "réussir (la semaine dernière) à", "avant de", "au tour de X de"
    const cm::ControlEvents done = run(
        QStringLiteral("Les FDS viennent de reprendre Kafr Salem. L'EI avait réussi la semaine dernière à "
                       "chasser le régime de Tell Jadid. Les rebelles sont parvenus à entrer dans Jisr "
                       "Hadid. Après Bir Hamad, c'est au tour d'Ain Rumah de tomber."));
    CHECK(find(done, QStringLiteral("Kafr Salem")) != nullptr);
    CHECK(find(done, QStringLiteral("Tell Jadid")) != nullptr);
    REQUIRE(find(done, QStringLiteral("Jisr Hadid")) != nullptr);
    CHECK(find(done, QStringLiteral("Jisr Hadid"))->kind == EventKind::Partial);
    CHECK(find(done, QStringLiteral("Ain Rumah")) != nullptr);
    // a past infinitive tells what was done
    CHECK(run(QStringLiteral("Les FDS affirment avoir repris Kafr Salem.")).size() == 1);
}

TEST_CASE("'s'en emparer' takes the town named before", "[extraction]")
{
    const cm::ControlEvents events =
        run(QStringLiteral("Kafr Salem est un symbole pour l'EI. Les jihadistes s'en étaient emparés à l'été "
                           "2014."));
    REQUIRE(events.size() == 1);
    CHECK(events[0].place == QStringLiteral("Kafr Salem"));
    CHECK(events[0].to == Faction::Isis);
    CHECK(events[0].date.year() == 2014);
}

TEST_CASE("a participle after a list of towns applies to each", "[extraction]")
{
    const cm::ControlEvents events =
        run(QStringLiteral("Tell Jadid et Kafr Salem, libérées fin octobre par l'armée irakienne, sont "
                           "désertes."));
    REQUIRE(events.size() == 2);
    for (const cm::ControlEvent &event : events) {
        CHECK(event.kind == EventKind::Capture);
        CHECK(event.to == Faction::Iraq);
    }
}

TEST_CASE("a state that has just begun ('contrôlent désormais') is a change", "[extraction]")
{
    const cm::ControlEvents whole =
        run(QStringLiteral("Les FDS contrôlent désormais la totalité de Kafr Salem."));
    REQUIRE(whole.size() == 1);
    CHECK(whole[0].kind == EventKind::Capture);
    const cm::ControlEvents half =
        run(QStringLiteral("Les FDS contrôlent désormais plus de la moitié de Kafr Salem."));
    REQUIRE(half.size() == 1);
    CHECK(half[0].kind == EventKind::Partial);
    const cm::ControlEvents state = run(QStringLiteral("Les FDS contrôlent Kafr Salem."));
    REQUIRE(state.size() == 1);
    CHECK(state[0].kind == EventKind::Hold);
}

TEST_CASE("'X, son principal bastion' is a hold of the faction the possessive names", "[extraction]")
{
    const cm::ControlEvents events = run(
        QStringLiteral("Les jihadistes de l'EI ont perdu Tell Jadid. Ils tiennent toujours Bir Hamad et Kafr "
                       "Salem, son principal bastion irakien."));
    const cm::ControlEvent *held = find(events, QStringLiteral("Kafr Salem"));
    REQUIRE(held != nullptr);
    CHECK(held->kind == EventKind::Hold);
    CHECK(held->to == Faction::Isis);
}

TEST_CASE("an aside between the town and its verb is stepped over", "[extraction]")
{
    const cm::ControlEvents events =
        run(QStringLiteral("Kafr Salem, sur la rive opposée à Tell Jadid, était tombée fin mars. Jisr Hadid, "
                           "autre place forte des jihadistes, a été reprise samedi par l'armée syrienne."));
    const cm::ControlEvent *fallen = find(events, QStringLiteral("Kafr Salem"));
    const cm::ControlEvent *taken = find(events, QStringLiteral("Jisr Hadid"));
    REQUIRE(fallen != nullptr);
    REQUIRE(taken != nullptr);
    CHECK(find(events, QStringLiteral("Tell Jadid")) == nullptr);
    CHECK(taken->kind == EventKind::Capture);
    CHECK(taken->to == Faction::Regime);
}

TEST_CASE("'un mois après s'être emparées de X' dates X a month before", "[extraction]")
{
    const cm::ControlEvents events =
        run(QStringLiteral("Les FDS étaient entrées dans Kafr Salem le 6 mars, un mois après s'être emparées "
                           "de Tell Jadid."));
    const cm::ControlEvent *earlier = find(events, QStringLiteral("Tell Jadid"));
    REQUIRE(earlier != nullptr);
    CHECK(earlier->date == QDate(2016, 2, 6));
}

TEST_CASE("'repassée sous le contrôle des forces fédérales'", "[extraction]")
{
    const cm::ControlEvents events =
        run(QStringLiteral("Qasr Nour est repassée lundi sous le contrôle des forces fédérales."));
    REQUIRE(events.size() == 1);
    CHECK(events[0].kind == EventKind::Capture);
    CHECK(events[0].to == Faction::Iraq);
}

TEST_CASE("'sa conquête par les jihadistes': the possessive stands for the town named before", "[extraction]")
{
    const cm::ControlEvents events = run(
        QStringLiteral("Le 27 mars, l'armée a chassé l'EI de Kafr Salem, dix mois après sa conquête par les "
                       "jihadistes, en mai 2015."));
    const auto conquest = std::find_if(events.begin(), events.end(), [](const cm::ControlEvent &e) {
        return e.place == QStringLiteral("Kafr Salem") && e.to == Faction::Isis;
    });
    REQUIRE(conquest != events.end());
    CHECK(conquest->date.year() == 2015);
    CHECK(conquest->date.month() == 5);
}

TEST_CASE("a verb coordinated after 'lancé une offensive' is a fact of its own", "[extraction]")
{
    const cm::ControlEvents events = run(QStringLiteral(
        "Kafr Salem est calme. Le 11 décembre, l'EI avait lancé une offensive éclair et repris la "
        "ville en quelques heures."));
    REQUIRE(events.size() == 1);
    CHECK(events[0].to == Faction::Isis);
    // the offensive alone announces nothing
    CHECK(run(QStringLiteral("L'EI a lancé une offensive pour la reprise de Kafr Salem.")).isEmpty());
}

TEST_CASE("a hold at publication does not name the loser of a recap years before", "[extraction]")
{
    const cm::ControlEvents events =
        run(QStringLiteral("Le régime a perdu Tell Jadid. Kafr Salem, toujours aux mains de l'EI, reste "
                           "inaccessible. Les rebelles avaient pris Kafr Salem en 2013."));
    const auto recap = std::find_if(events.begin(), events.end(), [](const cm::ControlEvent &e) {
        return e.kind == EventKind::Capture && e.place == QStringLiteral("Kafr Salem");
    });
    REQUIRE(recap != events.end());
    CHECK(recap->from != Faction::Isis);
}

TEST_CASE("'en juin de la même année' takes the year the narrative is at", "[extraction]")
{
    const cm::ControlEvents events = run(QStringLiteral(
        "Après la reprise de Kafr Salem par les FDS en janvier 2014, puis celle de Tell Jadid en "
        "juin de la même année, l'EI recule."));
    const cm::ControlEvent *second = find(events, QStringLiteral("Tell Jadid"));
    REQUIRE(second != nullptr);
    CHECK(second->date.year() == 2014);
    CHECK(second->date.month() == 6);
    // "de l'année suivante": the year after the narrative's
    const cm::ControlEvents next = run(QStringLiteral(
        "Après la reprise de Kafr Salem par les FDS en janvier 2014, puis celle de Tell Jadid en "
        "mars de l'année suivante, l'EI recule."));
    const cm::ControlEvent *third = find(next, QStringLiteral("Tell Jadid"));
    REQUIRE(third != nullptr);
    CHECK(third->date.year() == 2015);
    CHECK(third->date.month() == 3);
}

TEST_CASE("a town at the end of a road is not the object, a 'chef-lieu' aside is stepped over",
          "[extraction]")
{
    const cm::ControlEvents road =
        run(QStringLiteral("Les FDS sont entrées jeudi dans Kafr Salem, sur la route de Tell Jadid."));
    REQUIRE(road.size() == 1);
    CHECK(road[0].place == QStringLiteral("Kafr Salem"));
    const cm::ControlEvents chief = run(QStringLiteral(
        "Le gouvernement vise Kafr Salem, chef-lieu de la province de Wadi Sabr, tombé en mai 2015 "
        "aux mains de l'EI."));
    REQUIRE(chief.size() == 1);
    CHECK(chief[0].place == QStringLiteral("Kafr Salem"));
    CHECK(chief[0].to == Faction::Isis);
}

TEST_CASE("a 'depuis' of another clause does not date the start of a hold", "[extraction]")
{
    const cm::ControlEvents events = run(
        QStringLiteral("Des civils sont assiégés par l'EI depuis 2014 à Tell Jadid, ou vers Kafr Salem, la "
                       "capitale de facto de l'EI."));
    const cm::ControlEvent *held = find(events, QStringLiteral("Kafr Salem"));
    REQUIRE(held != nullptr);
    CHECK(held->kind == EventKind::Hold);
    // nor dates the state: it holds at publication
    CHECK(held->date == kPublished);
    for (const cm::ControlEvent &event : events)
        if (event.place == QStringLiteral("Kafr Salem"))
            CHECK(event.kind == EventKind::Hold);
}

TEST_CASE("who announces or completes a nominal capture won it, within its clause", "[extraction]")
{
    const cm::ControlEvents announced = run(
        QStringLiteral("Les forces irakiennes ont annoncé mardi avoir achevé la reconquête de Qasr Nour."));
    REQUIRE(announced.size() == 1);
    CHECK(announced[0].to == Faction::Iraq);
    const cm::ControlEvents capital = run(QStringLiteral("Damas a annoncé jeudi la reprise de Kafr Salem."));
    REQUIRE(capital.size() == 1);
    CHECK(capital[0].to == Faction::Regime);
    // a claim in another clause is someone else's
    const cm::ControlEvents other = run(
        QStringLiteral("Les FDS ont repris Tell Jadid, tandis que la télévision proclamait la libération de "
                       "Kafr Salem."));
    REQUIRE(find(other, QStringLiteral("Kafr Salem")) != nullptr);
    CHECK(find(other, QStringLiteral("Kafr Salem"))->to != Faction::Sdf);
    // fearing a capture is no claim
    const cm::ControlEvents fear = run(QStringLiteral("Les FDS redoutent la reprise de Kafr Salem."));
    for (const cm::ControlEvent &event : fear)
        CHECK(event.to != Faction::Sdf);
}

TEST_CASE("'en quelques jours' after a dated verb is a duration, not a date", "[extraction]")
{
    const cm::ControlEvents events = run(
        QStringLiteral("Deux mois plus tôt, le 10 juin 2014, Kafr Salem était tombée en quelques jours aux "
                       "mains de l'EI."));
    REQUIRE(events.size() == 1);
    CHECK(events[0].date == QDate(2014, 6, 10));
}

TEST_CASE("'ne contrôle plus que' and 'il ne reste plus à X que' are holds of the towns named",
          "[extraction]")
{
    const cm::ControlEvents controls = run(
        QStringLiteral("L'EI ne contrôle plus en Irak qu'une bande de désert le long du fleuve, autour de "
                       "Qasr Nour et de Kafr Salem, près de la frontière, où l'armée promet une offensive."));
    REQUIRE(controls.size() == 2);
    for (const cm::ControlEvent &event : controls) {
        CHECK(event.kind == EventKind::Hold);
        CHECK(event.to == Faction::Isis);
    }
    // the date of an opening "Après …" phrase is that event's, not the state's
    const cm::ControlEvents remains = run(QStringLiteral(
        "Après la chute de Tell Jadid fin mars, il ne reste plus à l'EI qu'une bande de territoire "
        "autour des villes de Qasr Nour et de Kafr Salem."));
    const cm::ControlEvent *held = find(remains, QStringLiteral("Kafr Salem"));
    REQUIRE(held != nullptr);
    CHECK(held->kind == EventKind::Hold);
    CHECK(held->date == kPublished);
    REQUIRE(find(remains, QStringLiteral("Qasr Nour")) != nullptr);
    // "ne contrôle plus X" is still a negation
    for (const cm::ControlEvent &event :
         run(QStringLiteral("L'EI ne contrôle plus Kafr Salem depuis mardi.")))
        CHECK(event.kind != EventKind::Hold);
}

TEST_CASE("'sa reprise' alone refers to the town the article is about", "[extraction]")
{
    const cm::ControlEvents events = run(
        QStringLiteral("L'armée a repris samedi Kafr Salem. Les troupes étaient entrées dans Kafr Salem "
                       "dimanche. Quelques jours avant, l'EI s'était emparé de Tell Jadid. Sa reprise par "
                       "l'armée ouvre la voie vers l'est."));
    // not Tell Jadid, named last but only once
    for (const cm::ControlEvent &event : events)
        if (event.place == QStringLiteral("Tell Jadid"))
            CHECK(event.to == Faction::Isis);
    REQUIRE(find(events, QStringLiteral("Tell Jadid")) != nullptr);
}

TEST_CASE("'la première ville à tomber' is a fact, and a recap's winner does not carry over", "[extraction]")
{
    const cm::ControlEvents first = run(
        QStringLiteral("Kafr Salem avait été la première grande ville à tomber aux mains des jihadistes, en "
                       "janvier 2014."));
    REQUIRE(first.size() == 1);
    CHECK(first[0].to == Faction::Isis);
    CHECK(first[0].date.year() == 2014);
    // the next sentence's agentless capture, two years later, is not the jihadists'
    const cm::ControlEvents later = run(
        QStringLiteral("Kafr Salem avait été la première grande ville à tomber aux mains des jihadistes, en "
                       "janvier 2014. Après Tell Jadid, reprise fin décembre 2015, l'étau se resserre."));
    const cm::ControlEvent *retaken = find(later, QStringLiteral("Tell Jadid"));
    REQUIRE(retaken != nullptr);
    CHECK(retaken->to != Faction::Isis);
}

TEST_CASE("an article read once extracts as extract() does, at any publication date", "[extraction]")
{
    const cm::EventExtractor &extractor = *cmtest::Lexicons::instance().extractor;
    cm::Article article;
    article.folder = QStringLiteral("folder");
    article.file = QStringLiteral("a.txt");
    article.text = QStringLiteral(
        "Les rebelles ont repris jeudi la ville de Kafr Salem à l'EI. Hier, l'armée syrienne s'est "
        "emparée de Tell Jadid.\n\nAin Rumah a été reprise par les Forces démocratiques syriennes, "
        "qui tenaient déjà la province de Wadi Sabr depuis mars 2015.");
    const std::shared_ptr<const cm::ArticleReading> reading = extractor.read(article);
    REQUIRE(reading);
    auto fields = [](const cm::ControlEvents &events) {
        QStringList lines;
        for (const cm::ControlEvent &event : events)
            lines << QStringLiteral("%1|%2|%3|%4|%5|%6|%7|%8|%9")
                         .arg(event.place, event.date.toString(Qt::ISODate), cm::factionId(event.to),
                              cm::factionId(event.from), event.evidence, event.dateNote, event.folder,
                              event.file, QString::number(event.confidence));
        return lines;
    };
    for (const QDate &published : {QDate(2016, 4, 9), QDate(2017, 6, 2), QDate()}) {
        article.published = published;
        for (const auto scope :
             {cm::EventExtractor::PlaceScope::Towns, cm::EventExtractor::PlaceScope::TownsAndProvinces}) {
            const cm::ControlEvents direct = extractor.extract(article, scope);
            CHECK_FALSE(direct.isEmpty());
            CHECK(fields(extractor.extract(*reading, published, scope)) == fields(direct));
        }
    }
}
