#include "referential/jsonreader.h"

#include <cmath>
#include <limits>
#include <QJsonDocument>
#include <QJsonParseError>

namespace Paliers {

namespace {

// QJsonParseError gives a byte offset; people find their way with lines.
void lineAndColumn(const QByteArray &data, qsizetype offset, int &line, int &column)
{
    line = 1;
    column = 1;
    const qsizetype end = std::min(offset, data.size());
    for (qsizetype i = 0; i < end; ++i) {
        if (data.at(i) == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(data.at(i)) & 0xC0) != 0x80) {
            ++column; // count characters, not UTF-8 continuation bytes
        }
    }
}

} // namespace

JsonReader::JsonReader(QString fileName)
    : m_fileName(std::move(fileName))
{
}

QString JsonReader::join(const QString &place, const QString &key)
{
    return place.isEmpty() ? key : place + QLatin1Char('.') + key;
}

bool JsonReader::fail(const QString &place, const QString &problem)
{
    if (place.isEmpty())
        m_error = tr("%1: %2").arg(m_fileName, problem);
    else
        m_error = tr("%1, at %2: %3").arg(m_fileName, place, problem);
    return false;
}

bool JsonReader::parseObject(const QByteArray &data, QJsonObject &root)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        int line = 0;
        int column = 0;
        lineAndColumn(data, parseError.offset, line, column);
        return fail(QString(),
            tr("invalid JSON at line %1, column %2 (%3)").arg(line).arg(column).arg(parseError.errorString()));
    }
    if (!document.isObject())
        return fail(QString(), tr("the file must contain a JSON object"));
    root = document.object();
    return true;
}

bool JsonReader::field(const QJsonObject &object, const QString &key, const QString &place, QJsonValue &out)
{
    const auto it = object.constFind(key);
    if (it == object.constEnd() || it->isNull())
        return fail(place, tr("the field \"%1\" is missing").arg(key));
    out = *it;
    return true;
}

bool JsonReader::string(
    const QJsonObject &object, const QString &key, const QString &place, QString &out, StringRule rule)
{
    QJsonValue value;
    if (!field(object, key, place, value))
        return false;
    if (!value.isString())
        return fail(join(place, key), tr("a text is expected"));
    out = value.toString();
    if (rule == NonEmpty && out.trimmed().isEmpty())
        return fail(join(place, key), tr("must not be empty"));
    return true;
}

bool JsonReader::integer(const QJsonObject &object, const QString &key, const QString &place, int &out)
{
    QJsonValue value;
    if (!field(object, key, place, value))
        return false;
    const double d = value.toDouble(std::numeric_limits<double>::quiet_NaN());
    if (!value.isDouble() || std::trunc(d) != d || d < std::numeric_limits<int>::min()
        || d > std::numeric_limits<int>::max())
        return fail(join(place, key), tr("a whole number is expected"));
    out = static_cast<int>(d);
    return true;
}

bool JsonReader::number(const QJsonObject &object, const QString &key, const QString &place, double &out)
{
    QJsonValue value;
    if (!field(object, key, place, value))
        return false;
    if (!value.isDouble())
        return fail(join(place, key), tr("a number is expected"));
    out = value.toDouble();
    return true;
}

bool JsonReader::array(const QJsonObject &object, const QString &key, const QString &place, QJsonArray &out)
{
    QJsonValue value;
    if (!field(object, key, place, value))
        return false;
    if (!value.isArray())
        return fail(join(place, key), tr("a list is expected"));
    out = value.toArray();
    return true;
}

bool JsonReader::object(const QJsonObject &object, const QString &key, const QString &place, QJsonObject &out)
{
    QJsonValue value;
    if (!field(object, key, place, value))
        return false;
    if (!value.isObject())
        return fail(join(place, key), tr("an object is expected"));
    out = value.toObject();
    return true;
}

bool JsonReader::element(const QJsonArray &array, qsizetype index, const QString &place, QJsonObject &out)
{
    const QJsonValue value = array.at(index);
    if (!value.isObject())
        return fail(place, tr("an object is expected"));
    out = value.toObject();
    return true;
}

} // namespace Paliers
