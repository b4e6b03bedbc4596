#include <catch2/catch.hpp>

#include "conflictmap/resources.h"
#include "conflictmap/temporalresolver.h"

namespace {

const cm::TemporalResolver &resolver()
{
    static cm::TemporalResolver instance;
    static bool loaded = [] {
        cm::Resources::setDirectory(QStringLiteral(CM_RESOURCES));
        return instance.loadDefault();
    }();
    REQUIRE(loaded);
    return instance;
}

// Resolves and returns the last time expression of the text.
cm::TemporalMention last(const QString &text, const QDate &published)
{
    const QVector<cm::TemporalMention> all = resolver().resolve(text, published);
    REQUIRE(!all.isEmpty());
    return all.last();
}

const QDate kThursday(2017, 10, 12);

} // namespace

TEST_CASE("absolute dates with and without year", "[temporal]")
{
    CHECK(last(QStringLiteral("le 3 mars 2015"), kThursday).date == QDate(2015, 3, 3));
    const cm::TemporalMention noYear = last(QStringLiteral("le 8 novembre"), kThursday);
    CHECK(noYear.date == QDate(2016, 11, 8)); // November is after October: last year
    CHECK(noYear.precision == cm::DatePrecision::Day);
    CHECK(last(QStringLiteral("Le 2 octobre dernier"), kThursday).date == QDate(2017, 10, 2));
    CHECK(last(QStringLiteral("le 1er juin"), kThursday).date == QDate(2017, 6, 1));
}

TEST_CASE("months and parts of months and years", "[temporal]")
{
    const cm::TemporalMention month = last(QStringLiteral("en janvier 2015"), kThursday);
    CHECK(month.date.month() == 1);
    CHECK(month.date.year() == 2015);
    CHECK(month.precision == cm::DatePrecision::Month);
    const cm::TemporalMention early = last(QStringLiteral("début février"), QDate(2016, 3, 27));
    CHECK(early.date == QDate(2016, 2, 5));
    CHECK(early.latest == QDate(2016, 2, 10));
    CHECK(last(QStringLiteral("en novembre"), QDate(2016, 3, 27)).date.year() == 2015);
    CHECK(last(QStringLiteral("en février dernier"), QDate(2016, 3, 27)).date.month() == 2);
    const cm::TemporalMention late = last(QStringLiteral("fin 2014"), kThursday);
    CHECK(late.earliest == QDate(2014, 10, 1));
    CHECK(late.latest == QDate(2014, 12, 31));
    const cm::TemporalMention since = last(QStringLiteral("depuis 2015"), kThursday);
    CHECK(since.earliest == QDate(2015, 1, 1));
    CHECK(since.latest == kThursday);
    CHECK(since.precision == cm::DatePrecision::Year);
}

TEST_CASE("weekdays are the last such day up to publication", "[temporal]")
{
    const cm::TemporalMention same = last(QStringLiteral("ce jeudi"), kThursday);
    CHECK(same.date == kThursday);
    CHECK(same.newsDay);
    CHECK(last(QStringLiteral("dimanche"), kThursday).date == QDate(2017, 10, 8));
    CHECK(last(QStringLiteral("mardi soir"), kThursday).date == QDate(2017, 10, 10));
    CHECK(last(QStringLiteral("jeudi dernier"), kThursday).date == QDate(2017, 10, 5));
}

TEST_CASE("days relative to publication", "[temporal]")
{
    CHECK(last(QStringLiteral("hier"), kThursday).date == QDate(2017, 10, 11));
    CHECK(last(QStringLiteral("avant-hier"), kThursday).date == QDate(2017, 10, 10));
    const cm::TemporalMention year = last(QStringLiteral("il y a tout juste un an"), QDate(2016, 3, 27));
    CHECK(year.date == QDate(2015, 3, 27));
    CHECK(last(QStringLiteral("il y a trois jours"), kThursday).date == QDate(2017, 10, 9));
}

TEST_CASE("spans: last week, recently, this year", "[temporal]")
{
    const cm::TemporalMention week = last(QStringLiteral("la semaine dernière"), kThursday);
    CHECK(week.earliest == QDate(2017, 10, 2));
    CHECK(week.latest == QDate(2017, 10, 8));
    CHECK(week.precision == cm::DatePrecision::Week);
    const cm::TemporalMention recent = last(QStringLiteral("récemment"), kThursday);
    CHECK(recent.earliest == QDate(2017, 9, 12));
    CHECK(recent.latest == kThursday);
    const cm::TemporalMention year = last(QStringLiteral("cette année"), kThursday);
    CHECK(year.earliest == QDate(2017, 1, 1));
}

TEST_CASE("the narrative date drives le lendemain, la veille and durations", "[temporal]")
{
    const QVector<cm::TemporalMention> all = resolver().resolve(
        QStringLiteral("Le 12 janvier, X. Le lendemain, Y. La veille, Z. Deux jours plus tard, W."),
        QDate(2016, 3, 27));
    REQUIRE(all.size() == 4);
    CHECK(all.at(1).date == QDate(2016, 1, 13));
    CHECK(all.at(2).date == QDate(2016, 1, 12));
    CHECK(all.at(3).date == QDate(2016, 1, 14));
    const QVector<cm::TemporalMention> later = resolver().resolve(
        QStringLiteral("début février, puis près de trois semaines plus tard"), QDate(2016, 3, 27));
    REQUIRE(later.size() == 2);
    CHECK(later.at(1).date == QDate(2016, 2, 26));
}

TEST_CASE("'deux jours après leur percée' dates the earlier event", "[temporal]")
{
    const QVector<cm::TemporalMention> all =
        resolver().resolve(QStringLiteral("la semaine dernière, deux jours après leur percée"), kThursday);
    REQUIRE(all.size() == 2);
    CHECK(all.at(1).namesEarlierEvent);
    CHECK(all.at(1).earliest == QDate(2017, 9, 30));
    CHECK(all.at(1).latest == QDate(2017, 10, 6));
}

TEST_CASE("without a publication date only absolute dates resolve", "[temporal]")
{
    const QVector<cm::TemporalMention> all =
        resolver().resolve(QStringLiteral("jeudi, puis le 4 mai 2016"), QDate());
    REQUIRE(all.size() == 2);
    CHECK(!all.at(0).isValid());
    CHECK(all.at(1).date == QDate(2016, 5, 4));
}

TEST_CASE("seasons with a year are spans of months", "[temporal]")
{
    const cm::TemporalMention summer = last(QStringLiteral("tombée à l'été 2014"), kThursday);
    CHECK(summer.earliest == QDate(2014, 6, 1));
    CHECK(summer.latest == QDate(2014, 8, 31));
    CHECK(summer.precision == cm::DatePrecision::Month);
    const cm::TemporalMention winter = last(QStringLiteral("pendant l'hiver 2015"), kThursday);
    CHECK(winter.earliest == QDate(2015, 12, 1));
    CHECK(winter.latest == QDate(2016, 2, 29));
    // "a été" is no season
    CHECK(resolver().resolve(QStringLiteral("la ville a été reprise"), kThursday).isEmpty());
}
