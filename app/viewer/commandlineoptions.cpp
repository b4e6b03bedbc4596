#include "commandlineoptions.h"

#include <QDir>
#include <QFileInfo>

namespace cm {

CommandLineOptions CommandLineOptions::parse(const QStringList &arguments)
{
    CommandLineOptions options;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        // Accept both "--date X" and "--date=X".
        auto value = [&](const QString &name, QString *out) {
            if (argument == name) {
                if (i + 1 >= arguments.size()) {
                    options.error = QStringLiteral("%1 needs a value").arg(name);
                    return true;
                }
                *out = arguments.at(++i);
                return true;
            }
            if (argument.startsWith(name + QLatin1Char('='))) {
                *out = argument.mid(name.size() + 1);
                return true;
            }
            return false;
        };
        QString text;
        if (argument == QLatin1String("-h") || argument == QLatin1String("--help")) {
            options.help = true;
        } else if (value(QStringLiteral("--date"), &text)) {
            if (!options.error.isEmpty())
                return options;
            options.date = QDate::fromString(text, Qt::ISODate);
            if (!options.date.isValid()) {
                options.error = QStringLiteral("--date wants YYYY-MM-DD, not '%1'").arg(text);
                return options;
            }
        } else if (value(QStringLiteral("--screenshot"), &text)) {
            if (!options.error.isEmpty())
                return options;
            options.screenshot = QFileInfo(text).absoluteFilePath();
        } else if (argument.startsWith(QLatin1String("--"))) {
            options.error = QStringLiteral("unknown option '%1'").arg(argument);
            return options;
        } else {
            const QFileInfo info(argument);
            if (!info.isDir()) {
                options.error = QStringLiteral("'%1' is not a folder").arg(argument);
                return options;
            }
            options.folders << QDir::cleanPath(info.absoluteFilePath());
        }
    }
    return options;
}

QString CommandLineOptions::usage()
{
    return QStringLiteral("Usage: conflictmap [--date YYYY-MM-DD] [--screenshot FILE.png] [FOLDER...]\n\n"
                          "Shows the areas of control, frontlines and events extracted from folders of\n"
                          "French news articles (default: the last session, else the bundled samples).\n\n"
                          "  --date YYYY-MM-DD      open the timeline at this date\n"
                          "  --screenshot FILE.png  load, draw the map at the date, save the window, quit\n"
                          "  -h, --help             this help\n");
}

} // namespace cm
