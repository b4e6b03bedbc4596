// Catch2 main for the GUI tests: offscreen platform and a private settings folder
// chosen before QgsApplication exists, QGIS started and stopped around the run.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <qgsapplication.h>

#include <QDir>
#include <QTemporaryDir>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir home;
    // Tests must not read or overwrite the user's settings and recent folders.
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toLocal8Bit());
    qputenv("CONFLICTMAP_RESOURCES", CM_RESOURCES);
    int status = 0;
    {
        QgsApplication app(argc, argv, true, home.filePath(QStringLiteral("profile")),
                           QStringLiteral("desktop"));
        QCoreApplication::setOrganizationName(QStringLiteral("ConflictMap"));
        QCoreApplication::setApplicationName(QStringLiteral("conflictmap-tests"));
        QgsApplication::setPrefixPath(QStringLiteral("/usr"), true);
        QgsApplication::initQgis();
        status = Catch::Session().run(argc, argv);
        QgsApplication::exitQgis();
    }
    return status;
}
