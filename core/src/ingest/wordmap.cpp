#include "ingest/wordmap.h"

namespace cm::ingest {

void WordMap::insert(const QString &word, int value)
{
    const auto found = mValues.find(word);
    if (found != mValues.end()) {
        found.value() = value;
        return;
    }
    mWords.append(word);
    mValues.insert(QStringView(mWords.last()), value);
}

} // namespace cm::ingest
