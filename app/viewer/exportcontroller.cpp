#include "exportcontroller.h"

#include "exportmapdialog.h"
#include "factionpalette.h"
#include "mainwindow.h"
#include "mapcontroller.h"

#include "animationencoder.h"
#include "mapstyle.h"
#include "qgzprojectwriter.h"
#include "snapshotrenderer.h"
#include "storylayers.h"

#include "conflictmap/gazetteer.h"
#include "conflictmap/resources.h"
#include "conflictmap/storyexport.h"
#include "conflictmap/storyseries.h"
#include "conflictmap/timeline.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStatusBar>
#include <QtConcurrent>

#include <qgscoordinatereferencesystem.h>
#include <qgscoordinatetransform.h>
#include <qgsmapcanvas.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

#include <atomic>
#include <memory>

namespace cm {
namespace {

QString basemapPath()
{
    return Resources::path(QStringLiteral("basemap/region.gpkg"));
}

QString problemsText(const Diagnostics &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &diagnostic : diagnostics)
        lines.append(formatDiagnostic(diagnostic));
    return lines.join(QLatin1Char('\n'));
}

// The story (control model and zones) of the loaded events, sized like the viewer's.
std::unique_ptr<StorySeries> makeSeries(const ControlEvents &events)
{
    auto series = std::make_unique<StorySeries>();
    Diagnostics ignored;
    series->loadLand(basemapPath(), &ignored);
    Gazetteer gazetteer;
    gazetteer.loadFolder(Resources::path(QStringLiteral("gazetteer")), &ignored);
    series->setEvents(events, &gazetteer);
    return series;
}

// The canvas extent as lon/lat degrees.
QRectF canvasExtentWgs84(QgsMapCanvas *canvas)
{
    const QgsCoordinateTransform toWgs84(canvas->mapSettings().destinationCrs(),
                                         QgsCoordinateReferenceSystem(QStringLiteral("EPSG:4326")),
                                         QgsProject::instance());
    const QgsRectangle box = toWgs84.transformBoundingBox(canvas->extent());
    return QRectF(QPointF(box.xMinimum(), box.yMinimum()), QPointF(box.xMaximum(), box.yMaximum()));
}

// Counts the articles read, not the files skipped (as the load summary does).
QString sourceLine(const MainWindow *window)
{
    int articles = 0;
    for (const Article &article : window->dataset().articles)
        articles += article.status == ArticleStatus::Ok;
    return QObject::tr("Source: ConflictMap, %n article(s) of French news", nullptr, articles);
}

QString attributionLine()
{
    return QObject::tr("Places © GeoNames (CC-BY 4.0) · Borders and rivers: Natural Earth");
}

// Names the classes in the legend of StoryLayers (English labels of the styles table) as
// the viewer's legend does, in the interface language.
void translateLegend(StoryLayers &layers)
{
    const FactionPalette palette;
    QHash<QString, QString> labels;
    for (const FactionStyle &style : palette.styles().styles())
        labels.insert(style.id, palette.className(style.id));
    layers.setClassLabels(labels);
}

// Removes what a cancelled or failed animation wrote: the file, or the frames of a folder.
void removeAnimation(const QString &path, const AnimationEncoder &encoder)
{
    if (AnimationEncoder::formatFor(path) != AnimationEncoder::Format::PngSequence) {
        QFile::remove(path);
        return;
    }
    for (const QString &file : encoder.files())
        QFile::remove(file);
    QDir().rmdir(path); // only when it is left empty
}

} // namespace

ExportController::ExportController(MainWindow *window) : QObject(window), mWindow(window) {}

MapExportSettings ExportController::defaultMapSettings() const
{
    MapExportSettings settings;
    settings.title = tr("Control of territory");
    settings.subtitle = tr("Syria and Iraq");
    return settings;
}

void ExportController::exportMap()
{
    const QDate date = mWindow->timeline()->currentDate();
    const MapExportSettings defaults = defaultMapSettings();
    ExportMapDialog dialog(defaults.title, defaults.subtitle, mWindow);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString file = QFileDialog::getSaveFileName(
        mWindow, tr("Export map"),
        QDir::home().filePath(QStringLiteral("conflictmap-%1.png").arg(date.toString(Qt::ISODate))),
        tr("PNG image (*.png);;JPEG image (*.jpg *.jpeg);;PDF document (*.pdf);;SVG drawing (*.svg)"));
    if (file.isEmpty())
        return;
    MapExportSettings settings;
    settings.title = dialog.title();
    settings.subtitle = dialog.subtitle();
    settings.size = dialog.size();
    settings.dpi = dialog.dpi();
    Diagnostics problems;
    if (!writeMap(file, settings, &problems))
        QMessageBox::warning(mWindow, tr("Export map"),
                             tr("Could not write %1.\n%2").arg(file, problemsText(problems)));
}

bool ExportController::writeMap(const QString &path, const MapExportSettings &settings, Diagnostics *problems)
{
    MapController *map = mWindow->mapController();
    SnapshotOptions options;
    options.layers = mWindow->canvas()->layers();
    // The areas name the factions; place symbols are keyed in the viewer's legend panel.
    options.legendLayers = {static_cast<QgsMapLayer *>(map->areasLayer()), map->frontlinesLayer()};
    options.legendNames = QStringList{QString(), tr("Frontline")};
    options.legendFilterByMap = true;
    options.extent = canvasExtentWgs84(mWindow->canvas());
    options.destinationCrs = mWindow->canvas()->mapSettings().destinationCrs().authid();
    options.date = mWindow->timeline()->currentDate();
    options.locale = QLocale();
    options.title = settings.title;
    options.subtitle = settings.subtitle;
    options.source = sourceLine(mWindow);
    options.attribution = attributionLine();
    options.legendTitle = tr("Control");
    options.size = settings.size;
    options.dpi = settings.dpi;

    // The canvas names places with its own item, which a layout does not draw: the places
    // chosen for a label get QGIS labels for the time of the export.
    QgsVectorLayer *places = map->placesLayer();
    MapStyle::labelPlaces(places, QStringLiteral("\"labelled\" = 1"));
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = SnapshotRenderer(options).exportTo(path, problems);
    QApplication::restoreOverrideCursor();
    places->setLabelsEnabled(false);
    places->setLabeling(nullptr);
    if (ok)
        mWindow->statusBar()->showMessage(tr("Map saved to %1").arg(path), 5000);
    return ok;
}

void ExportController::exportAnimation()
{
    Timeline *timeline = mWindow->timeline();
    QDialog dialog(mWindow);
    dialog.setWindowTitle(tr("Export animation"));
    auto *from = new QDateEdit(timeline->start(), &dialog);
    auto *to = new QDateEdit(timeline->end(), &dialog);
    for (QDateEdit *edit : {from, to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setDateRange(timeline->start(), timeline->end());
    }
    auto *step = new QComboBox(&dialog);
    step->addItem(tr("Day"), int(SeriesStep::Day));
    step->addItem(tr("Week"), int(SeriesStep::Week));
    step->addItem(tr("Month"), int(SeriesStep::Month));
    step->setCurrentIndex(1);
    auto *format = new QComboBox(&dialog);
    format->addItem(tr("Animated GIF"), QStringLiteral("gif"));
    format->addItem(tr("MP4 video (H.264)"), QStringLiteral("mp4"));
    format->addItem(tr("Numbered PNG images (folder)"), QString());
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("From:"), from);
    form->addRow(tr("To:"), to);
    form->addRow(tr("Step:"), step);
    form->addRow(tr("Format:"), format);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;

    const QString suffix = format->currentData().toString();
    const QString path =
        suffix.isEmpty()
            ? QFileDialog::getExistingDirectory(mWindow, tr("Folder for the PNG images"), QDir::homePath())
            : QFileDialog::getSaveFileName(mWindow, tr("Export animation"),
                                           QDir::home().filePath(QStringLiteral("conflictmap.") + suffix),
                                           suffix == QLatin1String("gif") ? tr("GIF (*.gif)")
                                                                          : tr("MP4 (*.mp4)"));
    if (path.isEmpty())
        return;
    AnimationExportSettings settings;
    settings.from = from->date();
    settings.to = to->date();
    settings.step = SeriesStep(step->currentData().toInt());
    Diagnostics problems;
    if (writeAnimation(path, settings, &problems) == Result::Failed)
        QMessageBox::warning(mWindow, tr("Export animation"),
                             tr("Could not write %1.\n%2").arg(path, problemsText(problems)));
}

ExportController::Result ExportController::writeAnimation(const QString &path,
                                                          const AnimationExportSettings &settings,
                                                          Diagnostics *diagnostics)
{
    Diagnostics ignored;
    Diagnostics *problems = diagnostics ? diagnostics : &ignored;
    const QVector<QDate> dates = seriesDates(settings.from, settings.to, settings.step);
    if (dates.isEmpty()) {
        problems->append({path, 0,
                          tr("no date between %1 and %2")
                              .arg(QLocale().toString(settings.from, QLocale::ShortFormat),
                                   QLocale().toString(settings.to, QLocale::ShortFormat))});
        return Result::Failed;
    }
    QProgressDialog progress(tr("Preparing the areas…"), tr("Cancel"), 0, dates.size(), mWindow);
    progress.setWindowTitle(tr("Export animation"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setValue(0);
    QCoreApplication::processEvents();

    auto series = makeSeries(mWindow->dataset().events);
    const FactionStyles styles = FactionStyles::load();
    Diagnostics basemapProblems; // a missing basemap table still gives a map: not a failure
    StoryLayers layers(basemapPath(), styles, &basemapProblems);
    translateLegend(layers);

    SnapshotOptions options;
    options.layers = layers.layers();
    options.legendLayers = layers.legendLayers();
    options.extent = canvasExtentWgs84(mWindow->canvas());
    options.destinationCrs = mWindow->canvas()->mapSettings().destinationCrs().authid();
    options.locale = QLocale();
    options.title = defaultMapSettings().title;
    options.source = sourceLine(mWindow);
    options.attribution = attributionLine();
    options.legendTitle = tr("Control");
    options.size = settings.size;

    AnimationEncoder encoder;
    encoder.setPaletteHint(MapStyle::keyColors(styles));
    const int before = problems->size();
    bool ok = encoder.open(path, options.size, settings.framesPerSecond, problems);
    // Frames are drawn on the GUI thread, which owns the layers; events are processed
    // between frames so Cancel answers within one frame.
    for (int i = 0; ok && i < dates.size(); ++i) {
        progress.setLabelText(tr("Drawing frame %1 of %2 (%3)…")
                                  .arg(i + 1)
                                  .arg(dates.size())
                                  .arg(QLocale().toString(dates.at(i), QLocale::ShortFormat)));
        progress.setValue(i);
        QCoreApplication::processEvents();
        if (progress.wasCanceled())
            break;
        const StoryFrame frame = series->frameAt(dates.at(i));
        layers.showDate(frame.state, frame.zones);
        options.legendLayers = layers.legendLayers();
        options.legendNames = QStringList{QString(), tr("Frontline")};
        options.date = frame.date;
        ok = encoder.addFrame(SnapshotRenderer(options).renderImage(), problems);
    }
    const bool cancelled = progress.wasCanceled();
    progress.setValue(dates.size());
    ok = encoder.finish(problems) && ok && problems->size() == before;
    layers.release();
    if (cancelled || !ok) {
        removeAnimation(path, encoder);
        mWindow->statusBar()->showMessage(cancelled ? tr("Animation export cancelled; nothing was saved")
                                                    : tr("Could not write %1").arg(path),
                                          5000);
        return cancelled ? Result::Cancelled : Result::Failed;
    }
    mWindow->statusBar()->showMessage(
        tr("Animation of %n frame(s) saved to %1", nullptr, encoder.frameCount()).arg(path), 5000);
    return Result::Done;
}

void ExportController::exportData()
{
    const QString path = QFileDialog::getSaveFileName(
        mWindow, tr("Export data"), QDir::home().filePath(QStringLiteral("conflictmap.gpkg")),
        tr("GeoPackage (*.gpkg);;GeoJSON (*.geojson);;CSV (*.csv);;QGIS project with its GeoPackage "
           "(*.qgz)"));
    if (path.isEmpty())
        return;
    // Reports once, then lets go of this export.
    auto *connection = new QMetaObject::Connection;
    *connection = connect(
        this, &ExportController::dataWritten, this,
        [this, connection](const QString &written, Result result, const Diagnostics &problems) {
            disconnect(*connection);
            delete connection;
            if (result == Result::Failed)
                QMessageBox::warning(mWindow, tr("Export data"),
                                     tr("Could not write %1.\n%2").arg(written, problemsText(problems)));
        });
    startDataExport(path);
}

void ExportController::startDataExport(const QString &path)
{
    const ControlEvents events = mWindow->dataset().events;
    const QDate current = mWindow->timeline()->currentDate();
    const QDate from = mWindow->timeline()->start();
    const QDate to = mWindow->timeline()->end();
    const bool project = QFileInfo(path).suffix().compare(QLatin1String("qgz"), Qt::CaseInsensitive) == 0;
    const QString data = project ? QFileInfo(path).absoluteDir().filePath(QFileInfo(path).completeBaseName() +
                                                                          QStringLiteral(".gpkg"))
                                 : path;

    auto cancel = std::make_shared<std::atomic_bool>(false);
    auto *progress = new QProgressDialog(tr("Computing areas week by week…"), tr("Cancel"), 0, 100, mWindow);
    progress->setWindowTitle(tr("Export data"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(200);
    connect(progress, &QProgressDialog::canceled, this, [cancel] { *cancel = true; });

    // The series and the files are core work on values: done on a worker thread.
    auto *watcher = new QFutureWatcher<Diagnostics>(this);
    connect(watcher, &QFutureWatcher<Diagnostics>::finished, this,
            [this, watcher, progress, path, data, project, from, to, cancel] {
                progress->deleteLater();
                watcher->deleteLater();
                Diagnostics problems = watcher->result();
                if (*cancel) {
                    mWindow->statusBar()->showMessage(tr("Data export cancelled"), 5000);
                    emit dataWritten(path, Result::Cancelled, problems);
                    return;
                }
                if (problems.isEmpty() && project) {
                    QgzProjectOptions options;
                    options.geopackage = data;
                    options.title = tr("ConflictMap story");
                    options.from = from;
                    options.to = to;
                    QgzProjectWriter::write(path, options, &problems);
                }
                if (problems.isEmpty())
                    mWindow->statusBar()->showMessage(tr("Data saved to %1").arg(path), 5000);
                emit dataWritten(path, problems.isEmpty() ? Result::Done : Result::Failed, problems);
            });
    watcher->setFuture(QtConcurrent::run([events, current, from, to, data, cancel, progress] {
        Diagnostics problems;
        auto series = makeSeries(events);
        const QVector<StoryFrame> frames = series->frames(
            seriesDates(from, to, SeriesStep::Week),
            [progress](int done, int total) {
                QMetaObject::invokeMethod(progress, [progress, done, total] {
                    progress->setMaximum(total);
                    progress->setValue(done);
                });
            },
            cancel.get());
        if (*cancel)
            return problems;
        const StoryFrame now = series->frameAt(current);
        StoryExportInput input;
        input.events = &events;
        input.frames = &frames;
        input.current = &now;
        input.basemap = basemapPath();
        if (!writeStoryExport(data, input, &problems) && problems.isEmpty())
            problems.append({data, 0, QStringLiteral("the export failed"), Diagnostic::Severity::Error});
        return problems;
    }));
}

} // namespace cm
