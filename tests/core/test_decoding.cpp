// TextDecoder: encodings, byte order marks, invalid sequences, binary input.
#include <catch2/catch.hpp>

#include "conflictmap/textdecoder.h"

#include <QFile>

using cm::DecodedText;
using cm::TextDecoder;

namespace {

QByteArray utf16(const QString &text, bool littleEndian, bool bom)
{
    QByteArray bytes;
    if (bom)
        bytes += littleEndian ? QByteArray("\xFF\xFE") : QByteArray("\xFE\xFF");
    for (QChar c : text) {
        const char low = char(c.unicode() & 0xFF);
        const char high = char(c.unicode() >> 8);
        bytes += littleEndian ? QByteArray{&low, 1} + QByteArray{&high, 1}
                              : QByteArray{&high, 1} + QByteArray{&low, 1};
    }
    return bytes;
}

QByteArray fixture(const char *name)
{
    QFile file(QStringLiteral(CM_TEST_DATA "/ingest/pages/") + QLatin1String(name));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

const QString kFrench = QStringLiteral("L’armée a repris Jarablos : « victoire » à 100 %, cœur, été, €.");

} // namespace

TEST_CASE("UTF-8 without and with a byte order mark", "[decoding]")
{
    const DecodedText plain = TextDecoder::decode(kFrench.toUtf8());
    CHECK(plain.encoding == QLatin1String("utf-8"));
    CHECK(plain.text == kFrench);
    CHECK(plain.invalidSequences == 0);
    CHECK_FALSE(plain.isBinary());

    const DecodedText withBom = TextDecoder::decode("\xEF\xBB\xBF" + kFrench.toUtf8());
    CHECK(withBom.encoding == QLatin1String("utf-8-bom"));
    CHECK(withBom.text == kFrench); // the mark is not part of the text
}

TEST_CASE("UTF-16 little and big endian, with and without a byte order mark", "[decoding]")
{
    const QString withSurrogates = kFrench + QString::fromUtf8(" \xF0\x9F\x93\xB0"); // U+1F4F0 newspaper
    const DecodedText little = TextDecoder::decode(utf16(withSurrogates, true, true));
    CHECK(little.encoding == QLatin1String("utf-16le"));
    CHECK(little.text == withSurrogates);
    CHECK(little.invalidSequences == 0);

    const DecodedText big = TextDecoder::decode(utf16(withSurrogates, false, true));
    CHECK(big.encoding == QLatin1String("utf-16be"));
    CHECK(big.text == withSurrogates);

    const DecodedText noBom = TextDecoder::decode(utf16(kFrench, true, false));
    CHECK(noBom.encoding == QLatin1String("utf-16le"));
    CHECK(noBom.text == kFrench);
    const DecodedText noBomBig = TextDecoder::decode(utf16(kFrench, false, false));
    CHECK(noBomBig.encoding == QLatin1String("utf-16be"));
    CHECK(noBomBig.text == kFrench);
}

TEST_CASE("UTF-16 with an unpaired surrogate or an odd byte counts invalid sequences", "[decoding]")
{
    QByteArray bytes = utf16(QStringLiteral("ab"), true, true);
    bytes += QByteArray("\x00\xD8", 2); // lone high surrogate
    bytes += QByteArray("c\x00", 2);
    bytes += 'x'; // trailing odd byte
    const DecodedText decoded = TextDecoder::decode(bytes);
    CHECK(decoded.encoding == QLatin1String("utf-16le"));
    CHECK(decoded.text == QStringLiteral("ab") + QChar(QChar::ReplacementCharacter) + QStringLiteral("c"));
    CHECK(decoded.invalidSequences == 2);
}

TEST_CASE("Bytes that are not UTF-8 are read as windows-1252", "[decoding]")
{
    // "L’été coûte 5 € – œuvre" in windows-1252: 0x92 ’, 0x80 €, 0x96 –, 0x9C œ.
    const QByteArray bytes("L\x92\xE9t\xE9 co\xFBte 5 \x80 \x96 \x9Cuvre");
    const DecodedText decoded = TextDecoder::decode(bytes);
    CHECK(decoded.encoding == QLatin1String("windows-1252"));
    CHECK(decoded.text == QStringLiteral("L’été coûte 5 € – œuvre"));
    CHECK(TextDecoder::fromWindows1252("\x81\x8D", 2) == QString(QChar(0x81)) + QChar(0x8D));

    const DecodedText fromFile = TextDecoder::decode(fixture("13_windows1252.txt"));
    CHECK(fromFile.encoding == QLatin1String("windows-1252"));
    CHECK(fromFile.text.contains(QStringLiteral("L’armée syrienne a repris lundi")));
    CHECK(fromFile.text.contains(QStringLiteral("20 000 €")));
}

TEST_CASE("Mostly UTF-8 text with stray bytes stays UTF-8 and reports them", "[decoding]")
{
    const DecodedText decoded = TextDecoder::decode(fixture("18_stray_bytes.txt"));
    CHECK(decoded.encoding == QLatin1String("utf-8"));
    CHECK(decoded.invalidSequences == 1);
    CHECK(decoded.text.contains(QStringLiteral("Le bilan s'élève à vingt morts")));
    CHECK(decoded.text.contains(QStringLiteral("qui dénonce un crime de guerre")));
}

TEST_CASE("Invalid UTF-8 forms are counted", "[decoding]")
{
    CHECK(TextDecoder::invalidUtf8Sequences("plain ascii") == 0);
    CHECK(TextDecoder::invalidUtf8Sequences("caf\xC3\xA9") == 0);
    CHECK(TextDecoder::invalidUtf8Sequences("\xC0\xAF") == 2);         // overlong '/'
    CHECK(TextDecoder::invalidUtf8Sequences("\xED\xA0\x80") == 3);     // UTF-16 surrogate
    CHECK(TextDecoder::invalidUtf8Sequences("\xF4\x90\x80\x80") == 4); // above U+10FFFF
    CHECK(TextDecoder::invalidUtf8Sequences("abc\xE2\x82") == 2);      // truncated at the end
}

TEST_CASE("Binary content is recognised and not decoded", "[decoding]")
{
    CHECK(TextDecoder::decode(QByteArray("%PDF-1.5\n%\xE2\xE3")).binaryReason ==
          QLatin1String("PDF document"));
    CHECK(TextDecoder::decode(QByteArray("\x89PNG\r\n\x1A\n\0\0", 10)).binaryReason ==
          QLatin1String("PNG image"));
    CHECK(TextDecoder::decode(QByteArray("PK\x03\x04rest")).binaryReason.contains(QLatin1String("ZIP")));

    const DecodedText withNul = TextDecoder::decode(QByteArray("text\0with nul", 13));
    CHECK(withNul.isBinary());
    CHECK(withNul.text.isEmpty());
    CHECK(withNul.encoding.isEmpty());

    QByteArray noise;
    for (int i = 0; i < 4000; ++i)
        noise.append(char((i * 131 + 7) % 256 == 0 ? 1 : (i * 131 + 7) % 256));
    CHECK(TextDecoder::decode(noise).isBinary());

    // A few control characters in a long text are tolerated (form feeds, a stray escape).
    CHECK_FALSE(TextDecoder::decode(QByteArray(2000, 'a') + "\x0C\x1B\x07").isBinary());
}
