#include "temporarydatabase.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>

#include <gtest/gtest.h>

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
    std::printf("[          ] %lld edits reported committed over 6 kills, none lost\n",
                static_cast<long long>(totalReported));
}
