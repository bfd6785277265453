#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Paliers {
class Referential;
}

namespace Paliers::TestSupport {

// A referential bundled with Paliers, by id (the catalog is loaded once).
const Referential &bundled(const QString &id);

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

// One cell of a rubric TSV file (the jalons of Annexe 8): axis, stage, the
// stage's title and the cell's verbatim descriptor.
struct RubricTsvRow
{
    QString axis;
    int stage = 0;
    QString stageTitle;
    QString text;
};

// Reads a rubric TSV file, skipping the comment lines.
QList<RubricTsvRow> readRubricTsv(const QString &relative);

} // namespace Paliers::TestSupport
