// Where a school aims (targets), the académie's roadmap indicators and the
// repères a school stands beside, each worked by hand.

#include "analysis/targets.h"
#include "exchange/assessmentexport.h"
#include "exchange/indicatorfile.h"
#include "exchange/reperesfile.h"
#include "model/uai.h"
#include "referential/referentialcatalog.h"
#include "storage/loaders.h"
#include "temporarydatabase.h"

#include <gtest/gtest.h>
#include <QFile>

using namespace Paliers;
using namespace Paliers::TestSupport;

namespace {

const QString Ecoles = QStringLiteral("creteil-ecoles");

QString uai(int number)
{
    return QStringLiteral("%1").arg(number, 7, 10, QLatin1Char('0')) + Uai::checkLetter(number);
}

// An école of `departement`, with one assessment per year of `years`, each
// with the criteria `met` atteint, validated when `validate`.
qint64 ecole(Storage &storage, int number, const QString &departement, const QStringList &years, const QStringList &met,
    bool validate = true)
{
    Establishment e;
    e.uai = uai(930000 + number);
    e.name = QStringLiteral("École n° %1").arg(number);
    e.kind = EstablishmentKind::EcoleElementaire;
    e.commune = QStringLiteral("Bobigny");
    e.departement = departement;
    e.academie = QStringLiteral("Créteil");
    const Result<qint64> school = storage.addEstablishment(e);
    EXPECT_TRUE(school.ok()) << school.error().toStdString();
    for (const QString &year : years) {
        const Result<qint64> id = storage.createAssessment({*school, Ecoles, year, QStringLiteral("Test")});
        EXPECT_TRUE(id.ok()) << id.error().toStdString();
        QList<AnswerEdit> edits;
        for (const QString &criterion : met)
            edits.append({criterion, AnswerStatus::Met, std::nullopt, std::nullopt});
        EXPECT_TRUE(storage.editAnswers(*id, edits).ok());
        if (validate) {
            EXPECT_TRUE(storage.validateAssessment(*id).ok());
        }
    }
    return *school;
}

const Referential &ecolesGrid()
{
    static const ReferentialCatalog catalog = ReferentialCatalog::bundled().value();
    return *catalog.latest(Ecoles);
}

} // namespace

TEST(Targets, CountWhatStandsBetweenTheSchoolAndItsTargets)
{
    // PIL at palier 1 (its five criteria met); FOR at palier 1 (FOR-1-01),
    // FOR-2-01 met too.
    const Referential &grid = ecolesGrid();
    AnswerMap answers;
    for (const char *id : {"PIL-1-01", "PIL-1-02", "PIL-1-03", "PIL-1-04", "PIL-1-05", "FOR-1-01", "FOR-2-01"})
        answers.insert(QLatin1String(id), AnswerStatus::Met);
    const Result<Evaluation> evaluation = PalierEngine::evaluate(grid, answers);
    ASSERT_TRUE(evaluation.ok());
    const QList<DomainTarget> targets {{QStringLiteral("FOR"), 3, QStringLiteral("2027-2028")},
        {QStringLiteral("PIL"), 1, QStringLiteral("2026-2027")}};
    ASSERT_TRUE(Targets::check(grid, targets).ok());

    const QList<TargetState> states = Targets::states(grid, *evaluation, answers, targets, QStringLiteral("2025-2026"));
    ASSERT_EQ(states.size(), 2);
    // In the grid's order: PIL first.
    EXPECT_EQ(states[0].target.domainId, QStringLiteral("PIL"));
    EXPECT_TRUE(states[0].reached());
    EXPECT_EQ(states[0].remaining, 0);
    EXPECT_EQ(states[1].target.domainId, QStringLiteral("FOR"));
    EXPECT_FALSE(states[1].reached());
    EXPECT_EQ(states[1].palier, 1);
    // Palier 2: 3 of its 4 criteria left; palier 3: all 3.
    EXPECT_EQ(states[1].remaining, 6);
    EXPECT_EQ(states[1].criteria,
        QStringList({QStringLiteral("FOR-2-02"), QStringLiteral("FOR-2-03"), QStringLiteral("FOR-2-04"),
            QStringLiteral("FOR-3-01"), QStringLiteral("FOR-3-02"), QStringLiteral("FOR-3-03")}));
    EXPECT_FALSE(states[1].late);
    EXPECT_EQ(Targets::summary(grid, states),
        QStringLiteral("1 domaine sur 2 a atteint sa cible ; Formation : il reste 6 critères"));
    EXPECT_EQ(Targets::cell(states[0]), QStringLiteral("atteinte (1)"));
    EXPECT_EQ(Targets::cell(states[1]), QStringLiteral("3 en 2027-2028"));

    // Two years on, the FOR target is overdue.
    const QList<TargetState> later = Targets::states(grid, *evaluation, answers, targets, QStringLiteral("2028-2029"));
    EXPECT_TRUE(later[1].late);
    EXPECT_EQ(Targets::cell(later[1]), QStringLiteral("3 en 2027-2028, dépassée"));

    // Refused: an unknown domain, a palier above the top, one domain twice.
    EXPECT_FALSE(Targets::check(grid, {{QStringLiteral("XYZ"), 1, QStringLiteral("2026-2027")}}).ok());
    EXPECT_FALSE(Targets::check(grid, {{QStringLiteral("FOR"), 4, QStringLiteral("2026-2027")}}).ok());
    EXPECT_FALSE(Targets::check(grid,
        {{QStringLiteral("FOR"), 2, QStringLiteral("2026-2027")},
            {QStringLiteral("FOR"), 3, QStringLiteral("2027-2028")}})
                     .ok());
    EXPECT_FALSE(Targets::check(grid, {{QStringLiteral("FOR"), 2, QStringLiteral("2026")}}).ok());
}

TEST(Targets, ASimulationBecomesTargets)
{
    const Referential &grid = ecolesGrid();
    const Evaluation stored = PalierEngine::evaluate(grid, {}).value();
    AnswerMap simulated;
    simulated.insert(QStringLiteral("FOR-1-01"), AnswerStatus::Met);
    const Evaluation what = PalierEngine::evaluate(grid, simulated).value();
    const QList<DomainTarget> kept {{QStringLiteral("EQU"), 2, QStringLiteral("2028-2029")}};
    const QList<DomainTarget> targets = Targets::fromSimulation(grid, stored, what, kept, QStringLiteral("2026-2027"));
    ASSERT_EQ(targets.size(), 2);
    EXPECT_EQ(targets[0], (DomainTarget {QStringLiteral("FOR"), 1, QStringLiteral("2026-2027")}));
    EXPECT_EQ(targets[1], kept[0]);
}

TEST(Targets, AreCarriedOverExportedAndImported)
{
    TemporaryDatabase db;
    Storage &storage = db.storage();
    const qint64 first = addEcoleAtPilPalierOne(storage);
    ASSERT_NE(first, 0);
    const QList<DomainTarget> targets {{QStringLiteral("PIL"), 2, QStringLiteral("2026-2027")},
        {QStringLiteral("FOR"), 1, QStringLiteral("2027-2028")}};
    ASSERT_TRUE(storage.setTargets(first, targets).ok());
    EXPECT_FALSE(storage.setTargets(first, {{QStringLiteral("PIL"), 9, QStringLiteral("2026-2027")}}).ok());
    db.reopen();
    // Kept in the grid's order, as set.
    EXPECT_EQ(db.storage().targets(first).value(), targets);

    // Next year's assessment aims where this one did, copied or not.
    const qint64 school = db.storage().assessment(first)->establishmentId;
    const Result<qint64> next = db.storage().createAssessment({school, Ecoles, QStringLiteral("2026-2027")});
    ASSERT_TRUE(next.ok()) << next.error().toStdString();
    EXPECT_EQ(db.storage().targets(*next).value(), targets);
    // The year before keeps its own.
    EXPECT_EQ(db.storage().targets(first).value(), targets);

    // Through an export into another database.
    const Result<AssessmentRecord> record = loadAssessmentRecord(db.storage(), first);
    ASSERT_TRUE(record.ok());
    EXPECT_EQ(record->targets, targets);
    const QByteArray file = AssessmentExport::toJson(*record, ExportStamp::now(), EmbedReferential::No);
    EXPECT_TRUE(file.contains("\"targets\""));
    const Result<ImportedExport> parsed
        = AssessmentExport::parse(file, db.storage().catalog(), QStringLiteral("e.json"));
    ASSERT_TRUE(parsed.ok()) << parsed.error().toStdString();
    EXPECT_EQ(parsed->report.targets, targets);
    TemporaryDatabase other;
    const Result<ImportOutcome> imported = other.storage().storeImportedAssessment(*parsed, QStringLiteral("e.json"));
    ASSERT_TRUE(imported.ok()) << imported.error().toStdString();
    EXPECT_EQ(other.storage().targets(imported->assessmentId).value(), targets);

    // A target the grid cannot have is refused at reading.
    QByteArray bad = file;
    bad.replace("\"palier\": 2", "\"palier\": 7");
    EXPECT_FALSE(AssessmentExport::parse(bad, db.storage().catalog(), QStringLiteral("e.json")).ok());
}

TEST(Indicators, AreWorkedOutPerYearInTheirScope)
{
    TemporaryDatabase db;
    Storage &storage = db.storage();
    const QString y1 = QStringLiteral("2023-2024");
    const QString y2 = QStringLiteral("2024-2025");
    const QString y3 = QStringLiteral("2025-2026");
    const QStringList pil1 {QStringLiteral("PIL-1-01"), QStringLiteral("PIL-1-02"), QStringLiteral("PIL-1-03"),
        QStringLiteral("PIL-1-04"), QStringLiteral("PIL-1-05")};
    const QString seine = QStringLiteral("Seine-Saint-Denis");
    const QString marne = QStringLiteral("Val-de-Marne");
    // Seine-Saint-Denis: 4 écoles every year; the charte (PIL-1-02) in 1, 2, 3 of them.
    ecole(storage, 1, seine, {y1, y2, y3}, pil1);
    ecole(storage, 2, seine, {y1, y2, y3}, {QStringLiteral("FOR-1-01")});
    ecole(storage, 3, seine, {y1, y2, y3}, {});
    ecole(storage, 4, seine, {y1, y2, y3}, {});
    // Later years gain the charte: école 2 from y2, école 3 in y3.
    for (const Assessment &a : storage.assessments().value()) {
        const QString school = storage.establishment(a.establishmentId)->uai;
        if (!((school == uai(930002) && a.schoolYear >= y2) || (school == uai(930003) && a.schoolYear == y3)))
            continue;
        ASSERT_TRUE(storage.reopenAssessment(a.id, QStringLiteral("charte")).ok());
        ASSERT_TRUE(storage.editAnswer(a.id, {QStringLiteral("PIL-1-02"), AnswerStatus::Met, {}, {}}).ok());
        ASSERT_TRUE(storage.validateAssessment(a.id).ok());
    }
    // Val-de-Marne: 2 écoles, the charte in both, in y3 only.
    ecole(storage, 5, marne, {y3}, pil1);
    ecole(storage, 6, marne, {y3}, {QStringLiteral("PIL-1-02")});
    // A draft does not count.
    ecole(storage, 7, seine, {y3}, pil1, false);

    Indicator charte;
    charte.label = QStringLiteral("Écoles avec une charte");
    charte.referentialId = Ecoles;
    charte.condition = Indicator::Condition::Criterion;
    charte.subject = QStringLiteral("PIL-1-02");
    charte.target = 100;
    charte.targetYear = QStringLiteral("2026-2027");
    charte.recorded = {{QStringLiteral("2012-2013"), 52}};
    Indicator seineCharte = charte;
    seineCharte.scope.departement = seine;
    Indicator pilier = charte;
    pilier.condition = Indicator::Condition::Domain;
    pilier.subject = QStringLiteral("PIL");
    pilier.palier = 1;
    pilier.target = 50;
    Indicator overall = pilier;
    overall.condition = Indicator::Condition::Overall;
    overall.subject.clear();
    overall.target.reset();
    ASSERT_TRUE(storage.setIndicators({charte, seineCharte, pilier, overall}).ok());
    db.reopen();
    const QList<Indicator> stored = db.storage().indicators().value();
    ASSERT_EQ(stored.size(), 4);

    const Result<IndicatorTable> table = db.storage().indicatorTable(stored);
    ASSERT_TRUE(table.ok()) << table.error().toStdString();
    EXPECT_EQ(table->years, QStringList({QStringLiteral("2012-2013"), y1, y2, y3}));
    const auto values = [&](int row) {
        QList<std::pair<int, int>> out;
        for (const IndicatorValue &v : table->rows[row].values)
            out.append({v.meeting, v.schools});
        return out;
    };
    using P = std::pair<int, int>;
    // Whole académie: 1/4, 2/4, then 3 of Seine + 2 of Val-de-Marne = 5/6.
    EXPECT_EQ(values(0), (QList<P> {{0, 0}, {1, 4}, {2, 4}, {5, 6}}));
    EXPECT_EQ(values(1), (QList<P> {{0, 0}, {1, 4}, {2, 4}, {3, 4}}));
    // PIL at palier 1: schools 1 and 5 (all five PIL-1 criteria).
    EXPECT_EQ(values(2), (QList<P> {{0, 0}, {1, 4}, {1, 4}, {2, 6}}));
    EXPECT_EQ(values(3), (QList<P> {{0, 0}, {0, 4}, {0, 4}, {0, 6}}));
    EXPECT_EQ(IndicatorTable::cell(table->rows[0].values[0]), QStringLiteral("52 % (feuille de route)"));
    EXPECT_EQ(IndicatorTable::cell(table->rows[0].values[3]), QStringLiteral("83 % (6)"));
    EXPECT_FALSE(table->rows[0].targetReached());
    EXPECT_EQ(IndicatorTable::targetCell(table->rows[0]), QStringLiteral("100 % en 2026-2027"));
    // 2 of 6 is 33 %, under 50 %; but in y2 1 of 4, and the latest counts.
    EXPECT_FALSE(table->rows[2].targetReached());
    Indicator low = pilier;
    low.target = 30;
    const IndicatorTable lowTable = db.storage().indicatorTable({low}).value();
    EXPECT_TRUE(lowTable.rows[0].targetReached());
    EXPECT_EQ(IndicatorTable::targetCell(lowTable.rows[0]), QStringLiteral("30 % en 2026-2027 ✓ atteinte"));
}

TEST(Indicators, TheExampleFileReadsAndBadOnesAreRefused)
{
    const ReferentialCatalog catalog = ReferentialCatalog::bundled().value();
    QFile file(QStringLiteral(PALIERS_SOURCE_DIR "/resources/indicators/aix-marseille-2014.json"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray data = file.readAll();
    const Result<IndicatorFile::Contents> read = IndicatorFile::read(data, catalog, QStringLiteral("exemple.json"));
    ASSERT_TRUE(read.ok()) << read.error().toStdString();
    ASSERT_EQ(read->indicators.size(), 7);
    EXPECT_EQ(read->indicators[0].subject, QStringLiteral("PIL-1-02"));
    ASSERT_EQ(read->indicators[0].recorded.size(), 2);
    EXPECT_EQ(read->indicators[0].recorded[1].percent, 63);
    // Written and read again, the same.
    const Result<IndicatorFile::Contents> again
        = IndicatorFile::read(IndicatorFile::write(*read), catalog, QStringLiteral("copie.json"));
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(IndicatorFile::toJson(again->indicators[6]), IndicatorFile::toJson(read->indicators[6]));

    QByteArray unknown = data;
    unknown.replace("\"PIL-2-01\"", "\"PIL-9-99\"");
    const Result<IndicatorFile::Contents> refused = IndicatorFile::read(unknown, catalog, QStringLiteral("f.json"));
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains(QStringLiteral("PIL-9-99"))) << refused.error().toStdString();
    EXPECT_FALSE(IndicatorFile::read("{\"format\": \"autre\"}", catalog, QStringLiteral("f.json")).ok());
    EXPECT_FALSE(IndicatorFile::read("[1, 2", catalog, QStringLiteral("f.json")).ok());
}

TEST(Reperes, AreAnonymousCheckedAndShownBesideTheSchool)
{
    TemporaryDatabase dane;
    const QString year = QStringLiteral("2025-2026");
    const QStringList pil1 {QStringLiteral("PIL-1-01"), QStringLiteral("PIL-1-02"), QStringLiteral("PIL-1-03"),
        QStringLiteral("PIL-1-04"), QStringLiteral("PIL-1-05")};
    // Six écoles: PIL at palier 1 in four of them, 0 in two: median 1.
    for (int number = 1; number <= 6; ++number)
        ecole(dane.storage(), number, QStringLiteral("Seine-Saint-Denis"), {year},
            number <= 4 ? pil1 : QStringList {QStringLiteral("PIL-1-02")});
    const QList<OverviewRow> rows = dane.storage().overview(year).value();
    ASSERT_EQ(rows.size(), 6);

    // Fewer than five schools: refused.
    EXPECT_FALSE(dane.storage().reperesOf(rows.mid(0, 4), QStringLiteral("Test")).ok());

    const Result<QList<Reperes>> written = dane.storage().reperesOf(rows, QStringLiteral("Académie de Créteil"));
    ASSERT_TRUE(written.ok()) << written.error().toStdString();
    ASSERT_EQ(written->size(), 1);
    const Reperes &reperes = written->first();
    EXPECT_EQ(reperes.schools, 6);
    const DomainReperes *pil = reperes.domain(QStringLiteral("PIL"));
    ASSERT_NE(pil, nullptr);
    EXPECT_EQ(pil->counts, (QList<int> {2, 4, 0, 0}));
    EXPECT_EQ(pil->median, 1);
    EXPECT_EQ(reperes.domain(QStringLiteral("FOR"))->median, 0);
    EXPECT_EQ(Reperes::median({1, 1, 0, 0}), 0.5);
    EXPECT_EQ(Reperes::median({0, 1, 1, 1}), 2);
    // PIL-1-02 met everywhere, PIL-1-01 in four schools of six.
    EXPECT_EQ(reperes.criteria[0].criterionId, QStringLiteral("PIL-1-01"));
    EXPECT_EQ(reperes.criteria[0].met, 4);
    EXPECT_EQ(reperes.criteria[1].met, 6);
    EXPECT_EQ(reperes.criteria[0].applicable, 6);
    EXPECT_FALSE(reperes.leastMet(3).contains(QStringLiteral("PIL-1-02")));

    ReperesFile::Contents contents;
    contents.issuer = QStringLiteral("DANE de Créteil");
    contents.writtenAt = QDateTime::currentDateTimeUtc();
    contents.reperes = written.value();
    const QByteArray file = ReperesFile::write(contents);
    // No school's name or UAI inside.
    for (const OverviewRow &row : rows) {
        EXPECT_FALSE(file.contains(row.uai.toUtf8())) << row.uai.toStdString();
        EXPECT_FALSE(file.contains(row.name.toUtf8())) << row.name.toStdString();
    }
    // Tampered: refused, by the checksum.
    QByteArray tampered = file;
    tampered.replace("\"met\": 4", "\"met\": 5");
    ASSERT_NE(tampered, file);
    const Result<ReperesFile::Contents> refused = ReperesFile::read(tampered, QStringLiteral("reperes.json"));
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains(QStringLiteral("SHA-256"))) << refused.error().toStdString();

    // A school imports them; its record stands beside the median.
    const Result<ReperesFile::Contents> read = ReperesFile::read(file, QStringLiteral("reperes.json"));
    ASSERT_TRUE(read.ok()) << read.error().toStdString();
    TemporaryDatabase school;
    ASSERT_TRUE(school.storage().storeReperes(read->reperes).ok());
    const qint64 mine = addEcoleAtPilPalierOne(school.storage());
    school.reopen();
    const Result<AssessmentRecord> record = loadAssessmentRecord(school.storage(), mine);
    ASSERT_TRUE(record.ok());
    ASSERT_TRUE(record->reperes.has_value());
    EXPECT_EQ(record->reperes->schools, 6);
    EXPECT_EQ(Reperes::standingText(1, record->reperes->domain(QStringLiteral("PIL"))->median),
        QStringLiteral("à la médiane académique (1)"));
    EXPECT_EQ(Reperes::standingText(1, 0.5), QStringLiteral("au-dessus de la médiane académique (0,5)"));
    // An earlier year's repères serve a later assessment, not the reverse.
    EXPECT_TRUE(school.storage().reperesFor(Ecoles, QStringLiteral("2026-2027")).value().has_value());
    EXPECT_FALSE(school.storage().reperesFor(Ecoles, QStringLiteral("2024-2025")).value().has_value());
}
