#include "referentialcatalog.h"
#include "testdata.h"

#include <QRegularExpression>
#include <QSet>

#include <gtest/gtest.h>

using namespace Paliers;

namespace {

const Referential &bundled(const QString &id)
{
    static const Result<ReferentialCatalog> catalog = ReferentialCatalog::bundled();
    if (!catalog.ok())
        qFatal("bundled referentials failed to load: %s", qPrintable(catalog.error()));
    const Referential *referential = catalog->find(id);
    if (!referential)
        qFatal("no bundled referential %s", qPrintable(id));
    return *referential;
}

struct Grid
{
    const char *id;
    const char *tsv;
    Audience audience;
    int criteria;
};

class BundledReferential : public ::testing::TestWithParam<Grid>
{
};

} // namespace

TEST(ReferentialCatalog, BundlesTheTwoCreteilGridsSortedById)
{
    const Result<ReferentialCatalog> catalog = ReferentialCatalog::bundled();
    ASSERT_TRUE(catalog.ok()) << catalog.error().toStdString();
    ASSERT_EQ(catalog->referentials().size(), 2);
    EXPECT_EQ(catalog->referentials().at(0).id(), QStringLiteral("creteil-ecoles"));
    EXPECT_EQ(catalog->referentials().at(1).id(), QStringLiteral("creteil-etablissements"));
    EXPECT_EQ(catalog->find(QStringLiteral("nope")), nullptr);
}

TEST(ReferentialCatalog, RefusesASecondReferentialWithTheSameId)
{
    ReferentialCatalog catalog;
    ASSERT_TRUE(catalog.add(bundled(QStringLiteral("creteil-ecoles"))).ok());
    const Status again = catalog.add(bundled(QStringLiteral("creteil-ecoles")));
    ASSERT_FALSE(again.ok());
    EXPECT_TRUE(again.error().contains(QStringLiteral("creteil-ecoles"))) << again.error().toStdString();
}

TEST_P(BundledReferential, MatchesTheSharedGridCriterionForCriterion)
{
    const Referential &referential = bundled(QString::fromLatin1(GetParam().id));
    const QList<TestSupport::TsvRow> rows = TestSupport::readReferentialTsv(QString::fromLatin1(GetParam().tsv));

    ASSERT_EQ(rows.size(), GetParam().criteria);
    ASSERT_EQ(referential.criteria().size(), rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const Criterion &criterion = referential.criteria().at(i);
        const TestSupport::TsvRow &row = rows.at(i);
        SCOPED_TRACE(criterion.id.toStdString());
        EXPECT_EQ(referential.domain(criterion.domainId)->title.compare(row.domain, Qt::CaseInsensitive), 0)
            << referential.domain(criterion.domainId)->title.toStdString() << " vs " << row.domain.toStdString();
        EXPECT_EQ(criterion.level, row.level);
        EXPECT_EQ(criterion.text, row.text);
        // The two cells whose placement is a reading carry a note; no other.
        EXPECT_EQ(criterion.note.isEmpty(), row.note.isEmpty());
    }
}

TEST_P(BundledReferential, HasThreePaliersSixDomainsAndStableIds)
{
    const Referential &referential = bundled(QString::fromLatin1(GetParam().id));
    EXPECT_EQ(referential.audience(), GetParam().audience);
    EXPECT_EQ(referential.kind(), ReferentialKind::Checklist);
    EXPECT_EQ(referential.rule().kind, ScoringRule::Kind::AllMet);
    ASSERT_EQ(referential.levels().size(), 3);
    EXPECT_EQ(referential.levels().at(0).description,
              QStringLiteral("Conditions minimales pour amorcer les usages du numérique"));

    QStringList domainIds;
    for (const Domain &domain : referential.domains())
        domainIds << domain.id;
    EXPECT_EQ(domainIds, QStringList({QStringLiteral("PIL"), QStringLiteral("FOR"), QStringLiteral("RES"),
                                      QStringLiteral("PED"), QStringLiteral("INF"), QStringLiteral("EQU")}));

    // Ids read DOMAIN-LEVEL-NN, numbered in the source's order.
    const QRegularExpression idPattern(QStringLiteral("^([A-Z]{3})-([1-3])-(\\d\\d)$"));
    QSet<QString> seen;
    for (const Criterion &criterion : referential.criteria()) {
        const QRegularExpressionMatch match = idPattern.match(criterion.id);
        ASSERT_TRUE(match.hasMatch()) << criterion.id.toStdString();
        EXPECT_EQ(match.captured(1), criterion.domainId);
        EXPECT_EQ(match.captured(2).toInt(), criterion.level);
        EXPECT_FALSE(seen.contains(criterion.id));
        seen.insert(criterion.id);
    }
    EXPECT_EQ(referential.criterion(QStringLiteral("PIL-1-01")), &referential.criteria().constFirst());
}

INSTANTIATE_TEST_SUITE_P(Creteil, BundledReferential,
                         ::testing::Values(Grid {"creteil-etablissements", "referentials/creteil-etablissements.tsv",
                                                 Audience::Etablissement, 58},
                                           Grid {"creteil-ecoles", "referentials/creteil-ecoles.tsv",
                                                 Audience::Ecole, 67}),
                         [](const ::testing::TestParamInfo<Grid> &param) {
                             return param.param.audience == Audience::Ecole ? "Ecoles" : "Etablissements";
                         });
