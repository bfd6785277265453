#include "referential/referentialcatalog.h"
#include "testdata.h"

#include <gtest/gtest.h>
#include <QRegularExpression>
#include <QSet>

using namespace Paliers;

namespace {

const Referential &bundled(const QString &id)
{
    static const Result<ReferentialCatalog> catalog = ReferentialCatalog::bundled();
    if (!catalog.ok())
        qFatal("bundled referentials failed to load: %s", qPrintable(catalog.error()));
    const Referential *referential = catalog->latest(id);
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

TEST(ReferentialCatalog, BundlesTheThreeCreteilGridsSortedById)
{
    const Result<ReferentialCatalog> catalog = ReferentialCatalog::bundled();
    ASSERT_TRUE(catalog.ok()) << catalog.error().toStdString();
    ASSERT_EQ(catalog->referentials().size(), 3);
    EXPECT_EQ(catalog->referentials().at(0)->id(), QStringLiteral("creteil-ecoles"));
    EXPECT_EQ(catalog->referentials().at(1)->id(), QStringLiteral("creteil-etablissements"));
    EXPECT_EQ(catalog->referentials().at(2)->id(), QStringLiteral("creteil-jalons"));
    EXPECT_EQ(catalog->latest(QStringLiteral("nope")), nullptr);
}

TEST(ReferentialCatalog, JalonsMatchTheSharedRubricCellForCell)
{
    const Referential &referential = bundled(QStringLiteral("creteil-jalons"));
    const QList<TestSupport::RubricTsvRow> rows
        = TestSupport::readRubricTsv(QStringLiteral("referentials/creteil-jalons.tsv"));

    EXPECT_EQ(referential.kind(), ReferentialKind::Rubric);
    EXPECT_EQ(referential.audience(), Audience::Etablissement);
    ASSERT_EQ(rows.size(), 20);
    ASSERT_EQ(referential.criteria().size(), rows.size());
    ASSERT_EQ(referential.levels().size(), 4);

    QStringList domainIds;
    for (const Domain &domain : referential.domains())
        domainIds << domain.id;
    EXPECT_EQ(domainIds,
        QStringList({QStringLiteral("DYN"), QStringLiteral("ORG"), QStringLiteral("ESP"), QStringLiteral("RSC"),
            QStringLiteral("LIT")}));
    // Overviews and exports match the grids' domains by id: an axis must not
    // land in the column of a palier domain.
    for (const QString &id : std::as_const(domainIds)) {
        EXPECT_EQ(bundled(QStringLiteral("creteil-etablissements")).domain(id), nullptr) << id.toStdString();
        EXPECT_EQ(bundled(QStringLiteral("creteil-ecoles")).domain(id), nullptr) << id.toStdString();
    }

    QSet<QString> axes;
    QSet<int> stages;
    for (const TestSupport::RubricTsvRow &row : rows) {
        SCOPED_TRACE(QStringLiteral("%1, jalon %2").arg(row.axis).arg(row.stage).toStdString());
        axes.insert(row.axis);
        stages.insert(row.stage);
        QList<const Criterion *> matches;
        for (const Criterion &criterion : referential.criteria()) {
            if (referential.domain(criterion.domainId)->title == row.axis && criterion.level == row.stage
                && criterion.text == row.text)
                matches.append(&criterion);
        }
        ASSERT_EQ(matches.size(), 1);
        const Criterion &cell = *matches.constFirst();
        EXPECT_EQ(cell.id, QStringLiteral("%1-J%2").arg(cell.domainId).arg(row.stage));
        EXPECT_TRUE(cell.note.isEmpty());
        // The stage titles repeat on every axis; each is its level's description.
        const Level *level = referential.level(row.stage);
        ASSERT_NE(level, nullptr);
        EXPECT_EQ(level->description, row.stageTitle);
        EXPECT_EQ(level->title, QStringLiteral("Jalon %1").arg(row.stage));
    }
    EXPECT_EQ(axes.size(), 5);
    EXPECT_EQ(referential.domains().size(), axes.size());
    EXPECT_EQ(stages, QSet<int>({1, 2, 3, 4}));
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
    EXPECT_EQ(domainIds,
        QStringList({QStringLiteral("PIL"), QStringLiteral("FOR"), QStringLiteral("RES"), QStringLiteral("PED"),
            QStringLiteral("INF"), QStringLiteral("EQU")}));

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
    ::testing::Values(
        Grid {"creteil-etablissements", "referentials/creteil-etablissements.tsv", Audience::Etablissement, 58},
        Grid {"creteil-ecoles", "referentials/creteil-ecoles.tsv", Audience::Ecole, 67}),
    [](const ::testing::TestParamInfo<Grid> &param) {
        return param.param.audience == Audience::Ecole ? "Ecoles" : "Etablissements";
    });
