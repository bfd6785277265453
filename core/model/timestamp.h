#pragma once

#include <QByteArrayView>
#include <QDateTime>
#include <QString>

namespace Paliers {

// Times as Paliers writes them in the database and in its files: in UTC, to
// the millisecond, spelt as QDateTime::toString(Qt::ISODateWithMs) spells
// them ("2025-09-01T08:00:00.000Z"). They are read and written here without
// Qt's generic ISO parser and formatter, which dominate when thousands are
// read or written (a list of establishments, an import of exports).

// The time `text` spells; any other spelling than Paliers' goes through
// QDateTime::fromString(text, Qt::ISODateWithMs). A null text gives an
// invalid time.
QDateTime timestampFromText(const QString &text);
// The same from UTF-8 (as SQLite keeps it).
QDateTime timestampFromText(QByteArrayView utf8);

// `dateTime` in UTC, spelt as dateTime.toUTC().toString(Qt::ISODateWithMs)
// spells it; a null string for an invalid time.
QString timestampText(const QDateTime &dateTime);

} // namespace Paliers
