#pragma once

#include "conflictmap/article.h"

#include <QDate>
#include <QString>
#include <QVector>

namespace cm {

/** Key/value lines between "---" lines at the very top of a Markdown file. */
struct FrontMatter {
    bool present = false;
    TextRange range; ///< the whole block, both "---" lines included
    QString title;   ///< "title:"
    QString url;     ///< "url:", "source:", "link:", "lien:"
    QDate published; ///< "date:", "published:", "publication_date:", "pubdate:"
};

/** Title and address of plain-text and Markdown articles, which carry no markup. */
class PlainTextMetadata
{
public:
    /** Reads a YAML-style front matter block; `present` is false when there is none. */
    static FrontMatter frontMatter(const QString &text);

    /** The title: the first Markdown heading among the first lines, else the first
     *  headline-like line among the first 15 non-empty lines (3 to 40 words, at most
     *  250 characters, not boilerplate, not a date line, not a byline "Par X", not one
     *  upper-case word such as "INTERNATIONAL"), else the first line of text that is not
     *  boilerplate. Markdown emphasis and '#' are removed. Empty for an empty text. */
    static QString title(const QString &text, const QVector<TextRange> &boilerplate);

    /** The article's address: a line that is only a URL (or "<URL>", or "Source : URL")
     *  among the first or last five non-empty lines. Empty if none. */
    static QString sourceUrl(const QString &text);
};

} // namespace cm
