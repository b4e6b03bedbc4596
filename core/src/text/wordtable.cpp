#include "text/wordtable.h"

#include "conflictmap/tokenizer.h"

#include <algorithm>

namespace cm {

WordTable &WordTable::instance()
{
    static WordTable table;
    return table;
}

WordTable::WordTable() : mPrefix(1, 0), mRoot2(128 * 128, -1), mEdges(4096)
{
    std::fill(std::begin(mRoot), std::end(mRoot), -1);
}

namespace {

size_t edgeHash(quint64 key)
{
    key ^= key >> 29;
    key *= 0xbf58476d1ce4e5b9ULL;
    key ^= key >> 32;
    return size_t(key);
}

} // namespace

inline int WordTable::child(int node, char16_t c) const
{
    if (node == 0 && c < 128)
        return mRoot[c];
    const quint64 key = edgeKey(node, c);
    const size_t mask = mEdges.size() - 1;
    for (size_t i = edgeHash(key) & mask;; i = (i + 1) & mask) {
        const Edge &edge = mEdges[i];
        if (edge.child < 0)
            return -1;
        if (edge.key == key)
            return edge.child;
    }
}

void WordTable::insertEdge(quint64 key, int child)
{
    // at most a quarter full: most lookups are misses, which probe until a free slot
    if (4 * (mEdgeCount + 1) > int(mEdges.size())) {
        std::vector<Edge> old(mEdges.size() * 2);
        old.swap(mEdges);
        mEdgeCount = 0;
        for (const Edge &edge : old)
            if (edge.child >= 0)
                insertEdge(edge.key, edge.child);
    }
    const size_t mask = mEdges.size() - 1;
    size_t i = edgeHash(key) & mask;
    while (mEdges[i].child >= 0)
        i = (i + 1) & mask;
    mEdges[i] = {key, child};
    ++mEdgeCount;
}

int WordTable::add(QStringView word)
{
    int node = 0;
    for (qsizetype i = 0; i < word.size(); ++i) {
        const char16_t c = word.at(i).unicode();
        const int next = child(node, c);
        if (next >= 0) {
            node = next;
            continue;
        }
        const int created = int(mPrefix.size());
        mPrefix.push_back(0);
        if (node == 0 && c < 128)
            mRoot[c] = created;
        else
            insertEdge(edgeKey(node, c), created);
        if (i == 1 && word.at(0).unicode() < 128 && c < 128)
            mRoot2[size_t(word.at(0).unicode()) * 128 + c] = created;
        node = created;
    }
    return node;
}

int WordTable::newStartBit()
{
    QWriteLocker locker(&mLock);
    return mStartBits < 64 ? mStartBits++ : -1;
}

void WordTable::markStart(int id, bool prefix, int bit)
{
    QWriteLocker locker(&mLock);
    if (bit < 0 || id < 0)
        return;
    std::vector<quint64> &starts = prefix ? mPrefixStarts : mWordStarts;
    if (id >= int(starts.size()))
        starts.resize(size_t(id) + 1, 0);
    starts[size_t(id)] |= quint64(1) << bit;
}

int WordTable::addWord(QStringView word)
{
    QWriteLocker locker(&mLock);
    return add(word);
}

int WordTable::addPrefix(QStringView prefix)
{
    QWriteLocker locker(&mLock);
    const int node = add(prefix);
    mPrefix[size_t(node)] = 1;
    return node;
}

void WordTable::lookup(QStringView word, Token *token) const
{
    token->wordId = -1;
    token->starts = 0;
    std::fill(std::begin(token->prefixIds), std::end(token->prefixIds), -1);
    int found = 0;
    auto reach = [&](int node) {
        if (!mPrefix[size_t(node)])
            return;
        if (size_t(node) < mPrefixStarts.size())
            token->starts |= mPrefixStarts[size_t(node)];
        // keep the deepest ones: nested word beginnings are rare in the lexicons
        if (found == Token::kMaxPrefixes) {
            std::rotate(std::begin(token->prefixIds), std::begin(token->prefixIds) + 1,
                        std::end(token->prefixIds));
            found = Token::kMaxPrefixes - 1;
        }
        token->prefixIds[found++] = node;
    };
    const QChar *chars = word.data();
    const qsizetype size = word.size();
    int node = 0;
    qsizetype i = 0;
    // the first two characters from the root's tables, without hashing
    if (size >= 2 && chars[0].unicode() < 128 && chars[1].unicode() < 128) {
        const int first = mRoot[chars[0].unicode()];
        if (first < 0)
            return;
        reach(first);
        node = mRoot2[size_t(chars[0].unicode()) * 128 + chars[1].unicode()];
        if (node < 0)
            return;
        reach(node);
        i = 2;
    }
    for (; i < size; ++i) {
        node = child(node, chars[i].unicode());
        if (node < 0)
            return;
        reach(node);
    }
    token->wordId = node;
    if (size_t(node) < mWordStarts.size())
        token->starts |= mWordStarts[size_t(node)];
}

} // namespace cm
