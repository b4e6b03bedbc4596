#include "ingest/phraseindex.h"

namespace cm::ingest {
namespace {

qsizetype wordEnd(QStringView key, qsizetype from)
{
    qsizetype end = from;
    while (end < key.size() && key[end] != QLatin1Char(' '))
        ++end;
    return end;
}

quint32 lengthBit(qsizetype length)
{
    return 1u << (qMin<qsizetype>(length, 32) - 1);
}

} // namespace

PhraseIndex::PhraseIndex(const QVector<QString> &phrases) : mPhrases(phrases)
{
    for (int k = 0; k < mPhrases.size(); ++k) {
        const QStringView phrase(mPhrases.at(k));
        if (phrase.isEmpty())
            continue; // never matches
        const QStringView first = phrase.left(wordEnd(phrase, 0));
        mByFirstWord[qHash(first)].append(k);
        if (first[0].unicode() < 128)
            mFirstWordShapes[first[0].unicode()] |= lengthBit(first.size());
    }
}

int PhraseIndex::matchAt(QStringView key, qsizetype at, qsizetype end) const
{
    if (end <= at || !mayStart(key[at], end - at))
        return -1; // (an empty word starts no phrase: empty phrases are not indexed)
    // Hash collisions only add candidates, which the comparison below rejects.
    const auto found = mByFirstWord.constFind(qHash(key.mid(at, end - at)));
    if (found == mByFirstWord.constEnd())
        return -1;
    const QStringView rest = key.mid(at);
    for (int k : found.value()) {
        const QString &phrase = mPhrases.at(k);
        if (rest.startsWith(phrase) &&
            (rest.size() == phrase.size() || rest[phrase.size()] == QLatin1Char(' ')))
            return k;
    }
    return -1;
}

int PhraseIndex::prefixOf(QStringView key) const
{
    return matchAt(key, 0, wordEnd(key, 0));
}

int PhraseIndex::foundIn(QStringView key) const
{
    qsizetype start = 0;
    while (start < key.size()) {
        const qsizetype end = wordEnd(key, start);
        const int found = mayStart(key[start], end - start) ? matchAt(key, start, end) : -1;
        if (found >= 0)
            return found;
        start = end + 1;
    }
    return -1;
}

} // namespace cm::ingest
