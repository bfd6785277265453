#include "exchange/assessmentexport.h"
#include "storage/datagenerator.h"
#include "temporarydatabase.h"

#include <gtest/gtest.h>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtEndian>
#include <QThread>

using namespace Paliers;
using namespace Paliers::TestSupport;

namespace {

QString integrityCheck(const QString &path)
{
    QString result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("integrity"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next())
                result = q.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("integrity"));
    return result;
}

// Creates a database at `path` with one école and its assessment 1, and
// closes it.
void createDatabase(const QString &path)
{
    std::unique_ptr<Database> database = Database::open(path).value();
    Storage storage(*database, ReferentialCatalog::bundled().value());
    const qint64 school = storage.addEstablishment(sampleEcole()).value();
    ASSERT_EQ(storage
                  .createAssessment({.establishmentId = school,
                      .referentialId = QStringLiteral("creteil-ecoles"),
                      .schoolYear = QStringLiteral("2015-2016")})
                  .value(),
        1);
}

// Whether the header of the file at `path` counts more pages than the file
// holds, in a count SQLite keeps up to date ("version-valid-for" equal to
// the change counter): what a checkpoint cut after page 1 leaves, and what
// Paliers used to refuse as a truncated file.
bool headerCountsMorePagesThanTheFileHolds(const QString &path)
{
    const QByteArray bytes = fileBytes(path);
    if (bytes.size() < 100)
        return false;
    const auto be32 = [&bytes](int offset) {
        return qFromBigEndian<quint32>(bytes.constData() + offset);
    };
    const quint16 rawPageSize = qFromBigEndian<quint16>(bytes.constData() + 16);
    const qint64 pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    return be32(92) == be32(24) && qint64(be32(28)) * pageSize > bytes.size();
}

} // namespace

// A child process edits answers as fast as it can and is killed (SIGKILL) at
// a random moment, several times over: every edit it reported as committed
// must be in the database afterwards, and the file must stay sound.
TEST(Crash, EveryReportedEditSurvivesASigkill)
{
    TemporaryDatabase db;
    const qint64 school = db.storage().addEstablishment(sampleEcole()).value();
    ASSERT_EQ(db.storage()
                  .createAssessment({.establishmentId = school,
                      .referentialId = QStringLiteral("creteil-ecoles"),
                      .schoolYear = QStringLiteral("2025-2026")})
                  .value(),
        1);
    const QString path = db.path();
    db.database().setClock({});

    QRandomGenerator random(20261123); // fixed seed: a failure can be replayed
    qint64 next = 0;
    qint64 totalReported = 0;
    for (int round = 0; round < 6; ++round) {
        QProcess child;
        child.setProcessChannelMode(QProcess::SeparateChannels);
        child.start(QStringLiteral(PALIERS_CRASH_CHILD), {path, QString::number(next)});
        ASSERT_TRUE(child.waitForStarted(10000));
        // Let it get going, then kill it without warning.
        child.waitForReadyRead(10000);
        QThread::msleep(random.bounded(20, 400));
        child.kill();
        ASSERT_TRUE(child.waitForFinished(10000));
        ASSERT_EQ(child.exitStatus(), QProcess::CrashExit) << child.readAllStandardError().toStdString();

        const QList<QByteArray> lines = child.readAllStandardOutput().split('\n');
        QList<qint64> reported;
        for (const QByteArray &line : lines) {
            if (!line.isEmpty())
                reported.append(line.toLongLong());
        }
        ASSERT_FALSE(reported.isEmpty()) << "round " << round << ": the child committed nothing";
        totalReported += reported.size();

        EXPECT_EQ(integrityCheck(path), QStringLiteral("ok")) << "round " << round;
        db.reopen();
        const QList<AnswerHistoryEntry> history = db.storage().history(1).value();
        QSet<QString> comments;
        for (const AnswerHistoryEntry &entry : history)
            comments.insert(entry.newComment);
        for (const qint64 i : reported)
            ASSERT_TRUE(comments.contains(QStringLiteral("edit %1").arg(i))) << "edit " << i << " was lost";
        // The answer table agrees with the last change recorded for each criterion.
        QHash<QString, QString> lastComment;
        for (const AnswerHistoryEntry &entry : history)
            lastComment.insert(entry.criterionId, entry.newComment);
        for (const Answer &answer : db.storage().answers(1).value())
            EXPECT_EQ(answer.comment.toStdString(), lastComment.value(answer.criterionId).toStdString())
                << answer.criterionId.toStdString();

        next = reported.constLast() + 1000; // later rounds are told apart by their numbers
    }
    std::printf(
        "[          ] %lld edits reported committed over 6 kills, none lost\n", static_cast<long long>(totalReported));
}

// The child commits large edits and copies its log into the file every few
// commits; it is killed while it copies, at a random moment. Whatever the
// moment (the file's header possibly already counting pages that are still
// only in the log), Paliers opens the file and finds every edit the child
// reported as committed.
TEST(Crash, EveryReportedEditSurvivesASigkillDuringACheckpoint)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("paliers.sqlite"));
    createDatabase(path);
    if (::testing::Test::HasFatalFailure())
        return;

    QRandomGenerator random(20261124); // fixed seed: a failure can be replayed
    constexpr int Rounds = 16;
    qint64 next = 0;
    int caughtMidCheckpoint = 0;
    qint64 totalReported = 0;
    for (int round = 0; round < Rounds; ++round) {
        QProcess child;
        child.setProcessChannelMode(QProcess::SeparateChannels);
        child.start(QStringLiteral(PALIERS_CRASH_CHILD), {path, QString::number(next), QStringLiteral("checkpoint")});
        ASSERT_TRUE(child.waitForStarted(10000));
        // Kill it a little after it starts copying its log into the file.
        QByteArray output;
        QElapsedTimer waited;
        waited.start();
        while (!output.contains("checkpoint\n") && waited.elapsed() < 10000) {
            if (child.waitForReadyRead(100))
                output += child.readAllStandardOutput();
            ASSERT_EQ(child.state(), QProcess::Running) << child.readAllStandardError().toStdString();
        }
        ASSERT_TRUE(output.contains("checkpoint\n")) << "round " << round << ": the child never checkpointed";
        QThread::usleep(random.bounded(0, 2000)); // the copy of the pages takes a few ms
        child.kill();
        ASSERT_TRUE(child.waitForFinished(10000));
        ASSERT_EQ(child.exitStatus(), QProcess::CrashExit) << child.readAllStandardError().toStdString();
        output += child.readAllStandardOutput();

        QList<qint64> reported;
        for (const QByteArray &line : output.split('\n')) {
            bool isNumber = false;
            const qint64 i = line.toLongLong(&isNumber);
            if (isNumber)
                reported.append(i);
        }
        ASSERT_FALSE(reported.isEmpty()) << "round " << round << ": the child committed nothing";
        totalReported += reported.size();
        if (headerCountsMorePagesThanTheFileHolds(path))
            ++caughtMidCheckpoint;

        // Nothing else has the file open: Paliers sees it as the kill left it.
        {
            Result<std::unique_ptr<Database>> database = Database::open(path);
            ASSERT_TRUE(database.ok()) << "round " << round << ": " << database.error().toStdString();
            EXPECT_TRUE(database.value()->verifyIntegrity().ok()) << "round " << round;
            Storage storage(*database.value(), ReferentialCatalog::bundled().value());
            QSet<qint64> found;
            for (const AnswerHistoryEntry &entry : storage.history(1).value())
                found.insert(entry.newComment.section(QLatin1Char('|'), 0, 0).mid(5).toLongLong());
            for (const qint64 i : reported)
                ASSERT_TRUE(found.contains(i)) << "round " << round << ": edit " << i << " was lost";
        }
        next = reported.constLast() + 1000;
    }
    std::printf("[          ] %lld edits reported committed over %d kills, none lost; %d kills left a header "
                "counting pages still in the log\n",
        static_cast<long long>(totalReported), Rounds, caughtMidCheckpoint);
}

// While another program imports many exports, in batches of one transaction,
// an answer typed here waits for its turn and is saved: every write
// succeeds.
TEST(Crash, WritesSucceedWhileAnotherProgramImports)
{
    constexpr int Exports = 600;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dane.sqlite"));
    const QString folder = dir.filePath(QStringLiteral("exports"));
    ASSERT_TRUE(QDir().mkpath(folder));
    createDatabase(path);
    if (::testing::Test::HasFatalFailure())
        return;
    {
        const ReferentialCatalog catalog = ReferentialCatalog::bundled().value();
        DataGenerator generator(catalog, 20261125);
        const QStringList years = DataGenerator::lastYears(1);
        for (int i = 0; i < Exports; ++i) {
            const AssessmentRecord report = generator.school(i, years).constFirst();
            QFile file(QStringLiteral("%1/%2.json").arg(folder).arg(i, 4, 10, QLatin1Char('0')));
            ASSERT_TRUE(file.open(QIODevice::WriteOnly));
            file.write(AssessmentExport::toJson(report, ExportStamp::now()));
        }
    }

    std::unique_ptr<Database> database = Database::open(path).value();
    Storage storage(*database, ReferentialCatalog::bundled().value());
    const QList<Criterion> &criteria = storage.catalog().latest(QStringLiteral("creteil-ecoles"))->criteria();

    QProcess child;
    child.setProcessChannelMode(QProcess::SeparateChannels);
    child.start(QStringLiteral(PALIERS_CRASH_CHILD), {path, QStringLiteral("0"), QStringLiteral("import"), folder});
    ASSERT_TRUE(child.waitForStarted(10000));
    ASSERT_TRUE(child.waitForReadyRead(10000));
    ASSERT_TRUE(child.readAllStandardOutput().startsWith("started"));

    int writes = 0;
    qint64 longest = 0;
    QElapsedTimer elapsed;
    elapsed.start();
    while (!child.waitForFinished(1) && elapsed.elapsed() < 60000) {
        QElapsedTimer write;
        write.start();
        const AnswerEdit edit {criteria.at(writes % criteria.size()).id,
            writes % 2 ? AnswerStatus::Met : AnswerStatus::NotMet, QStringLiteral("typed %1").arg(writes),
            std::nullopt};
        const Status done = storage.editAnswer(1, edit);
        ASSERT_TRUE(done.ok()) << "write " << writes << ": " << done.error().toStdString();
        longest = std::max(longest, write.elapsed());
        ++writes;
    }
    ASSERT_EQ(child.state(), QProcess::NotRunning) << "the import took more than a minute";
    ASSERT_EQ(child.exitStatus(), QProcess::NormalExit);
    ASSERT_EQ(child.exitCode(), 0) << child.readAllStandardError().toStdString();
    EXPECT_TRUE(child.readAllStandardOutput().contains(QByteArray("imported ") + QByteArray::number(Exports)));
    EXPECT_GT(writes, 0);
    EXPECT_EQ(storage.history(1).value().size(), writes);
    std::printf("[          ] %d answers written during an import of %d exports (%lld ms), the longest in %lld ms\n",
        writes, Exports, static_cast<long long>(elapsed.elapsed()), static_cast<long long>(longest));
}
