// BoilerplateDetector: page furniture is found, article sentences survive intact.
#include <catch2/catch.hpp>

#include "conflictmap/boilerplatedetector.h"
#include "conflictmap/ingestor.h"

#include <QFile>
#include <QFileInfo>

using cm::BoilerplateBlock;
using cm::BoilerplateDetector;
using cm::TextRange;

namespace {

QVector<QStringList> readTsv(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QVector<QStringList> rows;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        if (line.trimmed().isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        rows.append(line.split(QLatin1Char('\t')));
    }
    return rows;
}

QString categoryOf(const QString &text, const QString &piece)
{
    const int at = int(text.indexOf(piece));
    REQUIRE(at >= 0);
    for (const BoilerplateBlock &block : BoilerplateDetector::detectBlocks(text))
        if (block.range.start <= at && at < block.range.end())
            return block.category;
    return {};
}

bool isBoilerplate(const QString &text, const QString &piece)
{
    const int at = int(text.indexOf(piece));
    REQUIRE(at >= 0);
    return BoilerplateDetector::overlaps(BoilerplateDetector::detect(text), at, at + int(piece.size()));
}

} // namespace

TEST_CASE("Real-world page headers and footers: furniture found, sentences kept", "[boilerplate]")
{
    const cm::Ingestor ingestor;
    int boilerplateRows = 0;
    int keepRows = 0;
    for (const QStringList &row : readTsv(QStringLiteral(CM_TEST_DATA "/ingest/pages_lines.tsv"))) {
        REQUIRE(row.size() >= 3);
        QString path = QStringLiteral(CM_TEST_DATA "/ingest/pages/") + row.at(0);
        if (row.at(0).startsWith(QLatin1String("seeds/")))
            path = QStringLiteral(CM_SEEDS "/") + row.at(0).mid(6);
        const cm::Article article = ingestor.readFile(path, QFileInfo(path).absolutePath());
        INFO(row.at(0).toStdString() << ": " << row.at(2).toStdString());
        const int at = int(article.text.indexOf(row.at(2)));
        REQUIRE(at >= 0);
        const bool inside =
            BoilerplateDetector::overlaps(article.boilerplate, at, at + int(row.at(2).size()));
        if (row.at(1) == QLatin1String("boilerplate")) {
            CHECK(inside);
            ++boilerplateRows;
        } else {
            CHECK_FALSE(inside);
            ++keepRows;
        }
    }
    CHECK(boilerplateRows >= 30);
    CHECK(keepRows >= 20);
}

TEST_CASE("Each category of furniture", "[boilerplate]")
{
    const QString prose = QStringLiteral("Les forces kurdes ont repris mardi le contrôle de la ville après "
                                         "plusieurs semaines de combats acharnés contre les jihadistes.\n");
    const QString text = QStringLiteral("Partager sur Facebook\nPUBLICITÉ\n") + prose +
                         QStringLiteral("Abonnez-vous pour lire la suite\n"
                                        "Nous utilisons des cookies pour mesurer l'audience.\n"
                                        "Les commentaires sont modérés par la rédaction.\n"
                                        "Faites un don à notre rédaction\n"
                                        "© AFP / Jean Martin\n"
                                        "Un blindé à l'entrée de la ville. (AFP PHOTO / DELIL SOULEIMAN)\n"
                                        "Des habitants fuient les combats. – JOHN SMITH\n"
                                        "https://www.exemple.fr/article\n"
                                        "[Un autre article](https://www.exemple.fr/autre)\n"
                                        "Accueil | Monde | Syrie\n") +
                         prose;
    CHECK(categoryOf(text, QStringLiteral("Partager sur Facebook")) == QLatin1String("share"));
    CHECK(categoryOf(text, QStringLiteral("PUBLICITÉ")) == QLatin1String("ad"));
    CHECK(categoryOf(text, QStringLiteral("Abonnez-vous")) == QLatin1String("subscription"));
    CHECK(categoryOf(text, QStringLiteral("Nous utilisons des cookies")) == QLatin1String("cookie"));
    CHECK(categoryOf(text, QStringLiteral("Les commentaires sont modérés")) == QLatin1String("comments"));
    CHECK(categoryOf(text, QStringLiteral("Faites un don")) == QLatin1String("donation"));
    CHECK(categoryOf(text, QStringLiteral("© AFP")) == QLatin1String("credit"));
    CHECK(categoryOf(text, QStringLiteral("Un blindé à l'entrée")) == QLatin1String("credit"));
    CHECK(categoryOf(text, QStringLiteral("Des habitants fuient")) == QLatin1String("credit"));
    CHECK(categoryOf(text, QStringLiteral("https://www.exemple.fr/article")) == QLatin1String("link"));
    CHECK(categoryOf(text, QStringLiteral("[Un autre article]")) == QLatin1String("link"));
    CHECK(categoryOf(text, QStringLiteral("Accueil | Monde")) == QLatin1String("navigation"));
    // The first copy of the prose stays; the second, identical line is a repeat.
    const int second = int(text.lastIndexOf(QStringLiteral("Les forces kurdes")));
    CHECK_FALSE(isBoilerplate(text, QStringLiteral("Les forces kurdes")));
    CHECK(BoilerplateDetector::overlaps(BoilerplateDetector::detect(text), second, second + 10));
}

TEST_CASE("A link-list heading covers its headlines but stops at prose", "[boilerplate]")
{
    const QString text =
        QStringLiteral("Sur le même sujet\n\n"
                       "Mossoul : la bataille de la vieille ville\n"
                       "Raqqa, capitale assiégée\n\n"
                       "Les combats ont repris dans la nuit de mardi à mercredi dans le quartier est de la "
                       "ville, selon plusieurs témoins joints sur place.\n"
                       "Un habitant a décrit des tirs nourris.\n");
    CHECK(categoryOf(text, QStringLiteral("Sur le même sujet")) == QLatin1String("related"));
    CHECK(categoryOf(text, QStringLiteral("Raqqa, capitale assiégée")) == QLatin1String("related"));
    CHECK_FALSE(isBoilerplate(text, QStringLiteral("Les combats ont repris")));
    CHECK_FALSE(isBoilerplate(text, QStringLiteral("Un habitant a décrit")));
}

TEST_CASE("Sentences that merely mention a cue word are kept", "[boilerplate]")
{
    const QString text = QStringLiteral("Partager le pouvoir avec les rebelles n'est pas envisageable, a "
                                        "déclaré le ministre syrien devant le Parlement réuni à Damas.\n"
                                        "Le régime a accepté de lire aussi les propositions de l'opposition, "
                                        "selon un diplomate présent aux discussions de Genève.\n"
                                        "La photo publiée par l'agence montrait des combattants de l'EI dans "
                                        "les rues de Raqqa au printemps dernier, selon l'ONG.\n");
    CHECK(BoilerplateDetector::detect(text).isEmpty());
}

TEST_CASE("A truncated teaser of a later paragraph is a repeat", "[boilerplate]")
{
    const QString full = QStringLiteral("Avec l'appui de l'aviation, l'armée a repris la ville de Khanasser "
                                        "aux jihadistes. Il s'agit d'une victoire importante.");
    const QString text = full.left(80) + QStringLiteral("\n\nPUBLICITÉ\n\n") + full + QLatin1Char('\n');
    const QVector<BoilerplateBlock> blocks = BoilerplateDetector::detectBlocks(text);
    REQUIRE(blocks.size() == 2);
    CHECK(blocks.at(0).category == QLatin1String("repeat"));
    CHECK(blocks.at(0).range.start == 0);
    CHECK(blocks.at(0).range.length == 80);
    CHECK_FALSE(BoilerplateDetector::overlaps(BoilerplateDetector::detect(text), int(text.indexOf(full, 81)),
                                              int(text.size())));
}

TEST_CASE("Ranges are sorted, merged and do not change the text", "[boilerplate]")
{
    const QString path = QStringLiteral(CM_SEEDS "/004_29ae4ace1ddaddc8.txt");
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString decoded = QString::fromUtf8(file.readAll());
    const cm::Article article = cm::Ingestor().readFile(path, QFileInfo(path).absolutePath());
    CHECK(article.text == decoded);
    REQUIRE_FALSE(article.boilerplate.isEmpty());
    for (int k = 0; k < article.boilerplate.size(); ++k) {
        const TextRange &range = article.boilerplate.at(k);
        CHECK(range.length > 0);
        CHECK(range.end() <= article.text.size());
        if (k > 0)
            CHECK(article.boilerplate.at(k - 1).end() < range.start);
    }
    // The comment-moderation notice, the link lists and the pitch at the end are one range.
    const int notice = int(article.text.indexOf(QStringLiteral("Vos Commentaires")));
    const TextRange last = article.boilerplate.last();
    CHECK(last.start <= notice);
    CHECK(last.end() == article.text.trimmed().size());
}
