#include "analysis/progress.h"
#include "referential/referentialcatalog.h"
#include "storage/loaders.h"
#include "storage/storage.h"
#include "temporarydatabase.h"
#include "testdata.h"

#include <gtest/gtest.h>

using namespace Paliers;
using namespace Paliers::TestSupport;

namespace {

const Referential &ecoles()
{
    return bundled(QStringLiteral("creteil-ecoles"));
}

AnswerMap met(std::initializer_list<const char *> ids)
{
    AnswerMap map;
    for (const char *id : ids)
        map.insert(QString::fromLatin1(id), AnswerStatus::Met);
    return map;
}

ActionItem action(const char *title, ActionStatus status, const char *criterion = "")
{
    ActionItem item;
    item.title = QString::fromUtf8(title);
    item.status = status;
    item.criterionId = QString::fromLatin1(criterion);
    return item;
}

QStringList titles(const QList<ActionItem> &items)
{
    QStringList list;
    for (const ActionItem &item : items)
        list.append(item.title);
    return list;
}

} // namespace

// Worked by hand on the écoles grid (PIL has 5 + 4 + 3 criteria, FOR 1 + 4 + 3):
// before, PIL stands at palier 2 and FOR at 1; after, one criterion of PIL
// palier 2 went back to "en cours" (PIL falls to 1) while FOR's four palier-2
// criteria were met (FOR rises to 2) and EQU-1-02 was met.
TEST(Progress, HandWorkedPairWithARegression)
{
    AnswerMap before = met({"PIL-1-01", "PIL-1-02", "PIL-1-03", "PIL-1-04", "PIL-1-05", "PIL-2-01", "PIL-2-02",
        "PIL-2-03", "PIL-2-04", "FOR-1-01", "EQU-1-01"});
    before.insert(QStringLiteral("RES-1-01"), AnswerStatus::NotMet);
    AnswerMap after = before;
    after.insert(QStringLiteral("PIL-2-03"), AnswerStatus::InProgress);
    for (const char *id : {"FOR-2-01", "FOR-2-02", "FOR-2-03", "FOR-2-04", "EQU-1-02"})
        after.insert(QString::fromLatin1(id), AnswerStatus::Met);
    after.insert(QStringLiteral("RES-1-01"), AnswerStatus::InProgress); // a change, but neither gained nor lost

    const Progress progress = Progress::compute(ecoles(), before, after,
        {action("Charte signée", ActionStatus::Done), action("Former au TNI", ActionStatus::Todo, "FOR-2-01")},
        {action("Former au TNI", ActionStatus::Done, "FOR-2-01"), action("Robots", ActionStatus::Abandoned)});

    ASSERT_EQ(progress.domains.size(), 6);
    const QList<DomainChange> rose = progress.rose();
    const QList<DomainChange> fell = progress.fell();
    ASSERT_EQ(rose.size(), 1);
    EXPECT_EQ(rose.at(0).domainId, QStringLiteral("FOR"));
    EXPECT_EQ(rose.at(0).before, 1);
    EXPECT_EQ(rose.at(0).after, 2);
    ASSERT_EQ(fell.size(), 1);
    EXPECT_EQ(fell.at(0).domainId, QStringLiteral("PIL"));
    EXPECT_EQ(fell.at(0).before, 2);
    EXPECT_EQ(fell.at(0).after, 1);
    // EQU-1-03 is still missing: EQU stays at 0, as does every other domain.
    EXPECT_EQ(progress.domains.at(5).before, 0);
    EXPECT_EQ(progress.domains.at(5).after, 0);
    EXPECT_EQ(progress.overallBefore, 0);
    EXPECT_EQ(progress.overallAfter, 0);

    EXPECT_EQ(progress.newlyMet,
        (QStringList {QStringLiteral("FOR-2-01"), QStringLiteral("FOR-2-02"), QStringLiteral("FOR-2-03"),
            QStringLiteral("FOR-2-04"), QStringLiteral("EQU-1-02")}));
    EXPECT_EQ(progress.lost, QStringList {QStringLiteral("PIL-2-03")});
    EXPECT_TRUE(progress.hasRegression());
    EXPECT_EQ(
        titles(progress.actionsDone), (QStringList {QStringLiteral("Charte signée"), QStringLiteral("Former au TNI")}));
}

// Criterion by criterion, as the évolution dialog lists them (it was
// YearComparison, which called « met, now unanswered » a regression).
TEST(Progress, SortsEveryCriterionOfTwoYears)
{
    const AnswerMap before {{QStringLiteral("PIL-1-01"), AnswerStatus::Met},
        {QStringLiteral("PIL-1-02"), AnswerStatus::InProgress}, {QStringLiteral("PIL-1-03"), AnswerStatus::Met},
        {QStringLiteral("PIL-1-04"), AnswerStatus::NotMet}, {QStringLiteral("PIL-1-05"), AnswerStatus::Met}};
    const AnswerMap after {{QStringLiteral("PIL-1-01"), AnswerStatus::Met},
        {QStringLiteral("PIL-1-02"), AnswerStatus::Met}, {QStringLiteral("PIL-1-03"), AnswerStatus::NotMet},
        {QStringLiteral("PIL-1-04"), AnswerStatus::InProgress}};
    const Progress p = Progress::compute(ecoles(), before, after, {}, {});
    EXPECT_EQ(p.newlyMet, QStringList {QStringLiteral("PIL-1-02")});
    EXPECT_EQ(p.lost, QStringList {QStringLiteral("PIL-1-03")});
    EXPECT_TRUE(p.hasRegression());
    EXPECT_EQ(p.notReviewed, QStringList {QStringLiteral("PIL-1-05")}) << "not answered yet: no regression";
    EXPECT_EQ(p.otherChanges, QStringList {QStringLiteral("PIL-1-04")});
    EXPECT_TRUE(p.unchanged.contains(QStringLiteral("PIL-1-01")));
    EXPECT_EQ(p.newlyMet.size() + p.lost.size() + p.notReviewed.size() + p.otherChanges.size() + p.unchanged.size(),
        ecoles().criteria().size());
    EXPECT_FALSE(Progress::compute(ecoles(), before, before, {}, {}).hasRegression());
}

TEST(Progress, AnActionDoneInBothPlansCountsOnce)
{
    const Progress progress
        = Progress::compute(ecoles(), {}, {}, {action("Former au TNI", ActionStatus::Done, "FOR-2-01")},
            {action("Former au TNI", ActionStatus::Done, "FOR-2-01"), action("Autre", ActionStatus::Done)});
    EXPECT_EQ(titles(progress.actionsDone), (QStringList {QStringLiteral("Former au TNI"), QStringLiteral("Autre")}));
}

TEST(Progress, NothingChangedIsNoProgressAndNoRegression)
{
    const AnswerMap answers = met({"PIL-1-01", "FOR-1-01"});
    const Progress progress = Progress::compute(ecoles(), answers, answers, {}, {});
    EXPECT_TRUE(progress.rose().isEmpty());
    EXPECT_TRUE(progress.fell().isEmpty());
    EXPECT_TRUE(progress.newlyMet.isEmpty());
    EXPECT_TRUE(progress.lost.isEmpty());
    EXPECT_FALSE(progress.hasRegression());
    EXPECT_TRUE(progress.actionsDone.isEmpty());
}

// A whole domain rising from 0 to 3 (FOR: 1 + 4 + 3 criteria), and answers
// to criteria an older version of the grid had, which are left out.
TEST(Progress, ADomainClimbsToTheTopAndUnknownCriteriaAreIgnored)
{
    AnswerMap before;
    before.insert(QStringLiteral("FOR-9-99"), AnswerStatus::Met);
    const AnswerMap after
        = met({"FOR-1-01", "FOR-2-01", "FOR-2-02", "FOR-2-03", "FOR-2-04", "FOR-3-01", "FOR-3-02", "FOR-3-03"});
    const Progress progress = Progress::compute(ecoles(), before, after, {}, {});
    ASSERT_EQ(progress.rose().size(), 1);
    EXPECT_EQ(progress.rose().at(0).before, 0);
    EXPECT_EQ(progress.rose().at(0).after, 3);
    EXPECT_EQ(progress.newlyMet.size(), 8);
    EXPECT_TRUE(progress.lost.isEmpty());
}

namespace {

class PlanTest : public ::testing::Test
{
protected:
    Storage &storage() { return m_db.storage(); }

    qint64 school()
    {
        if (m_school == 0)
            m_school = storage().addEstablishment(sampleEcole()).value();
        return m_school;
    }

    qint64 assessment(const char *year, std::optional<qint64> copyFrom = std::nullopt)
    {
        const Result<qint64> id = storage().createAssessment({school(), QStringLiteral("creteil-ecoles"),
            QString::fromLatin1(year), QStringLiteral("Mme Dupont"), QStringLiteral("directrice"), copyFrom});
        EXPECT_TRUE(id.ok()) << id.error().toStdString();
        return id.ok() ? id.value() : 0;
    }

    qint64 add(qint64 assessmentId, ActionItem item)
    {
        item.assessmentId = assessmentId;
        const Result<qint64> id = storage().addActionItem(item);
        EXPECT_TRUE(id.ok()) << id.error().toStdString();
        return id.ok() ? id.value() : 0;
    }

    TemporaryDatabase m_db;
    qint64 m_school = 0;
};

} // namespace

TEST_F(PlanTest, OpenActionsCarryOverToNextYearsAssessment)
{
    const qint64 last = assessment("2024-2025");
    ActionItem todo = action("Équiper deux classes d'un TNI", ActionStatus::Todo, "EQU-2-01");
    todo.owner = QStringLiteral("Mairie de Créteil");
    todo.dueDate = QDate(2025, 6, 30);
    todo.funder = Funder::Commune;
    todo.priority = 3;
    add(last, todo);
    add(last, action("Former l'équipe à l'ENT", ActionStatus::InProgress, "FOR-2-01"));
    add(last, action("Charte d'usage signée", ActionStatus::Done));
    add(last, action("Club robotique", ActionStatus::Abandoned));
    ASSERT_TRUE(storage().validateAssessment(last).ok());

    // Starting empty carries nothing over; starting from last year does.
    const qint64 other = storage()
                             .createAssessment({school(), QStringLiteral("creteil-etablissements"),
                                 QStringLiteral("2025-2026"), QString(), QString(), std::nullopt})
                             .value();
    EXPECT_TRUE(storage().actionItems(other).value().isEmpty());

    const qint64 next = assessment("2025-2026", last);
    const QList<ActionItem> carried = storage().actionItems(next).value();
    ASSERT_EQ(carried.size(), 2);
    EXPECT_EQ(carried.at(0).title, todo.title); // priority 3 first
    EXPECT_EQ(carried.at(0).owner, todo.owner);
    EXPECT_EQ(carried.at(0).dueDate, todo.dueDate);
    EXPECT_EQ(carried.at(0).funder, Funder::Commune);
    EXPECT_EQ(carried.at(0).criterionId, QStringLiteral("EQU-2-01"));
    EXPECT_EQ(carried.at(0).status, ActionStatus::Todo);
    EXPECT_EQ(carried.at(0).assessmentId, next);
    EXPECT_EQ(carried.at(1).status, ActionStatus::InProgress);
    EXPECT_NE(carried.at(0).id, 0);
    // Last year's plan is left as it was.
    EXPECT_EQ(storage().actionItems(last).value().size(), 4);
    // The carried copy overdue in the new year.
    EXPECT_TRUE(isOverdue(carried.at(0), QDate(2025, 9, 1)));
    EXPECT_FALSE(isOverdue(carried.at(0), QDate(2025, 6, 30)));
}

TEST_F(PlanTest, APlanStaysEditableOnceValidated)
{
    const qint64 id = assessment("2025-2026");
    const qint64 item = add(id, action("Renouveler les tablettes", ActionStatus::Todo));
    ASSERT_TRUE(storage().validateAssessment(id).ok());
    ActionItem done = storage().actionItems(id).value().at(0);
    done.status = ActionStatus::Done;
    ASSERT_TRUE(storage().updateActionItem(done).ok());
    EXPECT_EQ(storage().actionItems(id).value().at(0).status, ActionStatus::Done);
    EXPECT_FALSE(storage().addActionItem(action("Autre", ActionStatus::Todo)).ok()); // no assessment 0
    ASSERT_TRUE(storage().removeActionItem(item).ok());
    // The answers themselves stay locked.
    EXPECT_FALSE(storage().editAnswer(id, {QStringLiteral("PIL-1-01"), AnswerStatus::Met, {}, {}}).ok());
}

TEST_F(PlanTest, PredecessorAndProgressFromTheStoredAssessments)
{
    const qint64 first = assessment("2023-2024");
    EXPECT_FALSE(storage().predecessor(first).value().has_value());
    ASSERT_TRUE(storage().editAnswer(first, {QStringLiteral("FOR-1-01"), AnswerStatus::Met, {}, {}}).ok());
    ASSERT_TRUE(storage().editAnswer(first, {QStringLiteral("PIL-1-01"), AnswerStatus::Met, {}, {}}).ok());
    add(first, action("Réunir la commission", ActionStatus::Done));

    // Started empty, two years later: the predecessor is found by year.
    const qint64 later = assessment("2025-2026");
    ASSERT_EQ(storage().predecessor(later).value()->id, first);
    ASSERT_TRUE(storage().editAnswer(later, {QStringLiteral("FOR-1-01"), AnswerStatus::Met, {}, {}}).ok());
    ASSERT_TRUE(storage().editAnswer(later, {QStringLiteral("RES-1-01"), AnswerStatus::Met, {}, {}}).ok());

    const AssessmentRecord report = loadAssessmentRecord(storage(), later).value();
    const std::optional<Progress> progress = loadProgress(storage(), report).value();
    ASSERT_TRUE(progress.has_value());
    EXPECT_EQ(progress->previous.schoolYear, QStringLiteral("2023-2024"));
    EXPECT_EQ(progress->newlyMet, QStringList {QStringLiteral("RES-1-01")});
    EXPECT_TRUE(progress->lost.isEmpty());
    EXPECT_EQ(progress->notReviewed, QStringList {QStringLiteral("PIL-1-01")}); // blank, not lost
    EXPECT_EQ(titles(progress->actionsDone), QStringList {QStringLiteral("Réunir la commission")});

    // Copied from: the source is the predecessor even with a year in between.
    const qint64 middle = assessment("2024-2025", first);
    EXPECT_EQ(storage().predecessor(middle).value()->id, first);
    EXPECT_EQ(storage().predecessor(later).value()->id, middle);
}

TEST_F(PlanTest, KeepsTheCommissionMeeting)
{
    const qint64 id = assessment("2025-2026");
    CommissionMeeting meeting = storage().commissionMeeting(id).value();
    EXPECT_FALSE(meeting.date.isValid());
    EXPECT_TRUE(meeting.members.isEmpty());

    meeting.date = QDate(2026, 1, 15);
    meeting.members = QStringLiteral("Mme Dupont, directrice\n\n  M. Martin, référent numérique  \n");
    ASSERT_TRUE(storage().saveCommissionMeeting(meeting).ok());
    meeting.date = QDate(2026, 1, 22);
    ASSERT_TRUE(storage().saveCommissionMeeting(meeting).ok());
    m_db.reopen();
    const CommissionMeeting read = storage().commissionMeeting(id).value();
    EXPECT_EQ(read.date, QDate(2026, 1, 22));
    EXPECT_EQ(read.memberList(),
        (QStringList {QStringLiteral("Mme Dupont, directrice"), QStringLiteral("M. Martin, référent numérique")}));
    EXPECT_FALSE(storage().commissionMeeting(9999).ok());
    meeting.assessmentId = 9999;
    EXPECT_FALSE(storage().saveCommissionMeeting(meeting).ok());
}

// A jalon is chosen: choosing another cell of the axis clears the first one
// (both changes in the history), and a cell cannot be "en cours".
TEST_F(PlanTest, AJalonIsChosenOnePerAxis)
{
    const qint64 college = storage().addEstablishment(sampleCollege()).value();
    const qint64 id = storage()
                          .createAssessment({college, QStringLiteral("creteil-jalons"), QStringLiteral("2025-2026"),
                              QString(), QString(), std::nullopt})
                          .value();
    ASSERT_TRUE(storage().editAnswer(id, {QStringLiteral("DYN-J2"), AnswerStatus::Met, QStringLiteral("vu"), {}}).ok());
    ASSERT_TRUE(storage().editAnswer(id, {QStringLiteral("DYN-J3"), AnswerStatus::Met, {}, {}}).ok());
    const AnswerMap answers = storage().answerMap(id).value();
    EXPECT_EQ(answers.value(QStringLiteral("DYN-J3")), AnswerStatus::Met);
    EXPECT_EQ(answers.value(QStringLiteral("DYN-J2"), AnswerStatus::Unanswered), AnswerStatus::Unanswered);
    EXPECT_EQ(storage().evaluate(id)->domain(QStringLiteral("DYN"))->palier, 3);
    const QList<AnswerHistoryEntry> history = storage().history(id).value();
    ASSERT_EQ(history.size(), 3);
    EXPECT_EQ(history.at(1).criterionId, QStringLiteral("DYN-J2"));
    EXPECT_EQ(history.at(1).newStatus, AnswerStatus::Unanswered);
    // Another axis is left alone.
    ASSERT_TRUE(storage().editAnswer(id, {QStringLiteral("ORG-J1"), AnswerStatus::Met, {}, {}}).ok());
    EXPECT_EQ(storage().answerMap(id)->value(QStringLiteral("DYN-J3")), AnswerStatus::Met);

    const Status refused = storage().editAnswer(id, {QStringLiteral("ORG-J2"), AnswerStatus::InProgress, {}, {}});
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains(QStringLiteral("ORG-J2")));
    EXPECT_FALSE(storage().answerMap(id)->contains(QStringLiteral("ORG-J2")));
}

// A draft not reviewed yet: what was met last year and is blank now waits
// for review; only a criterion answered en cours or non atteint is lost.
TEST(Progress, UnansweredIsNotReviewedYetNotLost)
{
    const AnswerMap before = met({"PIL-1-01", "PIL-1-02", "FOR-1-01", "EQU-1-01"});
    AnswerMap after;
    after.insert(QStringLiteral("PIL-1-01"), AnswerStatus::Met);
    after.insert(QStringLiteral("FOR-1-01"), AnswerStatus::NotMet);
    after.insert(QStringLiteral("EQU-1-01"), AnswerStatus::NotApplicable);
    const Progress progress = Progress::compute(ecoles(), before, after, {}, {});
    EXPECT_EQ(progress.lost, QStringList {QStringLiteral("FOR-1-01")});
    EXPECT_EQ(progress.notReviewed, QStringList {QStringLiteral("PIL-1-02")});
    EXPECT_TRUE(progress.hasRegression());
    const Progress blank = Progress::compute(ecoles(), before, {}, {}, {});
    EXPECT_TRUE(blank.lost.isEmpty());
    EXPECT_EQ(blank.notReviewed.size(), 4);
    EXPECT_FALSE(blank.hasRegression());
}

// The jalons compare axis by axis: moving up lists the new cell, moving down
// the old one, an axis not placed again yet waits for review.
TEST(Progress, JalonsCompareTheStageOfEachAxis)
{
    const Referential &jalons = bundled(QStringLiteral("creteil-jalons"));
    const AnswerMap before = met({"DYN-J3", "ORG-J1", "ESP-J2", "RSC-J2"});
    const AnswerMap after = met({"DYN-J4", "ORG-J2", "ESP-J1", "LIT-J1"});
    const Progress progress = Progress::compute(jalons, before, after, {}, {});
    EXPECT_EQ(progress.newlyMet,
        (QStringList {QStringLiteral("DYN-J4"), QStringLiteral("ORG-J2"), QStringLiteral("LIT-J1")}));
    EXPECT_EQ(progress.lost, QStringList {QStringLiteral("ESP-J2")});
    EXPECT_EQ(progress.notReviewed, QStringList {QStringLiteral("RSC-J2")});
    EXPECT_EQ(progress.rose().size(), 3);
    EXPECT_EQ(progress.fell().size(), 2);
}

TEST_F(PlanTest, CopiesOnlyFromAnEarlierYearOfTheSameGrid)
{
    const qint64 last = assessment("2024-2025");
    const qint64 later = assessment("2026-2027");
    EXPECT_FALSE(storage()
                     .createAssessment({school(), QStringLiteral("creteil-ecoles"), QStringLiteral("2025-2026"),
                         QString(), QString(), later})
                     .ok());
    EXPECT_FALSE(storage()
                     .createAssessment({school(), QStringLiteral("creteil-etablissements"), QStringLiteral("2025-2026"),
                         QString(), QString(), last})
                     .ok());
    EXPECT_TRUE(storage()
                    .createAssessment({school(), QStringLiteral("creteil-ecoles"), QStringLiteral("2025-2026"),
                        QString(), QString(), last})
                    .ok());
}

TEST_F(PlanTest, AMeetingWithADateAndNoMembersIsKept)
{
    const qint64 id = assessment("2025-2026");
    CommissionMeeting meeting;
    meeting.assessmentId = id;
    meeting.date = QDate(2026, 1, 15);
    const Status saved = storage().saveCommissionMeeting(meeting);
    ASSERT_TRUE(saved.ok()) << saved.error().toStdString();
    EXPECT_EQ(storage().commissionMeeting(id)->date, QDate(2026, 1, 15));
    EXPECT_TRUE(storage().commissionMeeting(id)->memberList().isEmpty());
}
