#pragma once

#include <QReadWriteLock>
#include <QStringView>
#include <QtGlobal>
#include <vector>

namespace cm {

struct Token;

/** The words and word beginnings ("empar*") of every loaded lexicon, as a character trie shared
 *  by the whole process, so that each token is looked up once (by tokenize()) and phrase
 *  matching then compares integers. Only grows; ids stay valid for the process. Thread-safe:
 *  adding takes a write lock, looking up a read lock. */
class WordTable
{
public:
    static WordTable &instance();

    /** Id of a lexicon word (adds it if new). */
    int addWord(QStringView word);
    /** Id of a word beginning matched by a trailing '*' (adds it if new). */
    int addPrefix(QStringView prefix);
    /** A bit of Token::starts for a new phrase table, or -1 when all 64 are taken (the table
     *  then tests its own lists). */
    int newStartBit();
    /** Marks that the table with this bit has a phrase starting with word (or beginning) `id`. */
    void markStart(int id, bool prefix, int bit);
    /** Sets token->wordId, token->prefixIds and token->starts from the folded word; takes no
     *  lock (the caller holds lock() for reading). */
    void lookup(QStringView word, Token *token) const;

    QReadWriteLock &lock() { return mLock; }

private:
    WordTable();
    int add(QStringView word);

    // The trie's edges in one open-addressing table keyed by (node, character): one probe
    // per character in most cases, without chasing per-node arrays.
    struct Edge {
        quint64 key = 0;
        int child = -1; ///< -1: free slot
    };
    static quint64 edgeKey(int node, char16_t c) { return (quint64(node) << 16) | c; }
    int child(int node, char16_t c) const;
    void insertEdge(quint64 key, int child);

    std::vector<char> mPrefix; ///< by node: a word beginning ends here (char: faster than bool)
    std::vector<quint64>
        mWordStarts; ///< by node: start bits of the tables whose phrases begin with this word
    std::vector<quint64> mPrefixStarts; ///< by node: the same for a word beginning ("empar*")
    int mStartBits = 0;
    int mRoot[128];           ///< the root's children for ASCII characters (most first letters), -1: none
    std::vector<int> mRoot2;  ///< nodes of two ASCII characters, by 128 * first + second, -1: none
    std::vector<Edge> mEdges; ///< size a power of two, at most a quarter full
    int mEdgeCount = 0;
    mutable QReadWriteLock mLock;
};

} // namespace cm
