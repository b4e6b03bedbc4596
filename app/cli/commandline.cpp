#include "commands.h"

namespace cm::cli {

int parseArguments(QCommandLineParser &parser, const QStringList &arguments, Streams &streams)
{
    if (!parser.parse(arguments)) {
        streams.err << "conflictmap-cli " << arguments.value(0) << ": " << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        streams.out << parser.helpText();
        return 0;
    }
    return -1;
}

} // namespace cm::cli
