#pragma once
// Lets Catch2 print Qt values in failure messages. Include after catch.hpp.
#include <catch2/catch.hpp>

#include <QDate>
#include <QString>

namespace Catch {
template <> struct StringMaker<QString> {
    static std::string convert(const QString &value) { return '"' + value.toStdString() + '"'; }
};
template <> struct StringMaker<QDate> {
    static std::string convert(const QDate &value)
    {
        return value.isValid() ? value.toString(Qt::ISODate).toStdString() : std::string("(invalid date)");
    }
};
} // namespace Catch
