#include "catch_qt.h"

#include "extract_testsupport.h"

#include "conflictmap/chronology.h"
#include "conflictmap/chronologydater.h"
#include "conflictmap/gazetteer.h"
#include "conflictmap/pipeline.h"

#include <QFile>
#include <QMap>
#include <QTemporaryDir>

namespace {

const cm::Chronology &chronology()
{
    static cm::Chronology instance;
    static const bool loaded = instance.load(QStringLiteral(CM_TEST_DATA "/chronology/events.tsv"));
    REQUIRE(loaded);
    return instance;
}

cm::PublicationDate dateOf(const QString &text, const QDate &inferred = {})
{
    cm::Article article;
    article.file = QStringLiteral("a.txt");
    article.text = text;
    if (inferred.isValid()) {
        article.published = inferred;
        article.publishedEarliest = inferred;
        article.publishedSource = cm::DateSource::Inferred;
    }
    const cm::ChronologyDater dater(chronology(), *cmtest::Lexicons::instance().extractor);
    return dater.date(article, QDate(2020, 1, 1));
}

} // namespace

TEST_CASE("the chronology file loads sorted, and bad rows are reported with file and line", "[chronology]")
{
    REQUIRE(chronology().entries().size() == 6);
    for (int i = 1; i < chronology().entries().size(); ++i)
        CHECK(chronology().entries().at(i - 1).date <= chronology().entries().at(i).date);
    CHECK(chronology().entries().first().to == cm::Faction::Regime);
    CHECK(chronology().entries().first().from == cm::Faction::Isis);

    cm::Chronology bad;
    cm::Diagnostics diagnostics;
    const QString path = QStringLiteral(CM_TEST_DATA "/chronology/bad.tsv");
    REQUIRE(bad.load(path, &diagnostics));
    REQUIRE(bad.entries().size() == 1);
    CHECK(bad.entries().first().placeId == QStringLiteral("cm:kafr-salem"));
    REQUIRE(diagnostics.size() == 3);
    QMap<int, QString> byLine;
    for (const cm::Diagnostic &diagnostic : diagnostics) {
        CHECK(diagnostic.file == path);
        byLine.insert(diagnostic.line, diagnostic.message);
    }
    CHECK(byLine.value(2).contains(QStringLiteral("date")));
    CHECK(byLine.value(3).contains(QStringLiteral("faction")));
    CHECK(byLine.contains(4)); // too few columns

    cm::Chronology missing;
    CHECK_FALSE(missing.load(QStringLiteral(CM_TEST_DATA "/chronology/no-such-file.tsv")));
}

TEST_CASE("the shipped chronology only names places of the shipped gazetteer", "[chronology]")
{
    cm::Resources::setDirectory(QStringLiteral(CM_RESOURCES));
    cm::Chronology shipped;
    cm::Diagnostics diagnostics;
    REQUIRE(shipped.loadDefault(&diagnostics));
    CHECK(diagnostics.isEmpty());
    CHECK(shipped.entries().size() >= 40);
    cm::Gazetteer gazetteer;
    REQUIRE(gazetteer.loadFolder(cm::Resources::path(QStringLiteral("gazetteer"))));
    for (const cm::ChronologyEntry &entry : shipped.entries()) {
        INFO(entry.place.toStdString());
        CHECK(gazetteer.indexOf(entry.placeId) >= 0);
        CHECK(entry.from != cm::Faction::Unknown);
        CHECK(entry.from != entry.to);
    }
}

TEST_CASE("an undated article reporting a known change as news is dated by it", "[chronology]")
{
    const cm::PublicationDate date = dateOf(QStringLiteral(
        "Les Forces démocratiques syriennes ont pris le contrôle de Kafr Salem, a annoncé l'OSDH."));
    CHECK(date.date == QDate(2017, 5, 10));
    CHECK(date.source == cm::DateSource::Inferred);
    CHECK(date.note.contains(QStringLiteral("Kafr Salem")));
}

TEST_CASE("relative days put publication on or after the change", "[chronology]")
{
    // 17 November 2017 was a Friday.
    CHECK(dateOf(QStringLiteral("L'armée irakienne a repris vendredi Qasr Nour à l'EI.")).date ==
          QDate(2017, 11, 17));
    CHECK(dateOf(QStringLiteral("L'armée irakienne a repris hier Qasr Nour à l'EI.")).date ==
          QDate(2017, 11, 18));
}

TEST_CASE("of several known changes the newest dates the article", "[chronology]")
{
    const cm::PublicationDate date =
        dateOf(QStringLiteral("Des rebelles ont pris Tell Jadid. Les Forces démocratiques syriennes ont "
                              "pris le contrôle de Kafr Salem."));
    CHECK(date.date == QDate(2017, 5, 10));
}

TEST_CASE("a change of a whole province dates an article, with the winner read after 'face à'",
          "[chronology]")
{
    const cm::PublicationDate date = dateOf(
        QStringLiteral("Le groupe EI s'est totalement retiré vendredi de la province de Wadi Sabr, face à "
                       "l'avancée des forces du régime."));
    CHECK(date.date == QDate(2017, 6, 30));
}

TEST_CASE("the chronology does not date what it cannot match", "[chronology]")
{
    // another winner
    CHECK_FALSE(dateOf(QStringLiteral("L'armée turque a pris Kafr Salem.")).date.isValid());
    // only a recap with its own date
    CHECK_FALSE(dateOf(QStringLiteral("En janvier 2015, les FDS avaient pris Kafr Salem.")).date.isValid());
    // a town no entry names
    CHECK_FALSE(dateOf(QStringLiteral("Les FDS ont pris Bir Hamad.")).date.isValid());
}

TEST_CASE("an inferred date bounds the entries that may date the article", "[chronology]")
{
    const QString text = QStringLiteral("L'armée syrienne a repris Ain Rumah à l'EI.");
    // Newest date written on 20 March 2016: the recapture a week later fits.
    CHECK(dateOf(text, QDate(2016, 3, 20)).date == QDate(2016, 3, 27));
    // Written after the recapture: the article cannot be dated by it.
    CHECK_FALSE(dateOf(text, QDate(2016, 4, 2)).date.isValid());
    // Far before it: too far for the article's newest written date.
    CHECK_FALSE(dateOf(text, QDate(2015, 1, 10)).date.isValid());
}

TEST_CASE("an article that prints its date is left alone", "[chronology]")
{
    cm::Article article;
    article.text = QStringLiteral("Les FDS ont pris le contrôle de Kafr Salem.");
    article.published = QDate(2017, 5, 12);
    article.publishedSource = cm::DateSource::Header;
    const cm::ChronologyDater dater(chronology(), *cmtest::Lexicons::instance().extractor);
    CHECK_FALSE(dater.date(article).date.isValid());
}

TEST_CASE("the dater hands over its reading of the article, only when it read it", "[chronology]")
{
    const cm::EventExtractor &extractor = *cmtest::Lexicons::instance().extractor;
    const cm::ChronologyDater dater(chronology(), extractor);
    cm::Article article;
    article.file = QStringLiteral("a.txt");
    article.text = QStringLiteral("Les Forces démocratiques syriennes ont pris le contrôle de Kafr Salem.");
    std::shared_ptr<const cm::ArticleReading> reading;
    const cm::PublicationDate date = dater.date(article, QDate(2020, 1, 1), &reading);
    REQUIRE(date.date == QDate(2017, 5, 10));
    REQUIRE(reading);
    cm::Article dated = article;
    dated.published = date.date;
    const cm::ControlEvents again = extractor.extract(*reading, date.date);
    const cm::ControlEvents direct = extractor.extract(dated);
    REQUIRE(again.size() == 1);
    REQUIRE(direct.size() == 1);
    CHECK(again[0].date == direct[0].date);
    CHECK(again[0].placeId == direct[0].placeId);
    CHECK(again[0].evidence == direct[0].evidence);

    // printed date: nothing read
    reading.reset();
    article.published = QDate(2017, 5, 12);
    article.publishedSource = cm::DateSource::Header;
    CHECK_FALSE(dater.date(article, QDate(2020, 1, 1), &reading).date.isValid());
    CHECK_FALSE(reading);
}

TEST_CASE("the pipeline dates an undated article from the shipped chronology", "[chronology]")
{
    cm::Resources::setDirectory(QStringLiteral(CM_RESOURCES));
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QFile file(dir.filePath(QStringLiteral("undated.txt")));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(
        "L'armée irakienne reprend Rawa\n\nLes forces irakiennes ont repris vendredi la ville de Rawa, "
        "dernière localité tenue par l'EI en Irak, a annoncé le commandement des opérations.\n");
    file.close();

    cm::Pipeline pipeline;
    const cm::PipelineResult result = pipeline.run({dir.path()});
    REQUIRE(result.articles.size() == 1);
    const cm::Article &article = result.articles.first();
    CHECK(article.published == QDate(2017, 11, 17));
    CHECK(article.publishedSource == cm::DateSource::Inferred);
    CHECK(article.message.contains(QStringLiteral("reference chronology")));
    CHECK_FALSE(article.message.contains(QStringLiteral("no publication date")));
    REQUIRE_FALSE(result.events.isEmpty());
    CHECK(result.events.first().date == QDate(2017, 11, 17));

    cm::PipelineOptions off;
    off.chronologyDating = false;
    cm::Pipeline plain(off);
    const cm::PipelineResult undated = plain.run({dir.path()});
    REQUIRE(undated.articles.size() == 1);
    CHECK_FALSE(undated.articles.first().published.isValid());
}

TEST_CASE("the pipeline gives every sample article its annotated publication date", "[chronology]")
{
    cm::Resources::setDirectory(QStringLiteral(CM_RESOURCES));
    QFile gold(QStringLiteral(CM_TEST_DATA "/ingest/seeds_published.tsv"));
    REQUIRE(gold.open(QIODevice::ReadOnly));
    QMap<QString, QString> want;
    for (const QString &line : QString::fromUtf8(gold.readAll()).split(QLatin1Char('\n')))
        if (!line.startsWith(QLatin1Char('#')) && line.contains(QLatin1Char('\t')))
            want.insert(line.section(QLatin1Char('\t'), 0, 0), line.section(QLatin1Char('\t'), 1, 1));
    REQUIRE(want.size() == 5);

    cm::Pipeline pipeline;
    const cm::PipelineResult result = pipeline.run({QStringLiteral(CM_SEEDS)});
    int checked = 0;
    for (const cm::Article &article : result.articles) {
        if (!want.contains(article.file))
            continue;
        INFO(article.file.toStdString());
        CHECK(article.published.toString(Qt::ISODate) == want.value(article.file));
        ++checked;
    }
    CHECK(checked == 5);
}

TEST_CASE("a capture with no winner takes the one of the known change at that place and time", "[chronology]")
{
    cmtest::Lexicons &lex = cmtest::Lexicons::instance();
    cm::ExtractionPriors priors;
    priors.knownChanges = chronology().entries();
    const cm::EventExtractor extractor(lex.actors, lex.frames, lex.temporal, lex.splitter,
                                       cm::toponymPlaceFinder(*lex.resolver), priors);
    const QDate published(2017, 9, 1);
    auto winnerOf = [&](const QString &text) {
        const cm::ControlEvents events = extractor.extractText(text, published);
        REQUIRE(events.size() == 1);
        return events.first().to;
    };
    // May 2017 holds the known change of 10 May 2017 (sdf took it from the EI).
    CHECK(
        winnerOf(QStringLiteral("C'est la pire défaite des djihadistes depuis la perte de Kafr Salem en mai "
                                "2017.")) == cm::Faction::Sdf);
    // Another month, or another loser: the text leaves it open.
    CHECK(
        winnerOf(QStringLiteral("C'est la pire défaite des djihadistes depuis la perte de Kafr Salem en mars "
                                "2017.")) == cm::Faction::Unknown);
    CHECK(winnerOf(QStringLiteral("Le régime a perdu Kafr Salem en mai 2017.")) == cm::Faction::Unknown);

    // A change the text dates roughly takes the known day, if it is not after publication.
    const cm::ControlEvents rough = extractor.extractText(
        QStringLiteral("Les FDS ont chassé l'EI de Kafr Salem cette année."), published);
    REQUIRE(rough.size() == 1);
    CHECK(rough.first().date == QDate(2017, 5, 10));
    CHECK(rough.first().precision == cm::DatePrecision::Day);
    CHECK(rough.first().dateNote.contains(QStringLiteral("reference chronology")));
    // "la chute de X" names neither side: a change dated to the day still takes the known winner
    const cm::ControlEvents fall = extractor.extractText(
        QStringLiteral("C'est le 11 mai 2017, au lendemain de la chute de Kafr Salem, que l'offensive a "
                       "commencé."),
        published);
    REQUIRE(fall.size() == 1);
    CHECK(fall.first().date == QDate(2017, 5, 10));
    CHECK(fall.first().to == cm::Faction::Sdf);
    // dated to the month, too; to the year only, it does not
    const cm::ControlEvents monthOnly = extractor.extractText(
        QStringLiteral("Après la chute de Kafr Salem en mai 2017, tout a changé."), published);
    REQUIRE(monthOnly.size() == 1);
    CHECK(monthOnly.first().to == cm::Faction::Sdf);
    const cm::ControlEvents yearOnly = extractor.extractText(
        QStringLiteral("Après la chute de Kafr Salem en 2017, tout a changé."), published);
    REQUIRE(yearOnly.size() == 1);
    CHECK(yearOnly.first().to == cm::Faction::Unknown);
    const cm::ControlEvents early = extractor.extractText(
        QStringLiteral("Les FDS ont chassé l'EI de Kafr Salem cette année."), QDate(2017, 3, 1));
    REQUIRE(early.size() == 1);
    CHECK(early.first().precision == cm::DatePrecision::Year);
}

TEST_CASE("a denied claim of a known change takes its sides, as does a change with a guessed loser",
          "[chronology]")
{
    cmtest::Lexicons &lex = cmtest::Lexicons::instance();
    cm::ExtractionPriors priors;
    priors.knownChanges = chronology().entries();
    const cm::EventExtractor extractor(lex.actors, lex.frames, lex.temporal, lex.splitter,
                                       cm::toponymPlaceFinder(*lex.resolver), priors);
    const cm::ControlEvents denied = extractor.extractText(
        QStringLiteral("Le 11 mai 2017, la télévision annonçait la prise de Kafr Salem ; un porte-parole a "
                       "aussitôt démenti."),
        QDate(2017, 5, 12));
    REQUIRE(denied.size() == 1);
    CHECK(denied.first().kind == cm::EventKind::Denied);
    CHECK(denied.first().to == cm::Faction::Sdf);
    CHECK(denied.first().from == cm::Faction::Isis);
    // the article's main loser (the regime here) is not guessed for a change the chronology knows
    const cm::ControlEvents known = extractor.extractText(
        QStringLiteral(
            "Le régime a perdu Tell Jadid en janvier 2017. Kafr Salem était reprise le 10 mai 2017 "
            "au terme de longs combats."),
        QDate(2017, 9, 1));
    const auto it = std::find_if(known.begin(), known.end(), [](const cm::ControlEvent &e) {
        return e.place == QStringLiteral("Kafr Salem");
    });
    REQUIRE(it != known.end());
    CHECK(it->to == cm::Faction::Sdf);
    CHECK(it->from == cm::Faction::Isis);
}
