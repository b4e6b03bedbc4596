#pragma once

#include "conflictmap/diagnostic.h"

#include <QSet>
#include <QString>
#include <QVector>

namespace cm {

/** A sentence of a text: [start, start + length), and the paragraph (line block) it is in. */
struct Sentence {
    int start = 0;
    int length = 0;
    int paragraph = 0; ///< 0-based; a new paragraph starts at each line break that ends a sentence
    int end() const { return start + length; }
};

/** Splits French news text into sentences. Ends a sentence at . ! ? … followed by a capital,
 *  a digit or an opening quote (closing quotes « » “ ” stay with the sentence they close), at
 *  blank lines and at line breaks followed by a capital; joins pasted-page line breaks inside
 *  a sentence (next line starting in lower case); keeps abbreviations ("M.", "Mme", "av.")
 *  and initials ("J.") inside the sentence. */
class SentenceSplitter
{
public:
    /** Built with the default abbreviations (M, Mme, Dr, etc). */
    SentenceSplitter();

    /** Replaces the abbreviations with those of a file (one folded word a line, # comments). */
    bool loadAbbreviations(const QString &path, Diagnostics *diagnostics = nullptr);

    /** Sentences of text, in order, trimmed of spaces and markup; empty ones dropped. */
    QVector<Sentence> split(const QString &text) const;

private:
    QSet<QString> mAbbreviations;
    int mLongestAbbreviation = 0; ///< characters: longer words before a dot are not looked up
};

} // namespace cm
