// `conflictmap-cli export [DIR...] [--events FILE.json] --out FILE.gpkg|.geojson|.csv|.qgz
//  [--from D] [--to D] [--step day|week|month] [--date D]`
#include "commands.h"
#include "storysupport.h"

#include "conflictmap/storyexport.h"

#include <QDir>
#include <QFileInfo>

#ifdef CONFLICTMAP_WITH_RENDER
#include "qgzprojectwriter.h"
#endif

namespace cm::cli {

int runExport(const QStringList &arguments, Streams &streams)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Exports the story: events (with evidence and source), areas, frontlines and places at a date,\n"
        "and the series of areas, frontlines and places from --from to --to every --step.\n"
        "  .gpkg     one GeoPackage (with the basemap, for a stand-alone file)\n"
        "  .geojson  one file per layer (FILE.geojson, FILE-<layer>.geojson)\n"
        "  .csv      events (FILE.csv) and areas over time (FILE-area_series.csv)\n"
        "  .qgz      a QGIS project and its GeoPackage (FILE.gpkg) with temporal properties:\n"
        "            open it in QGIS and press play in the Temporal Controller"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("DIR"), QStringLiteral("article folders"),
                                 QStringLiteral("[DIR...]"));
    parser.addOptions(storyOptions());
    parser.addOptions({
        QCommandLineOption(QStringLiteral("out"), QStringLiteral("output file (.gpkg, .geojson, .csv, .qgz)"),
                           QStringLiteral("FILE")),
        QCommandLineOption(QStringLiteral("from"), QStringLiteral("first date of the series (first event)"),
                           QStringLiteral("YYYY-MM-DD")),
        QCommandLineOption(QStringLiteral("to"), QStringLiteral("last date of the series (last event)"),
                           QStringLiteral("YYYY-MM-DD")),
        QCommandLineOption(QStringLiteral("step"), QStringLiteral("series step: day, week (default), month"),
                           QStringLiteral("STEP")),
        QCommandLineOption(QStringLiteral("date"), QStringLiteral("date of the at-date layers (--to)"),
                           QStringLiteral("YYYY-MM-DD")),
    });
    if (const int exitCode = parseArguments(parser, arguments, streams); exitCode >= 0)
        return exitCode;
    const QString out = parser.value(QStringLiteral("out"));
    const QString suffix = QFileInfo(out).suffix().toLower();
    const QStringList suffixes = {QStringLiteral("gpkg"), QStringLiteral("geojson"), QStringLiteral("json"),
                                  QStringLiteral("csv"),  QStringLiteral("qgz"),     QStringLiteral("qgs")};
    if (out.isEmpty() || !suffixes.contains(suffix)) {
        streams.err << "conflictmap-cli export: give --out FILE.gpkg|.geojson|.csv|.qgz\n";
        return 2;
    }
    const bool project = suffix == QLatin1String("qgz") || suffix == QLatin1String("qgs");
#ifndef CONFLICTMAP_WITH_RENDER
    if (project)
        return renderUnavailable(QStringLiteral("export"), streams);
#endif
    bool stepOk = true;
    const SeriesStep step = parser.isSet(QStringLiteral("step"))
                                ? seriesStepFromId(parser.value(QStringLiteral("step")), &stepOk)
                                : SeriesStep::Week;
    if (!stepOk) {
        streams.err << "conflictmap-cli export: --step is day, week or month\n";
        return 2;
    }

    StorySeries series;
    if (!loadStory(QStringLiteral("export"), parser, series, streams))
        return 2;
    bool ok1 = false, ok2 = false, ok3 = false;
    const QDate from = dateOption(QStringLiteral("export"), parser, QStringLiteral("from"),
                                  series.firstEventDate(), streams, &ok1);
    const QDate to = dateOption(QStringLiteral("export"), parser, QStringLiteral("to"),
                                series.lastEventDate(), streams, &ok2);
    const QDate date =
        dateOption(QStringLiteral("export"), parser, QStringLiteral("date"), to, streams, &ok3);
    if (!ok1 || !ok2 || !ok3)
        return 2;
    if (from.isValid() && to.isValid() && to < from) {
        streams.err << "conflictmap-cli export: --to is before --from\n";
        return 2;
    }

    const QVector<StoryFrame> frames = series.frames(seriesDates(from, to, step));
    StoryFrame current;
    if (date.isValid())
        current = series.frameAt(date);
    StoryExportInput input;
    input.events = &series.events();
    input.frames = &frames;
    input.current = date.isValid() ? &current : nullptr;

    const QString data =
        project ? QFileInfo(out).dir().filePath(QFileInfo(out).completeBaseName() + QStringLiteral(".gpkg"))
                : out;
    if (suffix == QLatin1String("gpkg") || project)
        input.basemap = basemapPath(parser);
    Diagnostics diagnostics;
    bool written = writeStoryExport(data, input, &diagnostics);
#ifdef CONFLICTMAP_WITH_RENDER
    if (written && project) {
        QgzProjectOptions options;
        options.geopackage = data;
        options.from = from;
        options.to = to;
        options.step = step;
        written = QgzProjectWriter::write(out, options, &diagnostics);
    }
#endif
    for (const Diagnostic &diagnostic : diagnostics)
        streams.err << "conflictmap-cli export: " << formatDiagnostic(diagnostic) << '\n';
    if (!written)
        return 1;
    streams.out << "series\t" << frames.size() << " dates from " << from.toString(Qt::ISODate) << " to "
                << to.toString(Qt::ISODate) << " every " << seriesStepId(step) << '\n';
    for (const QString &file : storyExportFiles(data, input))
        streams.out << "wrote\t" << file << '\n';
    if (project)
        streams.out << "wrote\t" << out << '\n';
    return 0;
}

} // namespace cm::cli
