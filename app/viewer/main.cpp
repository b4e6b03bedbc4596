// conflictmap: the desktop viewer of areas of control, frontlines and events.
#include "commandlineoptions.h"
#include "mainwindow.h"
#include "translations.h"
#include "viewersettings.h"

#include "conflictmap/resources.h"
#include "conflictmap/version.h"

#include <qgsapplication.h>

#include <QDir>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>
#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const cm::CommandLineOptions options = cm::CommandLineOptions::parse(arguments);
    if (options.help || !options.error.isEmpty()) {
        QTextStream stream(options.help ? stdout : stderr);
        if (!options.error.isEmpty())
            stream << "conflictmap: " << options.error << "\n\n";
        stream << cm::CommandLineOptions::usage();
        return options.help ? 0 : 2;
    }

    QCoreApplication::setOrganizationName(QStringLiteral("ConflictMap"));
    QCoreApplication::setApplicationName(QStringLiteral("conflictmap"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(cm::kVersion));
    // QGIS keeps its own profile (CRS cache, settings) in our data folder, not in ~/.local/share/QGIS.
    const QString profile =
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/qgis-profile");
    QDir().mkpath(profile);

    QgsApplication app(argc, argv, true, profile, QStringLiteral("desktop"));
    QCoreApplication::setOrganizationName(QStringLiteral("ConflictMap"));
    QCoreApplication::setApplicationName(QStringLiteral("conflictmap"));
    const QByteArray prefix = qgetenv("QGIS_PREFIX_PATH");
    QgsApplication::setPrefixPath(prefix.isEmpty() ? QStringLiteral("/usr") : QString::fromLocal8Bit(prefix),
                                  true);
    QgsApplication::initQgis();
    cm::installTranslations(cm::ViewerSettings::language());

    int status = 0;
    {
        const bool screenshot = !options.screenshot.isEmpty();
        auto window = std::make_unique<cm::MainWindow>(!screenshot);
        if (options.date.isValid())
            window->setDate(options.date);
        // A screenshot is reproducible: it ignores the last session.
        if (!options.folders.isEmpty())
            window->openFolders(options.folders, false);
        else if (screenshot)
            window->openFolders({cm::Resources::path(QStringLiteral("articles"))}, false);
        else
            window->restoreSession();

        if (screenshot) {
            // Save the window once the load is done and the map has drawn the date.
            QObject::connect(window.get(), &cm::MainWindow::settled, window.get(), [&window, &options] {
                if (!window->dataset().folders.isEmpty()) {
                    QTimer::singleShot(150, window.get(), [&window, &options] {
                        const bool saved = window->grab().save(options.screenshot, "PNG");
                        if (!saved)
                            QTextStream(stderr) << "conflictmap: cannot write " << options.screenshot << '\n';
                        QCoreApplication::exit(saved ? 0 : 1);
                    });
                }
            });
            // Never hang a script: give up when the map has not settled in two minutes.
            QTimer::singleShot(120000, window.get(), [] {
                QTextStream(stderr) << "conflictmap: the map did not finish drawing; no screenshot\n";
                QCoreApplication::exit(1);
            });
        }
        window->show();
        status = app.exec();
    }
    QgsApplication::exitQgis();
    return status;
}
