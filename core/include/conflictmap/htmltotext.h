#pragma once

#include <QDate>
#include <QString>
#include <QVector>

namespace cm {

/** What HtmlToText renders from a saved web page. */
struct HtmlDocument {
    /** The visible text: scripts, styles, comments, navigation, forms, buttons and
     *  asides removed; entities decoded; white space collapsed; block elements
     *  separated by a blank line ("\n\n"), <br> by "\n". */
    QString text;
    /** For each character of text, the offset in the HTML source it comes from
     *  (separators point at the next visible character). Same size as text. */
    QVector<int> sourceOffsets;
    QString title;         ///< og:title, else the first <h1>, else <title>; may be empty
    QString url;           ///< <link rel=canonical>, else og:url; may be empty
    QDate published;       ///< from publication metadata, <time datetime> or JSON-LD; invalid if none
    QString publishedFrom; ///< which field gave it ("article:published_time", "time", "json-ld"...)
    bool publishedIsUpdate = false; ///< only an update time (article:modified_time...) was found
};

/** Converts HTML (any quality: unclosed tags, stray '<', unknown entities) to text
 *  in one linear pass, without a DOM. */
class HtmlToText
{
public:
    /** Renders `html`. */
    static HtmlDocument convert(const QString &html);

    /** Decodes character references (&amp; &eacute; &#233; &#xE9;) in `text`;
     *  unknown ones stay as written. */
    static QString decodeEntities(const QString &text);

    /** Whether a text file's content is in fact an HTML page (starts with a doctype,
     *  <html>, <head> or <body> after white space and comments). */
    static bool looksLikeHtml(const QString &text);
};

} // namespace cm
