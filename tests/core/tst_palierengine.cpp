#include "referential/palierengine.h"
#include "referential/referentialcatalog.h"

#include <gtest/gtest.h>

using namespace Paliers;

namespace {

constexpr AnswerStatus M = AnswerStatus::Met;
constexpr AnswerStatus P = AnswerStatus::InProgress;
constexpr AnswerStatus N = AnswerStatus::NotMet;
constexpr AnswerStatus X = AnswerStatus::NotApplicable;
constexpr AnswerStatus U = AnswerStatus::Unanswered;

// Domain A: 2 criteria at palier 1, 1 at palier 2, 2 at palier 3.
// Domain B: 5 criteria at palier 1, 1 at palier 2, none at palier 3.
Referential smallGrid(ScoringRule rule = {})
{
    QList<Criterion> criteria;
    auto add = [&criteria](const char *id, const char *domain, int level) {
        criteria.append({QString::fromLatin1(id), QString::fromLatin1(domain), level,
            QStringLiteral("Critère %1").arg(QString::fromLatin1(id)), QString()});
    };
    add("A-1-1", "A", 1);
    add("A-1-2", "A", 1);
    add("A-2-1", "A", 2);
    add("A-3-1", "A", 3);
    add("A-3-2", "A", 3);
    for (const char *id : {"B-1-1", "B-1-2", "B-1-3", "B-1-4", "B-1-5"})
        add(id, "B", 1);
    add("B-2-1", "B", 2);
    return Referential(QStringLiteral("petite"), QStringLiteral("1"), QStringLiteral("Petite grille"), Audience::Ecole,
        ReferentialKind::Checklist, rule,
        {{1, QStringLiteral("Palier 1"), QString()}, {2, QStringLiteral("Palier 2"), QString()},
            {3, QStringLiteral("Palier 3"), QString()}},
        {{QStringLiteral("A"), QStringLiteral("Domaine A"), 1}, {QStringLiteral("B"), QStringLiteral("Domaine B"), 2}},
        criteria);
}

// Statuses in the order A-1-1 A-1-2 A-2-1 A-3-1 A-3-2 | B-1-1..B-1-5 B-2-1.
AnswerMap answers(std::initializer_list<AnswerStatus> statuses)
{
    static const char *ids[]
        = {"A-1-1", "A-1-2", "A-2-1", "A-3-1", "A-3-2", "B-1-1", "B-1-2", "B-1-3", "B-1-4", "B-1-5", "B-2-1"};
    AnswerMap map;
    int i = 0;
    for (const AnswerStatus status : statuses)
        map.insert(QString::fromLatin1(ids[i++]), status);
    return map;
}

// A rubric of three axes A, B, C and four stages: one cell each, "A-J1"...
Referential rubricGrid()
{
    QList<Criterion> cells;
    for (const char *axis : {"A", "B", "C"}) {
        for (int stage = 1; stage <= 4; ++stage) {
            const QString id = QStringLiteral("%1-J%2").arg(QString::fromLatin1(axis)).arg(stage);
            cells.append({id, QString::fromLatin1(axis), stage, QStringLiteral("Cellule %1").arg(id), QString()});
        }
    }
    QList<Level> stages;
    for (int stage = 1; stage <= 4; ++stage)
        stages.append({stage, QStringLiteral("Jalon %1").arg(stage), QString()});
    return Referential(QStringLiteral("jalons"), QStringLiteral("1"), QStringLiteral("Jalons"), Audience::Etablissement,
        ReferentialKind::Rubric, ScoringRule {}, stages,
        {{QStringLiteral("A"), QStringLiteral("Axe A"), 1}, {QStringLiteral("B"), QStringLiteral("Axe B"), 2},
            {QStringLiteral("C"), QStringLiteral("Axe C"), 3}},
        cells);
}

Evaluation evaluateRubric(const AnswerMap &map)
{
    const Result<Evaluation> result = PalierEngine::evaluate(rubricGrid(), map);
    if (!result.ok())
        qFatal("rubric evaluation failed: %s", qPrintable(result.error()));
    return result.value();
}

struct EngineCase
{
    const char *name;
    double threshold; // 1.0: the default "all met" rule
    AnswerMap answers;
    int palierA;
    int palierB;
    QStringList blockingA;
    int missingA;
};

class PalierEngineTable : public ::testing::TestWithParam<EngineCase>
{
};

} // namespace

TEST_P(PalierEngineTable, ComputesThePalierOfEachDomain)
{
    const EngineCase &c = GetParam();
    const ScoringRule rule
        = c.threshold < 1.0 ? ScoringRule {ScoringRule::Kind::Threshold, c.threshold} : ScoringRule {};
    const Referential grid = smallGrid(rule);
    const Result<Evaluation> result = PalierEngine::evaluate(grid, c.answers);
    ASSERT_TRUE(result.ok()) << result.error().toStdString();
    EXPECT_EQ(result->domain(QStringLiteral("A"))->palier, c.palierA);
    EXPECT_EQ(result->domain(QStringLiteral("B"))->palier, c.palierB);
    EXPECT_EQ(result->overallPalier, std::min(c.palierA, c.palierB));
    EXPECT_EQ(result->domain(QStringLiteral("A"))->blocking, c.blockingA);
    EXPECT_EQ(result->domain(QStringLiteral("A"))->missing, c.missingA);
}

INSTANTIATE_TEST_SUITE_P(HandWorked, PalierEngineTable,
    ::testing::Values(EngineCase {"AllMet", 1.0, answers({M, M, M, M, M, M, M, M, M, M, M}), 3, 3, {}, 0},
        EngineCase {"NothingAnswered", 1.0, {}, 0, 0, {QStringLiteral("A-1-1"), QStringLiteral("A-1-2")}, 2},
        EngineCase {
            "OneGapAtPalierOne", 1.0, answers({M, N, M, M, M, M, M, M, M, M, M}), 0, 3, {QStringLiteral("A-1-2")}, 1},
        // A higher palier fully met does not make up for a gap below it.
        EngineCase {
            "GapBelowAMetPalier", 1.0, answers({M, M, P, M, M, M, M, M, M, M, M}), 1, 3, {QStringLiteral("A-2-1")}, 1},
        EngineCase {"GapsOnlyAtPalierThree", 1.0, answers({M, M, M, N, P, M, M, M, M, M, M}), 2, 3,
            {QStringLiteral("A-3-1"), QStringLiteral("A-3-2")}, 2},
        EngineCase {"InProgressAndUnansweredCountAsNotMet", 1.0, answers({M, P, M, M, M, M, M, M, M, U, M}), 0, 0,
            {QStringLiteral("A-1-2")}, 1},
        EngineCase {"NonConcerneIsLeftOut", 1.0, answers({M, X, M, X, M, M, M, M, M, M, M}), 3, 3, {}, 0},
        EngineCase {"NonConcerneEverywhereInALevel", 1.0, answers({X, X, M, M, M, M, M, M, M, M, M}), 3, 3, {}, 0},
        EngineCase {"NonConcerneEverywhereInALevelWithAGapAbove", 1.0, answers({X, X, N, M, M, M, M, M, M, M, M}), 1, 3,
            {QStringLiteral("A-2-1")}, 1},
        // Domain B has five palier-1 criteria: 4 of 5 is exactly 0.8.
        EngineCase {"ThresholdReachedAtTheBoundary", 0.8, answers({M, M, M, M, M, M, M, M, M, N, M}), 3, 3, {}, 0},
        EngineCase {
            "ThresholdMissedJustBelowTheBoundary", 0.8, answers({M, M, M, M, M, M, M, M, N, N, M}), 3, 0, {}, 0},
        // Under a threshold rule the blocking list names the candidates and
        // `missing` how many of them must still be met: 0.8 * 2 -> 2.
        EngineCase {"ThresholdOnASmallLevelNeedsEveryCriterion", 0.8, answers({M, M, M, M, N, M, M, M, M, M, M}), 2, 3,
            {QStringLiteral("A-3-2")}, 1},
        EngineCase {
            "ThresholdCountsOnlyApplicableCriteria", 0.8, answers({M, M, M, M, M, M, M, M, X, N, M}), 3, 0, {}, 0}),
    [](const ::testing::TestParamInfo<EngineCase> &param) { return std::string(param.param.name); });

TEST(PalierEngine, CountsEveryStatusPerLevel)
{
    const Referential grid = smallGrid();
    const Result<Evaluation> result = PalierEngine::evaluate(grid, answers({M, M, P, N, X, M, P, N, X, U, M}));
    ASSERT_TRUE(result.ok());
    const DomainResult *b = result->domain(QStringLiteral("B"));
    ASSERT_EQ(b->levels.size(), 3);
    const LevelTally &one = b->levels.at(0);
    EXPECT_EQ(one.level, 1);
    EXPECT_EQ(one.total, 5);
    EXPECT_EQ(one.met, 1);
    EXPECT_EQ(one.inProgress, 1);
    EXPECT_EQ(one.notMet, 1);
    EXPECT_EQ(one.notApplicable, 1);
    EXPECT_EQ(one.unanswered, 1);
    EXPECT_EQ(one.applicable(), 4);
    EXPECT_EQ(one.required, 4);
    EXPECT_FALSE(one.satisfied());
    // B has no palier-3 criterion: an empty level holds nothing back.
    EXPECT_EQ(b->levels.at(2).total, 0);
    EXPECT_TRUE(b->levels.at(2).satisfied());
    EXPECT_EQ(b->blocking, QStringList({QStringLiteral("B-1-2"), QStringLiteral("B-1-3"), QStringLiteral("B-1-5")}));
}

TEST(PalierEngine, CompletionCountsNonConcerneAsAnsweredButNotAnExplicitBlank)
{
    const Referential grid = smallGrid();
    const Result<Evaluation> result = PalierEngine::evaluate(grid, answers({M, X, N, P, U}));
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result->answered, 4);
    EXPECT_EQ(result->total, 11);
    EXPECT_DOUBLE_EQ(result->completion(), 4.0 / 11.0);
}

TEST(PalierEngine, RefusesAnswersToUnknownCriteria)
{
    AnswerMap map = answers({M, M});
    map.insert(QStringLiteral("Z-9-9"), M);
    map.insert(QStringLiteral("PIL-1-01"), N);
    const Result<Evaluation> result = PalierEngine::evaluate(smallGrid(), map);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error(),
        QStringLiteral("Le référentiel « petite » n'a pas de critères d'identifiants PIL-1-01, Z-9-9."));
}

TEST(PalierEngine, ScoresTheBundledGridForSecondarySchools)
{
    const Result<ReferentialCatalog> catalog = ReferentialCatalog::bundled();
    ASSERT_TRUE(catalog.ok());
    const Referential &grid = *catalog->latest(QStringLiteral("creteil-etablissements"));
    AnswerMap map;
    for (const Criterion &c : grid.criteria())
        map.insert(c.id, c.level == 3 && c.domainId == QLatin1String("FOR") ? N : M);
    const Result<Evaluation> result = PalierEngine::evaluate(grid, map);
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result->domains.size(), 6);
    EXPECT_EQ(result->domain(QStringLiteral("FOR"))->palier, 2);
    EXPECT_EQ(result->domain(QStringLiteral("PIL"))->palier, 3);
    EXPECT_EQ(result->overallPalier, 2);
    EXPECT_EQ(result->domain(QStringLiteral("FOR"))->blocking.size(), 3);
    EXPECT_EQ(result->answered, 58);
    EXPECT_EQ(result->total, 58);
}

TEST(PalierEngine, RubricWithoutAnswersPlacesEveryAxisAtZero)
{
    const Evaluation evaluation = evaluateRubric({});
    ASSERT_EQ(evaluation.domains.size(), 3);
    for (const DomainResult &axis : evaluation.domains) {
        SCOPED_TRACE(axis.domainId.toStdString());
        EXPECT_EQ(axis.palier, 0);
        EXPECT_EQ(axis.blocking, QStringList({axis.domainId + QLatin1String("-J1")}));
        EXPECT_EQ(axis.missing, 1);
    }
    EXPECT_EQ(evaluation.overallPalier, 0);
    EXPECT_EQ(evaluation.answered, 0);
    EXPECT_EQ(evaluation.total, 3);
}

TEST(PalierEngine, RubricPlacesAnAxisAtItsMetCell)
{
    // Stage 3 is chosen without marking stages 1 and 2: the team places the
    // axis, it does not tick every stage below.
    const Evaluation evaluation = evaluateRubric({{QStringLiteral("A-J3"), M}});
    const DomainResult *a = evaluation.domain(QStringLiteral("A"));
    EXPECT_EQ(a->palier, 3);
    EXPECT_EQ(a->blocking, QStringList({QStringLiteral("A-J4")}));
    EXPECT_EQ(a->missing, 1);
    // One cell per stage in the tallies.
    ASSERT_EQ(a->levels.size(), 4);
    for (const LevelTally &tally : a->levels)
        EXPECT_EQ(tally.total, 1);
    EXPECT_EQ(a->levels.at(2).met, 1);
    EXPECT_EQ(a->levels.at(0).unanswered, 1);
    EXPECT_EQ(evaluation.domain(QStringLiteral("B"))->palier, 0);
    EXPECT_EQ(evaluation.answered, 1);
}

TEST(PalierEngine, RubricTakesTheHighestMetStageAndOnlyMetPlaces)
{
    const Evaluation evaluation
        = evaluateRubric({{QStringLiteral("A-J1"), M}, {QStringLiteral("A-J2"), M}, {QStringLiteral("A-J3"), P},
            {QStringLiteral("B-J1"), N}, {QStringLiteral("B-J2"), X}, {QStringLiteral("B-J3"), P}});
    EXPECT_EQ(evaluation.domain(QStringLiteral("A"))->palier, 2);
    EXPECT_EQ(evaluation.domain(QStringLiteral("A"))->blocking, QStringList({QStringLiteral("A-J3")}));
    EXPECT_EQ(evaluation.domain(QStringLiteral("B"))->palier, 0);
    EXPECT_EQ(evaluation.domain(QStringLiteral("B"))->blocking, QStringList({QStringLiteral("B-J1")}));
    EXPECT_EQ(evaluation.answered, 1);
}

TEST(PalierEngine, RubricOverallIsTheLowestStageAndAnsweredCountsAxes)
{
    const Evaluation placed
        = evaluateRubric({{QStringLiteral("A-J3"), M}, {QStringLiteral("B-J2"), M}, {QStringLiteral("C-J4"), M}});
    EXPECT_EQ(placed.domain(QStringLiteral("A"))->palier, 3);
    EXPECT_EQ(placed.domain(QStringLiteral("B"))->palier, 2);
    EXPECT_EQ(placed.domain(QStringLiteral("C"))->palier, 4);
    EXPECT_EQ(placed.overallPalier, 2);
    EXPECT_EQ(placed.answered, 3);
    EXPECT_EQ(placed.total, 3);
    EXPECT_DOUBLE_EQ(placed.completion(), 1.0);

    const Evaluation onePending = evaluateRubric({{QStringLiteral("A-J3"), M}, {QStringLiteral("C-J4"), M}});
    EXPECT_EQ(onePending.overallPalier, 0);
    EXPECT_EQ(onePending.answered, 2);
    EXPECT_EQ(onePending.total, 3);
}

TEST(PalierEngine, RubricTopStageLeavesNothingBlocking)
{
    const Evaluation evaluation = evaluateRubric({{QStringLiteral("A-J4"), M}});
    const DomainResult *a = evaluation.domain(QStringLiteral("A"));
    EXPECT_EQ(a->palier, 4);
    EXPECT_TRUE(a->blocking.isEmpty());
    EXPECT_EQ(a->missing, 0);
}

TEST(PalierEngine, ScoresTheBundledJalons)
{
    const Result<ReferentialCatalog> catalog = ReferentialCatalog::bundled();
    ASSERT_TRUE(catalog.ok());
    const Referential &grid = *catalog->latest(QStringLiteral("creteil-jalons"));
    const AnswerMap map {{QStringLiteral("DYN-J2"), M}, {QStringLiteral("ORG-J4"), M}, {QStringLiteral("ESP-J1"), M},
        {QStringLiteral("RSC-J3"), M}, {QStringLiteral("LIT-J2"), M}, {QStringLiteral("LIT-J1"), N}};
    const Result<Evaluation> result = PalierEngine::evaluate(grid, map);
    ASSERT_TRUE(result.ok()) << result.error().toStdString();
    EXPECT_EQ(result->domains.size(), 5);
    EXPECT_EQ(result->domain(QStringLiteral("ORG"))->palier, 4);
    EXPECT_EQ(result->domain(QStringLiteral("ESP"))->blocking, QStringList({QStringLiteral("ESP-J2")}));
    EXPECT_EQ(result->overallPalier, 1);
    EXPECT_EQ(result->answered, 5);
    EXPECT_EQ(result->total, 5);
}
