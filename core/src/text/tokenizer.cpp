#include "conflictmap/tokenizer.h"

#include <algorithm>

namespace cm {
namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber();
}

// Elided words that end at an apostrophe: l', d', qu', jusqu'…
bool isElision(QStringView word)
{
    if (word.size() == 1)
        return QStringLiteral("ldjmnstc").contains(word.at(0).toLower());
    static const char *const kLong[] = {"qu", "jusqu", "lorsqu", "puisqu", "presqu", "quoiqu", "quelqu"};
    for (const char *candidate : kLong)
        if (word.compare(QLatin1String(candidate), Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

} // namespace

Tokens tokenize(const QString &text, int begin, int end)
{
    Tokens tokens;
    if (end < 0 || end > text.size())
        end = text.size();
    begin = std::max(0, begin);
    int i = begin;
    while (i < end) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            ++i;
            continue;
        }
        if (!isWordChar(c)) {
            tokens.append({i, 1, false, QString(c)});
            ++i;
            continue;
        }
        const int start = i;
        while (i < end) {
            const QChar ch = text.at(i);
            if (isWordChar(ch)) {
                ++i;
                continue;
            }
            const bool nextIsWord = i + 1 < end && isWordChar(text.at(i + 1));
            if (ch == QLatin1Char('\'')) {
                if (isElision(QStringView(text).mid(start, i - start))) {
                    ++i; // the apostrophe belongs to the elided word, which ends here
                    break;
                }
                if (nextIsWord) {
                    ++i;
                    continue;
                }
                break;
            }
            if (ch == QLatin1Char('-') && nextIsWord) {
                ++i;
                continue;
            }
            // dots and commas inside numbers: 330.000, 2,5
            if ((ch == QLatin1Char('.') || ch == QLatin1Char(',')) && nextIsWord &&
                text.at(i - 1).isDigit() && text.at(i + 1).isDigit()) {
                ++i;
                continue;
            }
            break;
        }
        tokens.append({start, i - start, true, text.mid(start, i - start)});
    }
    return tokens;
}

int tokenAt(const Tokens &tokens, int offset)
{
    const auto it = std::upper_bound(tokens.begin(), tokens.end(), offset,
                                     [](int value, const Token &token) { return value < token.end(); });
    return int(it - tokens.begin());
}

} // namespace cm
