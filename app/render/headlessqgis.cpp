#include "headlessqgis.h"

#include <QCoreApplication>
#include <QDir>

namespace cm {

QString HeadlessQgis::prepare()
{
    // The platform must be chosen before the QApplication exists; offscreen needs no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return QDir::temp().filePath(
        QStringLiteral("conflictmap-qgis-%1").arg(QCoreApplication::applicationPid()));
}

HeadlessQgis::HeadlessQgis(int &argc, char **argv)
    : QgsApplication(argc, argv, true, prepare(), QStringLiteral("desktop")), mProfile(prepare())
{
    const QString prefix = qEnvironmentVariable("QGIS_PREFIX_PATH", QStringLiteral("/usr"));
    QgsApplication::setPrefixPath(prefix, true);
    QgsApplication::initQgis();
}

HeadlessQgis::~HeadlessQgis()
{
    QgsApplication::exitQgis();
    QDir(mProfile).removeRecursively();
}

} // namespace cm
