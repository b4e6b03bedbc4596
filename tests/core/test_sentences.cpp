#include <catch2/catch.hpp>

#include "conflictmap/articletext.h"
#include "conflictmap/sentencesplitter.h"
#include "conflictmap/tokenizer.h"

namespace {

QStringList sentences(const QString &text)
{
    QStringList out;
    for (const cm::Sentence &s : cm::SentenceSplitter().split(text))
        out << text.mid(s.start, s.length);
    return out;
}

} // namespace

TEST_CASE("sentences end at a stop followed by a capital", "[sentences]")
{
    const QStringList s =
        sentences(QStringLiteral("Les rebelles avancent. L'armée recule! Qui tient la ville ? Personne."));
    REQUIRE(s.size() == 4);
    CHECK(s.at(1) == QStringLiteral("L'armée recule!"));
}

TEST_CASE("a closing French quote stays with its sentence", "[sentences]")
{
    const QStringList s =
        sentences(QStringLiteral("« Nous avons pris la ville. » Le porte-parole l'a confirmé."));
    REQUIRE(s.size() == 2);
    CHECK(s.at(0) == QStringLiteral("« Nous avons pris la ville. »"));
    const QStringList t =
        sentences(QStringLiteral("« La ville est tombée », a dit M. Haddad. Puis il est parti."));
    REQUIRE(t.size() == 2);
    CHECK(t.at(0).endsWith(QStringLiteral("M. Haddad.")));
}

TEST_CASE("abbreviations and initials do not end a sentence", "[sentences]")
{
    const QStringList s =
        sentences(QStringLiteral("Selon Mme Dupont et le Dr. Karim, J. Martin a menti. Fin."));
    REQUIRE(s.size() == 2);
}

TEST_CASE("pasted-page line breaks are joined, real ones split", "[sentences]")
{
    const QString text = QStringLiteral(
        "Titre sans point\nLa ville, reprise aux\njihadistes, est calme.\n\nNouveau paragraphe.");
    const QVector<cm::Sentence> s = cm::SentenceSplitter().split(text);
    REQUIRE(s.size() == 3);
    CHECK(text.mid(s.at(1).start, s.at(1).length) ==
          QStringLiteral("La ville, reprise aux\njihadistes, est calme."));
    CHECK(s.at(0).paragraph != s.at(1).paragraph);
    CHECK(s.at(1).paragraph != s.at(2).paragraph);
}

TEST_CASE("numbers with dots stay one token and elisions split", "[sentences]")
{
    const cm::Tokens tokens =
        cm::tokenize(QStringLiteral("l'ei a tue 330.000 personnes aujourd'hui a al-rai"));
    REQUIRE(tokens.size() == 9);
    CHECK(tokens.at(0).text == QStringLiteral("l'"));
    CHECK(tokens.at(4).text == QStringLiteral("330.000"));
    CHECK(tokens.at(6).text == QStringLiteral("aujourd'hui"));
    CHECK(tokens.at(8).text == QStringLiteral("al-rai"));
}

TEST_CASE("markdown markup is blanked without moving offsets", "[sentences]")
{
    const QString text = QStringLiteral("Ils ont perdu [la cité de Palmyre](#) et **Raqqa**.");
    const cm::ArticleText view = cm::ArticleText::prepare(text, {{0, 3}});
    REQUIRE(view.clean.size() == text.size());
    CHECK(view.clean.indexOf(QStringLiteral("la cité de Palmyre")) ==
          text.indexOf(QStringLiteral("la cité de Palmyre")));
    CHECK(!view.clean.contains(QLatin1Char('[')));
    CHECK(!view.clean.contains(QLatin1Char('*')));
    CHECK(view.clean.startsWith(QStringLiteral("\n\n\n")));
    CHECK(view.folded.contains(QStringLiteral("la cite de palmyre")));
}
