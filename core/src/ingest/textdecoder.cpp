#include "conflictmap/textdecoder.h"

#include <array>
#include <cstring>

namespace cm {
namespace {

// Windows-1252 code points of bytes 0x80..0x9F.
const std::array<char16_t, 32> kWindows1252High{{
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
}};

QChar windows1252Char(uchar byte)
{
    if (byte >= 0x80 && byte <= 0x9F)
        return QChar(ushort(kWindows1252High[byte - 0x80]));
    return QChar(ushort(byte));
}

// Length of the valid UTF-8 sequence at data[i], 0 if invalid.
int utf8SequenceLength(const uchar *data, int size, int i)
{
    const uchar c = data[i];
    if (c < 0x80)
        return 1;
    int length = 0;
    uint codePoint = 0;
    if (c >= 0xC2 && c <= 0xDF) {
        length = 2;
        codePoint = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
        length = 3;
        codePoint = c & 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        length = 4;
        codePoint = c & 0x07;
    } else {
        return 0;
    }
    if (i + length > size)
        return 0;
    for (int k = 1; k < length; ++k) {
        const uchar next = data[i + k];
        if ((next & 0xC0) != 0x80)
            return 0;
        codePoint = (codePoint << 6) | (next & 0x3F);
    }
    if ((length == 3 && codePoint < 0x800) || (length == 4 && codePoint < 0x10000) || codePoint > 0x10FFFF ||
        (codePoint >= 0xD800 && codePoint <= 0xDFFF))
        return 0;
    return length;
}

struct Utf8Scan {
    int invalid = 0;
    int multiByte = 0;
};

Utf8Scan scanUtf8(const uchar *data, int size)
{
    Utf8Scan scan;
    int i = 0;
    while (i < size) {
        // Fast path over ASCII, eight bytes at a time.
        quint64 eight = 0;
        if (i + 8 <= size && (std::memcpy(&eight, data + i, 8), !(eight & 0x8080808080808080ULL))) {
            i += 8;
            continue;
        }
        if (data[i] < 0x80) {
            ++i;
            continue;
        }
        const int length = utf8SequenceLength(data, size, i);
        if (length == 0) {
            ++scan.invalid;
            ++i;
        } else {
            ++scan.multiByte;
            i += length;
        }
    }
    return scan;
}

// UTF-8 with each invalid byte read as windows-1252.
QString decodeLenientUtf8(const uchar *data, int size)
{
    QString out;
    out.reserve(size);
    int i = 0;
    while (i < size) {
        const int length = utf8SequenceLength(data, size, i);
        if (length == 0) {
            out.append(windows1252Char(data[i]));
            ++i;
        } else {
            out.append(QString::fromUtf8(reinterpret_cast<const char *>(data + i), length));
            i += length;
        }
    }
    return out;
}

QString decodeUtf16(const uchar *data, int size, bool littleEndian, int &invalid)
{
    const int units = size / 2;
    QString out(units, Qt::Uninitialized);
    QChar *chars = out.data();
    for (int k = 0; k < units; ++k) {
        const uchar a = data[2 * k];
        const uchar b = data[2 * k + 1];
        chars[k] = QChar(ushort(littleEndian ? (a | (b << 8)) : ((a << 8) | b)));
    }
    if (size % 2)
        ++invalid;
    // Unpaired surrogates become U+FFFD.
    for (int k = 0; k < units; ++k) {
        if (chars[k].isHighSurrogate() && k + 1 < units && chars[k + 1].isLowSurrogate()) {
            ++k;
        } else if (chars[k].isSurrogate()) {
            chars[k] = QChar::ReplacementCharacter;
            ++invalid;
        }
    }
    return out;
}

struct Signature {
    const char *bytes;
    int size;
    const char *name;
};

QString binarySignature(const QByteArray &bytes)
{
    static const Signature kSignatures[] = {
        {"%PDF", 4, "PDF document"},
        {"\x89PNG", 4, "PNG image"},
        {"GIF8", 4, "GIF image"},
        {"\xFF\xD8\xFF", 3, "JPEG image"},
        {"PK\x03\x04", 4, "ZIP archive (or office document)"},
        {"\x7F"
         "ELF",
         4, "executable"},
        {"\x1F\x8B", 2, "gzip archive"},
        {"\xD0\xCF\x11\xE0", 4, "old office document"},
        {"BZh", 3, "bzip2 archive"},
        {"\xFD"
         "7zXZ",
         5, "xz archive"},
        {"7z\xBC\xAF", 4, "7-zip archive"},
        {"Rar!", 4, "RAR archive"},
        {"SQLite format 3", 15, "SQLite database"},
        {"\x00\x00\x01\x00", 4, "icon image"},
        {"OggS", 4, "Ogg media"},
        {"ID3", 3, "MP3 audio"},
        {"\x1A\x45\xDF\xA3", 4, "Matroska video"},
    };
    for (const Signature &signature : kSignatures)
        if (bytes.size() >= signature.size &&
            std::memcmp(bytes.constData(), signature.bytes, size_t(signature.size)) == 0)
            return QString::fromLatin1(signature.name);
    if (bytes.size() >= 12 && bytes.startsWith("RIFF"))
        return QStringLiteral("RIFF media");
    if (bytes.size() >= 12 && bytes.mid(4, 4) == "ftyp")
        return QStringLiteral("MP4 media");
    return {};
}

// Text has few control characters; NUL never appears in text files.
QString controlCharacterReason(const QString &text)
{
    // Branch-free with unsigned arithmetic, so that the compiler vectorises it: this reads
    // every character of every file.
    const char16_t *units = reinterpret_cast<const char16_t *>(text.constData());
    unsigned controls = 0;
    unsigned nul = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const unsigned u = units[i];
        nul |= u == 0;
        controls +=
            ((u < 0x20) & (u != '\t') & (u != '\n') & (u != '\r') & (u != '\f') & (u != '\v') & (u != 0x1B)) |
            (u == 0x7F);
    }
    if (nul)
        return QStringLiteral("NUL bytes");
    if (controls > 8 && qsizetype(controls) * 100 > text.size())
        return QStringLiteral("%1 control characters").arg(controls);
    return {};
}

// UTF-16 text without a byte order mark: one byte of most pairs is zero (Latin script).
int guessUtf16WithoutBom(const QByteArray &bytes)
{
    const int pairs = int(qMin<qsizetype>(bytes.size(), 4096)) / 2;
    if (pairs < 8 || bytes.size() % 2)
        return 0;
    int zeroEven = 0;
    int zeroOdd = 0;
    for (int k = 0; k < pairs; ++k) {
        zeroEven += bytes.at(2 * k) == 0;
        zeroOdd += bytes.at(2 * k + 1) == 0;
    }
    if (zeroOdd * 10 >= pairs * 6 && zeroEven * 20 < pairs)
        return 1; // little endian
    if (zeroEven * 10 >= pairs * 6 && zeroOdd * 20 < pairs)
        return 2; // big endian
    return 0;
}

} // namespace

QString TextDecoder::fromWindows1252(const char *data, int size)
{
    QString out(size, Qt::Uninitialized);
    QChar *chars = out.data();
    for (int i = 0; i < size; ++i)
        chars[i] = windows1252Char(uchar(data[i]));
    return out;
}

int TextDecoder::invalidUtf8Sequences(const QByteArray &bytes)
{
    return scanUtf8(reinterpret_cast<const uchar *>(bytes.constData()), int(bytes.size())).invalid;
}

DecodedText TextDecoder::decode(const QByteArray &bytes)
{
    DecodedText result;
    const auto *data = reinterpret_cast<const uchar *>(bytes.constData());
    const int size = int(bytes.size());

    if (size >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF) {
        const Utf8Scan scan = scanUtf8(data + 3, size - 3);
        result.encoding = QStringLiteral("utf-8-bom");
        result.invalidSequences = scan.invalid;
        result.text = scan.invalid ? decodeLenientUtf8(data + 3, size - 3)
                                   : QString::fromUtf8(bytes.constData() + 3, size - 3);
    } else if (size >= 4 && ((data[0] == 0xFF && data[1] == 0xFE && data[2] == 0 && data[3] == 0) ||
                             (data[0] == 0 && data[1] == 0 && data[2] == 0xFE && data[3] == 0xFF))) {
        result.binaryReason = QStringLiteral("UTF-32 text (not supported)");
        return result;
    } else if (size >= 2 && ((data[0] == 0xFF && data[1] == 0xFE) || (data[0] == 0xFE && data[1] == 0xFF))) {
        const bool little = data[0] == 0xFF;
        result.encoding = little ? QStringLiteral("utf-16le") : QStringLiteral("utf-16be");
        result.text = decodeUtf16(data + 2, size - 2, little, result.invalidSequences);
    } else {
        const QString signature = binarySignature(bytes);
        if (!signature.isEmpty()) {
            result.binaryReason = signature;
            return result;
        }
        // Without any zero byte (nearly every file) there is nothing to count.
        const bool zeroBytes = std::memchr(bytes.constData(), 0, size_t(size)) != nullptr;
        const int utf16Guess = zeroBytes ? guessUtf16WithoutBom(bytes) : 0;
        if (!utf16Guess && zeroBytes) {
            result.binaryReason = QStringLiteral("NUL bytes");
            return result;
        }
        if (const int utf16 = utf16Guess) {
            result.encoding = utf16 == 1 ? QStringLiteral("utf-16le") : QStringLiteral("utf-16be");
            result.text = decodeUtf16(data, size, utf16 == 1, result.invalidSequences);
        } else {
            const Utf8Scan scan = scanUtf8(data, size);
            if (scan.invalid == 0) {
                result.encoding = QStringLiteral("utf-8");
                result.text = QString::fromUtf8(bytes.constData(), size); // explicit size: keeps NULs
            } else if (scan.multiByte > scan.invalid) {
                // Mostly UTF-8 with stray bytes (a file edited in two encodings).
                result.encoding = QStringLiteral("utf-8");
                result.invalidSequences = scan.invalid;
                result.text = decodeLenientUtf8(data, size);
            } else {
                result.encoding = QStringLiteral("windows-1252");
                result.text = fromWindows1252(bytes.constData(), size);
            }
        }
    }
    result.binaryReason = controlCharacterReason(result.text);
    if (result.isBinary()) {
        result.text.clear();
        result.encoding.clear();
    }
    return result;
}

} // namespace cm
