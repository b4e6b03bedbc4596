#pragma once

#include <QByteArray>
#include <QString>

namespace cm {

/** Text decoded from the bytes of a file, with the encoding that was used. */
struct DecodedText {
    QString text;     ///< the decoded text, without byte order mark
    QString encoding; ///< "utf-8", "utf-8-bom", "utf-16le", "utf-16be" or "windows-1252"; empty if binary
    /** Byte sequences that were not valid in the chosen encoding (UTF-8 bytes read as
     *  windows-1252 one by one, unpaired UTF-16 surrogates, a trailing odd byte). */
    int invalidSequences = 0;
    /** Why the bytes are not text ("PDF document", "NUL bytes"...); empty for text. */
    QString binaryReason;

    bool isBinary() const { return !binaryReason.isEmpty(); }
};

/** Detects the encoding of a text file and decodes it, without QTextCodec.
 *  Order: byte order mark (UTF-8, UTF-16 LE/BE), UTF-16 without mark (zero bytes
 *  every other byte), valid UTF-8, then windows-1252 (a superset of printable
 *  Latin-1). A file that is mostly UTF-8 with a few stray bytes stays UTF-8 and
 *  reads the stray bytes as windows-1252. Known binary signatures and control
 *  characters mark the bytes as binary. */
class TextDecoder
{
public:
    /** Decodes `bytes`; never fails (binary input sets binaryReason). */
    static DecodedText decode(const QByteArray &bytes);

    /** Decodes windows-1252 (bytes 0x80-0x9F as in Windows; its five undefined
     *  bytes map to the C1 controls of the same value). */
    static QString fromWindows1252(const char *data, int size);

    /** Number of invalid sequences in UTF-8 bytes (0: valid). Overlong forms,
     *  surrogates and code points above U+10FFFF are invalid. */
    static int invalidUtf8Sequences(const QByteArray &bytes);
};

} // namespace cm
