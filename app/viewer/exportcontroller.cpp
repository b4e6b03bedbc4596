#include "exportcontroller.h"

#include "exportmapdialog.h"
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

QString basemapPath() { return Resources::path(QStringLiteral("basemap/region.gpkg")); }

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

QString sourceLine(const MainWindow *window)
{
    return QObject::tr("Source: ConflictMap, %n article(s) of French news", nullptr,
                       window->dataset().articles.size());
}

QString attributionLine()
{
    return QObject::tr("Places © GeoNames (CC-BY 4.0) · Borders and rivers: Natural Earth");
}

} // namespace

ExportController::ExportController(MainWindow *window) : QObject(window), mWindow(window) {}

void ExportController::exportMap()
{
    const QDate date = mWindow->timeline()->currentDate();
    ExportMapDialog dialog(tr("Control of territory"), tr("Syria and Iraq"), mWindow);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString file = QFileDialog::getSaveFileName(
        mWindow, tr("Export map"),
        QDir::home().filePath(QStringLiteral("conflictmap-%1.png").arg(date.toString(Qt::ISODate))),
        tr("PNG image (*.png);;JPEG image (*.jpg *.jpeg);;PDF document (*.pdf);;SVG drawing (*.svg)"));
    if (file.isEmpty())
        return;

    MapController *map = mWindow->mapController();
    SnapshotOptions options;
    options.layers = mWindow->canvas()->layers();
    options.legendLayers = {static_cast<QgsMapLayer *>(map->placesLayer()), map->frontlinesLayer(), map->areasLayer()};
    options.legendFilterByMap = true;
    options.extent = canvasExtentWgs84(mWindow->canvas());
    options.destinationCrs = mWindow->canvas()->mapSettings().destinationCrs().authid();
    options.date = date;
    options.dateText = QLocale().toString(date, QLocale::LongFormat);
    options.title = dialog.title();
    options.subtitle = dialog.subtitle();
    options.source = sourceLine(mWindow);
    options.attribution = attributionLine();
    options.legendTitle = tr("Control");
    options.size = dialog.size();
    options.dpi = dialog.dpi();

    QApplication::setOverrideCursor(Qt::WaitCursor);
    Diagnostics problems;
    const bool ok = SnapshotRenderer(options).exportTo(file, &problems);
    QApplication::restoreOverrideCursor();
    if (!ok)
        QMessageBox::warning(mWindow, tr("Export map"), tr("Could not write %1.\n%2").arg(file, problemsText(problems)));
    else
        mWindow->statusBar()->showMessage(tr("Map saved to %1").arg(file), 5000);
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
                                           suffix == QLatin1String("gif") ? tr("GIF (*.gif)") : tr("MP4 (*.mp4)"));
    if (path.isEmpty())
        return;

    const QVector<QDate> dates = seriesDates(from->date(), to->date(), SeriesStep(step->currentData().toInt()));
    if (dates.isEmpty())
        return;
    auto series = makeSeries(mWindow->dataset().events);
    const FactionStyles styles = FactionStyles::load();
    Diagnostics problems;
    StoryLayers layers(basemapPath(), styles, &problems);

    SnapshotOptions options;
    options.layers = layers.layers();
    options.legendLayers = layers.legendLayers();
    options.extent = canvasExtentWgs84(mWindow->canvas());
    options.destinationCrs = mWindow->canvas()->mapSettings().destinationCrs().authid();
    options.title = tr("Control of territory");
    options.source = sourceLine(mWindow);
    options.attribution = attributionLine();
    options.legendTitle = tr("Control");
    options.size = QSize(1280, 720);

    AnimationEncoder encoder;
    encoder.setPaletteHint(MapStyle::keyColors(styles));
    if (!encoder.open(path, options.size, 2.0, &problems)) {
        QMessageBox::warning(mWindow, tr("Export animation"), tr("Could not write %1.\n%2").arg(path, problemsText(problems)));
        return;
    }
    QProgressDialog progress(tr("Drawing the frames…"), tr("Cancel"), 0, dates.size(), mWindow);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    // Frames are drawn on the GUI thread, which owns the layers; events are processed
    // between frames so Cancel answers within one frame.
    for (int i = 0; i < dates.size(); ++i) {
        progress.setValue(i);
        QCoreApplication::processEvents();
        if (progress.wasCanceled())
            break;
        const StoryFrame frame = series->frameAt(dates.at(i));
        layers.showDate(frame.state, frame.zones);
        options.date = frame.date;
        options.dateText = QLocale().toString(frame.date, QLocale::LongFormat);
        if (!encoder.addFrame(SnapshotRenderer(options).renderImage(), &problems))
            break;
    }
    const bool cancelled = progress.wasCanceled();
    progress.setValue(dates.size());
    const bool ok = encoder.finish(&problems) && problems.isEmpty();
    layers.release();
    if (!ok)
        QMessageBox::warning(mWindow, tr("Export animation"), tr("Could not write %1.\n%2").arg(path, problemsText(problems)));
    else
        mWindow->statusBar()->showMessage(cancelled ? tr("Animation cancelled; %n frame(s) written to %1", nullptr,
                                                         encoder.frameCount()).arg(path)
                                                    : tr("Animation saved to %1").arg(path),
                                          5000);
}

void ExportController::exportData()
{
    const QString path = QFileDialog::getSaveFileName(
        mWindow, tr("Export data"), QDir::home().filePath(QStringLiteral("conflictmap.gpkg")),
        tr("GeoPackage (*.gpkg);;GeoJSON (*.geojson);;CSV (*.csv);;QGIS project with its GeoPackage (*.qgz)"));
    if (path.isEmpty())
        return;

    const ControlEvents events = mWindow->dataset().events;
    const QDate current = mWindow->timeline()->currentDate();
    const QDate from = mWindow->timeline()->start();
    const QDate to = mWindow->timeline()->end();
    const bool project = QFileInfo(path).suffix().compare(QLatin1String("qgz"), Qt::CaseInsensitive) == 0;
    const QString data = project ? QFileInfo(path).absoluteDir().filePath(QFileInfo(path).completeBaseName()
                                                                          + QStringLiteral(".gpkg"))
                                 : path;

    auto cancel = std::make_shared<std::atomic_bool>(false);
    auto *progress = new QProgressDialog(tr("Computing areas week by week…"), tr("Cancel"), 0, 100, mWindow);
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
                if (*cancel)
                    return;
                if (problems.isEmpty() && project) {
                    QgzProjectOptions options;
                    options.geopackage = data;
                    options.from = from;
                    options.to = to;
                    QgzProjectWriter::write(path, options, &problems);
                }
                if (!problems.isEmpty())
                    QMessageBox::warning(mWindow, tr("Export data"),
                                         tr("Could not write %1.\n%2").arg(path, problemsText(problems)));
                else
                    mWindow->statusBar()->showMessage(tr("Data saved to %1").arg(path), 5000);
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
