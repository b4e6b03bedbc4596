#include "viewersettings.h"

#include <QSettings>

namespace cm {
namespace {

QVariant value(const char *key, const QVariant &fallback = {})
{
    return QSettings().value(QLatin1String(key), fallback);
}

void setValue(const char *key, const QVariant &v)
{
    QSettings().setValue(QLatin1String(key), v);
}

} // namespace

QByteArray ViewerSettings::windowGeometry()
{
    return value("window/geometry").toByteArray();
}
void ViewerSettings::setWindowGeometry(const QByteArray &geometry)
{
    setValue("window/geometry", geometry);
}
QByteArray ViewerSettings::windowState()
{
    return value("window/state").toByteArray();
}
void ViewerSettings::setWindowState(const QByteArray &state)
{
    setValue("window/state", state);
}

QStringList ViewerSettings::sessionFolders()
{
    return value("session/folders").toStringList();
}
void ViewerSettings::setSessionFolders(const QStringList &folders)
{
    setValue("session/folders", folders);
}

QStringList ViewerSettings::recentFolders()
{
    return value("session/recentFolders").toStringList();
}

void ViewerSettings::addRecentFolder(const QString &folder)
{
    QStringList folders = recentFolders();
    folders.removeAll(folder);
    folders.prepend(folder);
    while (folders.size() > kMaxRecentFolders)
        folders.removeLast();
    setValue("session/recentFolders", folders);
}

void ViewerSettings::clearRecentFolders()
{
    setValue("session/recentFolders", QStringList());
}

QDate ViewerSettings::date()
{
    return QDate::fromString(value("session/date").toString(), Qt::ISODate);
}
void ViewerSettings::setDate(const QDate &date)
{
    setValue("session/date", date.toString(Qt::ISODate));
}

double ViewerSettings::playbackSpeed()
{
    return value("playback/speed", 1.0).toDouble();
}
void ViewerSettings::setPlaybackSpeed(double speed)
{
    setValue("playback/speed", speed);
}
int ViewerSettings::playbackStep()
{
    return value("playback/step", 1).toInt();
}
void ViewerSettings::setPlaybackStep(int step)
{
    setValue("playback/step", step);
}
bool ViewerSettings::playbackLoops()
{
    return value("playback/loop", false).toBool();
}
void ViewerSettings::setPlaybackLoops(bool loop)
{
    setValue("playback/loop", loop);
}

QString ViewerSettings::language()
{
    return value("interface/language").toString();
}
void ViewerSettings::setLanguage(const QString &language)
{
    setValue("interface/language", language);
}

int ViewerSettings::labelPopulation()
{
    return value("map/labelPopulation", 250000).toInt();
}
void ViewerSettings::setLabelPopulation(int population)
{
    setValue("map/labelPopulation", population);
}

} // namespace cm
