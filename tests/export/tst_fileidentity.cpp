// What `paliers FILE...` and `paliers-cli --db FILE` read of a file before
// using it, and the first bytes of an export, which the shared-mime-info type
// of packaging/ recognises.
#include "exchange/assessmentexport.h"
#include "exportfixture.h"
#include "storage/exportimporter.h"
#include "storage/fileidentity.h"
#include "storage/loaders.h"
#include "temporarydatabase.h"
#include "testdata.h"

#include <gtest/gtest.h>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Paliers;
using namespace Paliers::TestSupport;

namespace {

QString write(const QString &folder, const QString &name, const QByteArray &bytes)
{
    const QString path = folder + u'/' + name;
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

} // namespace

TEST(FileIdentity, AnExportSaysWhatItIsInItsFirstBytesAndStillImports)
{
    TemporaryDatabase source;
    TemporaryDatabase target;
    const qint64 id = fillSampleAssessment(source.storage(), true);
    const Result<AssessmentRecord> report = loadAssessmentRecord(source.storage(), id);
    ASSERT_TRUE(report.ok()) << report.error().toStdString();
    const QByteArray json = AssessmentExport::toJson(report.value(), fixedStamp());
    // Within the 256 bytes the magic of application/x-paliers-export+json reads.
    EXPECT_TRUE(json.startsWith("{\n    \"format\": \"paliers-assessment-export\",\n    \"formatVersion\": 1,\n    "))
        << json.left(120).toStdString();
    EXPECT_LT(json.indexOf("\"format\": \"paliers-assessment-export\""), 256);
    // The same document as before, keys sorted after the first two: the
    // checksum holds and the file imports.
    const QString path = write(target.folder(), QStringLiteral("paliers-0750655E-2025-2026.json"), json);
    EXPECT_EQ(FileIdentity::of(path).kind, FileIdentity::Kind::AssessmentExport);
    const ImportFileResult imported = ExportImporter(target.storage()).importFile(path);
    EXPECT_EQ(imported.kind, ImportFileResult::Kind::Imported) << imported.message.toStdString();
}

TEST(FileIdentity, KnowsPaliersFilesByTheirContents)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    // An export written before "format" came first, under another name.
    EXPECT_EQ(FileIdentity::of(dataPath(QStringLiteral("exports/0690000A-2025-2026.json"))).kind,
        FileIdentity::Kind::AssessmentExport);
    const TemporaryDatabase database;
    EXPECT_EQ(FileIdentity::of(database.path()).kind, FileIdentity::Kind::Database);
    EXPECT_EQ(FileIdentity::of(write(dir.path(), QStringLiteral("reperes.json"),
                                   "{\"format\": \"paliers-reperes\", \"formatVersion\": 1}"))
                  .kind,
        FileIdentity::Kind::Reperes);
    EXPECT_EQ(
        FileIdentity::of(write(dir.path(), QStringLiteral("feuille.json"), "  {\"format\":\"paliers-indicators\"}"))
            .kind,
        FileIdentity::Kind::Indicators);
    EXPECT_EQ(
        FileIdentity::of(write(dir.path(), QStringLiteral("grille.json"), "{\"format\": \"paliers-referential\"}"))
            .kind,
        FileIdentity::Kind::Referential);
}

TEST(FileIdentity, SaysInFrenchWhatAnyOtherFileIs)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const FileIdentity text
        = FileIdentity::of(write(dir.path(), QStringLiteral("notes.txt"), "Commission du 12 mars\n"));
    EXPECT_EQ(text.kind, FileIdentity::Kind::Other);
    EXPECT_NE(text.reason.indexOf(QStringLiteral("n'est ni une base Paliers ni un export Paliers")), -1)
        << text.reason.toStdString();
    EXPECT_NE(text.reason.indexOf(QStringLiteral("notes.txt")), -1);

    const FileIdentity json
        = FileIdentity::of(write(dir.path(), QStringLiteral("autre.json"), "{\"format\": \"geojson\"}"));
    EXPECT_EQ(json.kind, FileIdentity::Kind::Other);
    const FileIdentity broken = FileIdentity::of(write(dir.path(), QStringLiteral("coupe.json"), "{\"format\": \"pal"));
    EXPECT_EQ(broken.kind, FileIdentity::Kind::Other);
    EXPECT_NE(broken.reason.indexOf(QStringLiteral("JSON")), -1) << broken.reason.toStdString();

    EXPECT_EQ(FileIdentity::of(write(dir.path(), QStringLiteral("vide.sqlite"), QByteArray())).kind,
        FileIdentity::Kind::Other);
    const FileIdentity missing = FileIdentity::of(dir.filePath(QStringLiteral("absent.sqlite")));
    EXPECT_EQ(missing.kind, FileIdentity::Kind::Missing);
    EXPECT_NE(missing.reason.indexOf(QStringLiteral("n'existe pas")), -1) << missing.reason.toStdString();
    EXPECT_EQ(FileIdentity::of(dir.path()).kind, FileIdentity::Kind::Other);

    // Another application's SQLite database: its application_id says so.
    const QString foreign = dir.filePath(QStringLiteral("firefox.sqlite"));
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        connection.setDatabaseName(foreign);
        ASSERT_TRUE(connection.open());
        QSqlQuery query(connection);
        ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA application_id = 1234")));
        ASSERT_TRUE(query.exec(QStringLiteral("CREATE TABLE places (url TEXT)")));
        connection.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    const FileIdentity other = FileIdentity::of(foreign);
    EXPECT_EQ(other.kind, FileIdentity::Kind::Other);
    EXPECT_NE(other.reason.indexOf(QStringLiteral("une autre application")), -1) << other.reason.toStdString();
}
