#pragma once

#include <QStringList>
#include <QTextStream>

namespace cm::cli {

/** Standard streams of a command. */
struct Streams {
    QTextStream &out;
    QTextStream &err;
};

/** One sub-command: `arguments` starts with the command's own name. Returns the exit code. */
using Command = int (*)(const QStringList &arguments, Streams &streams);

int runExtract(const QStringList &arguments, Streams &streams);

} // namespace cm::cli
