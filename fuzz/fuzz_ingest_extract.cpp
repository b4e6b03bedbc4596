// Arbitrary bytes through decoding, HTML/boilerplate cleaning, publication dates
// and event extraction, as if read from a file. The first byte picks the file
// type, so every reader is exercised.
#include "conflictmap/eventextractor.h"
#include "conflictmap/ingestor.h"
#include "conflictmap/pipeline.h"
#include "conflictmap/resources.h"

#include <QByteArray>
#include <QCoreApplication>
#include <cstdint>
#include <cstdlib>

namespace {

cm::Pipeline &pipeline()
{
    static cm::Pipeline *instance = [] {
        cm::Resources::setDirectory(QStringLiteral(CM_RESOURCES));
        auto *created = new cm::Pipeline();
        cm::Diagnostics diagnostics;
        if (!created->load(&diagnostics))
            std::abort(); // the fuzzer is useless without its lexicons
        return created;
    }();
    return *instance;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    static const char *const kNames[] = {"article.txt", "article.md", "page.html", "page.htm"};
    const char *name = kNames[data[0] % 4];
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), int(size - 1));

    const cm::Ingestor ingestor;
    cm::Article article = ingestor.readBytes(bytes, QString::fromLatin1(name));
    if (article.status != cm::ArticleStatus::Ok)
        return 0;
    const cm::ControlEvents events = pipeline().extract({article});
    for (const cm::ControlEvent &event : events) {
        // Evidence must always point into the article text.
        if (event.offset < 0 || event.offset + event.evidence.size() > article.text.size()
            || article.text.mid(event.offset, event.evidence.size()) != event.evidence)
            std::abort();
    }
    return 0;
}
