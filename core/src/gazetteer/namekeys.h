// Spelling keys of place names, one per matching tier (private to the gazetteer module).
#pragma once

#include "conflictmap/diagnostic.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringView>
#include <QVarLengthArray>
#include <QVector>

#include <array>

namespace cm {

/** The lookup keys of one spelling, cheapest tier first; a key is empty when the
 *  spelling is too short for that tier. */
struct NameKeys {
    QString exact;      ///< folded (case, accents, apostrophes), separators as one space
    QString normalised; ///< + no apostrophes, no leading article, no separators, no doubles, no final vowel+h
    QString translit;   ///< + consonant spellings unified (ou/u, ch/sh, dj/j, q/k…), vowel runs as one 'a';
                        ///< empty below 2 consonants
    QString skeleton;   ///< consonants of `translit` only; empty below 3 consonants
};

/** Computes NameKeys with the rules of resources/gazetteer/transliteration.txt. Immutable
 *  once loaded; thread-safe. */
class NameKeyer
{
public:
    /** Built-in defaults; load() replaces them. */
    NameKeyer();

    /** Reads a rules file ("article", "sun", "rewrite" and "theatre" lines); false and a
     *  diagnostic when it cannot be read (the defaults stay). */
    bool load(const QString &path, Diagnostics *diagnostics);

    /** All keys; without `loose`, only `exact` and `normalised` (cheaper). */
    NameKeys keys(QStringView name, bool loose = true) const;

    /** Exact key only (cheap; used for stop lists). */
    static QString exactKey(QStringView name);

    /** True when the text has a Latin letter (names in other scripts are not indexed). */
    static bool hasLatinLetter(QStringView name);

    bool isArticle(const QString &foldedToken) const { return mArticles.contains(foldedToken); }
    /** True when a country (ISO 3166-1 alpha-2) is one of the war's: only its places may
     *  be found by transliteration and skeleton keys, and they win ties against neighbours.
     *  All countries are when none is listed. */
    bool isTheatre(const QString &country) const { return mTheatre.isEmpty() || mTheatre.contains(country); }

private:
    using Buffer = QVarLengthArray<QChar, 64>;
    void appendRewritten(Buffer &out, QStringView token) const;
    bool isArticleWord(QStringView word) const;

    QSet<QString> mArticles;
    QVector<QString> mArticleList;       ///< the same, for comparing with string views
    std::array<bool, 128> mHasRewrite{}; ///< ASCII characters that start a rewrite rule
    QSet<QString> mTheatre;
    QString mSunLetters;
    QHash<QChar, QVector<QPair<QString, QString>>> mRewrites; ///< by first char, longest first
};

/** Levenshtein distance of two short strings. */
int editDistance(const QString &a, const QString &b);

/** One character folded like cm::foldText (lower case, no diacritics, ASCII apostrophes
 *  and dashes); may be empty or longer than one character. Fast for Latin text. */
QString foldCharacter(QChar c);

} // namespace cm
