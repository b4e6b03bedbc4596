// Catch2 main for the render tests: HeadlessQgis picks the offscreen platform and a
// private profile before QGIS starts, and stops QGIS after the run.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "conflictmap/resources.h"
#include "headlessqgis.h"

int main(int argc, char *argv[])
{
    qputenv("CONFLICTMAP_RESOURCES", CM_RESOURCES);
    int status = 0;
    {
        cm::HeadlessQgis app(argc, argv);
        cm::Resources::setDirectory(QStringLiteral(CM_RESOURCES));
        status = Catch::Session().run(argc, argv);
    }
    return status;
}
