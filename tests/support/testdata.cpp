#include "testdata.h"

#include "referential/referentialcatalog.h"

#include <QFile>
#include <QStringList>

namespace Paliers::TestSupport {

const Referential &bundled(const QString &id)
{
    static const ReferentialCatalog catalog = ReferentialCatalog::bundled().value();
    const Referential *referential = catalog.latest(id);
    Q_ASSERT(referential);
    return *referential;
}

QString dataPath(const QString &relative)
{
    return QStringLiteral(PALIERS_TEST_DATA_DIR "/") + relative;
}

QByteArray readData(const QString &relative)
{
    QFile file(dataPath(relative));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("Test data %s is missing", qPrintable(file.fileName()));
    return file.readAll();
}

QList<TsvRow> readReferentialTsv(const QString &relative)
{
    QList<TsvRow> rows;
    const QStringList lines = QString::fromUtf8(readData(relative)).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList cells = line.split(QLatin1Char('\t'));
        if (cells.size() < 3)
            qFatal("Malformed TSV row in %s: %s", qPrintable(relative), qPrintable(line));
        rows.append({cells.at(0), cells.at(1).toInt(), cells.at(2), cells.value(3)});
    }
    return rows;
}

QList<RubricTsvRow> readRubricTsv(const QString &relative)
{
    QList<RubricTsvRow> rows;
    const QStringList lines = QString::fromUtf8(readData(relative)).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList cells = line.split(QLatin1Char('\t'));
        bool isNumber = false;
        const int stage = cells.value(1).toInt(&isNumber);
        if (cells.size() != 4 || !isNumber)
            qFatal("Malformed rubric TSV row in %s: %s", qPrintable(relative), qPrintable(line));
        rows.append({cells.at(0), stage, cells.at(2), cells.at(3)});
    }
    return rows;
}

} // namespace Paliers::TestSupport
