#include "storysupport.h"

#include "conflictmap/gazetteer.h"
#include "conflictmap/resources.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

namespace cm::cli {

QList<QCommandLineOption> storyOptions()
{
    return {
        eventsFileOption(),
        QCommandLineOption(QStringLiteral("land"),
                           QStringLiteral("land polygons (default: basemap/region.gpkg, layer land)"),
                           QStringLiteral("PATH")),
        QCommandLineOption(QStringLiteral("basemap"),
                           QStringLiteral("reference map GeoPackage (default: basemap/region.gpkg)"),
                           QStringLiteral("FILE.gpkg")),
    };
}

QString basemapPath(const QCommandLineParser &parser)
{
    return parser.isSet(QStringLiteral("basemap")) ? parser.value(QStringLiteral("basemap"))
                                                   : Resources::path(QStringLiteral("basemap/region.gpkg"));
}

bool loadStory(const QString &command, const QCommandLineParser &parser, StorySeries &series,
               Streams &streams)
{
    bool ok = false;
    const ControlEvents events = loadCommandEvents(command, parser.positionalArguments(),
                                                   parser.value(QStringLiteral("events")), streams, &ok);
    if (!ok)
        return false;
    const QString land =
        parser.isSet(QStringLiteral("land")) ? parser.value(QStringLiteral("land")) : basemapPath(parser);
    Diagnostics diagnostics;
    if (!QFileInfo::exists(land) || !series.loadLand(land, &diagnostics))
        streams.err << "conflictmap-cli " << command << ": no land polygons (" << land
                    << "); places claim land and sea alike\n";
    // Populations size the claim circles; the gazetteer has them for its places.
    Gazetteer gazetteer;
    gazetteer.loadFolder(Resources::path(QStringLiteral("gazetteer")), &diagnostics);
    series.setEvents(events, &gazetteer);
    return true;
}

QDate dateOption(const QString &command, const QCommandLineParser &parser, const QString &name,
                 const QDate &fallback, Streams &streams, bool *ok)
{
    *ok = true;
    if (!parser.isSet(name))
        return fallback;
    const QDate date = QDate::fromString(parser.value(name), Qt::ISODate);
    if (!date.isValid()) {
        streams.err << "conflictmap-cli " << command << ": --" << name << " wants a date YYYY-MM-DD, not '"
                    << parser.value(name) << "'\n";
        *ok = false;
    }
    return date;
}

QSize parseSize(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d{2,5})\\s*[xX×]\\s*(\\d{2,5})\\s*$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return {};
    return QSize(match.captured(1).toInt(), match.captured(2).toInt());
}

QRectF parseExtent(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char(','));
    if (parts.size() != 4)
        return {};
    double values[4];
    for (int i = 0; i < 4; ++i) {
        bool ok = false;
        values[i] = parts.at(i).trimmed().toDouble(&ok);
        if (!ok)
            return {};
    }
    if (values[2] <= values[0] || values[3] <= values[1] || values[0] < -180 || values[2] > 180 ||
        values[1] < -90 || values[3] > 90)
        return {};
    return QRectF(QPointF(values[0], values[1]), QPointF(values[2], values[3]));
}

QString defaultMapTitle()
{
    return QStringLiteral("Areas of control in Syria and Iraq");
}

QString sourceLine(const ControlEvents &events)
{
    QSet<QString> articles;
    for (const ControlEvent &event : events)
        articles.insert(event.folder + QLatin1Char('/') + event.file);
    return QStringLiteral("Source: ConflictMap, %1 control events in %2 French news articles. "
                          "Areas: land nearest each reported town, not surveyed lines.")
        .arg(events.size())
        .arg(articles.size());
}

QString attributionLine()
{
    return QStringLiteral(
        "Places © GeoNames (CC BY 4.0) · Borders, rivers: Natural Earth · Lakes: GSHHG (LGPL)");
}

int renderUnavailable(const QString &command, Streams &streams)
{
    streams.err << "conflictmap-cli " << command
                << ": render needs the QGIS build (CONFLICTMAP_BUILD_VIEWER=ON)\n";
    return 2;
}

} // namespace cm::cli
