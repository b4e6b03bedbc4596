// `conflictmap-cli animate [DIR...] [--events FILE.json] --from D --to D --step day|week|month
//  --out FILE.gif|.mp4|DIR [--size WxH] [--fps N] [--extent ...] [--title TEXT]`
#include "commands.h"
#include "storysupport.h"

#ifdef CONFLICTMAP_WITH_RENDER
#include "animationencoder.h"
#include "mapstyle.h"
#include "snapshotrenderer.h"
#include "storylayers.h"
#endif

#include <QElapsedTimer>
#include <QFileInfo>

namespace cm::cli {

int runAnimate(const QStringList &arguments, Streams &streams)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Animates the areas and frontlines from --from to --to, one frame every --step, with the date on\n"
        "every frame: an animated GIF (.gif), an H.264 video (.mp4) or numbered PNGs in a folder."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("DIR"), QStringLiteral("article folders"),
                                 QStringLiteral("[DIR...]"));
    parser.addOptions(storyOptions());
    parser.addOptions({
        QCommandLineOption(QStringLiteral("from"), QStringLiteral("first date (first event)"),
                           QStringLiteral("YYYY-MM-DD")),
        QCommandLineOption(QStringLiteral("to"), QStringLiteral("last date (last event)"),
                           QStringLiteral("YYYY-MM-DD")),
        QCommandLineOption(QStringLiteral("step"), QStringLiteral("day, week (default) or month"),
                           QStringLiteral("STEP")),
        QCommandLineOption(QStringLiteral("out"),
                           QStringLiteral("FILE.gif, FILE.mp4 or a folder for PNG frames"),
                           QStringLiteral("PATH")),
        QCommandLineOption(QStringLiteral("size"), QStringLiteral("pixels (1280x720)"),
                           QStringLiteral("WxH")),
        QCommandLineOption(QStringLiteral("fps"), QStringLiteral("frames per second (2)"),
                           QStringLiteral("N")),
        QCommandLineOption(QStringLiteral("extent"), QStringLiteral("lon/lat box (35,29.2,48.6,37.6)"),
                           QStringLiteral("xmin,ymin,xmax,ymax")),
        QCommandLineOption(QStringLiteral("title"), QStringLiteral("title"), QStringLiteral("TEXT")),
    });
    if (const int exitCode = parseArguments(parser, arguments, streams); exitCode >= 0)
        return exitCode;
#ifndef CONFLICTMAP_WITH_RENDER
    return renderUnavailable(QStringLiteral("animate"), streams);
#else
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty()) {
        streams.err << "conflictmap-cli animate: give --out FILE.gif|FILE.mp4|DIR\n";
        return 2;
    }
    bool stepOk = true;
    const SeriesStep step = parser.isSet(QStringLiteral("step"))
                                ? seriesStepFromId(parser.value(QStringLiteral("step")), &stepOk)
                                : SeriesStep::Week;
    QSize size(1280, 720);
    if (parser.isSet(QStringLiteral("size")))
        size = parseSize(parser.value(QStringLiteral("size")));
    const double fps =
        parser.isSet(QStringLiteral("fps")) ? parser.value(QStringLiteral("fps")).toDouble() : 2.0;
    QRectF extent = SnapshotOptions().extent;
    if (parser.isSet(QStringLiteral("extent")))
        extent = parseExtent(parser.value(QStringLiteral("extent")));
    if (!stepOk || !size.isValid() || size.width() > 7680 || size.height() > 4320 || fps <= 0 || fps > 60 ||
        extent.isNull()) {
        streams.err << "conflictmap-cli animate: --step is day|week|month, --size WxH up to 7680x4320, "
                       "--fps 0..60, --extent xmin,ymin,xmax,ymax\n";
        return 2;
    }
    StorySeries series;
    if (!loadStory(QStringLiteral("animate"), parser, series, streams))
        return 2;
    bool ok1 = false, ok2 = false;
    const QDate from = dateOption(QStringLiteral("animate"), parser, QStringLiteral("from"),
                                  series.firstEventDate(), streams, &ok1);
    const QDate to = dateOption(QStringLiteral("animate"), parser, QStringLiteral("to"),
                                series.lastEventDate(), streams, &ok2);
    if (!ok1 || !ok2)
        return 2;
    const QVector<QDate> dates = seriesDates(from, to, step);
    if (dates.isEmpty()) {
        streams.err
            << "conflictmap-cli animate: no dates to draw (give --from and --to, --to not before --from)\n";
        return 2;
    }

    QElapsedTimer timer;
    timer.start();
    Diagnostics diagnostics;
    const FactionStyles styles = FactionStyles::load();
    StoryLayers layers(basemapPath(parser), styles, &diagnostics);
    AnimationEncoder encoder;
    encoder.setPaletteHint(MapStyle::keyColors(styles));
    bool ok = encoder.open(out, size, fps, &diagnostics);
    SnapshotOptions options;
    options.size = size;
    options.extent = extent;
    options.title =
        parser.isSet(QStringLiteral("title")) ? parser.value(QStringLiteral("title")) : defaultMapTitle();
    options.source = sourceLine(series.events());
    options.attribution = attributionLine();
    for (int i = 0; ok && i < dates.size(); ++i) {
        const StoryFrame frame = series.frameAt(dates.at(i));
        layers.showDate(frame.state, frame.zones);
        options.layers = layers.layers();
        options.legendLayers = layers.legendLayers();
        options.date = dates.at(i);
        ok = encoder.addFrame(SnapshotRenderer(options).renderImage(), &diagnostics);
        streams.err << "\rconflictmap-cli animate: frame " << (i + 1) << '/' << dates.size() << Qt::flush;
    }
    streams.err << '\n';
    ok = encoder.finish(&diagnostics) && ok;
    for (const Diagnostic &diagnostic : diagnostics)
        streams.err << "conflictmap-cli animate: " << formatDiagnostic(diagnostic) << '\n';
    if (!ok)
        return 1;
    streams.out << "wrote\t" << out << '\t' << encoder.frameCount() << " frames from "
                << from.toString(Qt::ISODate) << " to " << to.toString(Qt::ISODate) << " every "
                << seriesStepId(step) << '\t' << timer.elapsed() << " ms\n";
    return 0;
#endif
}

} // namespace cm::cli
