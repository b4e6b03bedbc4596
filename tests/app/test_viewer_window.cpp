// Drives the main window as an analyst would: load, move the timeline, select an
// event, click a place, and checks the map layers' features and the table.
#include "articlepane.h"
#include "eventfilterproxymodel.h"
#include "eventsdock.h"
#include "eventtablemodel.h"
#include "loadtask.h"
#include "mainwindow.h"
#include "mapcontroller.h"
#include "mapstateworker.h"
#include "timelinetrack.h"
#include "timelinewidget.h"
#include "viewertestsupport.h"

#include "conflictmap/controlmodel.h"
#include "conflictmap/timeline.h"

#include <qgsfeatureiterator.h>
#include <qgsmapcanvas.h>
#include <qgsvectorlayer.h>

#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QMimeData>
#include <QSet>
#include <QTableView>
#include <QTest>
#include <QUrl>
#include <catch2/catch.hpp>

using namespace cm;

namespace {

QSet<QString> attributeValues(QgsVectorLayer *layer, const QString &field)
{
    QSet<QString> values;
    QgsFeature feature;
    QgsFeatureIterator it = layer->getFeatures();
    while (it.nextFeature(feature))
        values.insert(feature.attribute(field).toString());
    return values;
}

QHash<QString, QString> controllers(QgsVectorLayer *places)
{
    QHash<QString, QString> result;
    QgsFeature feature;
    QgsFeatureIterator it = places->getFeatures();
    while (it.nextFeature(feature))
        result.insert(feature.attribute(QStringLiteral("place_id")).toString(),
                      feature.attribute(QStringLiteral("controller")).toString());
    return result;
}

// The window shows a generated scenario and has drawn `date`.
void showAt(MainWindow &window, const LoadResult &result, const QDate &date)
{
    window.showLoadResult(result);
    window.timeline()->setCurrentDate(date);
    REQUIRE(test::waitUntil([&] { return window.isSettled(); }));
}

} // namespace

TEST_CASE("the window loads the sample folder in the background", "[viewer]")
{
    MainWindow window(false);
    window.show();
    window.setDate(QDate(2017, 11, 20));
    window.openFolders({QStringLiteral(CM_SEEDS)}, false);
    CHECK(window.loadTask()->isRunning());
    REQUIRE(test::waitUntil([&] { return !window.loadTask()->isRunning(); }, 60000));
    CHECK(window.dataset().folders == QStringList{QStringLiteral(CM_SEEDS)});
    int articles = 0;
    for (const Article &article : window.dataset().articles)
        articles += article.status == ArticleStatus::Ok;
    CHECK(articles ==
          QDir(QStringLiteral(CM_SEEDS)).entryList({QStringLiteral("*.txt")}, QDir::Files).size());
    CHECK(window.eventsDock()->model()->rowCount() == window.dataset().events.size());
    CHECK(window.timeline()->currentDate() == QDate(2017, 11, 20));
    REQUIRE(test::waitUntil([&] { return window.isSettled(); }));
    CHECK(window.mapController()->snapshot().date == QDate(2017, 11, 20));
    CHECK(window.windowTitle().contains(QStringLiteral("articles")));
}

TEST_CASE("the map layers follow the timeline", "[viewer]")
{
    const Dataset dataset = test::generatedScenario(300);
    const LoadResult result = LoadTask::build(dataset);
    MainWindow window(false);
    window.show();

    showAt(window, result, QDate(2016, 2, 1));
    MapController *map = window.mapController();
    const QSet<QString> earlyClasses = attributeValues(map->areasLayer(), QStringLiteral("class"));
    CHECK(earlyClasses.contains(QStringLiteral("isis")));
    CHECK(map->frontlinesLayer()->featureCount() > 0);

    // Every place on the map has the controller the core model gives at that date.
    const ControlState early = result.model->stateAt(QDate(2016, 2, 1));
    QHash<QString, QString> shown = controllers(map->placesLayer());
    REQUIRE(!shown.isEmpty());
    for (const PlaceState &place : early.places)
        if (shown.contains(place.placeId))
            CHECK(shown.value(place.placeId) == factionId(place.controller));

    showAt(window, result, QDate(2017, 12, 1));
    const ControlState late = result.model->stateAt(QDate(2017, 12, 1));
    shown = controllers(map->placesLayer());
    int changedHands = 0;
    for (const PlaceState &place : late.places) {
        CHECK(shown.value(place.placeId) == factionId(place.controller));
        const int before = early.indexOf(place.placeId);
        if (before >= 0 && early.places.at(before).controller != place.controller)
            ++changedHands;
    }
    CHECK(changedHands > 0);
    double isisEarly = 0;
    double isisLate = 0;
    for (const FactionArea &area : window.mapController()->snapshot().zones.areas)
        if (area.classId == QLatin1String("isis"))
            isisLate = area.areaKm2;
    showAt(window, result, QDate(2016, 2, 1));
    for (const FactionArea &area : window.mapController()->snapshot().zones.areas)
        if (area.classId == QLatin1String("isis"))
            isisEarly = area.areaKm2;
    CHECK(isisLate < isisEarly);
}

TEST_CASE("gains since the previous step are highlighted", "[viewer]")
{
    const Dataset dataset = test::generatedScenario(300);
    const LoadResult result = LoadTask::build(dataset);
    // A capture date with several captures in the week before it.
    QMap<QDate, int> capturesPerWeek;
    for (const ControlEvent &event : dataset.events)
        if (event.kind == EventKind::Capture)
            ++capturesPerWeek[event.date.addDays(7 - event.date.dayOfWeek())];
    QDate busiest;
    for (auto it = capturesPerWeek.cbegin(); it != capturesPerWeek.cend(); ++it)
        if (!busiest.isValid() || it.value() > capturesPerWeek.value(busiest))
            busiest = it.key();
    REQUIRE(busiest.isValid());

    MainWindow window(false);
    window.show();
    window.timeline()->setStep(Timeline::Step::Week);
    showAt(window, result, busiest);
    CHECK(window.mapController()->gainsLayer()->featureCount() > 0);
    CHECK(attributeValues(window.mapController()->placesLayer(), QStringLiteral("changed"))
              .contains(QStringLiteral("1")));
}

TEST_CASE("selecting an event moves the timeline, the map and the article pane", "[viewer]")
{
    const Dataset dataset = test::generatedScenario(120);
    MainWindow window(false);
    window.show();
    showAt(window, LoadTask::build(dataset), QDate(2016, 1, 1));

    EventsDock *dock = window.eventsDock();
    QTableView *table = dock->table();
    REQUIRE(table->model()->rowCount() == dataset.events.size());
    const QModelIndex row =
        table->model()->index(table->model()->rowCount() / 2, EventTableModel::PlaceColumn);
    table->setCurrentIndex(row);
    const int eventIndex = dock->proxy()->mapToSource(row).row();
    const ControlEvent &event = dataset.events.at(eventIndex);

    CHECK(window.timeline()->currentDate() == event.date);
    CHECK(window.articlePane()->highlightedText() == event.evidence);
    REQUIRE(test::waitUntil([&] { return window.isSettled(); }));
    const QgsRectangle extent = window.canvas()->extent();
    const QgsPointXY centre = window.mapController()->toWgs84(extent.center());
    CHECK(std::abs(centre.x() - event.lon) < 0.05);
    CHECK(std::abs(centre.y() - event.lat) < 0.05);
}

TEST_CASE("the table filters by faction, kind and text", "[viewer]")
{
    const Dataset dataset = test::generatedScenario(150);
    MainWindow window(false);
    window.showLoadResult(LoadTask::build(dataset));
    EventsDock *dock = window.eventsDock();
    QAbstractItemModel *table = dock->table()->model();

    dock->kindFilter()->setCurrentIndex(dock->kindFilter()->findData(int(EventKind::Capture)));
    int captures = 0;
    for (const ControlEvent &event : dataset.events)
        captures += event.kind == EventKind::Capture;
    CHECK(table->rowCount() == captures);

    dock->kindFilter()->setCurrentIndex(0);
    dock->factionFilter()->setCurrentIndex(dock->factionFilter()->findData(int(Faction::Sdf)));
    int sdf = 0;
    for (const ControlEvent &event : dataset.events)
        sdf += event.to == Faction::Sdf || event.from == Faction::Sdf;
    CHECK(table->rowCount() == sdf);

    dock->factionFilter()->setCurrentIndex(0);
    // Words match anywhere, accents and case ignored: "tenue town 17" keeps the holds of
    // "Town 17" (and of Town 117, 170…), nothing else.
    QTest::keyClicks(dock->searchField(), QStringLiteral("TÉNUE town 17"));
    int town17 = 0;
    for (int r = 0; r < table->rowCount(); ++r) {
        const QString place = table->index(r, EventTableModel::PlaceColumn).data().toString();
        CHECK(place.contains(QStringLiteral("17")));
        CHECK(table->index(r, 0).data(EventTableModel::KindRole).toInt() == int(EventKind::Hold));
        town17 += place == QLatin1String("Town 17");
    }
    CHECK(town17 == 1);

    // Sorting by date puts the earliest first.
    dock->searchField()->clear();
    dock->table()->sortByColumn(EventTableModel::DateColumn, Qt::AscendingOrder);
    const QDate first = table->index(0, 0).data(EventTableModel::DateRole).toDate();
    for (const ControlEvent &event : dataset.events)
        CHECK(first <= event.date);
}

TEST_CASE("clicking a place lists its history", "[viewer]")
{
    const Dataset dataset = test::generatedScenario(80);
    MainWindow window(false);
    window.show();
    showAt(window, LoadTask::build(dataset), QDate(2017, 6, 1));

    const PlaceState place = window.mapController()->snapshot().state.places.at(5);
    // Centre the map on the place, then click the middle of the canvas.
    window.mapController()->zoomToPoint(place.lat, place.lon);
    REQUIRE(test::waitUntil([&] { return window.isSettled(); }));
    const QPoint centre = window.canvas()->rect().center();
    QTest::mouseClick(window.canvas()->viewport(), Qt::LeftButton, Qt::NoModifier, centre);

    EventFilterProxyModel *proxy = window.eventsDock()->proxy();
    CHECK(proxy->placeId() == place.placeId);
    int expected = 0;
    for (const ControlEvent &event : dataset.events)
        expected += event.placeId == place.placeId;
    CHECK(proxy->rowCount() == expected);
}

TEST_CASE("timeline keys and the track move the date", "[viewer]")
{
    MainWindow window(false);
    window.show();
    window.showLoadResult(LoadTask::build(test::generatedScenario(40)));
    QApplication::setActiveWindow(&window);
    REQUIRE(QTest::qWaitForWindowActive(&window));
    Timeline *timeline = window.timeline();
    timeline->setCurrentDate(QDate(2016, 6, 15));

    QTest::keyClick(&window, Qt::Key_Right);
    CHECK(timeline->currentDate() == QDate(2016, 6, 16));
    QTest::keyClick(&window, Qt::Key_Left, Qt::ShiftModifier);
    CHECK(timeline->currentDate() == QDate(2016, 6, 9));
    QTest::keyClick(&window, Qt::Key_PageDown);
    CHECK(timeline->currentDate() == QDate(2016, 7, 9));
    QTest::keyClick(&window, Qt::Key_End);
    CHECK(timeline->currentDate() == timeline->end());
    QTest::keyClick(&window, Qt::Key_Home);
    CHECK(timeline->currentDate() == timeline->start());
    QTest::keyClick(&window, Qt::Key_Space);
    CHECK(timeline->isPlaying());
    QTest::keyClick(&window, Qt::Key_Space);
    CHECK(!timeline->isPlaying());

    TimelineTrack *track = window.timelineWidget()->track();
    const QDate target(2017, 3, 10);
    QTest::mouseClick(track, Qt::LeftButton, Qt::NoModifier,
                      QPoint(int(track->xOf(target) + 1), track->height() / 2));
    CHECK(std::abs(timeline->currentDate().daysTo(target)) <= 1);
    CHECK(!track->histogram().isEmpty());
}

TEST_CASE("dropping a folder adds it", "[viewer]")
{
    MainWindow window(false);
    window.show();
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(QStringLiteral(CM_SEEDS))});
    QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    CHECK(enter.isAccepted());
    QDropEvent drop(QPointF(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    CHECK(window.loadTask()->isRunning());
    REQUIRE(test::waitUntil([&] { return !window.loadTask()->isRunning(); }, 60000));
    CHECK(window.dataset().folders.contains(QStringLiteral(CM_SEEDS)));
}
