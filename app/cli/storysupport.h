#pragma once
// Shared by the export, render and animate commands: the options that choose events,
// dates and land, and the story (control and zones over time) built from them.

#include "commands.h"

#include "conflictmap/storyseries.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QRectF>
#include <QSize>

namespace cm::cli {

/** --events, --land and --basemap (all commands that draw or export the story). */
QList<QCommandLineOption> storyOptions();

/** Loads the events (folders or --events) and sets up `series` with land and the
 *  gazetteer's populations. False after a message on `streams.err`. */
bool loadStory(const QString &command, const QCommandLineParser &parser, StorySeries &series,
               Streams &streams);

/** The basemap GeoPackage: --basemap, else resources/basemap/region.gpkg. */
QString basemapPath(const QCommandLineParser &parser);

/** Parses "YYYY-MM-DD" of option `name`; `fallback` when the option is absent. *ok false
 *  (after a message) when the text is not a date. */
QDate dateOption(const QString &command, const QCommandLineParser &parser, const QString &name,
                 const QDate &fallback, Streams &streams, bool *ok);

/** "1920x1080" → size; invalid QSize for anything else. */
QSize parseSize(const QString &text);
/** "xmin,ymin,xmax,ymax" in degrees → lon/lat rectangle; null QRectF for anything else. */
QRectF parseExtent(const QString &text);

/** The title of maps when none is given. */
QString defaultMapTitle();

/** One line saying where the map's control comes from, for the footer. */
QString sourceLine(const ControlEvents &events);
/** The data attributions for the footer. */
QString attributionLine();

/** Message and exit code of the commands that need QGIS in a build without it. */
int renderUnavailable(const QString &command, Streams &streams);

} // namespace cm::cli
