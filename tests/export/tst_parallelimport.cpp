// The import reads and checks files on several threads ahead of the one that
// writes them: the database and every message must be those of a serial
// import of the same folder.
#include "exchange/assessmentexport.h"
#include "exchange/filewriter.h"
#include "storage/datagenerator.h"
#include "storage/exportimporter.h"
#include "temporarydatabase.h"

#include <gtest/gtest.h>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

using namespace Paliers;
using namespace Paliers::TestSupport;

namespace {

// Every row of every table, in rowid order (the order of the ids given).
QStringList contents(Database &database)
{
    QSqlQuery tables(database.connection());
    EXPECT_TRUE(tables.exec(QStringLiteral(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")));
    QStringList names;
    while (tables.next())
        names.append(tables.value(0).toString());
    QStringList rows;
    for (const QString &table : names) {
        QSqlQuery q(database.connection());
        EXPECT_TRUE(q.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table)));
        QStringList tableRows;
        while (q.next()) {
            QStringList values;
            for (int i = 0; i < q.record().count(); ++i)
                values.append(q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
            tableRows.append(table + u'|' + values.join(u'|'));
        }
        // WITHOUT ROWID tables come in key order, the others in rowid order.
        rows.append(tableRows);
    }
    return rows;
}

} // namespace

TEST(ParallelImport, GivesTheDatabaseAndTheMessagesOfASerialImport)
{
    QTemporaryDir folder;
    ASSERT_TRUE(folder.isValid());
    TemporaryDatabase source;
    DataGenerator generator(source.storage().catalog(), 23);
    const QStringList years {QStringLiteral("2024-2025"), QStringLiteral("2025-2026")};
    QStringList files;
    for (int index = 0; index < 60; ++index) {
        int year = 0;
        for (const AssessmentRecord &report : generator.school(index, years)) {
            const ExportStamp stamp {
                QStringLiteral("00000000-0000-4000-8000-%1%2").arg(year++).arg(index, 11, 10, QLatin1Char('0')),
                report.assessment.updatedAt, QStringLiteral("test")};
            QByteArray json = AssessmentExport::toJson(report, stamp);
            const QString name = QStringLiteral("%1-%2.json").arg(index, 3, 10, QLatin1Char('0')).arg(year);
            if (index == 7) // changed after export: its checksum fails
                json.replace("\"name\": \"", "\"name\": \"X");
            if (index == 11)
                json.truncate(json.size() / 2);
            ASSERT_TRUE(FileWriter::write(folder.filePath(name), json));
            files.append(folder.filePath(name));
        }
    }
    // The same export twice, and a file that is no export at all.
    files.append(files.at(3));
    ASSERT_TRUE(FileWriter::write(folder.filePath(QStringLiteral("notes.json")), "des notes"));
    files.append(folder.filePath(QStringLiteral("notes.json")));

    const auto importAll = [&](TemporaryDatabase &target, int threads) {
        target.database().setClock([] { return QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC); });
        target.storage().setActor(QStringLiteral("test"));
        ExportImporter importer(target.storage());
        importer.setReadingThreads(threads);
        QStringList messages;
        int lastDone = 0;
        for (const ImportFileResult &result : importer.importFiles(
                 files,
                 [&](int done) {
                     EXPECT_EQ(done, lastDone + 1);
                     lastDone = done;
                     return true;
                 },
                 25))
            messages.append(
                QStringLiteral("%1 %2 %3").arg(int(result.kind)).arg(result.assessmentId).arg(result.message));
        EXPECT_EQ(lastDone, files.size());
        return messages;
    };
    TemporaryDatabase serial;
    TemporaryDatabase parallel;
    const QStringList serialMessages = importAll(serial, 0);
    const QStringList parallelMessages = importAll(parallel, 4);

    EXPECT_EQ(parallelMessages, serialMessages);
    ASSERT_EQ(serialMessages.size(), 122);
    EXPECT_EQ(serialMessages.filter(QStringLiteral("SHA-256")).size(), 2) << serialMessages.join(u'\n').toStdString();
    EXPECT_TRUE(serialMessages.at(120).startsWith(QStringLiteral("1 "))) << serialMessages.at(120).toStdString();
    EXPECT_TRUE(serialMessages.at(121).contains(QStringLiteral("notes.json")));
    const QStringList serialRows = contents(serial.database());
    EXPECT_GT(serialRows.filter(QStringLiteral("answer_history|")).size(), 100 * 50);
    EXPECT_EQ(contents(parallel.database()), serialRows);
}

TEST(ParallelImport, StopsWhenCancelledAndKeepsWhatWasWritten)
{
    QTemporaryDir folder;
    ASSERT_TRUE(folder.isValid());
    TemporaryDatabase source;
    DataGenerator generator(source.storage().catalog(), 5);
    QStringList files;
    for (int index = 0; index < 40; ++index) {
        const AssessmentRecord report = generator.school(index, {QStringLiteral("2025-2026")}).constFirst();
        const ExportStamp stamp {QStringLiteral("00000000-0000-4000-9000-%1").arg(index, 12, 10, QLatin1Char('0')),
            report.assessment.updatedAt, QStringLiteral("test")};
        files.append(folder.filePath(QStringLiteral("%1.json").arg(index)));
        ASSERT_TRUE(FileWriter::write(files.last(), AssessmentExport::toJson(report, stamp)));
    }
    TemporaryDatabase target;
    ExportImporter importer(target.storage());
    importer.setReadingThreads(2);
    // Cancelled at the 12th file, in batches of 5: the batch under way is
    // written, then nothing more.
    const QList<ImportFileResult> results = importer.importFiles(
        files, [](int done) { return done < 12; }, 5);
    ASSERT_EQ(results.size(), 12);
    for (const ImportFileResult &result : results)
        EXPECT_EQ(result.kind, ImportFileResult::Kind::Imported) << result.message.toStdString();
    QSqlQuery count(target.database().connection());
    ASSERT_TRUE(count.exec(QStringLiteral("SELECT count(*) FROM assessment")) && count.next());
    EXPECT_EQ(count.value(0).toInt(), 12);
}
