#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Paliers::TestSupport {

// The absolute path of a file under tests/data.
QString dataPath(const QString &relative);
QByteArray readData(const QString &relative);

// One criterion row of the referential TSV files shared with the project
// (tests/data/referentials): domain, palier, verbatim text, optional note.
struct TsvRow
{
    QString domain;
    int level = 0;
    QString text;
    QString note;
};

// Reads a referential TSV file, skipping the comment lines.
QList<TsvRow> readReferentialTsv(const QString &relative);

} // namespace Paliers::TestSupport
