#include "conflictmap/jsonwriter.h"

#include <QLocale>
#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>

namespace cm {
namespace {

// 2^53: up to here a double holds every integer and QJsonValue prints it as one.
constexpr qint64 kLargestExactInteger = qint64(1) << 53;

char hexDigit(unsigned value)
{
    return char(value < 10 ? '0' + value : 'a' + value - 10);
}

} // namespace

JsonWriter::JsonWriter(int depth, int elementsBefore) : mLevels(size_t(depth), Level{true, 0})
{
    if (!mLevels.empty())
        mLevels.back() = Level{false, elementsBefore};
}

void JsonWriter::beginObject()
{
    beginContainer(true, '{');
}

void JsonWriter::endObject()
{
    Q_ASSERT(!mLevels.empty() && mLevels.back().object && !mAfterKey);
    endContainer('}');
}

void JsonWriter::beginArray()
{
    beginContainer(false, '[');
}

void JsonWriter::endArray()
{
    Q_ASSERT(!mLevels.empty() && !mLevels.back().object);
    endContainer(']');
}

void JsonWriter::writeKey(QLatin1String key)
{
    Q_ASSERT(!mLevels.empty() && mLevels.back().object && !mAfterKey);
    newLine(mLevels.back().count++ > 0);
    char *out = extend(key.size() + 4);
    *out++ = '"';
    out = std::copy(key.data(), key.data() + key.size(), out);
    std::memcpy(out, "\": ", 3);
    mAfterKey = true;
}

void JsonWriter::writeString(QStringView value)
{
    beginValue();
    appendEscaped(value);
}

void JsonWriter::writeNull()
{
    beginValue();
    append("null");
}

void JsonWriter::writeBool(bool value)
{
    beginValue();
    append(value ? "true" : "false");
}

void JsonWriter::writeInteger(qint64 value)
{
#if QT_VERSION_MAJOR < 6
    // Qt 5 keeps every JSON number as a double.
    if (value > kLargestExactInteger || value < -kLargestExactInteger) {
        writeDouble(double(value));
        return;
    }
#endif
    beginValue();
    char digits[24];
    const std::to_chars_result end = std::to_chars(digits, digits + sizeof digits, value);
    std::copy(digits, end.ptr, extend(end.ptr - digits));
}

void JsonWriter::writeDouble(double value)
{
    if (!std::isfinite(value)) {
        writeNull();
        return;
    }
    const bool integral = std::trunc(value) == value;
    if (integral && std::abs(value) <= double(kLargestExactInteger)) {
        writeInteger(qint64(value));
        return;
    }
    beginValue();
    // Qt's shortest 'g' form of a fraction between 1e-3 and 1e15 is its shortest fixed form
    // (below, Qt 6 writes 1e-04 where Qt 5 writes 0.0001), which std::to_chars writes without
    // the allocations of QByteArray::number().
    if (!integral && std::abs(value) >= 1e-3 && std::abs(value) < 1e15) {
        char digits[32];
        const std::to_chars_result end =
            std::to_chars(digits, digits + sizeof digits, value, std::chars_format::fixed);
        std::copy(digits, end.ptr, extend(end.ptr - digits));
        return;
    }
#if QT_VERSION_MAJOR < 6
    // Qt 5 prints an integral double below 2^64 without an exponent.
    const char format = integral && std::abs(value) < 18446744073709551616.0 ? 'f' : 'g';
#else
    // Qt 6 keeps larger integral doubles as doubles.
    const char format = 'g';
#endif
    const QByteArray number = QByteArray::number(value, format, QLocale::FloatingPointShortest);
    std::copy(number.begin(), number.end(), extend(number.size()));
}

QByteArray JsonWriter::takeData()
{
    mData.resize(mSize);
    mSize = 0;
    QByteArray data;
    data.swap(mData);
    return data;
}

void JsonWriter::beginValue()
{
    if (mAfterKey) {
        mAfterKey = false;
        return;
    }
    if (mLevels.empty())
        return; // the root
    Level &level = mLevels.back();
    Q_ASSERT(!level.object);
    newLine(level.count++ > 0);
}

void JsonWriter::beginContainer(bool object, char open)
{
    beginValue();
    *extend(1) = open;
    mLevels.push_back(Level{object, 0});
}

void JsonWriter::endContainer(char close)
{
    mLevels.pop_back();
    // QJsonDocument breaks the line of an empty container too: "[\n    ]".
    newLine(false);
    *extend(1) = close;
    if (mLevels.empty())
        *extend(1) = '\n';
}

void JsonWriter::newLine(bool afterItem)
{
    const qsizetype spaces = 4 * qsizetype(mLevels.size());
    char *out = extend(spaces + (afterItem ? 2 : 1));
    if (afterItem)
        *out++ = ',';
    *out++ = '\n';
    std::fill_n(out, spaces, ' ');
}

char *JsonWriter::extend(qsizetype size)
{
    if (mSize + size > mData.size())
        mData.resize(std::max<qsizetype>(2 * mData.size(), mSize + size + 4096));
    char *start = mData.data() + mSize;
    mSize += size;
    return start;
}

void JsonWriter::append(const char *text)
{
    const qsizetype size = qsizetype(std::strlen(text));
    std::memcpy(extend(size), text, size_t(size));
}

// QJsonDocument's escapes: the two-character forms for '"', '\\', \b \f \n \r \t, \u00xx for
// other control characters, UTF-8 for everything else ('/' and DEL as is), and \uxxxx for a
// surrogate without its other half.
void JsonWriter::appendEscaped(QStringView value)
{
    char *out = extend(6 * value.size() + 2); // the longest form: six bytes per UTF-16 unit
    *out++ = '"';
    const char16_t *in = reinterpret_cast<const char16_t *>(value.utf16());
    const char16_t *const end = in + value.size();
    while (in != end) {
        const char16_t unit = *in++;
        if (unit < 0x80) {
            if (unit >= 0x20 && unit != '"' && unit != '\\') {
                *out++ = char(unit);
                continue;
            }
            *out++ = '\\';
            switch (unit) {
            case '"':
                *out++ = '"';
                break;
            case '\\':
                *out++ = '\\';
                break;
            case '\b':
                *out++ = 'b';
                break;
            case '\f':
                *out++ = 'f';
                break;
            case '\n':
                *out++ = 'n';
                break;
            case '\r':
                *out++ = 'r';
                break;
            case '\t':
                *out++ = 't';
                break;
            default:
                *out++ = 'u';
                *out++ = '0';
                *out++ = '0';
                *out++ = hexDigit(unit >> 4);
                *out++ = hexDigit(unit & 0xf);
            }
        } else if (unit < 0x800) {
            *out++ = char(0xc0 | (unit >> 6));
            *out++ = char(0x80 | (unit & 0x3f));
        } else if (unit < 0xd800 || unit > 0xdfff) {
            *out++ = char(0xe0 | (unit >> 12));
            *out++ = char(0x80 | ((unit >> 6) & 0x3f));
            *out++ = char(0x80 | (unit & 0x3f));
        } else if (unit < 0xdc00 && in != end && *in >= 0xdc00 && *in <= 0xdfff) {
            const char32_t code = 0x10000 + ((char32_t(unit) - 0xd800) << 10) + (*in++ - 0xdc00);
            *out++ = char(0xf0 | (code >> 18));
            *out++ = char(0x80 | ((code >> 12) & 0x3f));
            *out++ = char(0x80 | ((code >> 6) & 0x3f));
            *out++ = char(0x80 | (code & 0x3f));
        } else {
            *out++ = '\\';
            *out++ = 'u';
            for (int shift = 12; shift >= 0; shift -= 4)
                *out++ = hexDigit((unit >> shift) & 0xf);
        }
    }
    *out++ = '"';
    mSize = out - mData.constData();
}

} // namespace cm
