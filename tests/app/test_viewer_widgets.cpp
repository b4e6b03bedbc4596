// The viewer's parts on their own: command line, translations, models, article pane,
// legend, timeline track, load summary and the background map worker.
#include "articlepane.h"
#include "commandlineoptions.h"
#include "eventfilterproxymodel.h"
#include "eventtablemodel.h"
#include "factionpalette.h"
#include "legendwidget.h"
#include "loadsummarydialog.h"
#include "loadtask.h"
#include "mapstateworker.h"
#include "timelinetrack.h"
#include "translations.h"
#include "viewersettings.h"
#include "viewertestsupport.h"

#include "conflictmap/controlmodel.h"
#include "conflictmap/resources.h"

#include <QCoreApplication>
#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTranslator>
#include <QTreeWidget>
#include <catch2/catch.hpp>
#include <cmath>

using namespace cm;

TEST_CASE("the command line takes folders, a date and a screenshot file", "[viewer]")
{
    const CommandLineOptions good =
        CommandLineOptions::parse({QStringLiteral("--date"), QStringLiteral("2017-11-20"),
                                   QStringLiteral(CM_SEEDS), QStringLiteral("--screenshot=out.png")});
    CHECK(good.error.isEmpty());
    CHECK(good.date == QDate(2017, 11, 20));
    CHECK(good.folders == QStringList{QDir::cleanPath(QStringLiteral(CM_SEEDS))});
    CHECK(good.screenshot.endsWith(QStringLiteral("/out.png")));

    CHECK(
        !CommandLineOptions::parse({QStringLiteral("--date"), QStringLiteral("20/11/2017")}).error.isEmpty());
    CHECK(!CommandLineOptions::parse({QStringLiteral("--date")}).error.isEmpty());
    CHECK(!CommandLineOptions::parse({QStringLiteral("/no/such/folder")}).error.isEmpty());
    CHECK(!CommandLineOptions::parse({QStringLiteral("--bogus")}).error.isEmpty());
    CHECK(CommandLineOptions::parse({QStringLiteral("-h")}).help);
}

TEST_CASE("the interface speaks French and English", "[viewer]")
{
    CHECK(installTranslations(QStringLiteral("fr")) == QLatin1String("fr"));
    CHECK(FactionPalette::name(Faction::Isis) == QLatin1String("EI"));
    CHECK(FactionPalette::name(Faction::Sdf) == QLatin1String("FDS"));
    CHECK(FactionPalette::name(Faction::Regime) == QStringLiteral("régime"));
    CHECK(FactionPalette::kindName(EventKind::Capture) == QLatin1String("prise"));
    const FactionPalette palette;
    CHECK(palette.longName(Faction::Isis) == QStringLiteral("État islamique"));

    // Later translators take precedence, so English is checked in a fresh state.
    for (QTranslator *translator : QCoreApplication::instance()->findChildren<QTranslator *>())
        QCoreApplication::removeTranslator(translator);
    CHECK(installTranslations(QStringLiteral("en")) == QLatin1String("en"));
    CHECK(FactionPalette::name(Faction::Isis) == QLatin1String("IS"));
    CHECK(palette.longName(Faction::Isis) == QLatin1String("Islamic State"));
    CHECK(installTranslations(QStringLiteral("xx")) == QLatin1String("en"));
}

TEST_CASE("faction colours come from the styles table and differ in grey", "[viewer]")
{
    const FactionPalette palette;
    // CIELAB lightness L* (0..100) of an sRGB colour: what is left of it in grey.
    auto lightness = [](const QColor &color) {
        auto linear = [](double c) { return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
        const double y =
            0.2126 * linear(color.redF()) + 0.7152 * linear(color.greenF()) + 0.0722 * linear(color.blueF());
        const double f = y > 0.008856 ? std::cbrt(y) : 7.787 * y + 16.0 / 116.0;
        return 116.0 * f - 16.0;
    };
    QVector<double> greys;
    for (Faction faction : allFactions()) {
        const QColor color = palette.color(faction);
        CHECK(color.isValid());
        greys.append(lightness(color));
    }
    std::sort(greys.begin(), greys.end());
    for (int i = 0; i + 1 < greys.size(); ++i)
        CHECK(greys.at(i + 1) - greys.at(i) >= 7.5);
}

TEST_CASE("the events table shows and filters events", "[viewer]")
{
    installTranslations(QStringLiteral("en"));
    const Dataset dataset = test::generatedScenario(60);
    EventTableModel model;
    model.setDataset(dataset, FactionPalette());
    REQUIRE(model.rowCount() == dataset.events.size());
    const ControlEvent &first = dataset.events.first();
    CHECK(model.index(0, EventTableModel::DateColumn).data().toString() == first.date.toString(Qt::ISODate));
    CHECK(model.index(0, EventTableModel::PlaceColumn).data().toString() == first.place);
    CHECK(model.index(0, EventTableModel::SourceColumn).data().toString() ==
          dataset.articles.at(dataset.articleIndex(first)).title);

    EventFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setDateRange(QDate(2016, 6, 1), QDate(2016, 6, 30));
    int june = 0;
    for (const ControlEvent &event : dataset.events)
        june += event.date >= QDate(2016, 6, 1) && event.date <= QDate(2016, 6, 30);
    CHECK(proxy.rowCount() == june);
    proxy.setDateRange({}, {});
    proxy.setPlaceId(first.placeId);
    for (int r = 0; r < proxy.rowCount(); ++r)
        CHECK(proxy.index(r, 0).data(EventTableModel::PlaceIdRole).toString() == first.placeId);
    CHECK(proxy.rowCount() >= 1);
    proxy.setPlaceId({});
    proxy.setText(QStringLiteral("démentie"));
    int denied = 0;
    for (const ControlEvent &event : dataset.events)
        denied += event.evidence.contains(QStringLiteral("démentie"));
    CHECK(proxy.rowCount() == denied);
}

TEST_CASE("the article pane highlights the evidence", "[viewer]")
{
    Article article;
    article.file = QStringLiteral("a.txt");
    article.title = QStringLiteral("Titre");
    article.published = QDate(2016, 4, 9);
    article.text = QStringLiteral("Partager sur Facebook\nLes rebelles ont pris al-Raï jeudi. Autre phrase.");
    article.boilerplate = {{0, 21}};
    ControlEvent event;
    event.evidence = QStringLiteral("Les rebelles ont pris al-Raï jeudi.");
    event.offset = article.text.indexOf(event.evidence);
    event.date = QDate(2016, 4, 7);
    event.precision = DatePrecision::Day;
    event.dateNote = QStringLiteral("\"jeudi\" before 2016-04-09");

    ArticlePane pane;
    pane.showEvent(article, event);
    CHECK(pane.highlightedText() == event.evidence);
    const QString html = pane.browser()->toHtml();
    CHECK(html.contains(QStringLiteral("Autre phrase")));

    // A wrong offset still finds the evidence in the text.
    event.offset = 3;
    pane.showEvent(article, event);
    CHECK(pane.highlightedText() == event.evidence);
    // Evidence absent from the text: nothing is highlighted, the text is still shown.
    event.evidence = QStringLiteral("absent");
    pane.showEvent(article, event);
    CHECK(pane.highlightedText().isEmpty());
    CHECK(pane.browser()->toPlainText().contains(QStringLiteral("Autre phrase")));
}

TEST_CASE("the legend lists every faction, the frontline and the symbols", "[viewer]")
{
    const FactionPalette palette;
    LegendWidget legend(palette);
    // Factions + contested, gains, frontline, four kinds and the change ring.
    CHECK(legend.entryCount() == allFactions().size() + 1 + 2 + 5);
}

TEST_CASE("the timeline track maps dates to positions and back", "[viewer]")
{
    TimelineTrack track;
    track.resize(1000, 80);
    track.setRange(QDate(2016, 1, 1), QDate(2017, 12, 31));
    for (const QDate &date : {QDate(2016, 1, 1), QDate(2016, 7, 14), QDate(2017, 12, 31)})
        CHECK(track.dateAt(int(track.xOf(date) + (track.xOf(date.addDays(1)) - track.xOf(date)) / 2)) ==
              date);
    CHECK(track.dateAt(-50) == QDate(2016, 1, 1));
    CHECK(track.dateAt(5000) == QDate(2017, 12, 31));

    QSignalSpy requested(&track, &TimelineTrack::dateRequested);
    QTest::mousePress(&track, Qt::LeftButton, Qt::NoModifier,
                      QPoint(int(track.xOf(QDate(2016, 5, 1))) + 1, 30));
    QTest::mouseMove(&track, QPoint(int(track.xOf(QDate(2016, 9, 1))) + 1, 30));
    QTest::mouseRelease(&track, Qt::LeftButton, Qt::NoModifier,
                        QPoint(int(track.xOf(QDate(2016, 9, 1))) + 1, 30));
    REQUIRE(requested.size() >= 2);
    CHECK(requested.first().at(0).toDate() == QDate(2016, 5, 1));
    CHECK(requested.last().at(0).toDate() == QDate(2016, 9, 1));
}

TEST_CASE("the load summary lists skipped files with their reason", "[viewer]")
{
    installTranslations(QStringLiteral("en"));
    LoadResult result;
    Article good;
    good.file = QStringLiteral("good.txt");
    Article skipped;
    skipped.file = QStringLiteral("photo.jpg");
    skipped.status = ArticleStatus::Skipped;
    skipped.message = QStringLiteral("not a text file");
    result.dataset.articles = {good, skipped};
    result.dataset.diagnostics.append({QStringLiteral("/missing"), 0, QStringLiteral("cannot read folder")});

    CHECK(LoadSummaryDialog::summary(result) ==
          QLatin1String("1 article(s) loaded, 0 event(s) found, 1 file(s) skipped"));
    LoadSummaryDialog dialog(result);
    QTreeWidget *problems = dialog.problems();
    REQUIRE(problems->topLevelItemCount() == 2);
    CHECK(problems->topLevelItem(0)->text(0) == QLatin1String("photo.jpg"));
    CHECK(problems->topLevelItem(0)->text(2) == QLatin1String("not a text file"));
    CHECK(problems->topLevelItem(1)->text(2) == QLatin1String("cannot read folder"));
}

TEST_CASE("the map worker delivers only the latest request", "[viewer]")
{
    const LoadResult result = LoadTask::build(test::generatedScenario(400));
    MapStateWorker worker;
    worker.setModel(result.model, result.zonePlaces, Resources::path(QStringLiteral("basemap/region.gpkg")));
    QVector<QDate> delivered;
    QObject::connect(&worker, &MapStateWorker::snapshotReady,
                     [&](const MapSnapshot &snapshot) { delivered.append(snapshot.date); });
    // A burst of requests, as when dragging the slider.
    for (int week = 0; week < 40; ++week)
        worker.request(QDate(2016, 1, 4).addDays(7 * week), QDate(2016, 1, 4).addDays(7 * week - 7));
    const QDate last = QDate(2016, 1, 4).addDays(7 * 39);
    REQUIRE(test::waitUntil(
        [&] { return !delivered.isEmpty() && delivered.last() == last && !worker.isBusy(); }));
    CHECK(delivered.size() < 40);
    for (int i = 0; i + 1 < delivered.size(); ++i)
        CHECK(delivered.at(i) < delivered.at(i + 1));
}

TEST_CASE("recent folders keep the latest first without duplicates", "[viewer]")
{
    ViewerSettings::clearRecentFolders();
    for (int i = 0; i < ViewerSettings::kMaxRecentFolders + 3; ++i)
        ViewerSettings::addRecentFolder(QStringLiteral("/f%1").arg(i));
    ViewerSettings::addRecentFolder(QStringLiteral("/f5"));
    const QStringList recent = ViewerSettings::recentFolders();
    CHECK(recent.size() == ViewerSettings::kMaxRecentFolders);
    CHECK(recent.first() == QLatin1String("/f5"));
    CHECK(recent.count(QStringLiteral("/f5")) == 1);
}
