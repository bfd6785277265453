#include "database.h"
#include "temporarydatabase.h"
#include "testdata.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

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
    const qint64 assessment
        = storage.createAssessment({.establishmentId = school, .referentialId = QStringLiteral("creteil-ecoles"), .schoolYear = QStringLiteral("2025-2026")}).value();
    QList<AnswerEdit> edits;
    for (const Criterion &c : storage.catalog().find(QStringLiteral("creteil-ecoles"))->criteria())
        edits.append({c.id, AnswerStatus::Met, QString(200, QLatin1Char('x')), std::nullopt});
    if (!storage.editAnswers(assessment, edits).ok())
        qFatal("cannot fill the test database");
    return path;
}

void expectRefusedUntouched(const QString &path, const QString &expectedMessagePart)
{
    const QByteArray before = fileBytes(path);
    const Result<std::unique_ptr<Database>> db = Database::open(path);
    ASSERT_FALSE(db.ok());
    EXPECT_TRUE(db.error().contains(expectedMessagePart)) << db.error().toStdString();
    EXPECT_EQ(fileBytes(path), before);
}

} // namespace

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
    EXPECT_EQ(querySide(path, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'assessment_event'"))
                  .toInt(),
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
        EXPECT_TRUE(edit.error().contains(QStringLiteral("est ouverte en lecture seule"))) << edit.error().toStdString();
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
