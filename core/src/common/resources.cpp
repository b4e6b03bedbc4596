#include "conflictmap/resources.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMutex>

namespace cm {
namespace {

QMutex sMutex;
QString sDirectory;

bool looksLikeResources(const QString &directory)
{
    return !directory.isEmpty() && QFileInfo(directory + QStringLiteral("/gazetteer")).isDir();
}

QString findDirectory()
{
    const QString fromEnvironment = qEnvironmentVariable("CONFLICTMAP_RESOURCES");
    if (looksLikeResources(fromEnvironment))
        return QDir(fromEnvironment).absolutePath();
    if (QCoreApplication::instance()) {
        const QString installed = QCoreApplication::applicationDirPath() + QStringLiteral("/../share/conflictmap");
        if (looksLikeResources(installed))
            return QDir(installed).absolutePath();
    }
    // The build tree runs against the source tree's resources.
    const QString source = QStringLiteral(CONFLICTMAP_SOURCE_RESOURCES);
    if (looksLikeResources(source))
        return source;
    const QString system = QStringLiteral(CONFLICTMAP_INSTALLED_RESOURCES);
    if (looksLikeResources(system))
        return system;
    return {};
}

} // namespace

QString Resources::directory()
{
    QMutexLocker lock(&sMutex);
    if (sDirectory.isEmpty())
        sDirectory = findDirectory();
    return sDirectory;
}

QString Resources::path(const QString &relative)
{
    const QString base = directory();
    return base.isEmpty() ? QString() : base + QLatin1Char('/') + relative;
}

void Resources::setDirectory(const QString &directory)
{
    QMutexLocker lock(&sMutex);
    sDirectory = QDir(directory).absolutePath();
}

} // namespace cm
