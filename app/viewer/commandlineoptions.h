#pragma once

#include <QDate>
#include <QStringList>

namespace cm {

/** What the viewer was asked to do on its command line:
 *  `conflictmap [--date YYYY-MM-DD] [--screenshot FILE.png] [FOLDER...]`. */
struct CommandLineOptions {
    QStringList folders; ///< absolute paths; empty: restore the last session or the samples
    QDate date;          ///< invalid when not given
    QString screenshot;  ///< PNG to write after loading, then quit; empty when not asked
    QString error;       ///< why the arguments are wrong; empty when they are fine
    bool help = false;

    /** Parses the arguments (argv without the program name). Never throws. */
    static CommandLineOptions parse(const QStringList &arguments);
    /** The usage text (English, for the terminal). */
    static QString usage();
};

} // namespace cm
