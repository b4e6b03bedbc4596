// `conflictmap-cli render [DIR...] [--events FILE.json] --date YYYY-MM-DD --out FILE.png|.jpg|.pdf|.svg
//  [--size WxH] [--dpi N] [--extent xmin,ymin,xmax,ymax] [--title TEXT] [--subtitle TEXT]`
#include "commands.h"
#include "storysupport.h"

#ifdef CONFLICTMAP_WITH_RENDER
#include "snapshotrenderer.h"
#include "storylayers.h"
#endif

#include <QElapsedTimer>
#include <QFileInfo>

namespace cm::cli {

int runRender(const QStringList &arguments, Streams &streams)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Draws the map at a date as a briefing page (title, date, legend, scale bar, north arrow,\n"
        "source and attribution) to PNG, JPEG, PDF or SVG. Needs no display."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("DIR"), QStringLiteral("article folders"),
                                 QStringLiteral("[DIR...]"));
    parser.addOptions(storyOptions());
    parser.addOptions({
        QCommandLineOption(QStringLiteral("date"), QStringLiteral("the date"), QStringLiteral("YYYY-MM-DD")),
        QCommandLineOption(QStringLiteral("out"), QStringLiteral("output file (.png, .jpg, .pdf, .svg)"),
                           QStringLiteral("FILE")),
        QCommandLineOption(QStringLiteral("size"), QStringLiteral("pixels (1920x1080)"),
                           QStringLiteral("WxH")),
        QCommandLineOption(QStringLiteral("dpi"), QStringLiteral("dots per inch (96)"), QStringLiteral("N")),
        QCommandLineOption(QStringLiteral("extent"), QStringLiteral("lon/lat box (35,29.2,48.6,37.6)"),
                           QStringLiteral("xmin,ymin,xmax,ymax")),
        QCommandLineOption(QStringLiteral("title"), QStringLiteral("title"), QStringLiteral("TEXT")),
        QCommandLineOption(QStringLiteral("subtitle"), QStringLiteral("subtitle"), QStringLiteral("TEXT")),
    });
    if (const int exitCode = parseArguments(parser, arguments, streams); exitCode >= 0)
        return exitCode;
#ifndef CONFLICTMAP_WITH_RENDER
    return renderUnavailable(QStringLiteral("render"), streams);
#else
    const QDate date = QDate::fromString(parser.value(QStringLiteral("date")), Qt::ISODate);
    const QString out = parser.value(QStringLiteral("out"));
    if (!date.isValid() || !SnapshotRenderer::formats().contains(QFileInfo(out).suffix().toLower())) {
        streams.err << "conflictmap-cli render: give --date YYYY-MM-DD and --out FILE.png|.jpg|.pdf|.svg\n";
        return 2;
    }
    SnapshotOptions options;
    if (parser.isSet(QStringLiteral("size"))) {
        options.size = parseSize(parser.value(QStringLiteral("size")));
        if (!options.size.isValid() || options.size.width() > 20000 || options.size.height() > 20000) {
            streams.err << "conflictmap-cli render: --size is WIDTHxHEIGHT in pixels, e.g. 1920x1080\n";
            return 2;
        }
    }
    if (parser.isSet(QStringLiteral("dpi"))) {
        options.dpi = parser.value(QStringLiteral("dpi")).toDouble();
        if (options.dpi < 10 || options.dpi > 1200) {
            streams.err << "conflictmap-cli render: --dpi is between 10 and 1200\n";
            return 2;
        }
    }
    if (parser.isSet(QStringLiteral("extent"))) {
        options.extent = parseExtent(parser.value(QStringLiteral("extent")));
        if (options.extent.isNull()) {
            streams.err << "conflictmap-cli render: --extent is xmin,ymin,xmax,ymax in degrees\n";
            return 2;
        }
    }
    StorySeries series;
    if (!loadStory(QStringLiteral("render"), parser, series, streams))
        return 2;

    QElapsedTimer timer;
    timer.start();
    const StoryFrame frame = series.frameAt(date);
    Diagnostics diagnostics;
    StoryLayers layers(basemapPath(parser), FactionStyles::load(), &diagnostics);
    layers.showDate(frame.state, frame.zones);
    options.layers = layers.layers();
    options.legendLayers = layers.legendLayers();
    options.date = date;
    options.title =
        parser.isSet(QStringLiteral("title")) ? parser.value(QStringLiteral("title")) : defaultMapTitle();
    options.subtitle =
        parser.isSet(QStringLiteral("subtitle"))
            ? parser.value(QStringLiteral("subtitle"))
            : QStringLiteral("Who held the towns named in the news, and the land nearest to them");
    options.source = sourceLine(series.events());
    options.attribution = attributionLine();
    const bool written = SnapshotRenderer(options).exportTo(out, &diagnostics);
    for (const Diagnostic &diagnostic : diagnostics)
        streams.err << "conflictmap-cli render: " << formatDiagnostic(diagnostic) << '\n';
    if (!written)
        return 1;
    streams.out << "wrote\t" << out << '\t' << options.size.width() << 'x' << options.size.height() << '\t'
                << timer.elapsed() << " ms\n";
    return 0;
#endif
}

} // namespace cm::cli
