#pragma once

#include "conflictmap/article.h"

#include <QString>

namespace cm {

/** Two views of an article's text with the same length as Article::text, so that an offset
 *  in either is an offset in the original: `clean` has Markdown markup (links "[x](#)",
 *  emphasis '*', heading '#', escapes '\'), bare URLs blanked to spaces and boilerplate
 *  ranges turned into line breaks; `folded` is `clean` through foldTextSameLength. */
struct ArticleText {
    QString clean;
    QString folded;

    /** Builds both views; boilerplate ranges outside the text are clipped. */
    static ArticleText prepare(const QString &text, const QVector<TextRange> &boilerplate = {});
};

} // namespace cm
