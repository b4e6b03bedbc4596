// Catch2 main for the headless test programs: a QCoreApplication exists for
// code that asks for the application folder or runs a QThreadPool.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
