#include "cliapplication.h"

#include <cstring>

#ifdef CONFLICTMAP_WITH_RENDER
#include "headlessqgis.h"
#endif

namespace cm::cli {

namespace {

bool needsQgis(int argc, char **argv)
{
    if (argc < 2)
        return false;
    const QByteArray command(argv[1]);
    if (command == "render" || command == "animate")
        return true;
    if (command != "export")
        return false;
    for (int i = 2; i < argc; ++i) {
        QByteArray argument(argv[i]);
        if (argument == "--out" && i + 1 < argc)
            argument = argv[i + 1];
        else if (argument.startsWith("--out="))
            argument = argument.mid(6);
        else
            continue;
        argument = argument.toLower();
        if (argument.endsWith(".qgz") || argument.endsWith(".qgs"))
            return true;
    }
    return false;
}

} // namespace

std::unique_ptr<QCoreApplication> createApplication(int &argc, char **argv)
{
#ifdef CONFLICTMAP_WITH_RENDER
    if (needsQgis(argc, argv))
        return std::make_unique<cm::HeadlessQgis>(argc, argv);
#else
    Q_UNUSED(needsQgis)
#endif
    return std::make_unique<QCoreApplication>(argc, argv);
}

} // namespace cm::cli
