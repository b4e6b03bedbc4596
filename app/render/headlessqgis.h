#pragma once

#include <qgsapplication.h>

namespace cm {

/** A QgsApplication for programs without a window (the command-line tool, tests,
 *  benchmarks): chooses the offscreen platform unless QT_QPA_PLATFORM is set, uses a
 *  private temporary profile folder, finds the QGIS install (QGIS_PREFIX_PATH or /usr)
 *  and starts QGIS. The destructor stops QGIS and removes the profile: release every
 *  layer before it runs. */
class HeadlessQgis : public QgsApplication
{
public:
    HeadlessQgis(int &argc, char **argv);
    ~HeadlessQgis() override;

private:
    static QString prepare();
    QString mProfile;
};

} // namespace cm
