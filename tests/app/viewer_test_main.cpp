// Catch2 main for the GUI tests: offscreen platform and a private settings folder
// chosen before QgsApplication exists, QGIS started and stopped around the run.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "viewertestsupport.h"

#include <qgsapplication.h>

#include <QTemporaryDir>

int main(int argc, char *argv[])
{
    QTemporaryDir home;
    int status = 0;
    {
        const std::unique_ptr<QgsApplication> app = cm::test::startOffscreenQgis(argc, argv, home);
        status = Catch::Session().run(argc, argv);
        QgsApplication::exitQgis();
    }
    return status;
}
