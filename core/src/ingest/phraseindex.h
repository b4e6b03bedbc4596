// Cue phrases looked up by their first word (private to the ingest module).
#pragma once

#include <QHash>
#include <QString>
#include <QStringView>
#include <QVector>

#include <array>

namespace cm::ingest {

/** Phrases (match keys: words separated by one space) indexed by their first word, so that
 *  finding which of them a key starts with or contains costs one hash lookup per word of
 *  the key instead of one search per phrase. */
class PhraseIndex
{
public:
    PhraseIndex() = default;
    /** Empty phrases never match. */
    explicit PhraseIndex(const QVector<QString> &phrases);

    /** The first phrase, in the order given, that `key` starts with at a word boundary; -1 if none. */
    int prefixOf(QStringView key) const;

    /** A phrase that `key` contains as whole words: the one found at the earliest word of the
     *  key (the first given among those starting there); -1 if none. */
    int foundIn(QStringView key) const;

private:
    // Phrases that may start at `at` (a word start of key), verified in the order given.
    int matchAt(QStringView key, qsizetype at, qsizetype wordEnd) const;
    // False when no phrase starts with a word of this first character and length.
    bool mayStart(QChar first, qsizetype length) const
    {
        return first.unicode() >= 128 ||
               (mFirstWordShapes[first.unicode()] >> (qMin<qsizetype>(length, 32) - 1) & 1);
    }

    QVector<QString> mPhrases;
    QHash<size_t, QVector<int>> mByFirstWord; ///< hash of the first word → phrase indexes
    /// A filter before hashing: bit min(length, 32) - 1 of entry c is set when a first word
    /// of that length starts with the ASCII character c.
    std::array<quint32, 128> mFirstWordShapes{};
};

} // namespace cm::ingest
