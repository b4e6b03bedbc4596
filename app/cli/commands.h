#pragma once

#include "conflictmap/controlevent.h"

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

namespace cm::cli {

/** Standard streams of a command. */
struct Streams {
    QTextStream &out;
    QTextStream &err;
};

/** Parses a command's arguments (the first is the command's name): on an error prints it
 *  and returns 2, on --help prints the help and returns 0; returns -1 to go on. */
int parseArguments(QCommandLineParser &parser, const QStringList &arguments, Streams &streams);

/** One sub-command: `arguments` starts with the command's own name. Returns the exit code. */
using Command = int (*)(const QStringList &arguments, Streams &streams);

int runExtract(const QStringList &arguments, Streams &streams);
int runPlaces(const QStringList &arguments, Streams &streams);
int runState(const QStringList &arguments, Streams &streams);
int runZones(const QStringList &arguments, Streams &streams);
int runExport(const QStringList &arguments, Streams &streams);
int runRender(const QStringList &arguments, Streams &streams);
int runAnimate(const QStringList &arguments, Streams &streams);
/** `--events FILE.json`: read events written by `extract --json` instead of article folders. */
QCommandLineOption eventsFileOption();
/** `--date YYYY-MM-DD`: the day a command shows. */
QCommandLineOption atDateOption();
/** Events of `--events FILE.json` for the state/zones commands; *ok false after a message. */
ControlEvents loadCommandEvents(const QString &command, const QStringList &folders, const QString &eventsFile,
                                Streams &streams, bool *ok);

} // namespace cm::cli
