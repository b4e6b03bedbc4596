#include <catch2/catch.hpp>

#include "conflictmap/actorlexicon.h"
#include "conflictmap/resources.h"

namespace {

const cm::ActorLexicon &lexicon()
{
    static cm::ActorLexicon instance;
    static bool loaded = [] {
        cm::Resources::setDirectory(QStringLiteral(CM_RESOURCES));
        return instance.loadDefault();
    }();
    REQUIRE(loaded);
    return instance;
}

QVector<cm::Faction> factions(const QString &text)
{
    QVector<cm::Faction> out;
    for (const cm::ActorMention &m : lexicon().find(text))
        out << m.faction;
    return out;
}

} // namespace

TEST_CASE("faction names map to the fixed ids", "[actors]")
{
    using F = cm::Faction;
    CHECK(factions(QStringLiteral("Daech")) == QVector<F>{F::Isis});
    CHECK(factions(QStringLiteral("l'organisation Etat islamique")) == QVector<F>{F::Isis});
    CHECK(factions(QStringLiteral("les forces prorégime")) == QVector<F>{F::Regime});
    CHECK(factions(QStringLiteral("l'axe de la résistance")) == QVector<F>{F::Regime});
    CHECK(factions(QStringLiteral("les YPG")) == QVector<F>{F::Sdf});
    CHECK(factions(QStringLiteral("Fateh al-Cham")) == QVector<F>{F::Nusra});
    CHECK(factions(QStringLiteral("le Hachd al-Chaabi")) == QVector<F>{F::Iraq});
    CHECK(factions(QStringLiteral("l'armée turque")) == QVector<F>{F::Turkey});
}

TEST_CASE("the longest name wins", "[actors]")
{
    const QVector<cm::ActorMention> m =
        lexicon().find(QStringLiteral("Les forces kurdes irakiennes avancent."));
    REQUIRE(m.size() == 1);
    CHECK(m.first().faction == cm::Faction::Peshmerga);
}

TEST_CASE("a supporting actor is marked as support", "[actors]")
{
    const QVector<cm::ActorMention> m =
        lexicon().find(QStringLiteral("Des rebelles soutenus par l'armée turque ont pris la ville."));
    REQUIRE(m.size() == 2);
    CHECK(m.at(0).faction == cm::Faction::Rebels);
    CHECK(m.at(0).role == cm::ActorRole::Plain); // "Des" opening a clause is an article
    CHECK(m.at(1).role == cm::ActorRole::Support);
}

TEST_CASE("reference words take the faction named last", "[actors]")
{
    const QVector<cm::ActorMention> m = lexicon().find(QStringLiteral(
        "Les Forces démocratiques syriennes avancent. Le groupe a perdu Tabqa, et ils reculent."));
    REQUIRE(m.size() == 3);
    CHECK(m.at(1).reference == cm::ActorReference::Anaphor);
    CHECK(m.at(1).faction == cm::Faction::Sdf);
    CHECK(m.at(2).faction == cm::Faction::Sdf);
}

TEST_CASE("a fighter noun before 'de' stands for the faction after it", "[actors]")
{
    const QVector<cm::ActorMention> m =
        lexicon().find(QStringLiteral("Les combattants de Hayat Tahrir al-Cham ont fui."));
    REQUIRE(m.size() == 1);
    CHECK(m.first().faction == cm::Faction::Nusra);
    CHECK(m.first().role == cm::ActorRole::Plain);
}

TEST_CASE("lookup tolerates one typing error in long words", "[actors]")
{
    CHECK(lexicon().lookup(QStringLiteral("djhadistes")) == cm::Faction::Isis);
    CHECK(lexicon().lookup(QStringLiteral("peshmergas")) == cm::Faction::Peshmerga);
    CHECK(lexicon().lookup(QStringLiteral("boulangers")) == cm::Faction::Unknown);
}
