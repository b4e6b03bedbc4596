// readExtractionEvents(): `extract --json` documents read in blocks, on all cores.
#include "conflictmap/jsonformat.h"

#include "eventfields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRunnable>
#include <QThread>
#include <QThreadPool>
#include <algorithm>
#include <atomic>
#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>
#include <utility>
#include <vector>

namespace cm {
namespace {

// A range of an `extract --json` document that QJsonDocument can parse alone as
// "[" + range + "]": a block of elements of an array member of the root object, or the value of
// another member.
struct JsonBlock {
    qsizetype begin = 0;
    qsizetype end = 0;
    int elements = 0;
    bool events = false; ///< elements of the root's "events" array
};

// Cuts the text of a JSON object into JsonBlocks of up to `blockSize` array elements, checking
// the text between the blocks (the root's braces, keys, colons, commas) on the way. It follows
// only strings and brackets: the blocks are checked as they are parsed. Returns false on anything
// unusual (not an object, a key with escapes, a repeated key, deep nesting, an empty element),
// where the caller parses the whole document instead.
class JsonBlockSplitter
{
public:
    explicit JsonBlockSplitter(const QByteArray &json) : mData(json.constData()), mSize(json.size()) {}

    bool split(int blockSize, std::vector<JsonBlock> *blocks)
    {
        skipSpace();
        if (!take('{'))
            return false;
        skipSpace();
        if (take('}'))
            return atEnd();
        std::vector<QByteArray> keys;
        do {
            skipSpace();
            QByteArray key;
            if (!readKey(&key) || std::find(keys.begin(), keys.end(), key) != keys.end())
                return false;
            keys.push_back(key);
            skipSpace();
            if (!take(':'))
                return false;
            skipSpace();
            const bool ok = peek() == '[' ? splitArray(key == "events", blockSize, blocks) : addValue(blocks);
            if (!ok)
                return false;
            skipSpace();
        } while (take(','));
        return take('}') && atEnd();
    }

private:
    static constexpr int kMaxDepth = 64; // far below QJsonDocument's nesting limit

    char peek() const { return mPos < mSize ? mData[mPos] : '\0'; }
    bool take(char c)
    {
        if (peek() != c)
            return false;
        ++mPos;
        return true;
    }
    void skipSpace()
    {
        while (mPos < mSize &&
               (mData[mPos] == ' ' || mData[mPos] == '\n' || mData[mPos] == '\r' || mData[mPos] == '\t'))
            ++mPos;
    }
    bool atEnd()
    {
        skipSpace();
        return mPos == mSize;
    }

    // A key of printable ASCII without escapes, which the blocks do not cover.
    bool readKey(QByteArray *key)
    {
        if (!take('"'))
            return false;
        const qsizetype begin = mPos;
        while (mPos < mSize && mData[mPos] != '"') {
            if (mData[mPos] < 0x20 || mData[mPos] > 0x7e || mData[mPos] == '\\')
                return false;
            ++mPos;
        }
        *key = QByteArray(mData + begin, mPos - begin);
        return take('"');
    }

    // From a '"' to past its closing quote: the next '"' not escaped by an odd run of '\\'.
    bool skipString()
    {
        ++mPos;
        for (;;) {
            const void *quote = std::memchr(mData + mPos, '"', size_t(mSize - mPos));
            if (!quote)
                return false;
            const qsizetype at = static_cast<const char *>(quote) - mData;
            qsizetype backslashes = 0;
            while (at - backslashes > mPos && mData[at - backslashes - 1] == '\\')
                ++backslashes;
            mPos = at + 1;
            if (backslashes % 2 == 0)
                return true;
        }
    }

    // Past one value, to the ',', ']' or '}' after it; false at the end of the text, for an empty
    // value or too deep a nesting.
    bool skipValue()
    {
        const qsizetype begin = mPos;
        int depth = 0;
        while (mPos < mSize) {
            switch (mData[mPos]) {
            case '"':
                if (!skipString())
                    return false;
                continue;
            case '[':
            case '{':
                if (++depth > kMaxDepth)
                    return false;
                break;
            case ']':
            case '}':
                if (depth == 0)
                    return mPos > begin;
                --depth;
                break;
            case ',':
                if (depth == 0)
                    return mPos > begin;
                break;
            default:
                break;
            }
            ++mPos;
        }
        return false;
    }

    bool addValue(std::vector<JsonBlock> *blocks)
    {
        const qsizetype begin = mPos;
        if (!skipValue() || peek() == ']')
            return false;
        blocks->push_back(JsonBlock{begin, mPos, 1, false});
        return true;
    }

    bool splitArray(bool events, int blockSize, std::vector<JsonBlock> *blocks)
    {
        ++mPos; // '['
        skipSpace();
        if (take(']'))
            return true;
        JsonBlock block{mPos, mPos, 0, events};
        for (;;) {
            if (!skipValue() || peek() == '}')
                return false;
            block.end = mPos;
            if (++block.elements == blockSize || peek() == ']') {
                blocks->push_back(block);
                block = JsonBlock{mPos + 1, mPos + 1, 0, events};
            }
            if (take(']'))
                return true;
            ++mPos; // ','
            skipSpace();
            if (block.elements == 0)
                block.begin = mPos;
        }
    }

    const char *mData;
    qsizetype mSize;
    qsizetype mPos = 0;
};

// A member value of a FlatObject, with QJsonValue's conversions for the kinds it holds.
class FlatValue
{
public:
    enum class Kind { Missing, Null, Bool, Number, String };

    static FlatValue string(QString text) { return FlatValue(Kind::String, 0.0, std::move(text)); }
    static FlatValue number(double value) { return FlatValue(Kind::Number, value, QString()); }
    static FlatValue other(Kind kind) { return FlatValue(kind, 0.0, QString()); }

    QString toString() const { return mKind == Kind::String ? mText : QString(); }
    double toDouble() const { return mKind == Kind::Number ? mNumber : 0.0; }
    int toInt(int defaultValue) const
    {
        const bool isInt = mKind == Kind::Number && mNumber >= std::numeric_limits<int>::min() &&
                           mNumber <= std::numeric_limits<int>::max() && std::trunc(mNumber) == mNumber;
        return isInt ? int(mNumber) : defaultValue;
    }
    bool isDouble() const { return mKind == Kind::Number; }

private:
    FlatValue(Kind kind, double number, QString text) : mKind(kind), mNumber(number), mText(std::move(text))
    {}

    Kind mKind = Kind::Missing;
    double mNumber = 0.0;
    QString mText;
};

// A JSON object whose values are all strings, numbers, booleans or null, keys unique.
class FlatObject
{
public:
    FlatValue value(QLatin1String key) const
    {
        for (const auto &member : mMembers)
            if (member.first == key)
                return member.second;
        return FlatValue::other(FlatValue::Kind::Missing);
    }
    bool add(QLatin1String key, FlatValue value)
    {
        if (value.toDouble() == 0.0 && value.isDouble())
            value = FlatValue::number(0.0); // QJsonDocument reads -0 and -0.0 as 0
        for (const auto &member : mMembers)
            if (member.first == key)
                return false; // QJsonDocument keeps one of the two: leave it the choice
        mMembers.emplace_back(key, std::move(value));
        return true;
    }
    void clear() { mMembers.clear(); }

private:
    std::vector<std::pair<QLatin1String, FlatValue>> mMembers;
};

// Reads a comma-separated run of flat objects from UTF-8 text without QJsonDocument, for the
// events of `extract --json`. It is strict: anything QJsonDocument might read differently or
// reject (nested values, keys with escapes, \u escapes of surrogates, raw control characters,
// invalid UTF-8, numbers with exponents or more than 15 integer digits) makes it return false,
// and the caller gives the text to QJsonDocument instead.
class FlatObjectReader
{
public:
    FlatObjectReader(const char *begin, const char *end) : mPos(begin), mEnd(end) {}

    bool readObject(FlatObject *object)
    {
        object->clear();
        skipSpace();
        if (!take('{'))
            return false;
        skipSpace();
        if (take('}'))
            return true;
        do {
            skipSpace();
            QLatin1String key;
            if (!readKey(&key))
                return false;
            skipSpace();
            if (!take(':'))
                return false;
            skipSpace();
            FlatValue value = FlatValue::other(FlatValue::Kind::Missing);
            if (!readValue(&value) || !object->add(key, std::move(value)))
                return false;
            skipSpace();
        } while (take(','));
        return take('}');
    }
    bool readSeparator()
    {
        skipSpace();
        return take(',');
    }
    bool atEnd()
    {
        skipSpace();
        return mPos == mEnd;
    }

private:
    bool take(char c)
    {
        if (mPos == mEnd || *mPos != c)
            return false;
        ++mPos;
        return true;
    }
    bool takeWord(QLatin1String word)
    {
        if (mEnd - mPos < word.size() || std::memcmp(mPos, word.data(), size_t(word.size())) != 0)
            return false;
        mPos += word.size();
        return true;
    }
    void skipSpace()
    {
        while (mPos != mEnd && (*mPos == ' ' || *mPos == '\n' || *mPos == '\r' || *mPos == '\t'))
            ++mPos;
    }

    bool readKey(QLatin1String *key)
    {
        if (!take('"'))
            return false;
        const char *begin = mPos;
        while (mPos != mEnd && *mPos != '"') {
            if (*mPos < 0x20 || *mPos > 0x7e || *mPos == '\\')
                return false;
            ++mPos;
        }
        *key = QLatin1String(begin, int(mPos - begin));
        return take('"');
    }

    bool readValue(FlatValue *value)
    {
        if (mPos == mEnd)
            return false;
        if (*mPos == '"') {
            QString text;
            if (!readString(&text))
                return false;
            *value = FlatValue::string(std::move(text));
            return true;
        }
        if (takeWord(QLatin1String("null"))) {
            *value = FlatValue::other(FlatValue::Kind::Null);
            return true;
        }
        if (takeWord(QLatin1String("true")) || takeWord(QLatin1String("false"))) {
            *value = FlatValue::other(FlatValue::Kind::Bool);
            return true;
        }
        double number = 0.0;
        if (!readNumber(&number))
            return false;
        *value = FlatValue::number(number);
        return true;
    }

    // -?(0|[1-9][0-9]*)(\.[0-9]+)? with at most 15 integer digits: below 2^53, and correctly
    // rounded by std::from_chars as by QJsonDocument.
    bool readNumber(double *number)
    {
        const char *begin = mPos;
        take('-');
        const char *digits = mPos;
        while (mPos != mEnd && *mPos >= '0' && *mPos <= '9')
            ++mPos;
        const qsizetype integerDigits = mPos - digits;
        if (integerDigits == 0 || integerDigits > 15 || (*digits == '0' && integerDigits > 1))
            return false;
        if (take('.')) {
            const char *fraction = mPos;
            while (mPos != mEnd && *mPos >= '0' && *mPos <= '9')
                ++mPos;
            if (mPos == fraction)
                return false;
        }
        if (mPos != mEnd && (*mPos == 'e' || *mPos == 'E'))
            return false;
        return std::from_chars(begin, mPos, *number).ptr == mPos;
    }

    // A string of validated UTF-8 and the escapes \" \\ \/ \b \f \n \r \t \uXXXX (no surrogates).
    bool readString(QString *text)
    {
        ++mPos; // '"'
        const char *begin = mPos;
        bool escaped = false;
        QByteArray unescaped; // the text so far, once an escape is met
        for (;;) {
            if (mPos == mEnd)
                return false;
            const uchar c = uchar(*mPos);
            if (c == '"')
                break;
            if (c < 0x20)
                return false;
            if (c == '\\') {
                escaped = true;
                unescaped.append(begin, int(mPos - begin));
                if (!readEscape(&unescaped))
                    return false;
                begin = mPos;
            } else if (c < 0x80) {
                ++mPos;
            } else if (!skipUtf8Sequence()) {
                return false;
            }
        }
        if (escaped) {
            unescaped.append(begin, int(mPos - begin));
            *text = QString::fromUtf8(unescaped.constData(), unescaped.size()); // may hold NUL
        } else {
            *text = QString::fromUtf8(begin, int(mPos - begin)); // "" too is empty, not null
        }
        ++mPos; // '"'
        return true;
    }

    bool readEscape(QByteArray *out)
    {
        ++mPos; // '\\'
        if (mPos == mEnd)
            return false;
        const char c = *mPos++;
        switch (c) {
        case '"':
        case '\\':
        case '/':
            out->append(c);
            return true;
        case 'b':
            out->append('\b');
            return true;
        case 'f':
            out->append('\f');
            return true;
        case 'n':
            out->append('\n');
            return true;
        case 'r':
            out->append('\r');
            return true;
        case 't':
            out->append('\t');
            return true;
        case 'u':
            break;
        default:
            return false;
        }
        if (mEnd - mPos < 4)
            return false;
        char32_t unit = 0;
        for (int i = 0; i < 4; ++i) {
            const char h = *mPos++;
            const int digit = h >= '0' && h <= '9'   ? h - '0'
                              : h >= 'a' && h <= 'f' ? h - 'a' + 10
                              : h >= 'A' && h <= 'F' ? h - 'A' + 10
                                                     : -1;
            if (digit < 0)
                return false;
            unit = unit * 16 + char32_t(digit);
        }
        if (unit >= 0xd800 && unit <= 0xdfff)
            return false;
        out->append(QString(QChar(char16_t(unit))).toUtf8());
        return true;
    }

    // One well-formed UTF-8 sequence of two to four bytes (no overlong forms, surrogates or
    // code points past U+10FFFF).
    bool skipUtf8Sequence()
    {
        const uchar lead = uchar(*mPos);
        int length = 0;
        uchar low = 0x80, high = 0xbf; // the range of the second byte
        if (lead >= 0xc2 && lead <= 0xdf) {
            length = 2;
        } else if (lead >= 0xe0 && lead <= 0xef) {
            length = 3;
            if (lead == 0xe0)
                low = 0xa0;
            else if (lead == 0xed)
                high = 0x9f;
        } else if (lead >= 0xf0 && lead <= 0xf4) {
            length = 4;
            if (lead == 0xf0)
                low = 0x90;
            else if (lead == 0xf4)
                high = 0x8f;
        } else {
            return false;
        }
        if (mEnd - mPos < length)
            return false;
        for (int i = 1; i < length; ++i) {
            const uchar next = uchar(mPos[i]);
            if (i == 1 ? next < low || next > high : next < 0x80 || next > 0xbf)
                return false;
        }
        mPos += length;
        return true;
    }

    const char *mPos;
    const char *mEnd;
};

// The events of a block read by FlatObjectReader; false if it cannot.
bool readFlatEvents(const char *begin, const char *end, int count, ControlEvent *events)
{
    FlatObjectReader reader(begin, end);
    FlatObject object;
    for (int i = 0; i < count; ++i) {
        if ((i > 0 && !reader.readSeparator()) || !reader.readObject(&object))
            return false;
        events[i] = eventFromFields(object);
    }
    return reader.atEnd();
}

// QJsonDocument on the whole document, as readExtractionEvents() did before it read in blocks.
bool readExtractionEventsWhole(const QByteArray &json, ControlEvents *events, QJsonParseError *error)
{
    const QJsonDocument document = QJsonDocument::fromJson(json, error);
    if (error->error != QJsonParseError::NoError || !document.isObject())
        return false;
    const QJsonArray array = document.object().value(QStringLiteral("events")).toArray();
    events->reserve(array.size());
    for (const QJsonValue &value : array)
        events->append(eventFromJson(value.toObject()));
    return true;
}

} // namespace

bool readExtractionEvents(const QByteArray &json, ControlEvents *events, QJsonParseError *error)
{
    events->clear();
    error->error = QJsonParseError::NoError;
    error->offset = 0; // as QJsonDocument::fromJson leaves it on success
    constexpr int kBlock = 1024;
    std::vector<JsonBlock> blocks;
    if (!JsonBlockSplitter(json).split(kBlock, &blocks))
        return readExtractionEventsWhole(json, events, error);

    // Each block parsed on its own, its events stored in their place: events by FlatObjectReader
    // or else QJsonDocument, other blocks by QJsonDocument (they are only checked). The first
    // problem sends the whole document to QJsonDocument, for its message and offset.
    std::vector<int> firstEvent(blocks.size());
    int count = 0;
    for (size_t b = 0; b < blocks.size(); ++b) {
        firstEvent[b] = count;
        if (blocks[b].events)
            count += blocks[b].elements;
    }
    events->resize(count);
    ControlEvent *out = events->data();
    std::atomic<bool> failed{false};
    QThreadPool pool;
    pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
    for (size_t b = 0; b < blocks.size(); ++b) {
        pool.start(QRunnable::create([&json, &blocks, &firstEvent, &failed, out, b]() {
            if (failed)
                return;
            const JsonBlock &block = blocks[b];
            if (block.events && readFlatEvents(json.constData() + block.begin, json.constData() + block.end,
                                               block.elements, out + firstEvent[b]))
                return;
            const QByteArray text =
                '[' + QByteArray::fromRawData(json.constData() + block.begin, block.end - block.begin) + ']';
            QJsonParseError blockError{};
            const QJsonDocument document = QJsonDocument::fromJson(text, &blockError);
            const QJsonArray array = document.array();
            if (blockError.error != QJsonParseError::NoError || array.size() != block.elements) {
                failed = true;
                return;
            }
            if (block.events)
                for (int i = 0; i < block.elements; ++i)
                    out[firstEvent[b] + i] = eventFromJson(array.at(i).toObject());
        }));
    }
    pool.waitForDone();
    if (failed) {
        events->clear();
        return readExtractionEventsWhole(json, events, error);
    }
    return true;
}

} // namespace cm
