#pragma once

#include <QByteArray>
#include <QLatin1String>
#include <QString>
#include <QStringView>
#include <vector>

namespace cm {

/** Writes JSON as UTF-8 into a buffer, value by value, in exactly the bytes of
 *  QJsonDocument::toJson(QJsonDocument::Indented): four spaces per level, `"key": value`, the same
 *  string escapes and number formats, and a final newline after the root. It does not sort keys:
 *  write them in QJsonObject's (alphabetical) order to match a QJsonObject. */
class JsonWriter
{
public:
    /** Writes a whole document. */
    JsonWriter() = default;
    /** Writes elements of an array whose opening (and first `elementsBefore` elements) another
     *  writer wrote: `depth` is the number of containers around the elements (2 for the items of
     *  an array in the root object). Formats parts of one long array separately. */
    JsonWriter(int depth, int elementsBefore);

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    /** The next member's name, inside an object; plain ASCII written as is (no escapes). */
    void writeKey(QLatin1String key);

    void writeString(QStringView value);
    void writeNull();
    void writeBool(bool value);
    void writeInteger(qint64 value);
    /** As QJsonValue(double) prints it: integral values as integers, others in the shortest
     *  form that reads back exactly ('g'), infinities and NaN as null. */
    void writeDouble(double value);

    /** Returns the bytes written so far and empties the buffer; nesting is kept. */
    QByteArray takeData();

private:
    struct Level {
        bool object = false;
        int count = 0; ///< members or elements written
    };

    void beginValue();
    void beginContainer(bool object, char open);
    void endContainer(char close);
    /** Starts a member or element: ",\n" after an earlier one, "\n", then the indentation. */
    void newLine(bool afterItem);
    /** Makes the buffer `size` bytes longer; returns where the new bytes start. */
    char *extend(qsizetype size);
    void append(const char *text);
    void appendEscaped(QStringView value);

    QByteArray mData; ///< grows ahead of the bytes written: the first mSize count
    qsizetype mSize = 0;
    std::vector<Level> mLevels;
    bool mAfterKey = false;
};

} // namespace cm
