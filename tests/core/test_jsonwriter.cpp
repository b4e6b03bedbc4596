#include "catch_qt.h"

#include "conflictmap/jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>
#include <cstring>
#include <limits>
#include <random>

using namespace cm;

namespace {

QByteArray qtJson(const QJsonArray &array)
{
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

QByteArray writtenString(const QString &value)
{
    JsonWriter writer;
    writer.beginArray();
    writer.writeString(value);
    writer.endArray();
    return writer.takeData();
}

QByteArray writtenDouble(double value)
{
    JsonWriter writer;
    writer.beginArray();
    writer.writeDouble(value);
    writer.endArray();
    return writer.takeData();
}

} // namespace

TEST_CASE("strings are escaped as QJsonDocument escapes them", "[jsonwriter]")
{
    QString controls;
    for (char16_t unit = 0; unit < 0x20; ++unit)
        controls.append(QChar(unit));
    const char16_t loneHigh[] = {u'a', 0xd83d, u'b'};
    const char16_t loneLow[] = {u'a', 0xde00, u'b'};
    const char16_t highAtEnd[] = {u'a', 0xd83d};
    const char16_t twoHighs[] = {0xd83d, 0xd83d, 0xde00};
    const QStringList samples{
        QString(),
        QStringLiteral("plain ASCII"),
        controls,
        QStringLiteral("quote \" backslash \\ slash / DEL \x7f"),
        QStringLiteral("Bayt Yāshūţ, Ar Rā‘ī, الرقة, €, \u00a0, \u2028, \ufeff, \uffff"),
        QStringLiteral("emoji 😀 and 𝄞"),
        QString::fromUtf16(loneHigh, 3),
        QString::fromUtf16(loneLow, 3),
        QString::fromUtf16(highAtEnd, 2),
        QString::fromUtf16(twoHighs, 3),
    };
    for (const QString &sample : samples) {
        INFO(sample.toStdString());
        CHECK(writtenString(sample) == qtJson(QJsonArray{sample}));
    }
}

TEST_CASE("numbers are printed as QJsonDocument prints them", "[jsonwriter]")
{
    const double samples[] = {0.0,
                              -0.0,
                              1.0,
                              -7.0,
                              0.75,
                              0.1 + 0.2,
                              35.31025,
                              -122.419416,
                              1e-5,
                              1e-4,
                              0.00009999,
                              0.00010001,
                              0.001,
                              0.00123,
                              0.00099,
                              999999999999999.9,
                              1e15 + 0.5,
                              0.05,
                              0.3,
                              1.5e-7,
                              123456.5,
                              1e6,
                              1e15,
                              1e16,
                              1e17,
                              1e21,
                              1e19,
                              -1e19,
                              1.8e19,
                              1.9e19,
                              5e18,
                              9007199254740992.0,
                              9007199254740994.0,
                              -9007199254740994.0,
                              1152921504606846976.0,
                              9223372036854775808.0,
                              -9223372036854775808.0,
                              1e300,
                              std::numeric_limits<double>::min(),
                              std::numeric_limits<double>::denorm_min(),
                              std::numeric_limits<double>::infinity(),
                              -std::numeric_limits<double>::infinity(),
                              std::nan("")};
    for (double sample : samples) {
        INFO(sample);
        CHECK(writtenDouble(sample) == qtJson(QJsonArray{sample}));
    }

    JsonWriter writer;
    writer.beginArray();
    writer.writeInteger(0);
    writer.writeInteger(-42);
    writer.writeInteger(9007199254740993);
    writer.writeInteger(std::numeric_limits<qint64>::max());
    writer.writeInteger(std::numeric_limits<qint64>::min());
    writer.writeBool(true);
    writer.writeBool(false);
    writer.writeNull();
    writer.endArray();
    CHECK(writer.takeData() ==
          qtJson(QJsonArray{0, -42, qint64(9007199254740993), std::numeric_limits<qint64>::max(),
                            std::numeric_limits<qint64>::min(), true, false, QJsonValue()}));
}

TEST_CASE("coordinates, confidences and random doubles print as QJsonDocument prints them", "[jsonwriter]")
{
    std::mt19937_64 random(42);
    std::uniform_real_distribution<double> degrees(-180.0, 180.0);
    for (int i = 0; i < 20000; ++i) {
        double value = 0.0;
        switch (i % 4) {
        case 0: // a coordinate rounded to five decimals
            value = std::round(degrees(random) * 1e5) / 1e5;
            break;
        case 1: // a rounded confidence
            value = qRound(double(i % 101)) / 100.0;
            break;
        case 2:
            value = degrees(random);
            break;
        default: { // any finite double
            const quint64 bits = random();
            std::memcpy(&value, &bits, sizeof value);
            if (!std::isfinite(value))
                value = 0.5;
        }
        }
        const QByteArray written = writtenDouble(value);
        const QByteArray expected = qtJson(QJsonArray{value});
        if (written != expected) {
            INFO(expected.toStdString());
            CHECK(written == expected);
        }
    }
}

TEST_CASE("nested objects and arrays have QJsonDocument's indented layout", "[jsonwriter]")
{
    SECTION("empty roots")
    {
        JsonWriter object;
        object.beginObject();
        object.endObject();
        CHECK(object.takeData() == QJsonDocument(QJsonObject()).toJson(QJsonDocument::Indented));
        JsonWriter array;
        array.beginArray();
        array.endArray();
        CHECK(array.takeData() == QJsonDocument(QJsonArray()).toJson(QJsonDocument::Indented));
    }
    SECTION("a document with every kind of value")
    {
        QJsonObject inner;
        inner[QStringLiteral("a")] = 1;
        inner[QStringLiteral("b")] = QJsonArray();
        inner[QStringLiteral("c")] = QJsonObject();
        QJsonObject root;
        root[QStringLiteral("empty")] = QJsonArray();
        root[QStringLiteral("list")] = QJsonArray{inner, QJsonArray{1, QStringLiteral("x")}, QJsonValue()};
        root[QStringLiteral("name")] = QStringLiteral("n");

        JsonWriter writer;
        writer.beginObject();
        writer.writeKey(QLatin1String("empty"));
        writer.beginArray();
        writer.endArray();
        writer.writeKey(QLatin1String("list"));
        writer.beginArray();
        writer.beginObject();
        writer.writeKey(QLatin1String("a"));
        writer.writeInteger(1);
        writer.writeKey(QLatin1String("b"));
        writer.beginArray();
        writer.endArray();
        writer.writeKey(QLatin1String("c"));
        writer.beginObject();
        writer.endObject();
        writer.endObject();
        writer.beginArray();
        writer.writeInteger(1);
        writer.writeString(QStringLiteral("x"));
        writer.endArray();
        writer.writeNull();
        writer.endArray();
        writer.writeKey(QLatin1String("name"));
        writer.writeString(QStringLiteral("n"));
        writer.endObject();
        CHECK(writer.takeData() == QJsonDocument(root).toJson(QJsonDocument::Indented));
    }
}

TEST_CASE("an array written in parts joins into the whole array", "[jsonwriter]")
{
    const auto writeItem = [](JsonWriter &writer, int i) {
        writer.beginObject();
        writer.writeKey(QLatin1String("i"));
        writer.writeInteger(i);
        writer.endObject();
    };
    JsonWriter whole;
    whole.beginObject();
    whole.writeKey(QLatin1String("items"));
    whole.beginArray();
    for (int i = 0; i < 5; ++i)
        writeItem(whole, i);
    whole.endArray();
    whole.endObject();

    JsonWriter outer;
    outer.beginObject();
    outer.writeKey(QLatin1String("items"));
    outer.beginArray();
    QByteArray joined = outer.takeData();
    JsonWriter first(2, 0);
    for (int i = 0; i < 2; ++i)
        writeItem(first, i);
    JsonWriter second(2, 2);
    for (int i = 2; i < 5; ++i)
        writeItem(second, i);
    joined += first.takeData() + second.takeData();
    outer.endArray();
    outer.endObject();
    joined += outer.takeData();
    CHECK(joined == whole.takeData());
    CHECK(first.takeData().isEmpty());
}
