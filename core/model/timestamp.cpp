#include "model/timestamp.h"

#include <algorithm>
#include <iterator>

namespace Paliers {

namespace {

char16_t unit(QChar c)
{
    return c.unicode();
}

char16_t unit(char c)
{
    return static_cast<uchar>(c);
}

// Paliers' own spelling of a time, read from UTF-16 or UTF-8; an invalid
// time for any other spelling.
template<typename Text> QDateTime paliersTimestamp(const Text &text)
{
    const auto at = [&text](qsizetype i) {
        return unit(text[i]);
    };
    const auto digits = [&at](qsizetype from, qsizetype count) {
        int number = 0;
        for (qsizetype i = from; i < from + count; ++i) {
            const char16_t c = at(i);
            if (c < u'0' || c > u'9')
                return -1;
            number = number * 10 + (c - u'0');
        }
        return number;
    };
    if (text.size() == 24 && at(4) == u'-' && at(7) == u'-' && at(10) == u'T' && at(13) == u':' && at(16) == u':'
        && at(19) == u'.' && at(23) == u'Z') {
        const int fields[]
            = {digits(0, 4), digits(5, 2), digits(8, 2), digits(11, 2), digits(14, 2), digits(17, 2), digits(20, 3)};
        if (std::any_of(std::begin(fields), std::end(fields), [](int field) { return field < 0; }))
            return QDateTime(); // QDate takes -1 for a year: 1 BC
        const QDate date(fields[0], fields[1], fields[2]);
        const QTime time(fields[3], fields[4], fields[5], fields[6]);
        if (date.isValid() && time.isValid())
            return QDateTime(date, time, Qt::UTC);
    }
    return QDateTime();
}

} // namespace

QDateTime timestampFromText(const QString &text)
{
    if (text.isNull())
        return QDateTime();
    const QDateTime stamp = paliersTimestamp(text);
    return stamp.isValid() ? stamp : QDateTime::fromString(text, Qt::ISODateWithMs);
}

QDateTime timestampFromText(QByteArrayView utf8)
{
    if (utf8.isNull())
        return QDateTime();
    const QDateTime stamp = paliersTimestamp(utf8);
    return stamp.isValid() ? stamp : QDateTime::fromString(QString::fromUtf8(utf8), Qt::ISODateWithMs);
}

QString timestampText(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return QString();
    const QDateTime utc = dateTime.timeSpec() == Qt::UTC ? dateTime : dateTime.toUTC();
    const QDate date = utc.date();
    const QTime time = utc.time();
    if (date.year() < 1 || date.year() > 9999)
        return utc.toString(Qt::ISODateWithMs); // what Qt does with such years is Qt's to say
    char16_t text[] = u"0000-00-00T00:00:00.000Z";
    const auto put = [&text](qsizetype at, int count, int number) {
        for (qsizetype i = at + count - 1; i >= at; --i) {
            text[i] = static_cast<char16_t>(u'0' + number % 10);
            number /= 10;
        }
    };
    put(0, 4, date.year());
    put(5, 2, date.month());
    put(8, 2, date.day());
    put(11, 2, time.hour());
    put(14, 2, time.minute());
    put(17, 2, time.second());
    put(20, 3, time.msec());
    return QString::fromUtf16(text, 24);
}

} // namespace Paliers
