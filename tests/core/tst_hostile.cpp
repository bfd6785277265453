// Files and data that come from elsewhere, at their worst. Each must be
// refused with a clear message (or handled), within bounded time and memory,
// leaving the user's data as it was.
#include "exchange/answersdocument.h"
#include "exchange/assessmentexport.h"
#include "referential/referentialloader.h"
#include "storage/exportimporter.h"
#include "storage/loaders.h"
#include "temporarydatabase.h"
#include "testdata.h"

#include <gtest/gtest.h>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <sys/stat.h>

using namespace Paliers;
using namespace Paliers::TestSupport;

namespace {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

QJsonObject smallReferential()
{
    return QJsonDocument::fromJson(readData(QStringLiteral("referentials/valid-small.json"))).object();
}

// A stored, filled école assessment and its export, for the export cases.
struct Exported
{
    TemporaryDatabase source;
    AssessmentRecord report;
    QJsonObject document;

    Exported()
    {
        Storage &storage = source.storage();
        const qint64 school = storage.addEstablishment(sampleEcole()).value();
        const qint64 id = storage
                              .createAssessment({school, QStringLiteral("creteil-ecoles"), QStringLiteral("2025-2026"),
                                  QString(), QString(), std::nullopt})
                              .value();
        EXPECT_TRUE(storage.editAnswer(id, {QStringLiteral("PIL-1-01"), AnswerStatus::Met, QString(), QString()}).ok());
        report = loadAssessmentRecord(storage, id).value();
        document = AssessmentExport::document(report, ExportStamp::now());
    }

    // Re-signs after a change, as a forger would.
    static QByteArray signedBytes(QJsonObject document)
    {
        document.remove(QStringLiteral("checksum"));
        document.insert(QStringLiteral("checksum"),
            QJsonObject {{QStringLiteral("algorithm"), QStringLiteral("SHA-256")},
                {QStringLiteral("value"), AssessmentExport::checksum(document)}});
        return QJsonDocument(document).toJson();
    }
};

TEST(Hostile, JsonNestedAHundredThousandLevelsDeep)
{
    const QByteArray deep = QByteArray(100000, '[') + QByteArray(100000, ']');
    const QByteArray deepObject = "{\"format\": " + deep + "}";
    for (const QByteArray &bytes : {deep, deepObject}) {
        const Result<ImportedExport> exported
            = AssessmentExport::parse(bytes, ReferentialCatalog(), QStringLiteral("profond.json"));
        ASSERT_FALSE(exported.ok());
        EXPECT_TRUE(exported.error().contains(QStringLiteral("profond.json"))) << exported.error().toStdString();
        EXPECT_FALSE(ReferentialLoader::loadData(bytes, QStringLiteral("profond.json")).ok());
        EXPECT_FALSE(AnswersDocument::parse(bytes, QStringLiteral("profond.json")).ok());
    }
}

TEST(Hostile, A200MegabyteFileIsRefusedBeforeBeingRead)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("énorme export.json"));
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        ASSERT_TRUE(file.resize(200LL * 1024 * 1024)); // sparse: no disk used
    }
    const Result<ImportedExport> exported = AssessmentExport::readFile(path, ReferentialCatalog());
    ASSERT_FALSE(exported.ok());
    EXPECT_TRUE(exported.error().contains(QStringLiteral("trop gros"))) << exported.error().toStdString();
    EXPECT_TRUE(exported.error().contains(QStringLiteral("200 Mo"))) << exported.error().toStdString();
    const Result<Referential> referential = ReferentialLoader::loadFile(path);
    ASSERT_FALSE(referential.ok());
    EXPECT_TRUE(referential.error().contains(QStringLiteral("trop"))) << referential.error().toStdString();
    EXPECT_FALSE(AnswersDocument::loadFile(path).ok());
}

TEST(Hostile, ATenMegabyteCommentIsRefusedAndNothingChanges)
{
    TemporaryDatabase db;
    Storage &storage = db.storage();
    const qint64 school = storage.addEstablishment(sampleEcole()).value();
    const qint64 id = storage
                          .createAssessment({school, QStringLiteral("creteil-ecoles"), QStringLiteral("2025-2026"),
                              QString(), QString(), std::nullopt})
                          .value();
    const QString huge(10 * 1024 * 1024, u'é');
    const Status refused = storage.editAnswer(id, {QStringLiteral("PIL-1-01"), AnswerStatus::Met, huge, std::nullopt});
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains(QStringLiteral("trop long"))) << refused.error().left(200).toStdString();
    EXPECT_TRUE(storage.answers(id)->isEmpty());
    EXPECT_TRUE(storage.history(id)->isEmpty());

    // The same comment inside an export (10 MB of text, under the file limit).
    Exported exported;
    QJsonObject content = exported.document.value(QStringLiteral("content")).toObject();
    QJsonArray answers = content.value(QStringLiteral("answers")).toArray();
    QJsonObject answer = answers.at(0).toObject();
    answer.insert(QStringLiteral("comment"), QString(10 * 1024 * 1024, u'x'));
    answers.replace(0, answer);
    content.insert(QStringLiteral("answers"), answers);
    QJsonObject document = exported.document;
    document.insert(QStringLiteral("content"), content);
    const Result<ImportedExport> parsed = AssessmentExport::parse(
        Exported::signedBytes(document), exported.source.storage().catalog(), QStringLiteral("long.json"));
    ASSERT_FALSE(parsed.ok());
    EXPECT_TRUE(parsed.error().contains(QStringLiteral("content.answers[0].comment"))) << parsed.error().toStdString();
}

TEST(Hostile, InvalidUtf8IsRefusedAndNulCharactersAreKept)
{
    Exported exported;
    QByteArray bytes = Exported::signedBytes(exported.document);
    const qsizetype at = bytes.indexOf("Jean-Jaur");
    ASSERT_GT(at, 0);
    bytes[at + 1] = '\xff'; // not UTF-8
    const Result<ImportedExport> broken
        = AssessmentExport::parse(bytes, exported.source.storage().catalog(), QStringLiteral("abime.json"));
    ASSERT_FALSE(broken.ok());
    EXPECT_TRUE(broken.error().contains(QStringLiteral("abime.json"))) << broken.error().toStdString();

    // A NUL inside a comment is text like any other: kept through an export
    // and an import.
    const QString withNul = QStringLiteral("avant") + QChar(0) + QStringLiteral("après");
    ASSERT_TRUE(exported.source.storage()
                    .editAnswer(exported.report.assessment.id,
                        {QStringLiteral("PIL-1-01"), std::nullopt, withNul, std::nullopt})
                    .ok());
    const AssessmentRecord again
        = loadAssessmentRecord(exported.source.storage(), exported.report.assessment.id).value();
    const Result<ImportedExport> parsed = AssessmentExport::parse(AssessmentExport::toJson(again, ExportStamp::now()),
        exported.source.storage().catalog(), QStringLiteral("nul.json"));
    ASSERT_TRUE(parsed.ok()) << parsed.error().toStdString();
    TemporaryDatabase target;
    const Result<ImportOutcome> imported
        = target.storage().storeImportedAssessment(parsed.value(), QStringLiteral("nul.json"));
    ASSERT_TRUE(imported.ok()) << imported.error().toStdString();
    EXPECT_EQ(target.storage().answers(imported->assessmentId)->constFirst().comment, withNul);
}

TEST(Hostile, IdentifiersThatDifferOnlyByCaseAreRefused)
{
    QJsonObject root = smallReferential();
    QJsonArray criteria = root.value(QStringLiteral("criteria")).toArray();
    QJsonObject twin = criteria.at(0).toObject();
    twin.insert(QStringLiteral("id"), QStringLiteral("pil-1-01"));
    criteria.append(twin);
    root.insert(QStringLiteral("criteria"), criteria);
    const Result<Referential> loaded
        = ReferentialLoader::loadData(QJsonDocument(root).toJson(), QStringLiteral("cas.json"));
    ASSERT_FALSE(loaded.ok());
    EXPECT_TRUE(loaded.error().contains(QStringLiteral("pil-1-01"))) << loaded.error().toStdString();
}

TEST(Hostile, AReferentialWithNoneOrTenThousandCriteria)
{
    QJsonObject root = smallReferential();
    root.insert(QStringLiteral("criteria"), QJsonArray());
    Result<Referential> loaded = ReferentialLoader::loadData(QJsonDocument(root).toJson(), QStringLiteral("vide.json"));
    ASSERT_FALSE(loaded.ok());
    EXPECT_TRUE(loaded.error().contains(QStringLiteral("aucun critère"))) << loaded.error().toStdString();

    QJsonArray many;
    for (int i = 0; i < 10000; ++i)
        many.append(QJsonObject {{QStringLiteral("id"), QStringLiteral("PIL-1-%1").arg(i)},
            {QStringLiteral("domain"), QStringLiteral("PIL")}, {QStringLiteral("level"), 1},
            {QStringLiteral("text"), QStringLiteral("Critère %1").arg(i)}});
    root.insert(QStringLiteral("criteria"), many);
    loaded = ReferentialLoader::loadData(QJsonDocument(root).toJson(), QStringLiteral("enorme.json"));
    ASSERT_FALSE(loaded.ok());
    EXPECT_TRUE(loaded.error().contains(QStringLiteral("10000 critères"))) << loaded.error().toStdString();
    EXPECT_TRUE(loaded.error().contains(QStringLiteral("1000"))) << loaded.error().toStdString();
}

TEST(Hostile, AnExportWithACriterionOfAnotherGridIsRefused)
{
    // The checksum matches (re-signed), but the answers name a criterion the
    // écoles grid does not have.
    Exported exported;
    QJsonObject content = exported.document.value(QStringLiteral("content")).toObject();
    QJsonArray answers = content.value(QStringLiteral("answers")).toArray();
    QJsonObject answer = answers.at(0).toObject();
    answer.insert(QStringLiteral("criterion"), QStringLiteral("PIL-1-06")); // only in the établissements grid
    answers.replace(0, answer);
    content.insert(QStringLiteral("answers"), answers);
    QJsonObject document = exported.document;
    document.insert(QStringLiteral("content"), content);
    QTemporaryDir dir;
    TemporaryDatabase target;
    const QByteArray before = fileBytes(target.path());
    const ImportFileResult result
        = ExportImporter(target.storage())
              .importFile(writeFile(dir, QStringLiteral("autre grille.json"), Exported::signedBytes(document)));
    EXPECT_EQ(result.kind, ImportFileResult::Kind::Refused);
    EXPECT_TRUE(result.message.contains(QStringLiteral("PIL-1-06"))) << result.message.toStdString();
    EXPECT_TRUE(target.storage().establishments()->isEmpty());
    EXPECT_EQ(fileBytes(target.path()), before);
}

TEST(Hostile, ADatabaseAlteredByHandIsRefusedAndLeftAsItIs)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("base « modifiée » d'une école.sqlite"));
    {
        std::unique_ptr<Database> database = Database::open(path).value();
        QSqlQuery q(database->connection());
        // What someone with a SQLite browser might do.
        ASSERT_TRUE(q.exec(QStringLiteral("ALTER TABLE answer DROP COLUMN evidence")));
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    const QByteArray before = fileBytes(path);
    Result<std::unique_ptr<Database>> reopened = Database::open(path);
    ASSERT_FALSE(reopened.ok());
    EXPECT_TRUE(reopened.error().contains(QStringLiteral("evidence"))) << reopened.error().toStdString();
    EXPECT_TRUE(reopened.error().contains(QStringLiteral("modifiée en dehors de Paliers")))
        << reopened.error().toStdString();
    EXPECT_EQ(fileBytes(path), before);

    const QString other = dir.filePath(QStringLiteral("sans historique.sqlite"));
    {
        std::unique_ptr<Database> database = Database::open(other).value();
        QSqlQuery q(database->connection());
        ASSERT_TRUE(q.exec(QStringLiteral("DROP TABLE answer_history")));
    }
    reopened = Database::open(other);
    ASSERT_FALSE(reopened.ok());
    EXPECT_TRUE(reopened.error().contains(QStringLiteral("answer_history"))) << reopened.error().toStdString();
}

TEST(Hostile, FilesHoldingNamesAreReadableByTheirOwnerOnly)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("paliers.sqlite"));
    std::unique_ptr<Database> database = Database::open(path).value();
    Storage storage(*database, ReferentialCatalog::bundled().value());
    ASSERT_TRUE(storage.addEstablishment(sampleEcole()).ok());
    for (const QString &file : {path, path + QStringLiteral("-wal")}) {
        struct stat info
        {
        };
        ASSERT_EQ(::stat(QFile::encodeName(file).constData(), &info), 0) << file.toStdString();
        EXPECT_EQ(info.st_mode & 0777, 0600u) << file.toStdString();
    }
}

} // namespace
