// Drives File ▸ Export on the main window showing the sample articles: maps (PNG, PDF,
// SVG), animations (GIF, MP4, PNG frames, and cancelling one) and data (GeoPackage,
// GeoJSON, CSV, QGIS project) reopened with libavformat, GDAL and QGIS; and the dialogs.
// With CM_EXPORT_SHOTS set to a folder, the dialogs and an exported map are saved there.
#include "catch_qt.h"

#include "exportcontroller.h"
#include "exportmapdialog.h"
#include "loadtask.h"
#include "mainwindow.h"
#include "mapcontroller.h"
#include "render/mediachecks.h"
#include "viewertestsupport.h"

#include "conflictmap/storyexport.h"
#include "conflictmap/timeline.h"

#include <qgscategorizedsymbolrenderer.h>
#include <qgsmapcanvas.h>
#include <qgsproject.h>
#include <qgsrulebasedrenderer.h>
#include <qgssymbol.h>
#include <qgsvectorlayer.h>

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QDomDocument>
#include <QFile>
#include <QFormLayout>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

using namespace cm;
using cm::test::countPixels;
using cm::test::MediaInfo;
using cm::test::probe;

namespace {

const QDate kDate(2017, 11, 20);

// The sample articles, read once (as File ▸ Open folder does, without the thread).
const LoadResult &sampleLoad()
{
    static const LoadResult result = LoadTask::run({QStringLiteral(CM_SEEDS)}, Dataset(), {}, nullptr);
    return result;
}

// A window that shows the sample articles at `date` and has drawn it.
void showSamples(MainWindow &window, const QDate &date = kDate)
{
    window.show();
    window.showLoadResult(sampleLoad());
    window.timeline()->setCurrentDate(date);
    REQUIRE(test::waitUntil([&] { return window.isSettled(); }));
}

ExportController *controllerOf(MainWindow &window)
{
    auto *controller = window.findChild<ExportController *>();
    REQUIRE(controller);
    return controller;
}

void saveShot(const QImage &image, const QString &name)
{
    const QString folder = qEnvironmentVariable("CM_EXPORT_SHOTS");
    if (!folder.isEmpty() && QDir().mkpath(folder))
        image.save(QDir(folder).filePath(name));
}

// `over` seen through `fill` (with its alpha).
QColor blend(const QColor &fill, const QColor &over)
{
    const double a = fill.alphaF();
    return QColor::fromRgbF(fill.redF() * a + over.redF() * (1 - a),
                            fill.greenF() * a + over.greenF() * (1 - a),
                            fill.blueF() * a + over.blueF() * (1 - a));
}

// The fill of Syria and Iraq on the canvas (the first rule of the countries layer).
QColor focusLandColor(MainWindow &window)
{
    for (QgsMapLayer *layer : window.canvas()->layers())
        if (auto *vector = qobject_cast<QgsVectorLayer *>(layer))
            if (auto *rules = dynamic_cast<QgsRuleBasedRenderer *>(vector->renderer()))
                if (!rules->rootRule()->children().isEmpty() &&
                    rules->rootRule()->children().first()->symbol())
                    return rules->rootRule()->children().first()->symbol()->color();
    return QColor();
}

struct OgrLayer {
    QString name;
    qint64 features = 0;
    QString epsg; ///< authority code of the layer's CRS; empty without one
};

// The layers of an OGR data source.
QVector<OgrLayer> ogrLayers(const QString &path)
{
    QVector<OgrLayer> layers;
    GDALDatasetH dataset = GDALOpenEx(path.toUtf8().constData(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
    if (!dataset)
        return layers;
    for (int i = 0; i < GDALDatasetGetLayerCount(dataset); ++i) {
        OGRLayerH layer = GDALDatasetGetLayer(dataset, i);
        OgrLayer info;
        info.name = QString::fromUtf8(OGR_L_GetName(layer));
        info.features = OGR_L_GetFeatureCount(layer, TRUE);
        if (OGRSpatialReferenceH srs = OGR_L_GetSpatialRef(layer)) {
            OSRAutoIdentifyEPSG(srs);
            if (const char *code = OSRGetAuthorityCode(srs, nullptr))
                info.epsg = QString::fromLatin1(code);
        }
        layers << info;
    }
    GDALClose(dataset);
    return layers;
}

OgrLayer findLayer(const QVector<OgrLayer> &layers, const QString &name)
{
    for (const OgrLayer &layer : layers)
        if (layer.name == name)
            return layer;
    return OgrLayer();
}

// Starts a data export and waits for its end.
ExportController::Result exportData(ExportController *controller, const QString &path, Diagnostics *problems)
{
    int ends = 0;
    ExportController::Result result = ExportController::Result::Failed;
    const QMetaObject::Connection connection = QObject::connect(
        controller, &ExportController::dataWritten,
        [&](const QString &written, ExportController::Result outcome, const Diagnostics &reported) {
            CHECK(written == path);
            ++ends;
            result = outcome;
            *problems = reported;
        });
    controller->startDataExport(path);
    const bool ended = test::waitUntil([&] { return ends > 0; }, 180000);
    QObject::disconnect(connection);
    REQUIRE(ended);
    CHECK(ends == 1);
    return result;
}

} // namespace

TEST_CASE("the map exports as PNG at the chosen size with the faction colours", "[export]")
{
    MainWindow window(false);
    showSamples(window);
    ExportController *controller = controllerOf(window);
    QTemporaryDir dir;
    MapExportSettings settings = controller->defaultMapSettings();
    settings.size = QSize(1400, 900);
    settings.dpi = 120;
    const QString png = dir.filePath(QStringLiteral("map.png"));
    Diagnostics problems;
    REQUIRE(controller->writeMap(png, settings, &problems));
    CHECK(problems.isEmpty());
    CHECK(window.statusBar()->currentMessage().contains(png));

    QImageReader reader(png);
    CHECK(reader.format() == "png");
    const QImage image = reader.read();
    REQUIRE(image.size() == QSize(1400, 900));
    saveShot(image, QStringLiteral("exported-map.png"));

    // The large areas at the date show in their class colour over the land.
    const QColor land = focusLandColor(window);
    REQUIRE(land.isValid());
    auto *renderer =
        dynamic_cast<QgsCategorizedSymbolRenderer *>(window.mapController()->areasLayer()->renderer());
    REQUIRE(renderer);
    int classes = 0;
    int shown = 0;
    for (const FactionArea &area : window.mapController()->snapshot().zones.areas) {
        const int category = renderer->categoryIndexForValue(area.classId);
        if (area.areaKm2 < 1000 || category < 0 || area.classId == QLatin1String("contested"))
            continue;
        ++classes;
        const QColor expected = blend(renderer->categories().at(category).symbol()->color(), land);
        INFO(area.classId.toStdString() << " " << expected.name().toStdString());
        shown += countPixels(image, expected, 3) > 50;
    }
    REQUIRE(classes >= 2);
    CHECK(shown == classes);
}

TEST_CASE("PDF and SVG exports are valid and carry the viewer's date", "[export]")
{
    MainWindow window(false);
    showSamples(window);
    ExportController *controller = controllerOf(window);
    QTemporaryDir dir;
    MapExportSettings settings = controller->defaultMapSettings();
    settings.size = QSize(1200, 800);
    settings.dpi = 96;

    const QString pdf = dir.filePath(QStringLiteral("map.pdf"));
    REQUIRE(controller->writeMap(pdf, settings, nullptr));
    QFile pdfFile(pdf);
    REQUIRE(pdfFile.open(QIODevice::ReadOnly));
    const QByteArray pdfBytes = pdfFile.readAll();
    CHECK(pdfBytes.startsWith("%PDF-"));
    CHECK(pdfBytes.trimmed().endsWith("%%EOF"));

    // The date in the header is the timeline's, in the interface language.
    for (const QLocale &locale :
         {QLocale(QLocale::English, QLocale::UnitedKingdom), QLocale(QLocale::French, QLocale::France)}) {
        QLocale::setDefault(locale);
        window.timeline()->setCurrentDate(kDate.addDays(-3));
        REQUIRE(test::waitUntil([&] { return window.isSettled(); }));
        const QString svg = dir.filePath(QStringLiteral("map-%1.svg").arg(locale.name()));
        REQUIRE(controller->writeMap(svg, settings, nullptr));
        QFile svgFile(svg);
        REQUIRE(svgFile.open(QIODevice::ReadOnly));
        QDomDocument document;
        REQUIRE(document.setContent(&svgFile));
        CHECK(document.documentElement().tagName() == QStringLiteral("svg"));
        const QString text = document.documentElement().text();
        const QString date = locale.toString(kDate.addDays(-3), QStringLiteral("d MMMM yyyy"));
        CHECK(text.contains(date));
        CHECK_FALSE(text.contains(locale.toString(kDate, QStringLiteral("d MMMM yyyy"))));
        CHECK(text.contains(settings.title));
        // The footer counts the articles read, not the files skipped.
        int read = 0;
        for (const Article &article : window.dataset().articles)
            read += article.status == ArticleStatus::Ok;
        CHECK(text.contains(QStringLiteral(" %1 article").arg(read)));
    }
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

TEST_CASE("animations export one frame per step as GIF, MP4 and PNG images", "[export]")
{
    MainWindow window(false);
    showSamples(window);
    ExportController *controller = controllerOf(window);
    QTemporaryDir dir;
    AnimationExportSettings settings;
    settings.from = QDate(2017, 9, 1);
    settings.to = kDate;
    settings.step = SeriesStep::Month;
    settings.size = QSize(480, 270);
    const int frames = seriesDates(settings.from, settings.to, settings.step).size();
    REQUIRE(frames >= 3);

    for (const QString &name : {QStringLiteral("story.gif"), QStringLiteral("story.mp4")}) {
        INFO(name.toStdString());
        const QString path = dir.filePath(name);
        Diagnostics problems;
        REQUIRE(controller->writeAnimation(path, settings, &problems) == ExportController::Result::Done);
        CHECK(problems.isEmpty());
        const MediaInfo info = probe(path);
        CHECK(info.frames == frames);
        CHECK(info.size == settings.size);
        CHECK(info.codec ==
              (name.endsWith(QLatin1String("gif")) ? QStringLiteral("gif") : QStringLiteral("h264")));
        CHECK(window.statusBar()->currentMessage().contains(path));
        if (name.endsWith(QLatin1String("gif"))) {
            QImageReader reader(path);
            QImage last;
            for (QImage next = reader.read(); !next.isNull(); next = reader.read())
                last = next;
            CHECK(last.size() == settings.size);
            saveShot(last, QStringLiteral("animation-last-frame.png"));
        }
    }

    const QString folder = dir.filePath(QStringLiteral("frames"));
    REQUIRE(controller->writeAnimation(folder, settings, nullptr) == ExportController::Result::Done);
    const QStringList images =
        QDir(folder).entryList({QStringLiteral("frame_*.png")}, QDir::Files, QDir::Name);
    REQUIRE(images.size() == frames);
    CHECK(images.first() == QStringLiteral("frame_0001.png"));
    CHECK(QImageReader(QDir(folder).filePath(images.last())).size() == settings.size);
    // No progress dialog is left behind.
    CHECK(window.findChildren<QProgressDialog *>().isEmpty());
}

TEST_CASE("cancelling an animation stops it and keeps no partial file", "[export]")
{
    MainWindow window(false);
    showSamples(window);
    ExportController *controller = controllerOf(window);
    QTemporaryDir dir;
    AnimationExportSettings settings;
    settings.from = QDate(2017, 1, 1);
    settings.to = kDate;
    settings.step = SeriesStep::Day;
    settings.size = QSize(320, 180);
    const int total = seriesDates(settings.from, settings.to, settings.step).size();

    for (const QString &name : {QStringLiteral("long.gif"), QStringLiteral("frames")}) {
        INFO(name.toStdString());
        const QString path = dir.filePath(name);
        // Press the progress dialog's Cancel once it shows a few frames done.
        int shownAt = -1;
        QTimer clicker;
        clicker.setInterval(10);
        QObject::connect(&clicker, &QTimer::timeout, [&] {
            for (QProgressDialog *progress : window.findChildren<QProgressDialog *>()) {
                if (!progress->isVisible() || progress->value() < 3)
                    continue;
                shownAt = progress->value();
                auto *cancel = progress->findChild<QPushButton *>();
                if (cancel)
                    QTest::mouseClick(cancel, Qt::LeftButton);
                clicker.stop();
            }
        });
        clicker.start();
        Diagnostics problems;
        const ExportController::Result result = controller->writeAnimation(path, settings, &problems);
        clicker.stop();
        CHECK(result == ExportController::Result::Cancelled);
        CHECK(shownAt >= 3);
        CHECK(shownAt < total - 1);
        CHECK_FALSE(QFileInfo::exists(path));
        CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("cancelled")));
    }
}

TEST_CASE("data exports reopen with GDAL in EPSG:4326", "[export]")
{
    MainWindow window(false);
    showSamples(window);
    ExportController *controller = controllerOf(window);
    QTemporaryDir dir;
    const int events = window.dataset().events.size();
    REQUIRE(events > 0);

    SECTION("GeoPackage")
    {
        const QString path = dir.filePath(QStringLiteral("story.gpkg"));
        Diagnostics problems;
        REQUIRE(exportData(controller, path, &problems) == ExportController::Result::Done);
        CHECK(problems.isEmpty());
        const QVector<OgrLayer> layers = ogrLayers(path);
        for (const QString &name : storyLayerNames()) {
            INFO(name.toStdString());
            const OgrLayer layer = findLayer(layers, name);
            CHECK(layer.name == name);
            CHECK(layer.features > 0);
            if (name != QLatin1String("area_series"))
                CHECK(layer.epsg == QStringLiteral("4326"));
        }
        CHECK(findLayer(layers, QStringLiteral("events")).features == events);
        CHECK(window.statusBar()->currentMessage().contains(path));
    }
    SECTION("GeoJSON")
    {
        const QString path = dir.filePath(QStringLiteral("story.geojson"));
        Diagnostics problems;
        REQUIRE(exportData(controller, path, &problems) == ExportController::Result::Done);
        const QVector<OgrLayer> areas = ogrLayers(path);
        REQUIRE(areas.size() == 1);
        CHECK(areas.first().features > 0);
        CHECK(areas.first().epsg == QStringLiteral("4326"));
        const QVector<OgrLayer> eventLayer = ogrLayers(dir.filePath(QStringLiteral("story-events.geojson")));
        REQUIRE(eventLayer.size() == 1);
        CHECK(eventLayer.first().features == events);
    }
    SECTION("CSV")
    {
        const QString path = dir.filePath(QStringLiteral("story.csv"));
        Diagnostics problems;
        REQUIRE(exportData(controller, path, &problems) == ExportController::Result::Done);
        const QVector<OgrLayer> table = ogrLayers(path);
        REQUIRE(table.size() == 1);
        CHECK(table.first().features == events);
        const QVector<OgrLayer> series = ogrLayers(dir.filePath(QStringLiteral("story-area_series.csv")));
        REQUIRE(series.size() == 1);
        CHECK(series.first().features > 0);
    }
    SECTION("QGIS project")
    {
        const QString path = dir.filePath(QStringLiteral("story.qgz"));
        Diagnostics problems;
        REQUIRE(exportData(controller, path, &problems) == ExportController::Result::Done);
        CHECK(problems.isEmpty());
        const QVector<OgrLayer> layers = ogrLayers(dir.filePath(QStringLiteral("story.gpkg")));
        CHECK(findLayer(layers, QStringLiteral("areas_series")).features > 0);
        QgsProject project;
        REQUIRE(project.read(path));
        const QMap<QString, QgsMapLayer *> projectLayers = project.mapLayers();
        REQUIRE(!projectLayers.isEmpty());
        for (QgsMapLayer *layer : projectLayers) {
            INFO(layer->name().toStdString());
            CHECK(layer->isValid());
            CHECK(layer->crs().authid() == QStringLiteral("EPSG:4326"));
        }
        project.clear();
    }
}

TEST_CASE("the export dialogs show their fields whole", "[export]")
{
    MainWindow window(false);
    showSamples(window);
    ExportController *controller = controllerOf(window);

    // Each dialog opens from the menu action's slot; a timer looks at it and closes it.
    for (int which = 0; which < 2; ++which) {
        bool seen = false;
        QTimer::singleShot(300, &window, [&] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            seen = true;
            saveShot(dialog->grab().toImage(), which == 0 ? QStringLiteral("export-map-dialog.png")
                                                          : QStringLiteral("export-animation-dialog.png"));
            CHECK(!dialog->windowTitle().isEmpty());
            for (QLabel *label : dialog->findChildren<QLabel *>()) {
                INFO(label->text().toStdString());
                CHECK(label->width() >= label->sizeHint().width());
            }
            for (QLineEdit *edit : dialog->findChildren<QLineEdit *>()) {
                if (edit->parentWidget() != dialog)
                    continue; // the editors inside spin boxes and date fields
                INFO(edit->text().toStdString());
                CHECK(edit->width() >= edit->fontMetrics().horizontalAdvance(edit->text()));
            }
            dialog->reject();
        });
        if (which == 0)
            controller->exportMap();
        else
            controller->exportAnimation();
        CHECK(seen);
    }

    ExportMapDialog dialog(QStringLiteral("A title"), QStringLiteral("A subtitle"));
    CHECK(dialog.title() == QStringLiteral("A title"));
    CHECK(dialog.subtitle() == QStringLiteral("A subtitle"));
    CHECK(dialog.size() == QSize(1920, 1080));
}
