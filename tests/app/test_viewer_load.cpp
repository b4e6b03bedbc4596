// Loading a folder of a few thousand generated articles in the main window: progress
// arrives while it reads, Cancel stops it within a second and keeps what was loaded
// before, and loading again afterwards works.
#include "eventsdock.h"
#include "eventtablemodel.h"
#include "loadprogresswidget.h"
#include "loadtask.h"
#include "mainwindow.h"
#include "mapcontroller.h"
#include "viewertestsupport.h"

#include "conflictmap/timeline.h"

#include <QElapsedTimer>
#include <QProgressBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <algorithm>
#include <catch2/catch.hpp>

using namespace cm;

namespace {

// Large enough that reading takes seconds, so Cancel lands well before the end.
const int kArticles = 6000;

const QString &corpus()
{
    static QTemporaryDir dir;
    static bool made = false;
    if (!made) {
        QString error;
        made = test::generateCorpus(dir.filePath(QStringLiteral("corpus")), kArticles, 3, &error);
        INFO(error.toStdString());
        REQUIRE(made);
    }
    static const QString folder = dir.filePath(QStringLiteral("corpus"));
    return folder;
}

// What the window shows, to compare before and after a cancelled load.
struct Shown {
    QStringList folders;
    int articles = 0;
    int events = 0;
    int rows = 0;
    QVector<QDate> eventDates;
    QString title;

    explicit Shown(const MainWindow &window)
        : folders(window.dataset().folders), articles(window.dataset().articles.size()),
          events(window.dataset().events.size()), rows(window.eventsDock()->model()->rowCount()),
          eventDates(window.timeline()->eventDates()), title(window.windowTitle())
    {}
    bool operator==(const Shown &other) const
    {
        return folders == other.folders && articles == other.articles && events == other.events &&
               rows == other.rows && eventDates == other.eventDates && title == other.title;
    }
};

struct Progress {
    LoadTask::Stage stage;
    int done;
    int total;
};

struct CancelTimes {
    qint64 answered = -1; ///< ms from the click until the task no longer runs
    qint64 stopped = -1;  ///< ms from the click until no worker thread is busy
};

// Starts `load`, waits until a tenth of the files are read, clicks Cancel and measures
// how soon the window and the worker threads are idle.
CancelTimes cancelAfterATenth(MainWindow &window, const std::function<void()> &load)
{
    QVector<Progress> progress;
    const QMetaObject::Connection connection =
        QObject::connect(window.loadTask(), &LoadTask::progress,
                         [&](LoadTask::Stage stage, int done, int total, const QString &) {
                             progress.append({stage, done, total});
                         });
    load();
    REQUIRE(window.loadTask()->isRunning());
    auto *widget = window.findChild<LoadProgressWidget *>();
    REQUIRE(widget->isVisible());
    REQUIRE(test::waitUntil(
        [&] {
            return !progress.isEmpty() && progress.last().stage == LoadTask::Stage::Reading &&
                   progress.last().done * 10 >= progress.last().total;
        },
        120000));
    QObject::disconnect(connection);
    // Still reading: the rest of the load would take seconds.
    CHECK(progress.last().done < progress.last().total / 2);

    auto *cancel = widget->findChild<QPushButton *>();
    REQUIRE(cancel->isEnabled());
    QElapsedTimer clock;
    clock.start();
    QTest::mouseClick(cancel, Qt::LeftButton);
    CHECK_FALSE(cancel->isEnabled());
    CancelTimes times;
    REQUIRE(test::waitUntil([&] { return !window.loadTask()->isRunning(); }, 60000));
    times.answered = clock.elapsed();
    CHECK_FALSE(widget->isVisible());
    REQUIRE(test::waitUntil([&] { return QThreadPool::globalInstance()->activeThreadCount() == 0; }, 60000));
    times.stopped = clock.elapsed();
    return times;
}

} // namespace

TEST_CASE("Cancel stops a big load within a second and keeps the loaded articles", "[viewer]")
{
    const QString folder = corpus();
    MainWindow window(false);
    window.show();
    window.openFolders({QStringLiteral(CM_SEEDS)}, false);
    REQUIRE(test::waitUntil([&] { return !window.loadTask()->isRunning() && window.isSettled(); }, 60000));
    const Shown before(window);
    REQUIRE(before.events > 0);

    bool cancelled = false;
    QObject::connect(window.loadTask(), &LoadTask::finished,
                     [&](const LoadResult &result) { cancelled = result.cancelled; });

    CancelTimes times;
    SECTION("adding a folder")
    {
        times = cancelAfterATenth(window, [&] { window.addFolders({folder}, false); });
    }
    SECTION("opening a folder in place of the loaded ones")
    {
        times = cancelAfterATenth(window, [&] { window.openFolders({folder}, false); });
    }
    CHECK(times.answered < 1000);
    CHECK(times.stopped < 1000);
    CHECK(cancelled);
    CHECK(Shown(window) == before);
    REQUIRE(test::waitUntil([&] { return window.isSettled(); }));
    CHECK(window.mapController()->snapshot().date == window.timeline()->currentDate());
}

TEST_CASE("after a cancelled load the same folder loads with steady progress", "[viewer]")
{
    const QString folder = corpus();
    MainWindow window(false);
    window.show();
    window.openFolders({QStringLiteral(CM_SEEDS)}, false);
    REQUIRE(test::waitUntil([&] { return !window.loadTask()->isRunning() && window.isSettled(); }, 60000));
    const Dataset base = window.dataset();
    cancelAfterATenth(window, [&] { window.addFolders({folder}, false); });
    REQUIRE(window.dataset().folders == base.folders);

    QVector<Progress> progress;
    QVector<int> barValues;
    int lastMaximum = -1;
    QProgressBar *bar = window.findChild<LoadProgressWidget *>()->findChild<QProgressBar *>();
    QObject::connect(window.loadTask(), &LoadTask::progress,
                     [&](LoadTask::Stage stage, int done, int total, const QString &) {
                         progress.append({stage, done, total});
                         if (total > 0) { // else the bar is busy
                             barValues.append(bar->value());
                             lastMaximum = bar->maximum();
                         }
                     });
    QElapsedTimer clock;
    clock.start();
    window.addFolders({folder}, false);
    REQUIRE(window.loadTask()->isRunning());
    REQUIRE(test::waitUntil([&] { return !window.loadTask()->isRunning(); }, 300000));
    const qint64 elapsed = clock.elapsed();

    // Both folders, the earlier events first and unchanged, then the new ones.
    const Dataset &loaded = window.dataset();
    CHECK(loaded.folders == base.folders + QStringList{folder});
    REQUIRE(loaded.events.size() > base.events.size());
    for (int i = 0; i < base.events.size(); ++i) {
        CHECK(loaded.events.at(i).file == base.events.at(i).file);
        CHECK(loaded.events.at(i).offset == base.events.at(i).offset);
    }
    CHECK(loaded.articles.size() >= base.articles.size() + kArticles);
    CHECK(window.eventsDock()->model()->rowCount() == loaded.events.size());
    CHECK(loaded.searchText.size() == loaded.events.size());
    CHECK(window.timeline()->eventDates().size() > 1);

    // Progress went through every stage, the bar never moved back, and updates came
    // throttled (at most ~20 a second plus the ends of each stage).
    REQUIRE(progress.size() >= 3);
    CHECK(progress.first().stage == LoadTask::Stage::Reading);
    CHECK(progress.last().stage == LoadTask::Stage::Building);
    bool extracting = false;
    for (const Progress &step : progress)
        extracting |= step.stage == LoadTask::Stage::Extracting;
    CHECK(extracting);
    CHECK(std::is_sorted(barValues.begin(), barValues.end()));
    CHECK(barValues.last() == lastMaximum);
    CHECK(progress.size() <= elapsed / 50 + 6);
    REQUIRE(test::waitUntil([&] { return window.isSettled(); }));
    CHECK(window.mapController()->snapshot().date == window.timeline()->currentDate());
}
