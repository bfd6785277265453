// Versions of a grid: the catalogue keyed by (id, version), the map a newer
// version writes, answers carried over through it, added grids and exports
// that carry their grid. The newer écoles grid is the project's test grid
// tests/data/referentials/creteil-ecoles-2026.1-essai.json: RES-1-01 and
// RES-1-02 merged, EQU-1-03 split into EQU-1-03 and EQU-1-04, INF-3-01
// removed, FOR-1-01 renamed FOR-1-10, PED-2-07 and INF-2-04 added, and the
// domain FOR retitled.

#include "analysis/consolidation.h"
#include "exchange/assessmentexport.h"
#include "exchange/csvexport.h"
#include "exchange/referentialinstaller.h"
#include "referential/migration.h"
#include "referential/referentialcatalog.h"
#include "referential/referentialloader.h"
#include "storage/exportimporter.h"
#include "storage/loaders.h"
#include "storage/storage.h"
#include "temporarydatabase.h"
#include "testdata.h"

#include <functional>
#include <gtest/gtest.h>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

using namespace Paliers;
using namespace Paliers::TestSupport;

namespace {

const QString Ecoles = QStringLiteral("creteil-ecoles");
const QString Old = QStringLiteral("2014.1");
const QString New = QStringLiteral("2026.1");
const QString TestGrid = QStringLiteral("referentials/creteil-ecoles-2026.1-essai.json");

ReferentialCatalog withTestGrid()
{
    ReferentialCatalog catalog = ReferentialCatalog::bundled().value();
    Result<Referential> grid = ReferentialLoader::loadFile(dataPath(TestGrid));
    if (!grid)
        qFatal("test grid: %s", qPrintable(grid.error()));
    const Status added = catalog.add(std::move(grid).value());
    if (!added)
        qFatal("test grid: %s", qPrintable(added.error()));
    return catalog;
}

Migration testMigration(const ReferentialCatalog &catalog)
{
    return Migration::between(*catalog.find(Ecoles, Old), *catalog.find(Ecoles, New)).value();
}

Answer answer(const char *id, AnswerStatus status, const char *comment = "", const char *evidence = "")
{
    Answer a;
    a.criterionId = QString::fromLatin1(id);
    a.status = status;
    a.comment = QString::fromUtf8(comment);
    a.evidence = QString::fromUtf8(evidence);
    return a;
}

const Answer *answerTo(const QList<Answer> &answers, const char *id)
{
    for (const Answer &a : answers) {
        if (a.criterionId == QLatin1String(id))
            return &a;
    }
    return nullptr;
}

Result<Referential> loadJson(const QJsonObject &object)
{
    return ReferentialLoader::loadData(QJsonDocument(object).toJson(), QStringLiteral("grille.json"));
}

QJsonObject testGridJson()
{
    return QJsonDocument::fromJson(readData(TestGrid)).object();
}

// A database with the test grid known, an école, its 2025-2026 assessment
// under 2014.1, answered and validated.
class VersionsTest : public ::testing::Test
{
protected:
    VersionsTest()
        : m_catalog(withTestGrid())
        , m_storage(m_db.database(), m_catalog)
    {
    }

    qint64 validatedOldAssessment()
    {
        // Made while only 2014.1 existed: the bundled catalogue's storage.
        Storage &old = m_db.storage();
        const Result<qint64> school = old.addEstablishment(sampleEcole());
        EXPECT_TRUE(school.ok()) << school.error().toStdString();
        m_school = school.value();
        const Result<qint64> id
            = old.createAssessment({m_school, Ecoles, QStringLiteral("2025-2026"), QString(), QString(), std::nullopt});
        EXPECT_TRUE(id.ok()) << id.error().toStdString();
        QList<AnswerEdit> edits;
        for (const char *c : {"PIL-1-01", "PIL-1-02", "PIL-1-03", "PIL-1-04", "PIL-1-05", "FOR-1-01", "RES-1-01",
                 "RES-1-02", "RES-1-03", "EQU-1-01", "EQU-1-02", "EQU-1-03"})
            edits.append({QString::fromLatin1(c), AnswerStatus::Met, std::nullopt, std::nullopt});
        edits.append(
            {QStringLiteral("INF-3-01"), AnswerStatus::InProgress, QStringLiteral("Projet THD voté"), std::nullopt});
        edits.append({QStringLiteral("EQU-1-03"), std::nullopt, QStringLiteral("Un VPI en CM2"),
            QStringLiteral("Facture 2025-114")});
        EXPECT_TRUE(old.editAnswers(id.value(), edits).ok());
        EXPECT_TRUE(old.validateAssessment(id.value()).ok());
        return id.value();
    }

    TemporaryDatabase m_db;
    ReferentialCatalog m_catalog;
    Storage m_storage;
    qint64 m_school = 0;
};

} // namespace

TEST(ReferentialVersions, TheCatalogueKeepsEveryVersionAndOffersTheLatest)
{
    const ReferentialCatalog catalog = withTestGrid();
    ASSERT_EQ(catalog.versions(Ecoles).size(), 2);
    EXPECT_EQ(catalog.versions(Ecoles).at(0)->version(), Old);
    EXPECT_EQ(catalog.latest(Ecoles)->version(), New);
    EXPECT_EQ(catalog.find(Ecoles, Old)->version(), Old);
    EXPECT_EQ(catalog.find(Ecoles, QStringLiteral("1999.1")), nullptr);
    // What a new assessment is offered: one entry per grid.
    ASSERT_EQ(catalog.referentials().size(), 3);
    EXPECT_EQ(catalog.referentials().at(0)->version(), New);

    // A pointer stays valid whatever is added later.
    ReferentialCatalog copy = catalog;
    const Referential *kept = copy.find(Ecoles, Old);
    QJsonObject other = testGridJson();
    other.insert(QStringLiteral("id"), QStringLiteral("ac-exemple"));
    other.remove(QStringLiteral("supersedes"));
    ASSERT_TRUE(copy.add(loadJson(other).value()).ok());
    EXPECT_EQ(copy.find(Ecoles, Old), kept);
    EXPECT_EQ(kept->criteria().size(), 67);

    const Status again = copy.add(ReferentialLoader::loadFile(dataPath(TestGrid)).value());
    ASSERT_FALSE(again.ok());
    EXPECT_TRUE(again.error().contains(QStringLiteral("2026.1"))) << again.error().toStdString();
}

TEST(ReferentialVersions, VersionsAreOrderedByTheirNumbers)
{
    EXPECT_TRUE(versionLess(QStringLiteral("2014.1"), QStringLiteral("2026.1")));
    EXPECT_TRUE(versionLess(QStringLiteral("2026.2"), QStringLiteral("2026.10")));
    EXPECT_FALSE(versionLess(QStringLiteral("2026.10"), QStringLiteral("2026.2")));
    EXPECT_FALSE(versionLess(QStringLiteral("2026.1"), QStringLiteral("2026.1")));
}

TEST(ReferentialVersions, TheMapOfTheTestGridReadsAsWritten)
{
    const ReferentialCatalog catalog = withTestGrid();
    const Migration migration = testMigration(catalog);
    EXPECT_EQ(migration.change(QStringLiteral("PIL-1-01")), Migration::Change::Same);
    EXPECT_EQ(migration.change(QStringLiteral("FOR-1-10")), Migration::Change::Renamed);
    EXPECT_EQ(migration.change(QStringLiteral("RES-1-01")), Migration::Change::Merged);
    EXPECT_EQ(migration.sources(QStringLiteral("RES-1-01")),
        QStringList({QStringLiteral("RES-1-01"), QStringLiteral("RES-1-02")}));
    EXPECT_EQ(migration.change(QStringLiteral("EQU-1-03")), Migration::Change::Split);
    EXPECT_EQ(migration.change(QStringLiteral("EQU-1-04")), Migration::Change::Split);
    EXPECT_EQ(migration.added(), QStringList({QStringLiteral("PED-2-07"), QStringLiteral("INF-2-04")}));
    EXPECT_EQ(migration.removed(), QStringList({QStringLiteral("INF-3-01")}));
    EXPECT_TRUE(migration.note(QStringLiteral("EQU-1-04")).startsWith(QStringLiteral("Découpé")));
    EXPECT_EQ(
        catalog.find(Ecoles, New)->domain(QStringLiteral("FOR"))->title, QStringLiteral("Formation et accompagnement"));
}

TEST(ReferentialVersions, AnswersCarryAsTheMapSays)
{
    const ReferentialCatalog catalog = withTestGrid();
    const Migration migration = testMigration(catalog);
    const QList<Answer> old {answer("PIL-1-01", AnswerStatus::Met, "Voté en conseil d'école", "PV du 12/10"),
        answer("FOR-1-01", AnswerStatus::Met), answer("RES-1-01", AnswerStatus::Met, "ENT"),
        answer("RES-1-02", AnswerStatus::NotMet, "Rien pour les élèves"),
        answer("EQU-1-03", AnswerStatus::InProgress, "Un VPI en CM2"),
        answer("INF-3-01", AnswerStatus::InProgress, "Projet THD voté")};
    const Migration::Carried carried = migration.carry(old);

    const Answer *same = answerTo(carried.answers, "PIL-1-01");
    ASSERT_NE(same, nullptr);
    EXPECT_EQ(same->status, AnswerStatus::Met);
    EXPECT_EQ(same->comment, QStringLiteral("Voté en conseil d'école"));
    EXPECT_EQ(same->evidence, QStringLiteral("PV du 12/10"));
    ASSERT_NE(answerTo(carried.answers, "FOR-1-10"), nullptr);
    EXPECT_EQ(answerTo(carried.answers, "FOR-1-10")->status, AnswerStatus::Met);
    EXPECT_EQ(answerTo(carried.answers, "FOR-1-01"), nullptr);

    // Merged: met and not met make « en cours », both comments marked.
    const Answer *merged = answerTo(carried.answers, "RES-1-01");
    ASSERT_NE(merged, nullptr);
    EXPECT_EQ(merged->status, AnswerStatus::InProgress);
    EXPECT_EQ(merged->comment, QStringLiteral("[RES-1-01] ENT\n[RES-1-02] Rien pour les élèves"));
    // Split: each part has the old answer.
    for (const char *part : {"EQU-1-03", "EQU-1-04"}) {
        ASSERT_NE(answerTo(carried.answers, part), nullptr) << part;
        EXPECT_EQ(answerTo(carried.answers, part)->status, AnswerStatus::InProgress);
        EXPECT_EQ(answerTo(carried.answers, part)->comment, QStringLiteral("Un VPI en CM2"));
    }
    EXPECT_EQ(answerTo(carried.answers, "PED-2-07"), nullptr);
    // Removed: left, with what was written, for the people to read.
    ASSERT_EQ(carried.left.size(), 1);
    EXPECT_EQ(carried.left.at(0).criterionId, QStringLiteral("INF-3-01"));
    EXPECT_EQ(carried.left.at(0).comment, QStringLiteral("Projet THD voté"));
}

TEST(ReferentialVersions, MergedStatusesAgreeOrAreInProgress)
{
    using S = AnswerStatus;
    EXPECT_EQ(Migration::merged({S::Met, S::Met}), S::Met);
    EXPECT_EQ(Migration::merged({S::Met, S::Unanswered}), S::Met);
    EXPECT_EQ(Migration::merged({S::Met, S::NotApplicable}), S::Met);
    EXPECT_EQ(Migration::merged({S::NotApplicable, S::NotApplicable}), S::NotApplicable);
    EXPECT_EQ(Migration::merged({S::NotMet, S::Met}), S::InProgress);
    EXPECT_EQ(Migration::merged({S::NotMet, S::NotMet, S::Unanswered}), S::NotMet);
    EXPECT_EQ(Migration::merged({S::Unanswered}), S::Unanswered);
    EXPECT_EQ(Migration::merged({}), S::Unanswered);
}

TEST(ReferentialVersions, AMistakeInTheMapIsRefusedWithItsPlace)
{
    struct Case
    {
        const char *what;
        std::function<void(QJsonObject &)> spoil;
        const char *expected;
    };
    const auto map = [](QJsonObject &grid, const std::function<void(QJsonObject &)> &change) {
        QJsonArray supersedes = grid.value(QStringLiteral("supersedes")).toArray();
        QJsonObject first = supersedes.at(0).toObject();
        change(first);
        supersedes[0] = first;
        grid.insert(QStringLiteral("supersedes"), supersedes);
    };
    const QList<Case> cases {
        {"a target this version lacks",
            [&](QJsonObject &g) {
                map(g, [](QJsonObject &s) {
                    QJsonArray criteria = s.value(QStringLiteral("criteria")).toArray();
                    QJsonObject entry = criteria.at(0).toObject();
                    entry.insert(QStringLiteral("to"), QJsonArray {QStringLiteral("RES-9-99")});
                    criteria[0] = entry;
                    s.insert(QStringLiteral("criteria"), criteria);
                });
            },
            "supersedes[0].criteria[0].to[0] : cette version n'a pas de critère « RES-9-99 »"},
        {"an old criterion mapped twice",
            [&](QJsonObject &g) {
                map(g, [](QJsonObject &s) {
                    QJsonArray criteria = s.value(QStringLiteral("criteria")).toArray();
                    criteria.append(criteria.at(0));
                    s.insert(QStringLiteral("criteria"), criteria);
                });
            },
            "le critère « RES-1-01 » de la version 2014.1 est mis en correspondance deux fois"},
        {"an added criterion that is also a target",
            [&](QJsonObject &g) {
                map(g,
                    [](QJsonObject &s) { s.insert(QStringLiteral("added"), QJsonArray {QStringLiteral("RES-1-01")}); });
            },
            "le critère « RES-1-01 » est donné comme ajouté"},
        {"a version superseding itself",
            [&](QJsonObject &g) { map(g, [](QJsonObject &s) { s.insert(QStringLiteral("version"), New); }); },
            "une version ne peut pas remplacer elle-même (« 2026.1 »)"},
    };
    for (const Case &c : cases) {
        SCOPED_TRACE(c.what);
        QJsonObject grid = testGridJson();
        c.spoil(grid);
        const Result<Referential> loaded = loadJson(grid);
        ASSERT_FALSE(loaded.ok());
        EXPECT_TRUE(loaded.error().contains(QString::fromUtf8(c.expected))) << loaded.error().toStdString();
    }
}

TEST(ReferentialVersions, AMapThatDoesNotMatchTheOlderVersionIsRefused)
{
    const ReferentialCatalog bundledOnly = ReferentialCatalog::bundled().value();
    const Referential &old = *bundledOnly.find(Ecoles, Old);

    QJsonObject unknownFrom = testGridJson();
    QJsonArray supersedes = unknownFrom.value(QStringLiteral("supersedes")).toArray();
    QJsonObject first = supersedes.at(0).toObject();
    QJsonArray criteria = first.value(QStringLiteral("criteria")).toArray();
    criteria.append(QJsonObject {{QStringLiteral("from"), QStringLiteral("XYZ-1-01")},
        {QStringLiteral("to"), QJsonArray {QStringLiteral("PIL-1-01")}}});
    first.insert(QStringLiteral("criteria"), criteria);
    supersedes[0] = first;
    unknownFrom.insert(QStringLiteral("supersedes"), supersedes);
    const Result<Migration> a = Migration::between(old, loadJson(unknownFrom).value());
    ASSERT_FALSE(a.ok());
    EXPECT_TRUE(a.error().contains(QStringLiteral("« XYZ-1-01 »"))) << a.error().toStdString();

    // A criterion with no predecessor that the map forgot to list as added.
    QJsonObject forgotten = testGridJson();
    supersedes = forgotten.value(QStringLiteral("supersedes")).toArray();
    first = supersedes.at(0).toObject();
    first.insert(QStringLiteral("added"), QJsonArray {QStringLiteral("PED-2-07")});
    supersedes[0] = first;
    forgotten.insert(QStringLiteral("supersedes"), supersedes);
    const Result<Migration> b = Migration::between(old, loadJson(forgotten).value());
    ASSERT_FALSE(b.ok());
    EXPECT_TRUE(b.error().contains(QStringLiteral("« INF-2-04 »"))) << b.error().toStdString();
}

TEST_F(VersionsTest, AValidatedAssessmentKeepsItsVersionAndItsPaliers)
{
    const qint64 id = validatedOldAssessment();
    const Evaluation before = m_db.storage().evaluate(id).value();

    // 2026.1 is now known: the 2014.1 assessment is still read with 2014.1.
    const Result<AssessmentRecord> record = loadAssessmentRecord(m_storage, id);
    ASSERT_TRUE(record.ok()) << record.error().toStdString();
    EXPECT_EQ(record->referential->version(), Old);
    EXPECT_NE(record->referential->criterion(QStringLiteral("INF-3-01")), nullptr);
    EXPECT_EQ(record->evaluation.overallPalier, before.overallPalier);
    for (qsizetype i = 0; i < before.domains.size(); ++i)
        EXPECT_EQ(record->evaluation.domains.at(i).palier, before.domains.at(i).palier) << i;
    EXPECT_EQ(record->evaluation.domains.at(0).palier, 1); // PIL
    const Result<QList<OverviewRow>> rows = m_storage.overview(QString());
    ASSERT_TRUE(rows.ok());
    ASSERT_EQ(rows->size(), 1);
    EXPECT_EQ(rows->at(0).referentialVersion, Old);
}

TEST_F(VersionsTest, NextYearStartsFromLastYearThroughTheMap)
{
    const qint64 old = validatedOldAssessment();
    ActionItem action;
    action.assessmentId = old;
    action.criterionId = QStringLiteral("FOR-1-01");
    action.title = QStringLiteral("Inscrire Mme Martin au stage");
    ASSERT_TRUE(m_storage.addActionItem(action).ok());

    const Result<qint64> next
        = m_storage.createAssessment({m_school, Ecoles, QStringLiteral("2026-2027"), QString(), QString(), old});
    ASSERT_TRUE(next.ok()) << next.error().toStdString();
    const Assessment created = m_storage.assessment(next.value()).value();
    EXPECT_EQ(created.referentialVersion, New);
    const QList<Answer> answers = m_storage.answers(next.value()).value();
    EXPECT_EQ(answerTo(answers, "RES-1-01")->status, AnswerStatus::Met); // both met
    EXPECT_EQ(answerTo(answers, "FOR-1-10")->status, AnswerStatus::Met);
    EXPECT_EQ(answerTo(answers, "EQU-1-04")->status, AnswerStatus::Met);
    EXPECT_EQ(answerTo(answers, "EQU-1-04")->evidence, QStringLiteral("Facture 2025-114"));
    EXPECT_EQ(answerTo(answers, "INF-3-01"), nullptr);
    EXPECT_EQ(answerTo(answers, "PED-2-07"), nullptr);
    // The open action follows its criterion's new id.
    const QList<ActionItem> plan = m_storage.actionItems(next.value()).value();
    ASSERT_EQ(plan.size(), 1);
    EXPECT_EQ(plan.at(0).criterionId, QStringLiteral("FOR-1-10"));

    // The progress compares the two years through the map: nothing lost.
    const Result<AssessmentRecord> record = loadAssessmentRecord(m_storage, next.value());
    ASSERT_TRUE(record.ok()) << record.error().toStdString();
    const Result<std::optional<Progress>> progress = loadProgress(m_storage, record.value());
    ASSERT_TRUE(progress.ok()) << progress.error().toStdString();
    ASSERT_TRUE(progress->has_value());
    EXPECT_TRUE(progress.value()->lost.isEmpty()) << progress.value()->lost.join(u' ').toStdString();
    EXPECT_TRUE(progress.value()->newlyMet.isEmpty()) << progress.value()->newlyMet.join(u' ').toStdString();
    EXPECT_TRUE(progress.value()->unchanged.contains(QStringLiteral("FOR-1-10")));
    EXPECT_EQ(progress.value()->overallBefore, progress.value()->overallAfter);

    // A change this year shows against last year's answer, through the map.
    ASSERT_TRUE(
        m_storage
            .editAnswers(next.value(), {{QStringLiteral("FOR-1-10"), AnswerStatus::NotMet, std::nullopt, std::nullopt}})
            .ok());
    const Result<std::optional<Progress>> after
        = loadProgress(m_storage, loadAssessmentRecord(m_storage, next.value()).value());
    EXPECT_EQ(after->value().lost, QStringList({QStringLiteral("FOR-1-10")}));
}

TEST_F(VersionsTest, AnExportUnderTheOlderVersionImportsWhereBothAreKnown)
{
    const qint64 id = validatedOldAssessment();
    const QByteArray json
        = AssessmentExport::toJson(loadAssessmentRecord(m_db.storage(), id).value(), ExportStamp::now());

    TemporaryDatabase other;
    Storage receiver(other.database(), m_catalog);
    const Result<ImportedExport> parsed = AssessmentExport::parse(json, m_catalog, QStringLiteral("export.json"));
    ASSERT_TRUE(parsed.ok()) << parsed.error().toStdString();
    EXPECT_EQ(parsed->report.referential->version(), Old);
    EXPECT_EQ(parsed->embeddedReferential, nullptr);
    const Result<ImportOutcome> stored
        = receiver.storeImportedAssessment(parsed.value(), QStringLiteral("export.json"));
    ASSERT_TRUE(stored.ok()) << stored.error().toStdString();
    EXPECT_EQ(receiver.assessment(stored->assessmentId)->referentialVersion, Old);
    EXPECT_EQ(receiver.evaluate(stored->assessmentId)->overallPalier, m_db.storage().evaluate(id)->overallPalier);
}

TEST_F(VersionsTest, AnExportUnderAVersionTheReceiverLacksIsRefusedClearly)
{
    const qint64 old = validatedOldAssessment();
    const qint64 next
        = m_storage.createAssessment({m_school, Ecoles, QStringLiteral("2026-2027"), QString(), QString(), old})
              .value();
    const QByteArray json = AssessmentExport::toJson(loadAssessmentRecord(m_storage, next).value(), ExportStamp::now());
    const Result<ImportedExport> parsed
        = AssessmentExport::parse(json, ReferentialCatalog::bundled().value(), QStringLiteral("export.json"));
    ASSERT_FALSE(parsed.ok());
    EXPECT_TRUE(parsed.error().contains(QStringLiteral("version 2026.1 de « creteil-ecoles »")))
        << parsed.error().toStdString();
    EXPECT_TRUE(parsed.error().contains(QStringLiteral("2014.1"))) << parsed.error().toStdString();
}

namespace {

// An académie's own grid, installed from a file.
QByteArray customGrid()
{
    QJsonObject grid = testGridJson();
    grid.insert(QStringLiteral("id"), QStringLiteral("ac-exemple-ecoles"));
    grid.insert(QStringLiteral("version"), QStringLiteral("1.0"));
    grid.insert(QStringLiteral("title"), QStringLiteral("Grille d'essai d'une autre académie"));
    grid.remove(QStringLiteral("supersedes"));
    return QJsonDocument(grid).toJson();
}

} // namespace

TEST(AddedGrids, AreCheckedKeptByteForByteAndLoadedNextTime)
{
    QTemporaryDir folder;
    const ReferentialCatalog catalog = ReferentialCatalog::bundled().value();
    const Result<ReferentialInstaller::Installed> installed
        = ReferentialInstaller::install(customGrid(), QStringLiteral("grille.json"), catalog, folder.path());
    ASSERT_TRUE(installed.ok()) << installed.error().toStdString();
    EXPECT_FALSE(installed->alreadyThere);
    EXPECT_EQ(fileBytes(installed->path), customGrid());

    const Result<ReferentialCatalog> next = ReferentialCatalog::withInstalled(folder.path());
    ASSERT_TRUE(next.ok());
    const Referential *found = next->latest(QStringLiteral("ac-exemple-ecoles"));
    ASSERT_NE(found, nullptr);
    EXPECT_TRUE(next->isInstalled(*found));
    EXPECT_FALSE(next->isInstalled(*next->latest(Ecoles)));
    EXPECT_EQ(found->sha256(), installed->referential->sha256());

    // The same file again changes nothing; other content under the same
    // version is refused; a file the loader refuses is refused with its words.
    EXPECT_TRUE(ReferentialInstaller::install(customGrid(), QStringLiteral("grille.json"), next.value(), folder.path())
                    ->alreadyThere);
    QByteArray changed = customGrid();
    changed.replace("Grille d'essai", "Grille modifiée");
    const auto refused
        = ReferentialInstaller::install(changed, QStringLiteral("autre.json"), next.value(), folder.path());
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains(QStringLiteral("nouveau numéro de version"))) << refused.error().toStdString();
    const auto broken
        = ReferentialInstaller::install("{\"format\": 3}", QStringLiteral("cassé.json"), next.value(), folder.path());
    ASSERT_FALSE(broken.ok());
    EXPECT_TRUE(broken.error().startsWith(QStringLiteral("cassé.json"))) << broken.error().toStdString();
    EXPECT_EQ(QDir(folder.path()).entryList(QDir::Files).size(), 1);
}

TEST(AddedGrids, AnotherGridsFileInTheWayIsLeftAlone)
{
    QTemporaryDir folder;
    const QString inTheWay = folder.filePath(QStringLiteral("ac-exemple-ecoles@1.0.json"));
    QFile file(inTheWay);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("{ \"autre\": true }");
    file.close();
    const auto refused = ReferentialInstaller::install(
        customGrid(), QStringLiteral("grille.json"), ReferentialCatalog::bundled().value(), folder.path());
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains(QStringLiteral("d'une autre grille est déjà là")))
        << refused.error().toStdString();
    EXPECT_EQ(fileBytes(inTheWay), QByteArray("{ \"autre\": true }"));
}

TEST(AddedGrids, AnOlderVersionMustMatchTheMapOfANewerOneAlreadyThere)
{
    // Known: a 2026.2 that says it replaces a 2020.1 Paliers does not have yet.
    QJsonObject newer = testGridJson();
    newer.insert(QStringLiteral("version"), QStringLiteral("2026.2"));
    QJsonArray supersedes = newer.value(QStringLiteral("supersedes")).toArray();
    QJsonObject first = supersedes.at(0).toObject();
    first.insert(QStringLiteral("version"), QStringLiteral("2020.1"));
    supersedes[0] = first;
    newer.insert(QStringLiteral("supersedes"), supersedes);
    ReferentialCatalog catalog = ReferentialCatalog::bundled().value();
    ASSERT_TRUE(catalog.add(loadJson(newer).value()).ok());

    // The 2020.1 offered lacks FOR-1-01, which 2026.2's map names.
    QJsonObject older = QJsonDocument::fromJson(bundled(Ecoles).fileData()).object();
    older.insert(QStringLiteral("version"), QStringLiteral("2020.1"));
    QJsonArray criteria = older.value(QStringLiteral("criteria")).toArray();
    for (qsizetype i = 0; i < criteria.size(); ++i) {
        if (criteria.at(i).toObject().value(QStringLiteral("id")).toString() == QLatin1String("FOR-1-01")) {
            criteria.removeAt(i);
            break;
        }
    }
    older.insert(QStringLiteral("criteria"), criteria);
    QTemporaryDir folder;
    const auto refused = ReferentialInstaller::install(
        QJsonDocument(older).toJson(), QStringLiteral("2020.json"), catalog, folder.path());
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains(QStringLiteral("« FOR-1-01 »"))) << refused.error().toStdString();
    EXPECT_TRUE(QDir(folder.path()).entryList(QDir::Files).isEmpty());
}

TEST(AddedGrids, ABrokenInstalledFileIsSkippedAndNamed)
{
    QTemporaryDir folder;
    QFile file(folder.filePath(QStringLiteral("abîmé.json")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("{ pas du JSON");
    file.close();
    const Result<ReferentialCatalog> catalog = ReferentialCatalog::withInstalled(folder.path());
    ASSERT_TRUE(catalog.ok());
    EXPECT_EQ(catalog->referentials().size(), 3);
    ASSERT_EQ(catalog->skipped().size(), 1);
    EXPECT_TRUE(catalog->skipped().at(0).contains(QStringLiteral("abîmé.json")))
        << catalog->skipped().at(0).toStdString();
}

TEST(AddedGrids, AnExportCarriesItsGridToADatabaseThatLacksIt)
{
    // The school: the custom grid installed, an assessment filled with it.
    QTemporaryDir schoolFolder;
    ReferentialCatalog schoolCatalog = ReferentialCatalog::bundled().value();
    const auto installed = ReferentialInstaller::install(
        customGrid(), QStringLiteral("grille.json"), schoolCatalog, schoolFolder.path());
    ASSERT_TRUE(installed.ok()) << installed.error().toStdString();
    ASSERT_TRUE(schoolCatalog.add(installed->referential, true).ok());
    TemporaryDatabase schoolDb;
    Storage school(schoolDb.database(), schoolCatalog);
    const qint64 ecole = school.addEstablishment(sampleEcole()).value();
    const qint64 id = school
                          .createAssessment({ecole, QStringLiteral("ac-exemple-ecoles"), QStringLiteral("2025-2026"),
                              QString(), QString(), std::nullopt})
                          .value();
    QList<AnswerEdit> edits;
    for (const char *c : {"PIL-1-01", "PIL-1-02", "PIL-1-03", "PIL-1-04", "PIL-1-05"})
        edits.append({QString::fromLatin1(c), AnswerStatus::Met, std::nullopt, std::nullopt});
    ASSERT_TRUE(school.editAnswers(id, edits).ok());
    const AssessmentRecord record = loadAssessmentRecord(school, id).value();
    const QByteArray json = AssessmentExport::toJson(record, ExportStamp::now(), EmbedReferential::Yes);

    // The DANE: a fresh database, Paliers as shipped.
    QTemporaryDir daneFolder;
    TemporaryDatabase daneDb;
    Storage dane(daneDb.database(), ReferentialCatalog::withInstalled(daneFolder.path()).value());
    QTemporaryDir inbox;
    const QString path = inbox.filePath(QStringLiteral("0750655E-2025-2026.json"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(json);
    file.close();
    ExportImporter importer(dane, daneFolder.path());
    const ImportFileResult result = importer.importFile(path);
    ASSERT_EQ(result.kind, ImportFileResult::Kind::Imported) << result.message.toStdString();
    EXPECT_EQ(importer.adoptedReferentials().size(), 1);
    // Kept for the next start, byte for byte, and consolidated.
    EXPECT_EQ(fileBytes(daneFolder.filePath(QStringLiteral("ac-exemple-ecoles@1.0.json"))), customGrid());
    EXPECT_NE(
        ReferentialCatalog::withInstalled(daneFolder.path())->latest(QStringLiteral("ac-exemple-ecoles")), nullptr);
    const Result<QList<OverviewRow>> rows = dane.overview(QString());
    ASSERT_TRUE(rows.ok());
    ASSERT_EQ(rows->size(), 1);
    EXPECT_EQ(rows->at(0).referentialId, QStringLiteral("ac-exemple-ecoles"));
    EXPECT_EQ(rows->at(0).domainPaliers.value(0), 1);
}

TEST(AddedGrids, ATamperedEmbeddedGridIsRefused)
{
    ReferentialCatalog catalog = ReferentialCatalog::bundled().value();
    ASSERT_TRUE(catalog.add(ReferentialLoader::loadData(customGrid(), QStringLiteral("grille.json")).value()).ok());
    TemporaryDatabase db;
    Storage storage(db.database(), catalog);
    const qint64 ecole = storage.addEstablishment(sampleEcole()).value();
    const qint64 id = storage
                          .createAssessment({ecole, QStringLiteral("ac-exemple-ecoles"), QStringLiteral("2025-2026"),
                              QString(), QString(), std::nullopt})
                          .value();
    QJsonObject document = AssessmentExport::document(
        loadAssessmentRecord(storage, id).value(), ExportStamp::now(), EmbedReferential::Yes);

    // Someone loosens the grid and recomputes the file's own checksum.
    QByteArray grid = customGrid();
    grid.replace("\"all\"", "\"threshold\", \"threshold\": 0.5");
    document.insert(QStringLiteral("referentialFile"),
        QJsonObject {{QStringLiteral("encoding"), QStringLiteral("base64")},
            {QStringLiteral("data"), QString::fromLatin1(grid.toBase64())}});
    document.remove(QStringLiteral("checksum"));
    document.insert(QStringLiteral("checksum"),
        QJsonObject {{QStringLiteral("algorithm"), QStringLiteral("SHA-256")},
            {QStringLiteral("value"), AssessmentExport::checksum(document)}});
    const Result<ImportedExport> parsed = AssessmentExport::parse(
        QJsonDocument(document).toJson(), ReferentialCatalog::bundled().value(), QStringLiteral("export.json"));
    ASSERT_FALSE(parsed.ok());
    EXPECT_TRUE(parsed.error().contains(QStringLiteral("ne correspond pas"))) << parsed.error().toStdString();
}

TEST_F(VersionsTest, ADraftMovesInPlaceAndBackAsOneStepEachInTheHistory)
{
    const qint64 validated = validatedOldAssessment();
    const Result<VersionSnapshot> refused = m_storage.migrateDraft(validated, New);
    ASSERT_FALSE(refused.ok());

    // A draft made before 2026.1 was known, answered under 2014.1.
    const qint64 draft
        = m_db.storage()
              .createAssessment({m_school, Ecoles, QStringLiteral("2026-2027"), QString(), QString(), validated})
              .value();
    ASSERT_EQ(m_storage.assessment(draft)->referentialVersion, Old);
    ActionItem action;
    action.assessmentId = draft;
    action.criterionId = QStringLiteral("FOR-1-01");
    action.title = QStringLiteral("Inscrire Mme Martin au stage");
    const qint64 actionId = m_storage.addActionItem(action).value();
    const QList<Answer> before = m_storage.answers(draft).value();
    const qsizetype historyBefore = m_storage.history(draft)->size();

    const Result<VersionSnapshot> snapshot = m_storage.migrateDraft(draft, New);
    ASSERT_TRUE(snapshot.ok()) << snapshot.error().toStdString();
    EXPECT_EQ(snapshot->version, Old);
    EXPECT_EQ(m_storage.assessment(draft)->referentialVersion, New);
    const QList<Answer> moved = m_storage.answers(draft).value();
    EXPECT_EQ(answerTo(moved, "FOR-1-10")->status, AnswerStatus::Met);
    EXPECT_EQ(answerTo(moved, "INF-3-01"), nullptr);
    EXPECT_EQ(m_storage.actionItems(draft)->at(0).criterionId, QStringLiteral("FOR-1-10"));
    const QList<AssessmentEvent> events = m_storage.events(draft).value();
    ASSERT_FALSE(events.isEmpty());
    EXPECT_EQ(events.constLast().kind, AssessmentEvent::Kind::VersionChanged);
    EXPECT_EQ(events.constLast().note, Old);
    EXPECT_GT(m_storage.history(draft)->size(), historyBefore);
    // What the move could not carry is still shown, from the history.
    const Result<std::optional<CarriedOver>> carried = loadCarriedOver(m_storage, m_storage.assessment(draft).value());
    ASSERT_TRUE(carried.ok() && carried->has_value());
    EXPECT_TRUE(carried.value()->inPlace);
    ASSERT_EQ(carried.value()->left.size(), 1);
    EXPECT_EQ(carried.value()->left.at(0).criterionId, QStringLiteral("INF-3-01"));
    EXPECT_EQ(carried.value()->left.at(0).comment, QStringLiteral("Projet THD voté"));
    // An action added on a criterion only the new version has.
    ActionItem added;
    added.assessmentId = draft;
    added.criterionId = QStringLiteral("PED-2-07");
    added.title = QStringLiteral("Atelier écrans");
    const qint64 addedId = m_storage.addActionItem(added).value();

    // Undo puts back exactly what the draft held.
    ASSERT_TRUE(m_storage.restoreVersion(draft, snapshot.value()).ok());
    EXPECT_EQ(m_storage.assessment(draft)->referentialVersion, Old);
    const QList<Answer> restored = m_storage.answers(draft).value();
    ASSERT_EQ(restored.size(), before.size());
    for (const Answer &answer : before) {
        const Answer *again = answerTo(restored, answer.criterionId.toLatin1().constData());
        ASSERT_NE(again, nullptr) << answer.criterionId.toStdString();
        EXPECT_EQ(again->status, answer.status);
        EXPECT_EQ(again->comment, answer.comment);
        EXPECT_EQ(again->evidence, answer.evidence);
    }
    const QList<ActionItem> plan = m_storage.actionItems(draft).value();
    ASSERT_EQ(plan.size(), 2);
    for (const ActionItem &item : plan) {
        if (item.id == actionId)
            EXPECT_EQ(item.criterionId, QStringLiteral("FOR-1-01"));
        else
            EXPECT_TRUE(item.id == addedId && item.criterionId.isEmpty()) << "2014.1 has no PED-2-07: a free action";
    }
    EXPECT_FALSE(loadCarriedOver(m_storage, m_storage.assessment(draft).value())->has_value());
}

TEST_F(VersionsTest, TheOverviewCountsBothVersionsOfAGridDomainByDomain)
{
    validatedOldAssessment(); // PIL and EQU at palier 1, FOR at 1, RES at 1
    Establishment other = sampleEcole();
    other.uai = QStringLiteral("0930123D");
    other.name = QStringLiteral("École Paul-Éluard");
    const qint64 school = m_storage.addEstablishment(other).value();
    const qint64 id
        = m_storage.createAssessment({school, Ecoles, QStringLiteral("2025-2026"), QString(), QString(), std::nullopt})
              .value();
    QList<AnswerEdit> edits;
    for (const char *c : {"PIL-1-01", "PIL-1-02", "PIL-1-03", "PIL-1-04", "PIL-1-05"})
        edits.append({QString::fromLatin1(c), AnswerStatus::Met, std::nullopt, std::nullopt});
    ASSERT_TRUE(m_storage.editAnswers(id, edits).ok());

    const QList<OverviewRow> rows = m_storage.overview(QStringLiteral("2025-2026")).value();
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(Consolidation::versionsIn(rows, Ecoles), QStringList({Old, New}));
    const Referential &latest = *m_catalog.latest(Ecoles);
    const QList<DomainDistribution> distribution
        = Consolidation::distribution(rows, latest, m_catalog.versions(Ecoles));
    ASSERT_EQ(distribution.size(), 6);
    EXPECT_EQ(distribution.at(0).domainId, QStringLiteral("PIL"));
    EXPECT_EQ(distribution.at(0).counts, QList<int>({0, 2, 0, 0})); // both at palier 1
    EXPECT_EQ(distribution.at(1).counts, QList<int>({1, 1, 0, 0})); // FOR: the new one at 0
    // Without the other versions, only the rows of the version asked count:
    // domains are not matched by guess.
    EXPECT_EQ(Consolidation::distribution(rows, latest).at(0).total(), 1);

    // The CSV says which version each row follows, in the shared columns.
    const QString csv = QString::fromUtf8(CsvExport::overview(rows, m_catalog));
    EXPECT_TRUE(csv.contains(QStringLiteral("Version du référentiel"))) << csv.toStdString();
    EXPECT_TRUE(csv.contains(QStringLiteral(";creteil-ecoles;2014.1;"))) << csv.toStdString();
    EXPECT_TRUE(csv.contains(QStringLiteral(";creteil-ecoles;2026.1;"))) << csv.toStdString();
}
