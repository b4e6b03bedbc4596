#include "conflictmap/tokenizer.h"

#include "text/wordtable.h"

#include <algorithm>
#include <array>

namespace cm {
namespace {

// Most characters are ASCII: answer those from a table, the rest from Qt's tables.
enum AsciiClass : char { Other, Word, Space };

constexpr std::array<AsciiClass, 128> kAsciiClasses = [] {
    std::array<AsciiClass, 128> table{};
    for (int c = 0; c < 128; ++c) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
            table[size_t(c)] = Word;
        else if (c == ' ' || (c >= '\t' && c <= '\r'))
            table[size_t(c)] = Space;
    }
    return table;
}();

inline bool isWordChar(QChar c)
{
    const ushort u = c.unicode();
    if (u < 128)
        return kAsciiClasses[u] == Word;
    return c.isLetterOrNumber();
}

inline bool isSpace(QChar c)
{
    const ushort u = c.unicode();
    if (u < 128)
        return kAsciiClasses[u] == Space;
    return c.isSpace();
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
    // about one token per six characters of French text
    tokens.reserve(std::max(0, end - begin) / 5 + 1);
    const WordTable &table = WordTable::instance();
    QReadLocker locker(&WordTable::instance().lock());
    const QChar *data = text.constData();
    auto add = [&](int start, int length, bool word) {
        Token token{start, length, word, QStringView(data + start, length)};
        table.lookup(token.text, &token);
        tokens.append(token);
    };
    int i = begin;
    while (i < end) {
        const QChar c = data[i];
        if (isSpace(c)) {
            ++i;
            continue;
        }
        if (!isWordChar(c)) {
            add(i, 1, false);
            ++i;
            continue;
        }
        const int start = i;
        while (i < end) {
            // ASCII letters and digits at once: most of each word
            while (i < end && data[i].unicode() < 128 && kAsciiClasses[data[i].unicode()] == Word)
                ++i;
            if (i == end)
                break;
            const QChar ch = data[i];
            if (isWordChar(ch)) {
                ++i;
                continue;
            }
            const bool nextIsWord = i + 1 < end && isWordChar(data[i + 1]);
            if (ch == QLatin1Char('\'')) {
                if (isElision(QStringView(data + start, i - start))) {
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
            if ((ch == QLatin1Char('.') || ch == QLatin1Char(',')) && nextIsWord && data[i - 1].isDigit() &&
                data[i + 1].isDigit()) {
                ++i;
                continue;
            }
            break;
        }
        add(start, i - start, true);
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
