// conflictmap-cli: batch access to the ConflictMap core.
#include "cliapplication.h"
#include "commands.h"

#include "conflictmap/version.h"

#include <QCoreApplication>
#include <cstdio>

namespace {

struct CommandEntry {
    const char *name;
    const char *summary;
    cm::cli::Command run;
};

const CommandEntry kCommands[] = {
    {"extract", "read article folders and print their control events (--json)", cm::cli::runExtract},
    {"places", "resolve place names as the extractor does, to check a spelling (--json)", cm::cli::runPlaces},
    {"state", "who holds each place at a date (--date, --json)", cm::cli::runState},
    {"zones", "areas of control and frontlines at a date to GeoPackage/GeoJSON (--date, --out)", cm::cli::runZones},
    {"export", "events, areas and their series to GeoPackage/GeoJSON/CSV or a QGIS project (--out)", cm::cli::runExport},
    {"render", "the map at a date as a briefing page: PNG, JPEG, PDF, SVG (--date, --out)", cm::cli::runRender},
    {"animate", "the story from --from to --to as GIF, MP4 or PNG frames (--step, --out)", cm::cli::runAnimate},
};

void printHelp(QTextStream &out)
{
    out << "Usage: conflictmap-cli COMMAND [options] [arguments]\n\n"
           "Turns folders of French news articles about the war against the Islamic State\n"
           "(Syria and Iraq, 2016-2017) into dated control events, areas and frontlines.\n\n"
           "Commands:\n";
    for (const CommandEntry &command : kCommands)
        out << "  " << QString::fromLatin1(command.name).leftJustified(10) << command.summary << '\n';
    out << "\nOptions:\n"
           "  -h, --help     this help; COMMAND --help for a command's own options\n"
           "  -v, --version  the version\n";
}

} // namespace

int main(int argc, char *argv[])
{
    const std::unique_ptr<QCoreApplication> application = cm::cli::createApplication(argc, argv);
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("conflictmap-cli"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(cm::kVersion));

    QTextStream out(stdout);
    QTextStream err(stderr);
    cm::cli::Streams streams{out, err};

    const QStringList arguments = app.arguments().mid(1);
    if (arguments.isEmpty()) {
        printHelp(err);
        return 2;
    }
    const QString first = arguments.first();
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help")) {
        printHelp(out);
        return 0;
    }
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        out << "conflictmap-cli " << cm::kVersion << " (Qt " << qVersion() << ")\n";
        return 0;
    }
    for (const CommandEntry &command : kCommands)
        if (first == QLatin1String(command.name))
            return command.run(arguments, streams);
    err << "conflictmap-cli: unknown command '" << first << "'; see conflictmap-cli --help\n";
    return 2;
}
