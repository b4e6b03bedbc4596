#pragma once

#include <QByteArray>
#include <QDate>
#include <QStringList>

namespace cm {

/** The viewer's persistent state (QSettings, organisation "ConflictMap", application
 *  "conflictmap"): window layout, folders of the last session, recent folders, the
 *  date shown, playback speed and interface language. */
class ViewerSettings
{
public:
    static constexpr int kMaxRecentFolders = 8;

    static QByteArray windowGeometry();
    static void setWindowGeometry(const QByteArray &geometry);
    static QByteArray windowState();
    static void setWindowState(const QByteArray &state);

    /** Folders loaded in the last session; empty when none. */
    static QStringList sessionFolders();
    static void setSessionFolders(const QStringList &folders);

    /** Most recent first, without duplicates, at most kMaxRecentFolders. */
    static QStringList recentFolders();
    /** Moves (or adds) a folder to the front of the recent list. */
    static void addRecentFolder(const QString &folder);
    static void clearRecentFolders();

    static QDate date();
    static void setDate(const QDate &date);

    /** Playback speed factor of cm::Timeline (1: four steps a second). */
    static double playbackSpeed();
    static void setPlaybackSpeed(double speed);
    /** Playback step, as int(cm::Timeline::Step); a week by default. */
    static int playbackStep();
    static void setPlaybackStep(int step);
    static bool playbackLoops();
    static void setPlaybackLoops(bool loop);

    /** "fr", "en" or empty for the system locale. */
    static QString language();
    static void setLanguage(const QString &language);

    /** Population from which towns without events are labelled on the map. */
    static int labelPopulation();
    static void setLabelPopulation(int population);
};

} // namespace cm
