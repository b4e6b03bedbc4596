#pragma once

#include <QCoreApplication>
#include <memory>

namespace cm::cli {

/** The application object of conflictmap-cli: a headless QgsApplication (offscreen,
 *  temporary profile, QGIS started) for the commands that draw with QGIS (render,
 *  animate, export to .qgz) in a build with QGIS, else a QCoreApplication. */
std::unique_ptr<QCoreApplication> createApplication(int &argc, char **argv);

} // namespace cm::cli
