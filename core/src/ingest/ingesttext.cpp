#include "ingest/ingesttext.h"

namespace cm::ingest {
namespace {

// Base letters of U+00C0..U+00FF; '\0' keeps the character as it is.
const char kLatin1Base[64 + 1] = "aaaaaaaceeeeiiiidnooooo\0ouuuuyts"
                                 "aaaaaaaceeeeiiiidnooooo\0ouuuuyty";

} // namespace

QChar foldNonAscii(QChar c)
{
    const ushort u = c.unicode();
    if (u >= 0xC0 && u <= 0xFF) {
        const char base = kLatin1Base[u - 0xC0];
        return base ? QChar::fromLatin1(base) : c;
    }
    switch (u) {
    case 0x2019:
    case 0x2018:
    case 0x02BC:
    case 0x02BF:
    case 0x02BE:
    case 0x02BB:
    case 0x00B4:
    case 0x2032:
        return QLatin1Char('\'');
    case 0x00AB:
    case 0x00BB:
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x2033:
        return QLatin1Char('"');
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212:
        return QLatin1Char('-');
    case 0x00A0:
    case 0x202F:
    case 0x2009:
    case 0x2007:
    case 0x2002:
    case 0x2003:
    case 0x200A:
        return QLatin1Char(' ');
    case 0x0152:
    case 0x0153:
        return QLatin1Char('o');
    default:
        break;
    }
    if (u >= 0x100 && u < 0x250 && c.decompositionTag() == QChar::Canonical)
        return c.decomposition().at(0).toLower();
    return c.toLower();
}

QString foldSameLength(QStringView text)
{
    QString out(text.size(), Qt::Uninitialized);
    QChar *data = out.data();
    for (qsizetype i = 0; i < text.size(); ++i)
        data[i] = foldChar(text[i]);
    return out;
}

QString matchKey(QStringView text)
{
    QString out(text.size(), Qt::Uninitialized);
    QChar *data = out.data();
    qsizetype length = 0;
    bool space = true;
    for (QChar c : text) {
        QChar f;
        if (c.unicode() < 0x80) {
            f = QChar(char16_t(asciiWordChar(c.unicode()))); // null: not a word character
        } else {
            f = foldNonAscii(c);
            if (!f.isLetterOrNumber())
                f = QChar();
        }
        if (!f.isNull()) {
            data[length++] = f;
            space = false;
        } else if (!space) {
            data[length++] = QLatin1Char(' ');
            space = true;
        }
    }
    if (length > 0 && data[length - 1] == QLatin1Char(' '))
        --length;
    out.truncate(length);
    return out;
}

QVector<TextLine> splitLines(const QString &text)
{
    QVector<TextLine> lines;
    const int size = int(text.size());
    const QChar *data = text.constData();
    int begin = 0;
    while (begin <= size) {
        int end = int(text.indexOf(QLatin1Char('\n'), begin)); // vectorised search
        if (end < 0)
            end = size;
        int s = begin;
        int e = end;
        while (s < e && data[s].isSpace())
            ++s;
        while (e > s && data[e - 1].isSpace())
            --e;
        lines.append({s, e});
        if (end >= size)
            break;
        begin = end + 1;
    }
    return lines;
}

int countWords(QStringView text, int atMost)
{
    int words = 0;
    bool inWord = false;
    for (QChar c : text) {
        const bool wordChar = c.unicode() < 0x80 ? asciiWordChar(c.unicode()) != 0 : c.isLetterOrNumber();
        if (wordChar && !inWord && ++words == atMost)
            break;
        inWord = wordChar;
    }
    return words;
}

bool keyStartsWith(const QString &key, const QString &cue)
{
    return key.startsWith(cue) && (key.size() == cue.size() || key.at(cue.size()) == QLatin1Char(' '));
}

bool keyContains(const QString &key, const QString &cue)
{
    if (cue.isEmpty())
        return false;
    qsizetype from = 0;
    while (true) {
        const qsizetype at = key.indexOf(cue, from);
        if (at < 0)
            return false;
        const qsizetype end = at + cue.size();
        if ((at == 0 || key.at(at - 1) == QLatin1Char(' ')) &&
            (end == key.size() || key.at(end) == QLatin1Char(' ')))
            return true;
        from = at + 1;
    }
}

Tokens tokenize(const QString &text, int from, int to)
{
    Tokens result;
    result.folded = foldSameLength(QStringView(text).mid(from, to - from));
    const QStringView folded(result.folded);
    QVector<Token> &tokens = result.list;
    const QChar *data = text.constData();
    bool lineBreak = false;
    int i = from;
    while (i < to) {
        const QChar c = data[i];
        if (c.isSpace()) {
            if (c == QLatin1Char('\n'))
                lineBreak = true;
            ++i;
            continue;
        }
        Token token;
        token.start = i;
        token.lineBreakBefore = lineBreak;
        lineBreak = false;
        if (c.isDigit()) {
            token.kind = Token::Number;
            qint64 value = 0;
            while (i < to && data[i].isDigit()) {
                if (value < 99999999)
                    value = value * 10 + data[i].digitValue();
                ++token.digits;
                ++i;
            }
            token.value = int(value);
        } else if (c.isLetter()) {
            token.kind = Token::Word;
            token.upperInitial = c.isUpper();
            while (i < to && (data[i].isLetter() || isMark(data[i])))
                ++i;
            token.folded = folded.mid(token.start - from, i - token.start);
        } else {
            token.kind = Token::Punct;
            token.folded = folded.mid(i - from, 1);
            ++i;
        }
        token.end = i;
        tokens.append(token);
    }
    return result;
}

} // namespace cm::ingest
