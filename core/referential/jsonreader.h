#pragma once

#include "model/result.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace Paliers {

// Reads typed fields out of a JSON document for the file parsers of core/ and
// records the first problem as a message naming the file, the place (a path
// such as "criteria[3].level") and what is wrong, so every parser reports
// errors the same way.
class JsonReader
{
    Q_DECLARE_TR_FUNCTIONS(JsonReader)

public:
    enum StringRule
    {
        NonEmpty,
        AllowEmpty,
    };

    explicit JsonReader(QString fileName);

    // Parses `data` and requires an object at the top.
    bool parseObject(const QByteArray &data, QJsonObject &root);

    // Each accessor reads `key` of `object` found at `place` ("" for the top
    // level); it returns false, with the error recorded, when the field is
    // missing or of the wrong type.
    bool string(
        const QJsonObject &object, const QString &key, const QString &place, QString &out, StringRule rule = NonEmpty);
    bool integer(const QJsonObject &object, const QString &key, const QString &place, int &out);
    bool number(const QJsonObject &object, const QString &key, const QString &place, double &out);
    bool array(const QJsonObject &object, const QString &key, const QString &place, QJsonArray &out);
    bool object(const QJsonObject &object, const QString &key, const QString &place, QJsonObject &out);
    // The element `index` of `array`, which must be an object.
    bool element(const QJsonArray &array, qsizetype index, const QString &place, QJsonObject &out);

    // Records a problem at `place`; returns false for convenience.
    bool fail(const QString &place, const QString &problem);
    Error error() const { return Error {m_error}; }

    static QString join(const QString &place, const QString &key);

private:
    bool field(const QJsonObject &object, const QString &key, const QString &place, QJsonValue &out);

    QString m_fileName;
    QString m_error;
};

} // namespace Paliers
