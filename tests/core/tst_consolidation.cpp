#include "analysis/consolidation.h"
#include "model/uai.h"
#include "referential/referentialcatalog.h"
#include "storage/datagenerator.h"
#include "temporarydatabase.h"
#include "testdata.h"

#include <gtest/gtest.h>
#include <QSet>

using namespace Paliers;
using namespace Paliers::TestSupport;

namespace {

const Referential &ecoles()
{
    return bundled(QStringLiteral("creteil-ecoles"));
}

OverviewRow row(const QString &uai, QList<int> paliers, QStringList blocking,
    const QString &referential = QStringLiteral("creteil-ecoles"))
{
    OverviewRow r;
    r.uai = uai;
    r.name = QStringLiteral("École ") + uai;
    r.referentialId = referential;
    r.domainPaliers = std::move(paliers);
    r.blockingIds = blocking.join(QLatin1Char(','));
    r.overallPalier = *std::min_element(r.domainPaliers.cbegin(), r.domainPaliers.cend());
    return r;
}

TEST(Consolidation, DistributionCountsEachDomainByPalier)
{
    // Worked by hand: PIL is 0, 1, 1 -> {1, 2, 0, 0}; EQU is 3, 2, 3 -> {0, 0, 1, 2}.
    const QList<OverviewRow> rows {
        row(QStringLiteral("A"), {0, 1, 1, 2, 2, 3}, {}),
        row(QStringLiteral("B"), {1, 1, 2, 2, 3, 2}, {}),
        row(QStringLiteral("C"), {1, 0, 3, 2, 1, 3}, {}),
        // Another grid is not counted in this one's distribution.
        row(QStringLiteral("D"), {3, 3, 3, 3, 3, 3}, {}, QStringLiteral("creteil-etablissements")),
    };
    const QList<DomainDistribution> d = Consolidation::distribution(rows, ecoles());
    ASSERT_EQ(d.size(), 6);
    EXPECT_EQ(d.at(0).domainId, QStringLiteral("PIL"));
    EXPECT_EQ(d.at(0).counts, (QList<int> {1, 2, 0, 0}));
    EXPECT_EQ(d.at(1).counts, (QList<int> {1, 2, 0, 0}));
    EXPECT_EQ(d.at(2).counts, (QList<int> {0, 1, 1, 1}));
    EXPECT_EQ(d.at(3).counts, (QList<int> {0, 0, 3, 0}));
    EXPECT_EQ(d.at(5).counts, (QList<int> {0, 0, 1, 2}));
    EXPECT_EQ(d.at(5).total(), 3);
}

TEST(Consolidation, MostMissingCriteriaComeFirstTiesByIdentifier)
{
    const QList<OverviewRow> rows {
        row(QStringLiteral("A"), {0}, {QStringLiteral("PIL-1-02"), QStringLiteral("FOR-1-01")}),
        row(QStringLiteral("B"), {0}, {QStringLiteral("FOR-1-01"), QStringLiteral("EQU-2-01")}),
        row(QStringLiteral("C"), {0}, {QStringLiteral("FOR-1-01"), QStringLiteral("PIL-1-02")}),
        row(QStringLiteral("D"), {3}, {}),
    };
    const QList<MissingCriterion> missing = Consolidation::mostMissing(rows, 2);
    ASSERT_EQ(missing.size(), 2);
    EXPECT_EQ(missing.at(0).criterionId, QStringLiteral("FOR-1-01"));
    EXPECT_EQ(missing.at(0).count, 3);
    EXPECT_EQ(missing.at(1).criterionId, QStringLiteral("PIL-1-02"));
    EXPECT_EQ(missing.at(1).count, 2);
    EXPECT_EQ(Consolidation::mostMissing(rows, 10).size(), 3);
}

TEST(Consolidation, FilterKeepsWhatMatchesEveryCondition)
{
    OverviewRow a = row(QStringLiteral("0941712A"), {1}, {});
    a.kind = EstablishmentKind::EcoleElementaire;
    a.circonscription = QStringLiteral("Vitry-sur-Seine 1");
    a.commune = QStringLiteral("Vitry-sur-Seine");
    OverviewRow b = row(QStringLiteral("0940585A"), {2}, {}, QStringLiteral("creteil-etablissements"));
    b.kind = EstablishmentKind::College;
    b.status = AssessmentStatus::Validated;
    OverviewFilter filter;
    EXPECT_EQ(Consolidation::filtered({a, b}, filter).size(), 2);
    filter.kind = EstablishmentKind::College;
    EXPECT_EQ(Consolidation::filtered({a, b}, filter).size(), 1);
    filter = OverviewFilter();
    filter.circonscription = QStringLiteral("vitry-sur-seine 1");
    EXPECT_EQ(Consolidation::filtered({a, b}, filter).constFirst().uai, a.uai);
    filter = OverviewFilter();
    filter.status = AssessmentStatus::Validated;
    filter.search = QStringLiteral("0940");
    EXPECT_EQ(Consolidation::filtered({a, b}, filter).constFirst().uai, b.uai);
    filter.search = QStringLiteral("vitry");
    EXPECT_TRUE(Consolidation::filtered({a, b}, filter).isEmpty());
}

TEST(Consolidation, OverviewFollowsTheAnswers)
{
    TemporaryDatabase db;
    Storage &storage = db.storage();
    const qint64 school = storage.addEstablishment(sampleEcole()).value();
    const qint64 id = storage
                          .createAssessment({school, QStringLiteral("creteil-ecoles"), QStringLiteral("2025-2026"),
                              QString(), QString(), std::nullopt})
                          .value();
    QList<AnswerEdit> edits;
    for (const Criterion *c : ecoles().criteriaOf(QStringLiteral("PIL"), 1))
        edits.append({c->id, AnswerStatus::Met, std::nullopt, std::nullopt});
    ASSERT_TRUE(storage.editAnswers(id, edits).ok());

    Result<QList<OverviewRow>> rows = storage.overview(QStringLiteral("2025-2026"));
    ASSERT_TRUE(rows.ok()) << rows.error().toStdString();
    ASSERT_EQ(rows->size(), 1);
    EXPECT_EQ(rows->at(0).uai, QStringLiteral("0750655E"));
    EXPECT_EQ(rows->at(0).domainPaliers.value(0), 1);
    EXPECT_EQ(rows->at(0).overallPalier, 0);
    EXPECT_EQ(rows->at(0).answered, 5);
    EXPECT_EQ(rows->at(0).total, 67);
    EXPECT_TRUE(rows->at(0).blocking().contains(QStringLiteral("FOR-1-01")));

    // A changed answer: the kept summary is dropped and computed again.
    ASSERT_TRUE(
        storage.editAnswer(id, {QStringLiteral("PIL-1-01"), AnswerStatus::NotMet, std::nullopt, std::nullopt}).ok());
    rows = storage.overview(QStringLiteral("2025-2026"));
    ASSERT_TRUE(rows.ok());
    EXPECT_EQ(rows->at(0).domainPaliers.value(0), 0);
    EXPECT_TRUE(rows->at(0).blocking().contains(QStringLiteral("PIL-1-01")));
    EXPECT_TRUE(storage.overview(QStringLiteral("2024-2025"))->isEmpty());
    EXPECT_EQ(storage.schoolYears().value(), QStringList {QStringLiteral("2025-2026")});
}

TEST(Consolidation, NestedTransactionsRollBackWithTheOuterOne)
{
    TemporaryDatabase db;
    {
        Database::Transaction outer(db.database());
        ASSERT_TRUE(outer.isActive());
        ASSERT_TRUE(db.storage().addEstablishment(sampleEcole()).ok()); // writes inside
        Database::Transaction inner(db.database());
        ASSERT_TRUE(inner.isActive());
        ASSERT_TRUE(inner.commit());
        // outer is not committed: everything goes
    }
    EXPECT_TRUE(db.storage().establishments()->isEmpty());
    {
        Database::Transaction outer(db.database());
        {
            Database::Transaction inner(db.database());
            ASSERT_TRUE(db.storage().addEstablishment(sampleEcole()).ok());
            // inner not committed: its write is undone, the outer goes on
        }
        ASSERT_TRUE(db.storage().addEstablishment(sampleCollege()).ok());
        ASSERT_TRUE(outer.commit());
    }
    ASSERT_EQ(db.storage().establishments()->size(), 1);
    EXPECT_EQ(db.storage().establishments()->constFirst().uai, Uai::normalize(sampleCollege().uai).value());
}

TEST(DataGenerator, SameSeedSameSchoolsValidAndDistinct)
{
    const ReferentialCatalog catalog = ReferentialCatalog::bundled().value();
    const QStringList years {QStringLiteral("2024-2025"), QStringLiteral("2025-2026")};
    DataGenerator first(catalog, 7);
    DataGenerator second(catalog, 7);
    EXPECT_EQ(
        first.school(3, years).constFirst().establishment.uai, second.school(3, years).constFirst().establishment.uai);

    TemporaryDatabase db;
    ASSERT_TRUE(DataGenerator(catalog, 7).populate(db.storage(), 40, years).ok());
    const QList<Establishment> schools = db.storage().establishments().value();
    ASSERT_EQ(schools.size(), 40);
    QSet<QString> uais;
    for (const Establishment &e : schools) {
        EXPECT_TRUE(Uai::normalize(e.uai).ok()) << e.uai.toStdString();
        uais.insert(e.uai);
    }
    EXPECT_EQ(uais.size(), 40);
    const QList<OverviewRow> thisYear = db.storage().overview(QStringLiteral("2025-2026")).value();
    ASSERT_EQ(thisYear.size(), 40);
    // Plausible: palier 1 reached more often than palier 3, not everywhere the same.
    const QList<DomainDistribution> d = Consolidation::distribution(thisYear, ecoles());
    int atLeastOne = 0;
    int three = 0;
    for (const DomainDistribution &domain : d) {
        atLeastOne += domain.counts[1] + domain.counts[2] + domain.counts[3];
        three += domain.counts[3];
    }
    EXPECT_GT(atLeastOne, three);
    EXPECT_EQ(db.storage().overview(QStringLiteral("2024-2025"))->size(), 40);
}

} // namespace
