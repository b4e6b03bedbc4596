#pragma once

#include <QString>

namespace cm {

/** Lower-cases, removes diacritics (é→e, ï→i, œ→oe), maps typographic apostrophes,
 *  quotes, dashes and ayn/hamza signs (ʿ ʾ ‘ ’) to ASCII, and collapses white space.
 *  The result has no fixed length relation to the input. */
QString foldText(const QString &text);

/** Like foldText but keeps the string length: each character maps to exactly one
 *  character (diacritics dropped, ligatures to their first letter, apostrophes to '\''),
 *  so offsets stay valid. */
QString foldTextSameLength(const QString &text);

} // namespace cm
