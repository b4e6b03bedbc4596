#include "catch_qt.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runCli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(CM_CLI), arguments);
    process.waitForFinished(120000);
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

} // namespace

TEST_CASE("the version option names the program and its version", "[cli]")
{
    const Run run = runCli({QStringLiteral("--version")});
    CHECK(run.exitCode == 0);
    CHECK(run.out.startsWith("conflictmap-cli 0."));
}

TEST_CASE("the help option lists the commands", "[cli]")
{
    const Run run = runCli({QStringLiteral("--help")});
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains("extract"));
}

TEST_CASE("an unknown command fails with a message", "[cli]")
{
    const Run run = runCli({QStringLiteral("frobnicate")});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains("unknown command 'frobnicate'"));
}

TEST_CASE("extract --json reports every sample article", "[cli]")
{
    const Run run = runCli({QStringLiteral("extract"), QStringLiteral(CM_SEEDS), QStringLiteral("--json")});
    REQUIRE(run.exitCode == 0);
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    const QJsonArray articles = document.object().value(QStringLiteral("articles")).toArray();
    int ok = 0;
    for (const QJsonValue &article : articles)
        if (article.toObject().value(QStringLiteral("status")).toString() == QLatin1String("ok"))
            ++ok;
    CHECK(ok == 5);
    CHECK(document.object().value(QStringLiteral("events")).isArray());
}

TEST_CASE("extract on a missing folder exits 1 and names it", "[cli]")
{
    const Run run = runCli(
        {QStringLiteral("extract"), QStringLiteral("/nonexistent/articles"), QStringLiteral("--json")});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains("/nonexistent/articles"));
}

namespace {

// Controller of every place in `state --json` at a date, by place name.
QHash<QString, QJsonObject> stateAt(const QString &date)
{
    const Run run = runCli({QStringLiteral("state"), QStringLiteral(CM_SEEDS), QStringLiteral("--date"), date,
                            QStringLiteral("--json")});
    REQUIRE(run.exitCode == 0);
    const QJsonArray places =
        QJsonDocument::fromJson(run.out).object().value(QStringLiteral("places")).toArray();
    QHash<QString, QJsonObject> byName;
    for (const QJsonValue &place : places)
        byName.insert(place.toObject().value(QStringLiteral("name")).toString(), place.toObject());
    return byName;
}

QString controllerOf(const QHash<QString, QJsonObject> &state, const QStringList &names)
{
    for (const QString &name : names)
        if (state.contains(name))
            return state.value(name).value(QStringLiteral("controller")).toString();
    return QStringLiteral("(absent)");
}

bool isContested(const QHash<QString, QJsonObject> &state, const QStringList &names)
{
    for (const QString &name : names)
        if (state.contains(name))
            return state.value(name).value(QStringLiteral("contested")).toBool();
    return false;
}

} // namespace

TEST_CASE("state of the sample articles on 20 November 2017", "[cli][state]")
{
    const auto state = stateAt(QStringLiteral("2017-11-20"));
    CHECK(controllerOf(state, {QStringLiteral("Boukamal"), QStringLiteral("Abou Kamal")}) ==
          QStringLiteral("regime"));
    CHECK(controllerOf(state, {QStringLiteral("Raqqa")}) == QStringLiteral("sdf"));
    const QStringList mayadin{QStringLiteral("Mayadine"), QStringLiteral("Mayadin")};
    CHECK((isContested(state, mayadin) || controllerOf(state, mayadin) == QStringLiteral("isis")));
}

TEST_CASE("state of the sample articles on 10 April 2016", "[cli][state]")
{
    const auto state = stateAt(QStringLiteral("2016-04-10"));
    CHECK(controllerOf(state, {QStringLiteral("Palmyre"), QStringLiteral("Palmyra")}) ==
          QStringLiteral("regime"));
    const QStringList rai{QStringLiteral("al-Raï"), QStringLiteral("Al-Rai"), QStringLiteral("Ar Rā‘ī")};
    CHECK((isContested(state, rai) || controllerOf(state, rai) == QStringLiteral("rebels")));
}

TEST_CASE("state --events reads the events extract --json wrote", "[cli][state]")
{
    const Run extracted =
        runCli({QStringLiteral("extract"), QStringLiteral(CM_SEEDS), QStringLiteral("--json")});
    REQUIRE(extracted.exitCode == 0);
    const QString events = QDir::temp().filePath(
        QStringLiteral("cm-test-events-%1.json").arg(QCoreApplication::applicationPid()));
    QFile file(events);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(extracted.out);
    file.close();
    const QStringList date{QStringLiteral("--date"), QStringLiteral("2017-11-20"), QStringLiteral("--json")};
    const Run fromFolder = runCli(QStringList{QStringLiteral("state"), QStringLiteral(CM_SEEDS)} + date);
    const Run fromFile =
        runCli(QStringList{QStringLiteral("state"), QStringLiteral("--events"), events} + date);
    QFile::remove(events);
    REQUIRE(fromFolder.exitCode == 0);
    CHECK(fromFile.exitCode == 0);
    CHECK(fromFile.out == fromFolder.out);
}

TEST_CASE("state --events on malformed JSON names the file, the reason and the byte", "[cli][state]")
{
    const Run extracted =
        runCli({QStringLiteral("extract"), QStringLiteral(CM_SEEDS), QStringLiteral("--json")});
    REQUIRE(extracted.exitCode == 0);
    const int evidence = extracted.out.lastIndexOf("\"evidence\"");
    REQUIRE(evidence > 0);
    const QByteArray broken = extracted.out.left(evidence + 14); // in the middle of a string
    QJsonParseError expected{};
    QJsonDocument::fromJson(broken, &expected);
    REQUIRE(expected.error != QJsonParseError::NoError);

    const QString events = QDir::temp().filePath(
        QStringLiteral("cm-test-broken-%1.json").arg(QCoreApplication::applicationPid()));
    QFile file(events);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(broken);
    file.close();
    const Run run = runCli({QStringLiteral("state"), QStringLiteral("--events"), events,
                            QStringLiteral("--date"), QStringLiteral("2017-11-20")});
    QFile::remove(events);
    CHECK(run.exitCode == 2);
    const QString message = QString::fromUtf8(run.err);
    CHECK(message.contains(events));
    CHECK(message.contains(expected.errorString()));
    CHECK(message.contains(QStringLiteral("at byte %1").arg(expected.offset)));
}

TEST_CASE("zones of the sample articles export to a GeoPackage", "[cli][zones]")
{
    const QString out = QDir::temp().filePath(
        QStringLiteral("cm-test-zones-%1.gpkg").arg(QCoreApplication::applicationPid()));
    QFile::remove(out);
    const Run run = runCli({QStringLiteral("zones"), QStringLiteral(CM_SEEDS), QStringLiteral("--date"),
                            QStringLiteral("2017-11-20"), QStringLiteral("--out"), out});
    CHECK(run.exitCode == 0);
    CHECK(QFileInfo(out).size() > 0);
    QFile::remove(out);
}

TEST_CASE("places resolves French press spellings", "[cli][places]")
{
    const Run run = runCli({QStringLiteral("places"), QStringLiteral("Boukamal"), QStringLiteral("Mossoul"),
                            QStringLiteral("--json")});
    REQUIRE(run.exitCode == 0);
    const QJsonArray array = QJsonDocument::fromJson(run.out).array();
    REQUIRE(array.size() == 2);
    CHECK(array.at(0).toObject().value(QStringLiteral("geonameid")).toInt() == 174448);
    CHECK(array.at(1).toObject().value(QStringLiteral("geonameid")).toInt() == 99072);
}
