#include "viewertestsupport.h"

#include <qgsapplication.h>

#include <QTemporaryDir>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QThread>
#include <cmath>

namespace cm::test {
namespace {

struct Base {
    Faction faction;
    double lat;
    double lon;
};

// Rough strongholds of 2016: where each side's territory grows from.
const Base kBases[] = {
    {Faction::Isis, 35.0, 40.0},  {Faction::Regime, 33.5, 36.4}, {Faction::Rebels, 36.2, 36.8},
    {Faction::Sdf, 36.7, 40.5},   {Faction::Iraq, 33.3, 44.4},   {Faction::Peshmerga, 36.2, 44.0},
    {Faction::Nusra, 35.9, 36.6}, {Faction::Turkey, 36.6, 37.2},
};

double distance(double lat1, double lon1, double lat2, double lon2)
{
    const double dx = (lon1 - lon2) * std::cos((lat1 + lat2) * M_PI / 360.0);
    const double dy = lat1 - lat2;
    return std::sqrt(dx * dx + dy * dy);
}

// Inside a crude outline of Syria and Iraq's inhabited land (lon/lat boxes).
bool onLand(double lat, double lon)
{
    const bool syria = lon >= 35.9 && lon <= 42.2 && lat >= 32.5 && lat <= 37.2;
    const bool iraq = lon >= 41.0 && lon <= 47.8 && lat >= 30.0 && lat <= 37.2 && !(lat < 33.0 && lon < 43.5);
    return syria || iraq;
}

} // namespace

Dataset generatedScenario(int places, quint32 seed)
{
    QRandomGenerator random(seed);
    Dataset dataset;
    dataset.folders << QStringLiteral("/generated");
    const QDate start(2016, 1, 1);
    const QDate end(2017, 12, 31);
    const int days = int(start.daysTo(end));

    int made = 0;
    while (made < places) {
        const double lat = 30.0 + random.generateDouble() * 7.2;
        const double lon = 35.9 + random.generateDouble() * 11.9;
        if (!onLand(lat, lon))
            continue;
        const QString id = QStringLiteral("gen:%1").arg(made);
        const QString name = QStringLiteral("Town %1").arg(made);

        // Held by the nearest base; ISIS land is taken by the nearest other base later,
        // sooner the nearer that base is.
        int nearest = 0;
        int nearestOther = 1;
        for (int b = 0; b < int(std::size(kBases)); ++b) {
            const double d = distance(lat, lon, kBases[b].lat, kBases[b].lon);
            if (d < distance(lat, lon, kBases[nearest].lat, kBases[nearest].lon))
                nearest = b;
        }
        for (int b = 1; b < int(std::size(kBases)); ++b)
            if (distance(lat, lon, kBases[b].lat, kBases[b].lon) <
                distance(lat, lon, kBases[nearestOther].lat, kBases[nearestOther].lon))
                nearestOther = b;
        const Faction holder = kBases[nearest].faction;

        Article article;
        article.folder = dataset.folders.first();
        article.file = QStringLiteral("article_%1.txt").arg(made, 5, 10, QLatin1Char('0'));
        article.path = article.folder + QLatin1Char('/') + article.file;
        article.format = QStringLiteral("text");
        article.encoding = QStringLiteral("utf-8");
        article.title = QStringLiteral("Combats autour de %1").arg(name);
        article.published = start.addDays(random.bounded(days));
        article.publishedSource = DateSource::Header;

        auto addEvent = [&](const QDate &date, EventKind kind, Faction to, Faction from,
                            const QString &sentence) {
            ControlEvent event;
            event.folder = article.folder;
            event.file = article.file;
            event.place = name;
            event.placeId = id;
            event.lat = lat;
            event.lon = lon;
            event.surface = name;
            event.date = date;
            event.precision = DatePrecision::Day;
            event.dateNote = QStringLiteral("\"ce jeudi\" before the publication date");
            event.kind = kind;
            event.to = to;
            event.from = from;
            event.confidence = 0.5 + random.generateDouble() / 2;
            article.text += QStringLiteral("Lorem ipsum dolor sit amet. ");
            event.offset = article.text.size();
            event.evidence = sentence;
            article.text += sentence + QStringLiteral(" Fin du paragraphe.\n");
            dataset.events.append(event);
        };

        addEvent(start.addDays(random.bounded(20)), EventKind::Hold, holder, Faction::Unknown,
                 QStringLiteral("%1 est tenue par le groupe.").arg(name));
        if (holder == Faction::Isis) {
            const Faction taker = kBases[nearestOther].faction;
            const double d = distance(lat, lon, kBases[nearestOther].lat, kBases[nearestOther].lon);
            const int day = std::clamp(int(d * 160 + random.bounded(60)), 30, days - 1);
            if (random.bounded(6) == 0)
                addEvent(start.addDays(day - 20), EventKind::Partial, taker, Faction::Isis,
                         QStringLiteral("Les forces sont entrées dans %1.").arg(name));
            addEvent(start.addDays(day), EventKind::Capture, taker, Faction::Isis,
                     QStringLiteral("Les forces ont repris %1 aux jihadistes.").arg(name));
            if (random.bounded(10) == 0)
                addEvent(start.addDays(day + 5), EventKind::Denied, Faction::Isis, taker,
                         QStringLiteral("La reprise de %1 a été démentie.").arg(name));
        } else if (random.bounded(12) == 0) {
            const Faction taker =
                kBases[nearestOther].faction == holder ? Faction::Isis : kBases[nearestOther].faction;
            addEvent(start.addDays(100 + random.bounded(days - 100)), EventKind::Capture, taker, holder,
                     QStringLiteral("%1 est tombée.").arg(name));
        }
        dataset.articles.append(article);
        ++made;
    }
    dataset.index();
    return dataset;
}

bool generateCorpus(const QString &folder, int count, int seed, QString *error)
{
    QProcess python;
    python.setProcessChannelMode(QProcess::MergedChannels);
    python.start(QStringLiteral("python3"),
                 {QStringLiteral(CM_RESOURCES "/../tools/gencorpus.py"), QStringLiteral("--count"),
                  QString::number(count), QStringLiteral("--out"), folder, QStringLiteral("--seed"),
                  QString::number(seed)});
    const bool ok = python.waitForFinished(600000) && python.exitStatus() == QProcess::NormalExit &&
                    python.exitCode() == 0;
    if (!ok && error)
        *error = python.errorString() + QLatin1Char('\n') + QString::fromLocal8Bit(python.readAll());
    return ok;
}

bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(2);
    }
    return true;
}

std::unique_ptr<QgsApplication> startOffscreenQgis(int &argc, char **argv, const QTemporaryDir &home)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // Tests must not read or overwrite the user's settings and recent folders.
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toLocal8Bit());
    if (qEnvironmentVariableIsEmpty("CONFLICTMAP_RESOURCES"))
        qputenv("CONFLICTMAP_RESOURCES", CM_RESOURCES);
    auto app = std::make_unique<QgsApplication>(argc, argv, true, home.filePath(QStringLiteral("profile")),
                                                QStringLiteral("desktop"));
    QCoreApplication::setOrganizationName(QStringLiteral("ConflictMap"));
    QCoreApplication::setApplicationName(QStringLiteral("conflictmap-tests"));
    QgsApplication::setPrefixPath(QStringLiteral("/usr"), true);
    QgsApplication::initQgis();
    return app;
}

} // namespace cm::test
