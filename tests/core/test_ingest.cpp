// Ingestor: folder scans, bad input of every kind, order, parallelism, progress,
// cancellation and duplicates.
#include <catch2/catch.hpp>

#include "conflictmap/ingestor.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>

#include <sys/stat.h>
#include <unistd.h>

using cm::Article;
using cm::ArticleStatus;
using cm::IngestOptions;
using cm::Ingestor;
using cm::IngestResult;

namespace {

QVector<QStringList> readTsv(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QVector<QStringList> rows;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        if (line.trimmed().isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        rows.append(line.split(QLatin1Char('\t')));
    }
    return rows;
}

const Article *find(const IngestResult &result, const QString &file)
{
    for (const Article &article : result.articles)
        if (article.file == file)
            return &article;
    return nullptr;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

QByteArray numberedArticle(int n)
{
    return QByteArray("Article numéro ") + QByteArray::number(n) +
           "\n\nPublié le 3 mai 2017\n\nLe village numéro " + QByteArray::number(n) +
           " a été repris par les forces " + QByteArray::number(n * 7 % 13) +
           " après des combats qui ont duré " + QByteArray::number(n % 17) + " jours.\n";
}

} // namespace

TEST_CASE("The fixture folder: every entry listed with its verdict", "[ingest]")
{
    const IngestResult result = Ingestor().ingest({QStringLiteral(CM_TEST_DATA "/ingest/folder")});
    CHECK(result.folderErrors == 0);
    CHECK_FALSE(result.cancelled);
    const QVector<QStringList> expected = readTsv(QStringLiteral(CM_TEST_DATA "/ingest/folder_expected.tsv"));
    REQUIRE(result.articles.size() == expected.size());
    for (int k = 0; k < expected.size(); ++k) {
        const QStringList &row = expected.at(k);
        const Article &article = result.articles.at(k);
        INFO(row.at(0).toStdString() << " → " << article.message.toStdString());
        CHECK(article.file == row.at(0));
        CHECK(cm::articleStatusId(article.status) == row.at(1));
        if (row.size() > 2 && !row.at(2).isEmpty())
            CHECK(article.message.contains(row.at(2)));
        CHECK(article.duplicateOf == row.value(3));
        CHECK(article.folder == QDir(QStringLiteral(CM_TEST_DATA "/ingest/folder")).absolutePath());
        CHECK(QFileInfo(article.path).isAbsolute());
    }
    const Article *latin1 = find(result, QStringLiteral("latin1.txt"));
    REQUIRE(latin1);
    CHECK(latin1->encoding == QLatin1String("windows-1252"));
    CHECK(latin1->text.contains(QStringLiteral("pénétré jeudi")));
    CHECK(latin1->published == QDate(2016, 11, 3));
}

TEST_CASE("Bad input: links, loops, sizes, permissions, pipes, depth", "[ingest]")
{
    QTemporaryDir temp;
    REQUIRE(temp.isValid());
    const QString root = temp.path() + QStringLiteral("/articles");
    writeFile(root + QStringLiteral("/good.txt"), numberedArticle(101));

    // 11 MB of text: over the default 10 MB limit.
    {
        QFile big(root + QStringLiteral("/big.txt"));
        REQUIRE(big.open(QIODevice::WriteOnly));
        const QByteArray line(1023, 'a');
        for (int i = 0; i < 11 * 1024; ++i)
            big.write(line + '\n');
    }
    REQUIRE(QFile::link(root + QStringLiteral("/missing.txt"), root + QStringLiteral("/broken.txt")));
    REQUIRE(QFile::link(root + QStringLiteral("/loop_b.txt"), root + QStringLiteral("/loop_a.txt")));
    REQUIRE(QFile::link(root + QStringLiteral("/loop_a.txt"), root + QStringLiteral("/loop_b.txt")));
    QDir().mkpath(root + QStringLiteral("/sub"));
    REQUIRE(QFile::link(root, root + QStringLiteral("/sub/back_to_root"))); // folder loop
    REQUIRE(::mkfifo(QFile::encodeName(root + QStringLiteral("/pipe.txt")).constData(), 0600) == 0);

    writeFile(root + QStringLiteral("/locked.txt"), numberedArticle(102));
    QFile::setPermissions(root + QStringLiteral("/locked.txt"), QFileDevice::Permissions());
    QDir().mkpath(root + QStringLiteral("/locked_dir"));
    writeFile(root + QStringLiteral("/locked_dir/inside.txt"), numberedArticle(103));
    QFile::setPermissions(root + QStringLiteral("/locked_dir"), QFileDevice::Permissions());

    QString deep = root + QStringLiteral("/deep");
    for (int level = 0; level < 70; ++level)
        deep += QStringLiteral("/d");
    writeFile(deep + QStringLiteral("/too_deep.txt"), numberedArticle(104));
    writeFile(root + QStringLiteral("/deep/d/d/shallow.txt"), numberedArticle(105));

    const IngestResult result = Ingestor().ingest({root});
    CHECK(result.folderErrors == 0);

    auto expect = [&](const QString &file, ArticleStatus status, const QString &reason) {
        const Article *article = find(result, file);
        INFO(file.toStdString());
        REQUIRE(article);
        INFO(article->message.toStdString());
        CHECK(article->status == status);
        CHECK(article->message.contains(reason));
        CHECK_FALSE(article->message.contains(QLatin1Char('\n'))); // one line
    };
    expect(QStringLiteral("good.txt"), ArticleStatus::Ok, QString());
    expect(QStringLiteral("big.txt"), ArticleStatus::Skipped,
           QStringLiteral("larger than the 10.0 MB limit"));
    expect(QStringLiteral("broken.txt"), ArticleStatus::Error, QStringLiteral("broken symbolic link"));
    expect(QStringLiteral("loop_a.txt"), ArticleStatus::Error, QStringLiteral("symbolic link loop"));
    expect(QStringLiteral("sub/back_to_root"), ArticleStatus::Skipped, QStringLiteral("folder already read"));
    expect(QStringLiteral("pipe.txt"), ArticleStatus::Skipped, QStringLiteral("not a regular file"));
    expect(QStringLiteral("deep/d/d/shallow.txt"), ArticleStatus::Ok, QString());
    const Article *tooDeep = nullptr;
    for (const Article &article : result.articles)
        if (article.message.contains(QLatin1String("nested deeper than 64 levels")))
            tooDeep = &article;
    CHECK(tooDeep);
    CHECK_FALSE(find(result, deep.mid(root.size() + 1) + QStringLiteral("/too_deep.txt")));

    // Root can read anything whatever the permission bits: then the files are read normally.
    QFile probe(root + QStringLiteral("/locked.txt"));
    if (probe.open(QIODevice::ReadOnly)) {
        WARN("running with privileges that ignore permissions (root): unreadable files cannot be tested");
        expect(QStringLiteral("locked.txt"), ArticleStatus::Ok, QString());
    } else {
        expect(QStringLiteral("locked.txt"), ArticleStatus::Error, QStringLiteral("cannot open"));
        expect(QStringLiteral("locked_dir"), ArticleStatus::Error, QStringLiteral("cannot read folder"));
    }
    QFile::setPermissions(root + QStringLiteral("/locked_dir"),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

TEST_CASE("Thousands of files: all read, same result on 1 and 4 threads, progress reported", "[ingest]")
{
    QTemporaryDir temp;
    REQUIRE(temp.isValid());
    const int count = 2000;
    for (int n = 0; n < count; ++n)
        writeFile(temp.path() + QStringLiteral("/d%1/e%2/a%3.txt").arg(n % 7).arg(n % 11).arg(n),
                  numberedArticle(n));

    IngestOptions one;
    one.threads = 1;
    IngestOptions four;
    four.threads = 4;
    QVector<int> seen;
    int lastTotal = 0;
    const IngestResult serial = Ingestor(one).ingest({temp.path()});
    const IngestResult parallel =
        Ingestor(four).ingest({temp.path()}, [&](const cm::IngestProgress &progress) {
            seen.append(progress.done);
            lastTotal = progress.total;
            CHECK_FALSE(progress.file.isEmpty());
        });
    REQUIRE(serial.articles.size() == count);
    REQUIRE(parallel.articles.size() == count);
    for (int k = 0; k < count; ++k) {
        CHECK(serial.articles.at(k).file == parallel.articles.at(k).file);
        CHECK(serial.articles.at(k).status == ArticleStatus::Ok);
        CHECK(parallel.articles.at(k).published == QDate(2017, 5, 3));
        if (k > 0)
            CHECK(serial.articles.at(k - 1).file < serial.articles.at(k).file);
    }
    REQUIRE(seen.size() == count);
    CHECK(lastTotal == count);
    for (int k = 0; k < count; ++k)
        CHECK(seen.at(k) == k + 1); // serialised calls, counting up
}

TEST_CASE("Cancellation stops between files", "[ingest]")
{
    QTemporaryDir temp;
    REQUIRE(temp.isValid());
    for (int n = 0; n < 300; ++n)
        writeFile(temp.path() + QStringLiteral("/a%1.txt").arg(n, 3, 10, QLatin1Char('0')),
                  numberedArticle(n));
    std::atomic_bool cancel{false};
    IngestOptions options;
    options.threads = 2;
    const IngestResult result = Ingestor(options).ingest(
        {temp.path()},
        [&](const cm::IngestProgress &progress) {
            if (progress.done >= 20)
                cancel = true;
        },
        &cancel);
    CHECK(result.cancelled);
    CHECK(result.articles.size() >= 20);
    CHECK(result.articles.size() < 300);
    for (const Article &article : result.articles)
        CHECK(article.status == ArticleStatus::Ok);

    std::atomic_bool before{true};
    const IngestResult none = Ingestor().ingest({temp.path()}, {}, &before);
    CHECK(none.cancelled);
    CHECK(none.articles.isEmpty());
}

TEST_CASE("Folders that cannot be read are errors, the others are still read", "[ingest]")
{
    const IngestResult result =
        Ingestor().ingest({QStringLiteral("/nonexistent/articles"), QStringLiteral(CM_SEEDS)});
    CHECK(result.folderErrors == 1);
    REQUIRE(result.diagnostics.size() >= 1);
    bool named = false;
    for (const cm::Diagnostic &diagnostic : result.diagnostics)
        named |= diagnostic.file == QLatin1String("/nonexistent/articles") &&
                 diagnostic.message.contains(QLatin1String("does not exist"));
    CHECK(named);
    int ok = 0;
    for (const Article &article : result.articles)
        ok += article.status == ArticleStatus::Ok;
    CHECK(ok == 5);
    const Article *sources = find(result, QStringLiteral("SOURCES.md"));
    REQUIRE(sources);
    CHECK(sources->status == ArticleStatus::Skipped);
}

TEST_CASE("Several folders keep their order, a file argument is read as a one-file folder", "[ingest]")
{
    const QString page = QStringLiteral(CM_TEST_DATA "/ingest/pages/02_publie_le.txt");
    const IngestResult result = Ingestor().ingest({QStringLiteral(CM_SEEDS), page});
    REQUIRE(result.articles.size() == 7); // 5 articles + SOURCES.md + the page
    CHECK(result.articles.first().file == QLatin1String("000_618b17fe7b05e58a.txt"));
    CHECK(result.articles.last().file == QLatin1String("02_publie_le.txt"));
    CHECK(result.articles.last().status == ArticleStatus::Ok);
}

TEST_CASE("The same folder given twice: the second copies are duplicates", "[ingest]")
{
    const IngestResult result = Ingestor().ingest({QStringLiteral(CM_SEEDS), QStringLiteral(CM_SEEDS "/")});
    REQUIRE(result.articles.size() == 12);
    int duplicates = 0;
    for (int k = 6; k < 12; ++k) {
        const Article &article = result.articles.at(k);
        if (article.file == QLatin1String("SOURCES.md"))
            continue;
        CHECK(article.status == ArticleStatus::Skipped);
        CHECK(article.duplicateOf == article.file);
        CHECK(article.message.startsWith(QLatin1String("duplicate of ")));
        ++duplicates;
    }
    CHECK(duplicates == 5);
}

TEST_CASE("A file at the size limit is read whole, one byte more is skipped", "[ingest]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QByteArray text = numberedArticle(7);
    while (text.size() < 1000)
        text += "Les combats ont repris dans le quartier est de la ville. ";
    text.truncate(1000);
    writeFile(dir.filePath(QStringLiteral("limit.txt")), text);
    writeFile(dir.filePath(QStringLiteral("over.txt")), text + 'x');
    IngestOptions options;
    options.maxFileBytes = 1000;
    const Ingestor ingestor(options);

    const Article atLimit = ingestor.readFile(dir.filePath(QStringLiteral("limit.txt")), dir.path());
    CHECK(atLimit.status == ArticleStatus::Ok);
    CHECK(atLimit.bytes == 1000);
    CHECK(atLimit.text == QString::fromUtf8(text));
    const Article over = ingestor.readFile(dir.filePath(QStringLiteral("over.txt")), dir.path());
    CHECK(over.status == ArticleStatus::Skipped);
    CHECK(over.bytes == 1001);
}

TEST_CASE("The format of a file comes from the suffix of its name", "[ingest]")
{
    auto format = [](const char *name) { return Ingestor::formatForFile(QString::fromUtf8(name)); };
    CHECK(format("a.txt") == QLatin1String("text"));
    CHECK(format("/x/y/A.TEXT") == QLatin1String("text"));
    CHECK(format("notes.Md") == QLatin1String("markdown"));
    CHECK(format("archive.2016.markdown") == QLatin1String("markdown"));
    CHECK(format("page.XHTML") == QLatin1String("html"));
    CHECK(format("relative/page.htm") == QLatin1String("html"));
    CHECK(format(".txt") == QLatin1String("text")); // a hidden file's name is its suffix
    CHECK(format("txt").isEmpty());
    CHECK(format("a.txt.pdf").isEmpty());
    CHECK(format("folder.html/readme").isEmpty()); // the folder's suffix is not the file's
    CHECK(format("trailing.").isEmpty());
    CHECK(format("").isEmpty());
}

TEST_CASE("readBytes never fails on odd input", "[ingest]")
{
    const Ingestor ingestor;
    CHECK(ingestor.readBytes({}, QStringLiteral("a.txt")).status == ArticleStatus::Skipped);
    CHECK(ingestor.readBytes(QByteArray(5000, '\0'), QStringLiteral("a.txt")).status ==
          ArticleStatus::Skipped);
    CHECK(ingestor.readBytes("<html><script>x</script></html>", QStringLiteral("a.html"))
              .message.contains(QLatin1String("no visible text")));
    // Every prefix of a real page, cut anywhere (inside tags, entities, UTF-8 sequences).
    QFile file(QStringLiteral(CM_TEST_DATA "/ingest/pages/05_meta_published.html"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray page = file.readAll();
    for (int cut = 1; cut < page.size(); cut += 7) {
        const Article article = ingestor.readBytes(page.left(cut), QStringLiteral("cut.html"));
        CHECK(article.status != ArticleStatus::Error);
        for (const cm::TextRange &range : article.boilerplate)
            CHECK(range.end() <= article.text.size());
    }
}
