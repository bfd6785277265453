#include "storage/database.h"
#include "temporarydatabase.h"
#include "testdata.h"

#include <functional>
#include <gtest/gtest.h>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtEndian>
#include <unistd.h>

using namespace Paliers;
using namespace Paliers::TestSupport;

namespace {

// Runs one statement on `path` with a connection of its own, as another
// program would.
QVariant querySide(const QString &path, const QString &statement)
{
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("side"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(statement) && q.next())
                value = q.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("side"));
    return value;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    ASSERT_EQ(file.write(bytes), bytes.size());
}

// A closed Paliers database with some data in it.
QString makeDatabase(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("paliers.sqlite"));
    Result<std::unique_ptr<Database>> db = Database::open(path);
    if (!db.ok())
        qFatal("%s", qPrintable(db.error()));
    Storage storage(*db.value(), ReferentialCatalog::bundled().value());
    const qint64 school = storage.addEstablishment(sampleEcole()).value();
    const qint64 assessment = storage
                                  .createAssessment({.establishmentId = school,
                                      .referentialId = QStringLiteral("creteil-ecoles"),
                                      .schoolYear = QStringLiteral("2025-2026")})
                                  .value();
    QList<AnswerEdit> edits;
    for (const Criterion &c : storage.catalog().latest(QStringLiteral("creteil-ecoles"))->criteria())
        edits.append({c.id, AnswerStatus::Met, QString(200, QLatin1Char('x')), std::nullopt});
    if (!storage.editAnswers(assessment, edits).ok())
        qFatal("cannot fill the test database");
    return path;
}

// Every file of the folder holding `path`, hidden ones too, as a readable line.
std::string folderListing(const QString &path)
{
    return QFileInfo(path)
        .dir()
        .entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name)
        .join(QStringLiteral(", "))
        .toStdString();
}

// Refused, and nothing changed: neither the file nor its folder (no -wal or
// -shm left beside it).
void expectRefusedUntouched(const QString &path, const QString &expectedMessagePart)
{
    const QByteArray before = fileBytes(path);
    const std::string listing = folderListing(path);
    const Result<std::unique_ptr<Database>> db = Database::open(path);
    ASSERT_FALSE(db.ok());
    EXPECT_TRUE(db.error().contains(expectedMessagePart)) << db.error().toStdString();
    EXPECT_EQ(fileBytes(path), before);
    EXPECT_EQ(folderListing(path), listing);
}

quint32 headerField(const QByteArray &bytes, int offset)
{
    return qFromBigEndian<quint32>(bytes.constData() + offset);
}

// Byte 18 of the header: 1 for a rollback journal, 2 for a write-ahead log.
bool isWalFile(const QString &path)
{
    return fileBytes(path).at(18) == 2;
}

void damagePages(const QString &path)
{
    QByteArray bytes = fileBytes(path);
    ASSERT_GT(bytes.size(), 8 * 4096);
    for (qsizetype i = 3 * 4096; i < 6 * 4096; ++i)
        bytes[i] = static_cast<char>(0xA5);
    writeFile(path, bytes);
}

} // namespace

// The schema an opening checks a file against is written out in
// database.cpp: it must be what the migrations make. A new migration that
// adds a table or a column fails here until expectedSchema() says it too.
TEST(Database, TheExpectedSchemaIsTheMigrations)
{
    const QHash<QString, QStringList> expected = Database::expectedSchema();
    const QHash<QString, QStringList> migrated = Database::schemaOfMigrations();
    ASSERT_FALSE(migrated.isEmpty());
    for (auto it = migrated.cbegin(); it != migrated.cend(); ++it)
        EXPECT_EQ(expected.value(it.key()), it.value()) << "table " << it.key().toStdString();
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        EXPECT_TRUE(migrated.contains(it.key())) << "no migration makes the table " << it.key().toStdString();
}

TEST(Database, CreatesANewDatabaseOnFirstOpen)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nouvelle.sqlite"));
    {
        const Result<std::unique_ptr<Database>> db = Database::open(path);
        ASSERT_TRUE(db.ok()) << db.error().toStdString();
        EXPECT_FALSE(db.value()->isReadOnly());
        EXPECT_TRUE(db.value()->backupPath().isEmpty());
    }
    EXPECT_EQ(querySide(path, QStringLiteral("PRAGMA user_version")).toInt(), Database::SchemaVersion);
    EXPECT_EQ(querySide(path, QStringLiteral("PRAGMA application_id")).toInt(), Database::ApplicationId);
    EXPECT_EQ(querySide(path, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
}

TEST(Database, MigratesAVersionOneFileAfterABackup)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ancienne base.sqlite"));
    const QByteArray original = readData(QStringLiteral("db/paliers-v1.sqlite"));
    writeFile(path, original);

    Result<std::unique_ptr<Database>> db = Database::open(path);
    ASSERT_TRUE(db.ok()) << db.error().toStdString();
    const QString backup = db.value()->backupPath();
    ASSERT_FALSE(backup.isEmpty());
    EXPECT_TRUE(backup.contains(QStringLiteral(".v1-")));

    Storage storage(*db.value(), ReferentialCatalog::bundled().value());
    const QList<Establishment> establishments = storage.establishments().value();
    ASSERT_EQ(establishments.size(), 1);
    EXPECT_EQ(establishments.at(0).name, QStringLiteral("École élémentaire Jean-Jaurès"));
    // Version 6 added the head's title: none chosen yet, « Mme » says which.
    EXPECT_TRUE(establishments.at(0).headTitle.isEmpty());
    EXPECT_EQ(headTitleOf(establishments.at(0)), QStringLiteral("directrice d'école"));
    const QList<Answer> answers = storage.answers(1).value();
    ASSERT_EQ(answers.size(), 2);
    EXPECT_EQ(answers.at(0).comment, QStringLiteral("Volet numérique voté en conseil d'école"));
    EXPECT_EQ(answers.at(1).evidence, QStringLiteral("https://ent.example/charte"));
    EXPECT_EQ(storage.history(1).value().size(), 2);
    // Version 2 rebuilt the record of the assessment's life from version 1.
    const QList<AssessmentEvent> events = storage.events(1).value();
    ASSERT_EQ(events.size(), 2);
    EXPECT_EQ(events.at(0).kind, AssessmentEvent::Kind::Created);
    EXPECT_EQ(events.at(1).kind, AssessmentEvent::Kind::Validated);
    EXPECT_EQ(events.at(1).actor, QStringLiteral("Mme Dupont"));
    EXPECT_TRUE(storage.actionItems(1).value().isEmpty());
    db.value().reset();

    EXPECT_EQ(querySide(path, QStringLiteral("PRAGMA user_version")).toInt(), Database::SchemaVersion);
    // The backup is the version-1 database, whole.
    EXPECT_EQ(querySide(backup, QStringLiteral("PRAGMA user_version")).toInt(), 1);
    EXPECT_EQ(querySide(backup, QStringLiteral("SELECT count(*) FROM answer")).toInt(), 2);
    EXPECT_EQ(querySide(backup, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
}

TEST(Database, RollsBackAFailedMigration)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("paliers.sqlite"));
    writeFile(path, readData(QStringLiteral("db/paliers-v1.sqlite")));
    // A table in the way of step 2 makes it fail half-way.
    querySide(path, QStringLiteral("CREATE TABLE action_item (x)"));

    const Result<std::unique_ptr<Database>> db = Database::open(path);
    ASSERT_FALSE(db.ok());
    EXPECT_TRUE(db.error().contains(QStringLiteral("vers la version 2 a échoué"))) << db.error().toStdString();
    EXPECT_EQ(querySide(path, QStringLiteral("PRAGMA user_version")).toInt(), 1);
    EXPECT_EQ(
        querySide(path, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'assessment_event'")).toInt(),
        0);
    EXPECT_EQ(querySide(path, QStringLiteral("SELECT count(*) FROM answer")).toInt(), 2);
}

TEST(Database, RefusesAFileThatIsNotADatabase)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
    writeFile(path, QByteArrayLiteral("Compte rendu de la commission numérique\n"));
    expectRefusedUntouched(path, QStringLiteral("n'est pas une base de données Paliers"));
}

TEST(Database, RefusesAnotherApplicationsSqliteFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("autre.sqlite"));
    querySide(path, QStringLiteral("CREATE TABLE contacts (name TEXT)"));
    expectRefusedUntouched(path, QStringLiteral("n'est pas une base de données Paliers"));
}

TEST(Database, RefusesAFileFromANewerVersion)
{
    QTemporaryDir dir;
    const QString path = makeDatabase(dir);
    querySide(path, QStringLiteral("PRAGMA user_version = 99"));
    querySide(path, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    expectRefusedUntouched(path, QStringLiteral("version plus récente de Paliers"));
}

TEST(Database, RefusesATruncatedFile)
{
    QTemporaryDir dir;
    const QString path = makeDatabase(dir);
    QByteArray bytes = fileBytes(path);
    ASSERT_GT(bytes.size(), 8 * 4096);
    writeFile(path, bytes.left(bytes.size() / 2));
    expectRefusedUntouched(path, QStringLiteral("est endommagée"));
}

TEST(Database, RefusesAFileWithDamagedPages)
{
    QTemporaryDir dir;
    const QString path = makeDatabase(dir);
    QByteArray bytes = fileBytes(path);
    for (qsizetype i = 3 * 4096; i < 6 * 4096; ++i)
        bytes[i] = static_cast<char>(0xA5);
    writeFile(path, bytes);
    expectRefusedUntouched(path, QStringLiteral("est endommagée"));
}

TEST(Database, RefusesALockedFile)
{
    QTemporaryDir dir;
    const QString path = makeDatabase(dir);
    const QByteArray before = fileBytes(path);
    {
        // Another program holds the file exclusively while it writes.
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("locker"));
        other.setDatabaseName(path);
        ASSERT_TRUE(other.open());
        QSqlQuery q(other);
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")));
        ASSERT_TRUE(q.exec(QStringLiteral("BEGIN EXCLUSIVE")));

        const Result<std::unique_ptr<Database>> db = Database::open(path);
        ASSERT_FALSE(db.ok());
        EXPECT_TRUE(db.error().contains(QStringLiteral("utilisée par un autre programme"))) << db.error().toStdString();

        q.exec(QStringLiteral("ROLLBACK"));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("locker"));
    EXPECT_EQ(fileBytes(path), before);
}

TEST(Database, OpensReadOnlyOnRequestAndRefusesChanges)
{
    QTemporaryDir dir;
    const QString path = makeDatabase(dir);
    const QByteArray before = fileBytes(path);
    {
        Result<std::unique_ptr<Database>> db = Database::open(path, Database::Access::ReadOnly);
        ASSERT_TRUE(db.ok()) << db.error().toStdString();
        EXPECT_TRUE(db.value()->isReadOnly());
        Storage storage(*db.value(), ReferentialCatalog::bundled().value());
        EXPECT_EQ(storage.establishments().value().size(), 1);
        EXPECT_EQ(storage.answers(1).value().size(), 67);
        const Status edit = storage.editAnswer(1, {QStringLiteral("PIL-1-01"), AnswerStatus::NotMet, {}, {}});
        ASSERT_FALSE(edit.ok());
        EXPECT_TRUE(edit.error().contains(QStringLiteral("est ouverte en lecture seule")))
            << edit.error().toStdString();
        EXPECT_FALSE(storage.addEstablishment(sampleCollege()).ok());
    }
    EXPECT_EQ(fileBytes(path), before);
}

TEST(Database, OpensAReadOnlyFileInAReadOnlyFolderForViewing)
{
    if (geteuid() == 0)
        GTEST_SKIP() << "root may write to any file: read-only permissions cannot be tested as root";
    QTemporaryDir dir;
    const QString path = makeDatabase(dir);
    const QByteArray before = fileBytes(path);
    ASSERT_TRUE(QFile::setPermissions(path, QFileDevice::ReadOwner));
    ASSERT_TRUE(QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    {
        Result<std::unique_ptr<Database>> db = Database::open(path);
        ASSERT_TRUE(db.ok()) << db.error().toStdString();
        EXPECT_TRUE(db.value()->isReadOnly());
        Storage storage(*db.value(), ReferentialCatalog::bundled().value());
        EXPECT_EQ(storage.answers(1).value().size(), 67);
        EXPECT_FALSE(storage.editAnswer(1, {QStringLiteral("PIL-1-01"), AnswerStatus::NotMet, {}, {}}).ok());
    }
    QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    EXPECT_EQ(fileBytes(path), before);
}

TEST(Database, RefusesToCreateAFileWhereItCannotWrite)
{
    const Result<std::unique_ptr<Database>> missingFolder
        = Database::open(QStringLiteral("/nonexistent-folder/paliers.sqlite"));
    ASSERT_FALSE(missingFolder.ok());
    EXPECT_TRUE(missingFolder.error().contains(QStringLiteral("n'existe pas"))) << missingFolder.error().toStdString();

    QTemporaryDir dir;
    const Result<std::unique_ptr<Database>> folder = Database::open(dir.path());
    ASSERT_FALSE(folder.ok());
    EXPECT_TRUE(folder.error().contains(QStringLiteral("est un dossier"))) << folder.error().toStdString();

    const Result<std::unique_ptr<Database>> readOnly
        = Database::open(dir.filePath(QStringLiteral("absente.sqlite")), Database::Access::ReadOnly);
    ASSERT_FALSE(readOnly.ok());
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("absente.sqlite"))));
}

TEST(Database, DefaultPathIsInTheApplicationDataFolder)
{
    EXPECT_TRUE(Database::defaultPath().endsWith(QStringLiteral("/paliers.sqlite")));
    EXPECT_TRUE(QDir::isAbsolutePath(Database::defaultPath()));
}

TEST(Database, ChecksALargeFileStructurallyAndFullyOnRequest)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dane.sqlite"));
    {
        std::unique_ptr<Database> db = Database::open(path).value();
        Storage storage(*db, ReferentialCatalog::bundled().value());
        const qint64 school = storage.addEstablishment(sampleEcole()).value();
        const qint64 id = storage
                              .createAssessment({.establishmentId = school,
                                  .referentialId = QStringLiteral("creteil-ecoles"),
                                  .schoolYear = QStringLiteral("2025-2026")})
                              .value();
        // Grow the file past the full-check limit with long comments in the history.
        QList<AnswerEdit> edits;
        for (int i = 0; i < 1000; ++i)
            edits.append({QStringLiteral("PIL-1-01"), std::nullopt,
                QString(Storage::MaxTextLength, QLatin1Char('a' + i % 26)), std::nullopt});
        ASSERT_TRUE(storage.editAnswers(id, edits).ok());
        ASSERT_TRUE(db->verifyIntegrity().ok());
        ASSERT_TRUE(db->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    QByteArray bytes = fileBytes(path);
    ASSERT_GT(bytes.size(), Database::FullCheckLimit);
    // Damage history pages in the middle of the file.
    const qsizetype middle = bytes.size() / 2;
    for (qsizetype i = middle; i < middle + 16 * 4096; ++i)
        bytes[i] = static_cast<char>(0x5A);
    writeFile(path, bytes);

    Result<std::unique_ptr<Database>> db = Database::open(path);
    ASSERT_TRUE(db.ok()) << db.error().toStdString();
    const Status verified = db.value()->verifyIntegrity();
    ASSERT_FALSE(verified.ok());
    EXPECT_TRUE(verified.error().contains(QStringLiteral("est endommagée"))) << verified.error().toStdString();
}

// Each refusal, on a file in WAL mode and on one with a rollback journal:
// the file keeps its bytes and nothing appears beside it, although SQLite
// itself (which has to create the -wal and -shm files of a WAL file to read
// it) did the checking.
TEST(Database, RefusalsLeaveNothingBesideTheFile)
{
    struct Case
    {
        const char *name;
        std::function<QString(const QTemporaryDir &)> make;
        QString message;
    };
    const Case cases[] = {
        {"newer version",
            [](const QTemporaryDir &dir) {
                const QString path = makeDatabase(dir);
                querySide(path, QStringLiteral("PRAGMA user_version = 99"));
                return path;
            },
            QStringLiteral("version plus récente de Paliers")},
        {"another application's file",
            [](const QTemporaryDir &dir) {
                const QString path = dir.filePath(QStringLiteral("paliers.sqlite"));
                querySide(path, QStringLiteral("CREATE TABLE contacts (name TEXT)"));
                querySide(path, QStringLiteral("INSERT INTO contacts VALUES ('Mme Dupont')"));
                return path;
            },
            QStringLiteral("n'est pas une base de données Paliers")},
        {"schema altered by hand",
            [](const QTemporaryDir &dir) {
                const QString path = makeDatabase(dir);
                querySide(path, QStringLiteral("ALTER TABLE commission_meeting DROP COLUMN members"));
                return path;
            },
            QStringLiteral("a été modifiée en dehors de Paliers")},
        {"damaged pages",
            [](const QTemporaryDir &dir) {
                const QString path = makeDatabase(dir);
                damagePages(path);
                return path;
            },
            QStringLiteral("est endommagée")},
        {"cut in half",
            [](const QTemporaryDir &dir) {
                const QString path = makeDatabase(dir);
                const QByteArray bytes = fileBytes(path);
                writeFile(path, bytes.left(bytes.size() / 2));
                return path;
            },
            QStringLiteral("est endommagée")},
    };
    for (const bool wal : {true, false}) {
        for (const Case &c : cases) {
            SCOPED_TRACE(std::string(c.name) + (wal ? ", WAL" : ", rollback journal"));
            QTemporaryDir dir;
            const QString path = c.make(dir);
            if (!wal && isWalFile(path)) {
                // What PRAGMA journal_mode = DELETE writes, done by hand so
                // that it works on a damaged file too.
                QByteArray bytes = fileBytes(path);
                bytes[18] = 1;
                bytes[19] = 1;
                writeFile(path, bytes);
            } else if (wal && !isWalFile(path)) {
                QByteArray bytes = fileBytes(path);
                bytes[18] = 2;
                bytes[19] = 2;
                writeFile(path, bytes);
            }
            ASSERT_EQ(isWalFile(path), wal);
            ASSERT_EQ(folderListing(path), QFileInfo(path).fileName().toStdString());
            expectRefusedUntouched(path, c.message);
        }
    }
}

// Another program that has the file open keeps its -wal and -shm files: a
// refusal never takes them away.
TEST(Database, ARefusalLeavesAnotherProgramsLogInPlace)
{
    QTemporaryDir dir;
    const QString path = makeDatabase(dir);
    querySide(path, QStringLiteral("PRAGMA user_version = 99"));
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(path);
        ASSERT_TRUE(other.open());
        QSqlQuery q(other);
        ASSERT_TRUE(q.exec(QStringLiteral("UPDATE establishment SET commune = 'Créteil'")));
        ASSERT_TRUE(QFile::exists(path + QStringLiteral("-wal")));
        ASSERT_TRUE(QFile::exists(path + QStringLiteral("-shm")));

        const Result<std::unique_ptr<Database>> db = Database::open(path);
        ASSERT_FALSE(db.ok());
        EXPECT_TRUE(db.error().contains(QStringLiteral("version plus récente"))) << db.error().toStdString();
        EXPECT_TRUE(QFile::exists(path + QStringLiteral("-wal")));
        EXPECT_TRUE(QFile::exists(path + QStringLiteral("-shm")));
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT commune FROM establishment")));
        ASSERT_TRUE(q.next());
        EXPECT_EQ(q.value(0).toString(), QStringLiteral("Créteil"));
        q.finish();
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    EXPECT_FALSE(QFile::exists(path + QStringLiteral("-wal")));
    EXPECT_FALSE(QFile::exists(path + QStringLiteral("-shm")));
}

// A checkpoint copies the write-ahead log into the file page by page, page 1
// first: cut right after it (a kill, a power cut), the file's header counts
// the pages the file will hold once the checkpoint is done, more than it
// holds. SQLite reads those pages from the log, which is still whole: such a
// file is sound and opens with every committed answer.
TEST(Database, OpensAFileWhoseCheckpointWasCutAfterItsFirstPage)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("paliers.sqlite"));
    const QString copy = dir.filePath(QStringLiteral("après coupure.sqlite"));
    constexpr int Rounds = 20;
    const AnswerStatus statuses[]
        = {AnswerStatus::Met, AnswerStatus::InProgress, AnswerStatus::NotMet, AnswerStatus::NotApplicable};
    qint64 assessment = 0;
    qint64 pageCount = 0;
    qsizetype criteria = 0;
    {
        std::unique_ptr<Database> db = Database::open(path).value();
        Storage storage(*db, ReferentialCatalog::bundled().value());
        const qint64 school = storage.addEstablishment(sampleEcole()).value();
        assessment = storage
                         .createAssessment({.establishmentId = school,
                             .referentialId = QStringLiteral("creteil-ecoles"),
                             .schoolYear = QStringLiteral("2025-2026")})
                         .value();
        ASSERT_TRUE(db->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        // From here on every commit stays in the log, as when a checkpoint
        // has not run yet.
        ASSERT_TRUE(db->exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
        const QList<Criterion> &all = storage.catalog().latest(QStringLiteral("creteil-ecoles"))->criteria();
        criteria = all.size();
        for (int round = 0; round < Rounds; ++round) {
            QList<AnswerEdit> edits;
            for (const Criterion &c : all)
                edits.append({c.id, statuses[round % 4],
                    QStringLiteral("round %1 ").arg(round) + QString(1000, QLatin1Char('x')), std::nullopt});
            ASSERT_TRUE(storage.editAnswers(assessment, edits).ok());
        }
        QSqlQuery q(db->connection());
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA page_count")) && q.next());
        pageCount = q.value(0).toLongLong();
        q.finish();

        // The file and its log as the writer, still running, has them.
        ASSERT_TRUE(QFile::copy(path, copy));
        ASSERT_TRUE(QFile::copy(path + QStringLiteral("-wal"), copy + QStringLiteral("-wal")));
    }

    // Page 1 as the checkpoint writes it: the page count after the
    // checkpoint, and "version-valid-for" equal to the change counter, so
    // that the count is to be believed.
    QByteArray bytes = fileBytes(copy);
    const qint64 pageSize = qFromBigEndian<quint16>(bytes.constData() + 16);
    ASSERT_GT(pageCount * pageSize, bytes.size()) << "the log holds no growth of the file";
    qToBigEndian<quint32>(static_cast<quint32>(pageCount), bytes.data() + 28);
    qToBigEndian<quint32>(headerField(bytes, 24), bytes.data() + 92);
    writeFile(copy, bytes);

    Result<std::unique_ptr<Database>> db = Database::open(copy);
    ASSERT_TRUE(db.ok()) << db.error().toStdString();
    EXPECT_TRUE(db.value()->verifyIntegrity().ok());
    Storage storage(*db.value(), ReferentialCatalog::bundled().value());
    const QList<Answer> answers = storage.answers(assessment).value();
    ASSERT_EQ(answers.size(), criteria);
    for (const Answer &answer : answers) {
        EXPECT_TRUE(answer.comment.startsWith(QStringLiteral("round %1 ").arg(Rounds - 1)))
            << answer.criterionId.toStdString();
        EXPECT_EQ(answer.status, statuses[(Rounds - 1) % 4]);
    }
    EXPECT_EQ(storage.history(assessment).value().size(), Rounds * criteria);
}
