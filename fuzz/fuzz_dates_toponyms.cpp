// Arbitrary text through publication-date finding, temporal expressions and
// toponym lookup: the parsers that see the most hostile input.
#include "conflictmap/gazetteer.h"
#include "conflictmap/pipeline.h"
#include "conflictmap/publicationdatefinder.h"
#include "conflictmap/resources.h"
#include "conflictmap/toponymresolver.h"

#include <QString>
#include <cstdint>
#include <cstdlib>

namespace {

const cm::ToponymResolver &resolver()
{
    static cm::Pipeline *pipeline = [] {
        cm::Resources::setDirectory(QStringLiteral(CM_RESOURCES));
        auto *created = new cm::Pipeline();
        if (!created->load())
            std::abort();
        return created;
    }();
    static const cm::ToponymResolver instance(pipeline->gazetteer());
    return instance;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), int(size));
    const QDate today(2017, 12, 31);

    for (const cm::DateMention &mention : cm::PublicationDateFinder::findDates(text))
        if (mention.start < 0 || mention.start + mention.length > text.size())
            std::abort();
    cm::PublicationDateFinder::dateFromUrl(text);
    const cm::PublicationDate found = cm::PublicationDateFinder::find(text, {}, {}, today);
    if (found.date.isValid() && found.date > today)
        std::abort();

    const cm::ToponymResolver &toponyms = resolver();
    toponyms.resolve(text.left(200));
    QVector<cm::PlaceMention> mentions = toponyms.findMentions(text);
    for (const cm::PlaceMention &mention : mentions)
        if (mention.start < 0 || mention.start + mention.length > text.size())
            std::abort();
    toponyms.disambiguate(mentions);
    return 0;
}
