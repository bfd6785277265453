#include "exchange/assessmentexport.h"
#include "exportfixture.h"
#include "storage/exportimporter.h"
#include "storage/loaders.h"
#include "temporarydatabase.h"

#include <gtest/gtest.h>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Paliers;
using namespace Paliers::TestSupport;

namespace {

class AssessmentExportTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_id = fillSampleAssessment(m_source.storage(), true);
        Result<AssessmentRecord> report = loadAssessmentRecord(m_source.storage(), m_id);
        ASSERT_TRUE(report.ok()) << report.error().toStdString();
        m_report = report.value();
        m_json = AssessmentExport::toJson(m_report, fixedStamp());
    }

    // Writes `bytes` to a file of the target database's folder and imports it.
    ImportFileResult importBytes(const QByteArray &bytes, const QString &name = QStringLiteral("export.json"))
    {
        const QString path = m_target.folder() + QLatin1Char('/') + name;
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();
        return ExportImporter(m_target.storage()).importFile(path);
    }

    int count(TemporaryDatabase &db, const QString &table)
    {
        QSqlQuery q(db.database().connection());
        EXPECT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)));
        q.next();
        return q.value(0).toInt();
    }

    QJsonObject document() const { return QJsonDocument::fromJson(m_json).object(); }

    TemporaryDatabase m_source;
    TemporaryDatabase m_target;
    qint64 m_id = 0;
    AssessmentRecord m_report;
    QByteArray m_json;
};

TEST_F(AssessmentExportTest, DocumentDescribesItself)
{
    const QJsonObject root = document();
    EXPECT_EQ(root.value(QStringLiteral("format")).toString(), QStringLiteral("paliers-assessment-export"));
    EXPECT_EQ(root.value(QStringLiteral("formatVersion")).toInt(), 1);
    EXPECT_EQ(root.value(QStringLiteral("exportId")).toString(), fixedStamp().exportId);
    EXPECT_EQ(root.value(QStringLiteral("exportedAt")).toString(), QStringLiteral("2026-11-23T10:00:00.000Z"));
    const QJsonObject content = root.value(QStringLiteral("content")).toObject();
    EXPECT_EQ(content.value(QStringLiteral("establishment")).toObject().value(QStringLiteral("uai")).toString(),
        QStringLiteral("0750655E"));
    const QJsonObject referential
        = content.value(QStringLiteral("assessment")).toObject().value(QStringLiteral("referential")).toObject();
    EXPECT_EQ(referential.value(QStringLiteral("id")).toString(), QStringLiteral("creteil-ecoles"));
    EXPECT_FALSE(referential.value(QStringLiteral("version")).toString().isEmpty());
    EXPECT_EQ(content.value(QStringLiteral("answers")).toArray().size(), 67);
    EXPECT_EQ(content.value(QStringLiteral("actionItems")).toArray().size(), 2);
    EXPECT_EQ(content.value(QStringLiteral("evaluation")).toObject().value(QStringLiteral("total")).toInt(), 67);
    // The comment is stored as typed, markup characters and all.
    EXPECT_TRUE(
        m_json.contains(QJsonDocument(QJsonArray {literalComment()}).toJson(QJsonDocument::Compact).mid(1).chopped(1)));
    // The checksum is the SHA-256 of the rest, and it is what a receiver recomputes.
    QJsonObject rest = root;
    rest.remove(QStringLiteral("checksum"));
    const QString value = root.value(QStringLiteral("checksum")).toObject().value(QStringLiteral("value")).toString();
    EXPECT_EQ(value.size(), 64);
    EXPECT_EQ(value, AssessmentExport::checksum(rest));
}

TEST_F(AssessmentExportTest, ExportImportExportGivesTheSameContent)
{
    const ImportFileResult result = importBytes(m_json);
    ASSERT_EQ(result.kind, ImportFileResult::Kind::Imported) << result.message.toStdString();

    Result<AssessmentRecord> imported = loadAssessmentRecord(m_target.storage(), result.assessmentId);
    ASSERT_TRUE(imported.ok()) << imported.error().toStdString();
    EXPECT_EQ(imported->assessment.status, AssessmentStatus::Validated);
    EXPECT_EQ(imported->evaluation.overallPalier, m_report.evaluation.overallPalier);
    EXPECT_EQ(imported->establishment.headTitle, QStringLiteral("directrice d'école"));
    EXPECT_EQ(AssessmentExport::canonical(AssessmentExport::content(imported.value())),
        AssessmentExport::canonical(AssessmentExport::content(m_report)));
    // Each imported answer has its history row, with its original author.
    Result<QList<AnswerHistoryEntry>> history = m_target.storage().history(result.assessmentId);
    ASSERT_TRUE(history.ok());
    EXPECT_EQ(history->size(), 67);
    EXPECT_EQ(history->constFirst().changedBy, m_report.answers.constFirst().changedBy);
}

TEST_F(AssessmentExportTest, TheSameExportIsSkippedTheSecondTime)
{
    ASSERT_EQ(importBytes(m_json).kind, ImportFileResult::Kind::Imported);
    const ImportFileResult again = importBytes(m_json, QStringLiteral("copie.json"));
    EXPECT_EQ(again.kind, ImportFileResult::Kind::AlreadyImported) << again.message.toStdString();
    EXPECT_EQ(count(m_target, QStringLiteral("assessment")), 1);
    EXPECT_EQ(count(m_target, QStringLiteral("answer")), 67);
}

TEST_F(AssessmentExportTest, AnotherExportOfAnAssessmentAlreadyHereIsRefused)
{
    ASSERT_EQ(importBytes(m_json).kind, ImportFileResult::Kind::Imported);
    const QByteArray bytesBefore = fileBytes(m_target.path());
    const QByteArray other
        = AssessmentExport::toJson(m_report, fixedStamp(QStringLiteral("00000000-1111-4222-8333-444444444444")));
    const ImportFileResult result = importBytes(other, QStringLiteral("autre.json"));
    EXPECT_EQ(result.kind, ImportFileResult::Kind::Refused);
    EXPECT_TRUE(result.message.contains(QStringLiteral("0750655E"))) << result.message.toStdString();
    EXPECT_TRUE(result.message.contains(QStringLiteral("2025-2026"))) << result.message.toStdString();
    EXPECT_EQ(count(m_target, QStringLiteral("assessment")), 1);
    EXPECT_EQ(count(m_target, QStringLiteral("import_record")), 1);
}

TEST_F(AssessmentExportTest, AnAlteredFileIsRefused)
{
    QByteArray altered = m_json;
    const qsizetype at = altered.indexOf("\"atteint\"");
    ASSERT_GT(at, 0);
    altered.replace(at, 9, "\"en_cours\"");
    const ImportFileResult result = importBytes(altered);
    EXPECT_EQ(result.kind, ImportFileResult::Kind::Refused);
    EXPECT_TRUE(result.message.contains(QStringLiteral("SHA-256"))) << result.message.toStdString();
    EXPECT_TRUE(result.message.contains(QStringLiteral("modifié"))) << result.message.toStdString();
    EXPECT_EQ(count(m_target, QStringLiteral("establishment")), 0);
    EXPECT_EQ(count(m_target, QStringLiteral("assessment")), 0);
}

TEST_F(AssessmentExportTest, ANewerFormatVersionIsRefused)
{
    QJsonObject root = document();
    root.insert(QStringLiteral("formatVersion"), 2);
    const ImportFileResult result = importBytes(resign(root));
    EXPECT_EQ(result.kind, ImportFileResult::Kind::Refused);
    EXPECT_TRUE(result.message.contains(QStringLiteral("version 2"))) << result.message.toStdString();
    EXPECT_TRUE(result.message.contains(QStringLiteral("Mettez Paliers à jour"))) << result.message.toStdString();
    EXPECT_EQ(count(m_target, QStringLiteral("assessment")), 0);
}

TEST_F(AssessmentExportTest, AnUnknownReferentialIsRefused)
{
    QJsonObject root = document();
    QJsonObject content = root.value(QStringLiteral("content")).toObject();
    QJsonObject assessment = content.value(QStringLiteral("assessment")).toObject();
    QJsonObject referential = assessment.value(QStringLiteral("referential")).toObject();
    referential.insert(QStringLiteral("id"), QStringLiteral("lyon-colleges"));
    assessment.insert(QStringLiteral("referential"), referential);
    content.insert(QStringLiteral("assessment"), assessment);
    root.insert(QStringLiteral("content"), content);
    const ImportFileResult result = importBytes(resign(root));
    EXPECT_EQ(result.kind, ImportFileResult::Kind::Refused);
    EXPECT_TRUE(result.message.contains(QStringLiteral("lyon-colleges"))) << result.message.toStdString();
    EXPECT_EQ(count(m_target, QStringLiteral("establishment")), 0);
}

TEST_F(AssessmentExportTest, AnswersThatContradictThePaliersAreRefused)
{
    // Someone changed an answer and recomputed the checksum, but left the
    // paliers as they were.
    QJsonObject root = document();
    QJsonObject content = root.value(QStringLiteral("content")).toObject();
    QJsonArray answers = content.value(QStringLiteral("answers")).toArray();
    QJsonObject first = answers.at(0).toObject();
    first.insert(QStringLiteral("status"), QStringLiteral("non_atteint"));
    answers.replace(0, first);
    content.insert(QStringLiteral("answers"), answers);
    root.insert(QStringLiteral("content"), content);
    const ImportFileResult result = importBytes(resign(root));
    EXPECT_EQ(result.kind, ImportFileResult::Kind::Refused);
    EXPECT_TRUE(result.message.contains(QStringLiteral("content.evaluation"))) << result.message.toStdString();
    EXPECT_EQ(count(m_target, QStringLiteral("assessment")), 0);
}

TEST_F(AssessmentExportTest, MalformedFilesAreRefusedWithTheirPlace)
{
    const QList<std::pair<QByteArray, QString>> cases {
        {QByteArrayLiteral("{ pas du JSON"), QStringLiteral("ligne 1")},
        {QByteArrayLiteral("[1, 2]"), QStringLiteral("objet")},
        {QByteArrayLiteral("{\"format\": \"autre-chose\"}"), QStringLiteral("autre-chose")},
        {QByteArrayLiteral("{\"answers\": {}}"), QStringLiteral("format")},
    };
    for (const auto &[bytes, expected] : cases) {
        const ImportFileResult result = importBytes(bytes);
        EXPECT_EQ(result.kind, ImportFileResult::Kind::Refused);
        EXPECT_TRUE(result.message.contains(expected))
            << expected.toStdString() << " not in " << result.message.toStdString();
        EXPECT_TRUE(result.message.contains(QStringLiteral("export.json"))) << result.message.toStdString();
    }
    // A criterion the grid does not have, named with its place in the file.
    QJsonObject root = document();
    QJsonObject content = root.value(QStringLiteral("content")).toObject();
    QJsonArray answers = content.value(QStringLiteral("answers")).toArray();
    QJsonObject third = answers.at(2).toObject();
    third.insert(QStringLiteral("criterion"), QStringLiteral("PIL-9-99"));
    answers.replace(2, third);
    content.insert(QStringLiteral("answers"), answers);
    root.insert(QStringLiteral("content"), content);
    const ImportFileResult result = importBytes(resign(root));
    EXPECT_TRUE(result.message.contains(QStringLiteral("content.answers[2].criterion")))
        << result.message.toStdString();
    EXPECT_EQ(count(m_target, QStringLiteral("assessment")), 0);
}

TEST_F(AssessmentExportTest, AFailureHalfwayLeavesNothingImported)
{
    // The last step of an import writes the action plan: make it fail there.
    QSqlQuery q(m_target.database().connection());
    ASSERT_TRUE(q.exec(QStringLiteral("CREATE TRIGGER refuse_actions BEFORE INSERT ON action_item"
                                      " BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")));
    const ImportFileResult result = importBytes(m_json);
    EXPECT_EQ(result.kind, ImportFileResult::Kind::Refused);
    EXPECT_EQ(count(m_target, QStringLiteral("establishment")), 0);
    EXPECT_EQ(count(m_target, QStringLiteral("assessment")), 0);
    EXPECT_EQ(count(m_target, QStringLiteral("answer")), 0);
    EXPECT_EQ(count(m_target, QStringLiteral("import_record")), 0);
}

TEST_F(AssessmentExportTest, AnExistingEstablishmentIsMatchedByUai)
{
    Establishment local = sampleEcole();
    local.name = QStringLiteral("Nom local de l'école");
    Result<qint64> existing = m_target.storage().addEstablishment(local);
    ASSERT_TRUE(existing.ok());
    const ImportFileResult result = importBytes(m_json);
    ASSERT_EQ(result.kind, ImportFileResult::Kind::Imported) << result.message.toStdString();
    EXPECT_EQ(count(m_target, QStringLiteral("establishment")), 1);
    EXPECT_EQ(m_target.storage().assessment(result.assessmentId)->establishmentId, existing.value());
    // The local record is not overwritten by the file.
    EXPECT_EQ(m_target.storage().establishment(existing.value())->name, local.name);
}

} // namespace

// The jalons follow the same rules: their export imports back to the same
// content, paliers (here, the jalon of each axis) included.
TEST_F(AssessmentExportTest, TheJalonsTravelLikeThePaliers)
{
    TemporaryDatabase source;
    const qint64 id = fillSampleJalons(source.storage());
    ASSERT_TRUE(source.storage().validateAssessment(id).ok());
    const AssessmentRecord report = loadAssessmentRecord(source.storage(), id).value();
    const ImportFileResult result
        = importBytes(AssessmentExport::toJson(report, fixedStamp()), QStringLiteral("jalons.json"));
    ASSERT_EQ(result.kind, ImportFileResult::Kind::Imported) << result.message.toStdString();
    const AssessmentRecord imported = loadAssessmentRecord(m_target.storage(), result.assessmentId).value();
    EXPECT_EQ(imported.referential->kind(), ReferentialKind::Rubric);
    EXPECT_EQ(imported.evaluation.domain(QStringLiteral("RSC"))->palier, 4);
    EXPECT_EQ(imported.evaluation.domain(QStringLiteral("LIT"))->palier, 0);
    EXPECT_EQ(AssessmentExport::canonical(AssessmentExport::content(imported)),
        AssessmentExport::canonical(AssessmentExport::content(report)));
}
