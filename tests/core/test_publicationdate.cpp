// PublicationDateFinder: date shapes, URL dates, date lines, sources, inference.
#include <catch2/catch.hpp>

#include "conflictmap/boilerplatedetector.h"
#include "conflictmap/ingestor.h"
#include "conflictmap/publicationdatefinder.h"

#include <QFile>

using cm::DateMention;
using cm::DateSource;
using cm::PublicationDate;
using cm::PublicationDateFinder;

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

PublicationDate findIn(const QString &text, const QString &url = {})
{
    return PublicationDateFinder::find(text, cm::BoilerplateDetector::detect(text), url, QDate(2020, 1, 1));
}

const QString kProse =
    QStringLiteral("Les forces gouvernementales ont repris le contrôle de plusieurs quartiers de la ville "
                   "après des combats acharnés contre les jihadistes.\n\n"
                   "Selon une ONG, des dizaines de combattants ont été tués de part et d'autre depuis le "
                   "début de l'offensive lancée par l'armée.\n\n"
                   "Les habitants ont commencé à regagner leurs maisons, malgré les mines laissées par les "
                   "combattants en retraite vers le sud.\n");

} // namespace

TEST_CASE("Dates in their French shapes", "[publicationdate]")
{
    struct Case {
        const char *text;
        int year, month, day;
    };
    const Case cases[] = {
        {"9 avril 2016", 2016, 4, 9},
        {"le 1er mars 2017 au matin", 2017, 3, 1},
        {"octobre 12, 2017 13:30", 2017, 10, 12},
        {"19/11/2017", 2017, 11, 19},
        {"12.08.2016 à 14h05", 2016, 8, 12},
        {"03-02-2017", 2017, 2, 3},
        {"2016-04-09T10:00:00Z", 2016, 4, 9},
        {"12/08/16", 2016, 8, 12},
        {"10/25/2016", 2016, 10, 25}, // month first when the second number exceeds 12
        {"5 FÉVRIER 2017", 2017, 2, 5},
        {"5 fevrier 2017", 2017, 2, 5},
        {"17 déc. 2016", 2016, 12, 17},
        {"janvier 2015", 2015, 1, 0},
        {"févr. 2016", 2016, 2, 0},
        {"le 12 janvier dernier", 0, 1, 12},
    };
    for (const Case &c : cases) {
        INFO(c.text);
        const QVector<DateMention> mentions = PublicationDateFinder::findDates(QString::fromUtf8(c.text));
        REQUIRE(mentions.size() == 1);
        CHECK(mentions.at(0).year == c.year);
        CHECK(mentions.at(0).month == c.month);
        CHECK(mentions.at(0).day == c.day);
    }
    CHECK(
        PublicationDateFinder::findDates(QStringLiteral("31/02/2016, 330.000 morts, 18 villages, 90'000 km2"))
            .isEmpty());
    const QString sentence = QStringLiteral("Du 3 au 9 avril 2016, puis le 27 février.");
    const QVector<DateMention> mentions = PublicationDateFinder::findDates(sentence);
    REQUIRE(mentions.size() == 2);
    CHECK(sentence.mid(mentions.at(0).start, mentions.at(0).length) == QLatin1String("9 avril 2016"));
    CHECK(mentions.at(0).date() == QDate(2016, 4, 9));
    CHECK_FALSE(mentions.at(1).date().isValid()); // no year
}

TEST_CASE("Dates inside addresses", "[publicationdate]")
{
    CHECK(PublicationDateFinder::dateFromUrl(QStringLiteral(
              "http://www.20minutes.fr/monde/1822491-20160408-syrie-etat-islamique")) == QDate(2016, 4, 8));
    CHECK(PublicationDateFinder::dateFromUrl(QStringLiteral("https://exemple.fr/monde/2016/08/15/manbij")) ==
          QDate(2016, 8, 15));
    CHECK(PublicationDateFinder::dateFromUrl(QStringLiteral("https://exemple.fr/2017-03-12_mossoul.html")) ==
          QDate(2017, 3, 12));
    // year and month in one run, then the day
    CHECK(PublicationDateFinder::dateFromUrl(QStringLiteral(
              "http://www.exemple.ca/international/201709/05/01-5131207-syrie.php")) == QDate(2017, 9, 5));
    CHECK_FALSE(
        PublicationDateFinder::dateFromUrl(QStringLiteral("https://exemple.fr/201713/05/x")).isValid());
    CHECK_FALSE(PublicationDateFinder::dateFromUrl(QStringLiteral("https://exemple.fr/article/1234567890"))
                    .isValid());
    CHECK_FALSE(
        PublicationDateFinder::dateFromUrl(QStringLiteral("https://exemple.fr/2016/13/45/x")).isValid());
    CHECK_FALSE(PublicationDateFinder::dateFromUrl(QString()).isValid());
    // A year after today's next one is not a date.
    const QString future = QStringLiteral("https://exemple.fr/2019/05/01/raqqa");
    CHECK_FALSE(PublicationDateFinder::dateFromUrl(future, QDate(2017, 6, 1)).isValid());
    CHECK(PublicationDateFinder::dateFromUrl(future, QDate(2018, 6, 1)) == QDate(2019, 5, 1));
}

TEST_CASE("Date lines and sentences with dates", "[publicationdate]")
{
    for (const char *line :
         {"écrit par Laveritetriomphera | 9 avril 2016", "Publié le 12/08/2016 à 14h05",
          "Mis à jour le 13 août 2016 à 09:12",
          "octobre 12, 2017 13:30, Last Updated: octobre 12, 2017 13:38", "19/11/2017", "Mardi 9 mai 2017",
          "Le Courrier avec AFP | 12.03.2016 à 10h00", "Par Jean Dupont, publié le 3 février 2017"}) {
        INFO(line);
        CHECK(PublicationDateFinder::isDateLine(QString::fromUtf8(line)));
    }
    for (const char *line : {"Le 12 janvier 2016, le régime s'empare de Salma.",
                             "L'armée syrienne avait annoncé le 8 novembre 2017 avoir repris Boukamal",
                             "Publié", "Syrie : 20 combattants tués"}) {
        INFO(line);
        CHECK_FALSE(PublicationDateFinder::isDateLine(QString::fromUtf8(line)));
    }
}

TEST_CASE("Where the date comes from: header, body, url", "[publicationdate]")
{
    // The byline date of this page beats the date of the original in the address.
    const PublicationDate byline =
        findIn(QStringLiteral("Titre de l'article\n\nPar Ali | 9 avril 2016\n\n") + kProse,
               QStringLiteral("http://exemple.fr/1-20160408-titre"));
    CHECK(byline.date == QDate(2016, 4, 9));
    CHECK(byline.source == DateSource::Header);
    CHECK(byline.offset > 0);

    // A publication cue beats an update cue, whatever the order.
    const PublicationDate both =
        findIn(QStringLiteral("Titre\nMis à jour le 14/08/2016\nPublié le 12/08/2016 à 14h05\n\n") + kProse);
    CHECK(both.date == QDate(2016, 8, 12));
    const PublicationDate updateOnly = findIn(QStringLiteral("Titre\nMis à jour le 14/08/2016\n\n") + kProse);
    CHECK(updateOnly.date == QDate(2016, 8, 14));
    CHECK(updateOnly.source == DateSource::Header);

    const PublicationDate footer =
        findIn(QStringLiteral("Titre\n\n") + kProse + QStringLiteral("\nPublié le 21 juin 2017\n"));
    CHECK(footer.date == QDate(2017, 6, 21));
    CHECK(footer.source == DateSource::Body);

    const PublicationDate url =
        findIn(QStringLiteral("Titre\n\n") + kProse, QStringLiteral("https://exemple.fr/2016/08/15/x"));
    CHECK(url.date == QDate(2016, 8, 15));
    CHECK(url.source == DateSource::Url);

    // A date line after today is not believed.
    const PublicationDate future = PublicationDateFinder::find(
        QStringLiteral("Titre\nPublié le 12/08/2030\n\n") + kProse, {}, {}, QDate(2020, 1, 1));
    CHECK(future.source == DateSource::None);
}

TEST_CASE("A date line may name the outlet by its address", "[publicationdate]")
{
    const PublicationDate date = findIn(QStringLiteral("Titre\n\nLe Monde.fr avec AFP | 28.12.2015 à 14h02 "
                                                       "\u2022 Mis à jour le 29.12.2015 à 09h37\n\n") +
                                        kProse);
    CHECK(date.date == QDate(2015, 12, 28));
    CHECK(date.source == DateSource::Header);
    CHECK(findIn(QStringLiteral("Titre\n\nlefigaro.fr | 3 avril 2016\n\n") + kProse).date ==
          QDate(2016, 4, 3));
}

TEST_CASE("An agency dateline opening the lead dates the article", "[publicationdate]")
{
    const QString lead =
        QStringLiteral(" Les Forces démocratiques syriennes ont pris mercredi le contrôle "
                       "de la ville, a annoncé l'OSDH.\n\nLes combats ont duré des semaines.\n");
    struct Case {
        const char *dateline;
        QDate date;
    };
    for (const Case &c : {Case{"BEYROUTH, 10 mai 2017 (AFP) -", QDate(2017, 5, 10)},
                          Case{"Mossoul (Irak), 10 juillet 2017 (Reuters) \u2014", QDate(2017, 7, 10)},
                          Case{"Bagdad, le 17 novembre 2017 :", QDate(2017, 11, 17)},
                          Case{"DAMAS, 3 avril 2016 \u2013", QDate(2016, 4, 3)}}) {
        INFO(c.dateline);
        const PublicationDate date =
            findIn(QStringLiteral("Titre de l'article\n\n") + QString::fromUtf8(c.dateline) + lead);
        CHECK(date.date == c.date);
        CHECK(date.source == DateSource::Header);
        CHECK(date.note.contains(QStringLiteral("dateline")));
    }
    // No date in the dateline, or a date inside the prose: not a dateline.
    CHECK(findIn(QStringLiteral("Titre\n\nBagdad (AFP) -") + lead).source != DateSource::Header);
    CHECK(findIn(QStringLiteral("Titre\n\nRaqqa, fief de l'EI depuis janvier 2014, est encerclée - ") + lead)
              .source != DateSource::Header);
    // A date line at the top still wins over the dateline.
    CHECK(
        findIn(QStringLiteral("Titre\nPublié le 11/05/2017\n\nBEYROUTH, 10 mai 2017 (AFP) -") + lead).date ==
        QDate(2017, 5, 11));
}

TEST_CASE("Inference from the body", "[publicationdate]")
{
    // The newest date written is a lower bound; an embedded post's date counts.
    const PublicationDate embed =
        findIn(QStringLiteral("Titre\n\n") + kProse +
               QStringLiteral("\nLa ville est tombée pic.twitter.com/xyz\n\n"
                              "— Agence (@agence) 25 mars 2016\n\nEn janvier 2015, Kobané.\n"));
    CHECK(embed.date == QDate(2016, 3, 25));
    CHECK(embed.source == DateSource::Inferred);
    CHECK(embed.offset == -1);
    CHECK(embed.note.contains(QLatin1String("2016-03-25")));

    // Weekday words move it to the earliest consistent day: 14 Sept 2016 is a Wednesday,
    // "jeudi" and "vendredi" make it Friday 16.
    const PublicationDate weekdays =
        findIn(QStringLiteral("Titre\n\nDepuis le 14 septembre 2016, les rebelles attaquent.\nIls ont pris "
                              "jeudi deux villages.\nVendredi, l'armée a riposté.\n"));
    CHECK(weekdays.date == QDate(2016, 9, 16));
    CHECK(weekdays.source == DateSource::Inferred);

    // "jeudi 15 septembre 2016" is a date, not a weekday word; "jeudi prochain" is the future.
    const PublicationDate absolute =
        findIn(QStringLiteral("Titre\n\nLe jeudi 15 septembre 2016, les rebelles ont pris Dabiq.\nUne "
                              "réunion aura lieu samedi prochain.\n"));
    CHECK(absolute.date == QDate(2016, 9, 15));

    // Dates about the future say nothing about when the article was written.
    const PublicationDate future =
        findIn(QStringLiteral("Titre\n\nLe 2 novembre 2016, les rebelles ont repris trois villages.\nUne "
                              "conférence se tiendra le 30 novembre 2016 à Genève.\n"));
    CHECK(future.date == QDate(2016, 11, 2));

    // Years and weekdays alone do not fix a day.
    const PublicationDate none =
        findIn(QStringLiteral("Titre\n\nEn 2014, l'EI contrôlait la ville.\nVendredi, il s'est retiré.\n"));
    CHECK_FALSE(none.date.isValid());
    CHECK(none.source == DateSource::None);
    CHECK(none.note.contains(QLatin1String("Vendredi")));

    // Dates in boilerplate ("Lire aussi" lists, comments) are ignored.
    const PublicationDate listed = findIn(QStringLiteral(
        "Titre\n\nLes combats continuent le 3 mai 2017.\n\nLire aussi\n\nAlep : le 9 juin 2017, la trêve\n"));
    CHECK(listed.date == QDate(2017, 5, 3));
}

TEST_CASE("Publication dates of the real-world-shaped pages", "[publicationdate]")
{
    const cm::Ingestor ingestor;
    const QVector<QStringList> rows = readTsv(QStringLiteral(CM_TEST_DATA "/ingest/pages_expected.tsv"));
    CHECK(rows.size() >= 12);
    for (const QStringList &row : rows) {
        REQUIRE(row.size() == 6);
        INFO(row.at(0).toStdString());
        const QString path = QStringLiteral(CM_TEST_DATA "/ingest/pages/") + row.at(0);
        const cm::Article article = ingestor.readFile(path, QStringLiteral(CM_TEST_DATA "/ingest/pages"));
        CHECK(article.status == cm::ArticleStatus::Ok);
        CHECK(article.file == row.at(0));
        CHECK(article.format == row.at(1));
        CHECK(article.encoding == row.at(2));
        CHECK(article.published.toString(Qt::ISODate) == row.at(3));
        CHECK(cm::dateSourceId(article.publishedSource) == row.at(4));
        CHECK(article.title == row.at(5));
    }
}

TEST_CASE("Publication dates of the sample articles", "[publicationdate]")
{
    const cm::Ingestor ingestor;
    int matchingGold = 0;
    for (const QStringList &row : readTsv(QStringLiteral(CM_TEST_DATA "/ingest/seeds_published.tsv"))) {
        REQUIRE(row.size() == 4);
        INFO(row.at(0).toStdString());
        const cm::Article article =
            ingestor.readFile(QStringLiteral(CM_SEEDS "/") + row.at(0), QStringLiteral(CM_SEEDS));
        CHECK(article.published.toString(Qt::ISODate) == row.at(2));
        CHECK(cm::dateSourceId(article.publishedSource) == row.at(3));
        if (article.published.toString(Qt::ISODate) == row.at(1))
            ++matchingGold;
        // An inferred date is a lower bound: never after the real one.
        if (article.publishedSource == DateSource::Inferred)
            CHECK(article.published <= QDate::fromString(row.at(1), Qt::ISODate));
    }
    CHECK(matchingGold == 3);
}
