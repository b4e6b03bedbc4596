#include <catch2/catch.hpp>

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
    const Run run = runCli({QStringLiteral("extract"), QStringLiteral("/nonexistent/articles"), QStringLiteral("--json")});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains("/nonexistent/articles"));
}
