#include "actionplanmodel.h"
#include "actionplanview.h"
#include "commissiondialog.h"
#include "dialoghelper.h"
#include "exportactions.h"
#include "grideditor.h"
#include "mainwindow.h"
#include "rubriceditor.h"
#include "session.h"
#include "summaryview.h"
#include "temporarydatabase.h"

#include <gtest/gtest.h>
#include <QAction>
#include <QFileInfo>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Paliers;
using namespace Paliers::TestSupport;

namespace {

// A 2025-2026 écoles assessment with PIL palier 1 met and nothing else.
class ActionPlanTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_catalog = ReferentialCatalog::bundled().value();
        Result<std::unique_ptr<Session>> session = Session::open(databasePath(), m_catalog);
        ASSERT_TRUE(session.ok());
        Storage &storage = (*session)->storage();
        m_id = addEcoleAtPilPalierOne(storage);
        ASSERT_NE(m_id, 0);
    }

    std::unique_ptr<MainWindow> startApp()
    {
        auto window = std::make_unique<MainWindow>(m_catalog, m_dir.filePath(QStringLiteral("settings.ini")));
        window->openInitialDatabase(databasePath());
        window->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        EXPECT_TRUE(window->showAssessment(m_id));
        return window;
    }

    QString databasePath() const { return m_dir.filePath(QStringLiteral("école.sqlite")); }

    QTemporaryDir m_dir;
    ReferentialCatalog m_catalog;
    qint64 m_id = 0;
};

QStringList column(const QAbstractItemModel *model, int column)
{
    QStringList values;
    for (int row = 0; row < model->rowCount(); ++row)
        values.append(model->index(row, column).data().toString());
    return values;
}

} // namespace

TEST_F(ActionPlanTest, ProposesTheBlockingCriteriaAndAdoptsOneInOneClick)
{
    std::unique_ptr<MainWindow> window = startApp();
    window->showActionPlan();
    ActionPlanView *view = window->actionPlanView();
    ASSERT_TRUE(view->isVisible());

    // PIL stands at 1: its four palier-2 criteria block; the other domains
    // are blocked by their palier-1 criteria.
    QStringList expected;
    for (const DomainResult &domain : window->gridEditor()->evaluation().domains)
        expected.append(domain.blocking);
    EXPECT_EQ(view->proposals(), expected);
    EXPECT_TRUE(view->proposals().contains(QStringLiteral("PIL-2-01")));

    ASSERT_TRUE(view->adopt(QStringLiteral("PIL-2-01")));
    const QList<ActionItem> stored = window->session()->storage().actionItems(m_id).value();
    ASSERT_EQ(stored.size(), 1);
    EXPECT_EQ(stored.at(0).criterionId, QStringLiteral("PIL-2-01"));
    EXPECT_EQ(stored.at(0).title, window->gridEditor()->referential()->criterion(QStringLiteral("PIL-2-01"))->text);
    EXPECT_EQ(stored.at(0).status, ActionStatus::Todo);
    EXPECT_FALSE(view->proposals().contains(QStringLiteral("PIL-2-01")));
    EXPECT_EQ(view->proposals().size(), expected.size() - 1);
    EXPECT_EQ(view->model()->rowCount(), 1);
}

TEST_F(ActionPlanTest, SortsMarksOverdueActionsAndStaysEditableOnceValidated)
{
    std::unique_ptr<MainWindow> window = startApp();
    window->showActionPlan();
    ActionPlanView *view = window->actionPlanView();
    const auto add = [&](const char *title, QDate due, ActionStatus status, int priority) {
        ActionItem item;
        item.title = QString::fromUtf8(title);
        item.owner = QStringLiteral("Mme Durand");
        item.dueDate = due;
        item.status = status;
        item.priority = priority;
        ASSERT_TRUE(view->addAction(item));
    };
    add("Sans date", QDate(), ActionStatus::Todo, 0);
    add("Charte au conseil d'école", QDate(2026, 3, 31), ActionStatus::Todo, 2);
    add("Former au TNI", QDate(2025, 11, 15), ActionStatus::InProgress, 1);
    add("Inventaire fait", QDate(2025, 10, 1), ActionStatus::Done, 0);
    view->model()->setToday(QDate(2026, 1, 10));

    // Only the open action past its date is overdue (the done one is not).
    EXPECT_EQ(view->model()->overdueCount(), 1);
    QTableView *table = view->table();
    table->sortByColumn(ActionPlanModel::DueDateColumn, Qt::AscendingOrder);
    EXPECT_EQ(column(table->model(), ActionPlanModel::TitleColumn),
        (QStringList {QStringLiteral("Inventaire fait"), QStringLiteral("Former au TNI"),
            QStringLiteral("Charte au conseil d'école"), QStringLiteral("Sans date")}));
    const QModelIndex overdue = table->model()->index(1, ActionPlanModel::StatusColumn);
    EXPECT_TRUE(overdue.data().toString().contains(
        ActionPlanModel::tr("%1 — overdue").arg(actionStatusLabel(ActionStatus::InProgress))));
    EXPECT_TRUE(overdue.data(Qt::BackgroundRole).isValid());
    EXPECT_FALSE(table->model()->index(0, ActionPlanModel::StatusColumn).data(Qt::BackgroundRole).isValid());

    table->sortByColumn(ActionPlanModel::PriorityColumn, Qt::DescendingOrder);
    EXPECT_EQ(
        column(table->model(), ActionPlanModel::TitleColumn).constFirst(), QStringLiteral("Charte au conseil d'école"));

    // Validated: the answers are locked, the plan is not.
    ASSERT_TRUE(window->session()->storage().validateAssessment(m_id).ok());
    ASSERT_TRUE(window->showAssessment(m_id));
    window->showActionPlan();
    table->setCurrentIndex(table->model()->index(0, ActionPlanModel::TitleColumn));
    view->markCurrentDone();
    const QList<ActionItem> stored = window->session()->storage().actionItems(m_id).value();
    const auto charte = std::find_if(stored.cbegin(), stored.cend(),
        [](const ActionItem &item) { return item.title == QStringLiteral("Charte au conseil d'école"); });
    ASSERT_NE(charte, stored.cend());
    EXPECT_EQ(charte->status, ActionStatus::Done);
}

TEST_F(ActionPlanTest, SimulationShowsThePalierChangeAndWritesNothing)
{
    std::unique_ptr<MainWindow> window = startApp();
    GridEditor *editor = window->gridEditor();
    auto *banner = editor->findChild<QLabel *>(QStringLiteral("simulationBanner"));
    ASSERT_NE(banner, nullptr);
    EXPECT_EQ(editor->evaluation().domain(QStringLiteral("FOR"))->palier, 0);

    editor->setSimulation(true);
    ASSERT_TRUE(editor->isSimulating());
    EXPECT_TRUE(banner->isVisible());
    editor->setStatus(QStringLiteral("FOR-1-01"), AnswerStatus::Met);
    EXPECT_EQ(editor->evaluation().domain(QStringLiteral("FOR"))->palier, 1);
    EXPECT_EQ(editor->storedEvaluation().domain(QStringLiteral("FOR"))->palier, 0);
    EXPECT_TRUE(banner->text().contains(QStringLiteral("0 → 1")));
    EXPECT_FALSE(window->session()->storage().answerMap(m_id)->contains(QStringLiteral("FOR-1-01")));

    editor->setSimulation(false);
    EXPECT_FALSE(banner->isVisible());
    EXPECT_EQ(editor->evaluation().domain(QStringLiteral("FOR"))->palier, 0);
    EXPECT_EQ(editor->answerState(QStringLiteral("FOR-1-01")).status, AnswerStatus::Unanswered);
    EXPECT_EQ(window->session()->storage().answerMap(m_id)->size(), 5);

    // A validated assessment can be simulated too; still nothing is written.
    ASSERT_TRUE(window->session()->storage().validateAssessment(m_id).ok());
    ASSERT_TRUE(window->showAssessment(m_id));
    editor->setSimulation(true);
    editor->setStatus(QStringLiteral("PIL-1-01"), AnswerStatus::NotMet);
    EXPECT_EQ(editor->evaluation().domain(QStringLiteral("PIL"))->palier, 0);
    EXPECT_EQ(window->session()->storage().answerMap(m_id)->value(QStringLiteral("PIL-1-01")), AnswerStatus::Met);
    editor->setSimulation(false);
    EXPECT_EQ(editor->evaluation().domain(QStringLiteral("PIL"))->palier, 1);
}

TEST_F(ActionPlanTest, TheCommissionPackIsWrittenFromTheWindowAndTheMeetingKept)
{
    std::unique_ptr<MainWindow> window = startApp();
    CommissionMeeting meeting;
    meeting.date = QDate(2026, 2, 12);
    meeting.members = QStringLiteral("Mme Durand\nM. Martin");
    const QString pdf = m_dir.filePath(QStringLiteral("commission.pdf"));
    const Status written = window->exportActions()->exportCommission(pdf, meeting);
    ASSERT_TRUE(written.ok()) << written.error().toStdString();
    EXPECT_GT(QFileInfo(pdf).size(), 10000);
    const CommissionMeeting kept = window->session()->storage().commissionMeeting(m_id).value();
    EXPECT_EQ(kept.date, QDate(2026, 2, 12));
    EXPECT_EQ(kept.memberList(), (QStringList {QStringLiteral("Mme Durand"), QStringLiteral("M. Martin")}));
    EXPECT_TRUE(window->exportActions()->commissionAction()->isEnabled());
}

TEST_F(ActionPlanTest, TheJalonsHaveTheirOwnPageOneStepPerChoice)
{
    qint64 jalons = 0;
    {
        Result<std::unique_ptr<Session>> session = Session::open(databasePath(), m_catalog);
        ASSERT_TRUE(session.ok());
        Storage &storage = (*session)->storage();
        const qint64 college = storage.addEstablishment(sampleCollege()).value();
        jalons = storage
                     .createAssessment({college, QStringLiteral("creteil-jalons"), QStringLiteral("2025-2026"),
                         QString(), QString(), std::nullopt})
                     .value();
    }
    std::unique_ptr<MainWindow> window = startApp();
    ASSERT_TRUE(window->showAssessment(jalons));
    GridEditor *editor = window->gridEditor();
    ASSERT_TRUE(editor->rubricEditor()->isVisible());
    Storage &storage = window->session()->storage();

    editor->setStage(QStringLiteral("DYN"), 2);
    editor->setStage(QStringLiteral("DYN"), 3);
    EXPECT_EQ(storage.evaluate(jalons)->domain(QStringLiteral("DYN"))->palier, 3);
    EXPECT_EQ(
        storage.answerMap(jalons)->value(QStringLiteral("DYN-J2"), AnswerStatus::Unanswered), AnswerStatus::Unanswered);
    EXPECT_EQ(editor->rubricEditor()->stage(QStringLiteral("DYN")), 3);

    editor->undoStack()->undo(); // back to jalon 2, in one step
    EXPECT_EQ(storage.evaluate(jalons)->domain(QStringLiteral("DYN"))->palier, 2);
    EXPECT_EQ(editor->rubricEditor()->stage(QStringLiteral("DYN")), 2);

    editor->setSimulation(true);
    editor->setStage(QStringLiteral("ORG"), 4);
    EXPECT_EQ(editor->evaluation().domain(QStringLiteral("ORG"))->palier, 4);
    EXPECT_FALSE(storage.answerMap(jalons)->contains(QStringLiteral("ORG-J4")));
    editor->setSimulation(false);
    EXPECT_EQ(editor->rubricEditor()->stage(QStringLiteral("ORG")), 0);
}

TEST_F(ActionPlanTest, TheSummarySaysWhatChangedSinceLastYear)
{
    {
        Result<std::unique_ptr<Session>> session = Session::open(databasePath(), m_catalog);
        ASSERT_TRUE(session.ok());
        Storage &storage = (*session)->storage();
        // Last year PIL was at 1 and FOR-1-01 was met; this year FOR-1-01 is lost.
        const Assessment current = storage.assessment(m_id).value();
        const qint64 last = storage
                                .createAssessment({current.establishmentId, QStringLiteral("creteil-ecoles"),
                                    QStringLiteral("2024-2025"), QString(), QString(), std::nullopt})
                                .value();
        QList<AnswerEdit> edits {{QStringLiteral("FOR-1-01"), AnswerStatus::Met, std::nullopt, std::nullopt}};
        for (const char *id : {"PIL-1-01", "PIL-1-02", "PIL-1-03", "PIL-1-04"})
            edits.append({QString::fromLatin1(id), AnswerStatus::Met, std::nullopt, std::nullopt});
        ASSERT_TRUE(storage.editAnswers(last, edits).ok());
        ASSERT_TRUE(storage.editAnswer(m_id, {QStringLiteral("FOR-1-01"), AnswerStatus::NotMet, {}, {}}).ok());
    }
    std::unique_ptr<MainWindow> window = startApp();
    window->showSummary();
    const QString text = window->summaryView()->progressText();
    EXPECT_TRUE(text.contains(QStringLiteral("2024-2025"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("FOR-1-01"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("0 → 1"))) << text.toStdString(); // PIL rose
    EXPECT_TRUE(text.contains(QStringLiteral("1 → 0"))) << text.toStdString(); // FOR fell
}

// « La date et les membres sont conservés pour la prochaine fois »: next
// year's commission is offered last year's members.
TEST_F(ActionPlanTest, NextYearsCommissionIsOfferedLastYearsMembers)
{
    qint64 next = 0;
    {
        Result<std::unique_ptr<Session>> session = Session::open(databasePath(), m_catalog);
        ASSERT_TRUE(session.ok());
        Storage &storage = (*session)->storage();
        ASSERT_TRUE(storage
                        .saveCommissionMeeting({m_id, QDate(2026, 1, 20),
                            QStringLiteral("Mme Durand, directrice\nM. Benali, référent numérique")})
                        .ok());
        const Assessment current = storage.assessment(m_id).value();
        next = storage
                   .createAssessment({current.establishmentId, current.referentialId, QStringLiteral("2026-2027"),
                       QString(), QString(), m_id})
                   .value();
    }
    std::unique_ptr<MainWindow> window = startApp();
    ASSERT_TRUE(window->showAssessment(next));
    QString offered;
    onNextDialog<CommissionDialog>([&offered](CommissionDialog *dialog) {
        if (auto *members = dialog->findChild<QPlainTextEdit *>(QStringLiteral("members")))
            offered = members->toPlainText();
        dialog->reject();
    });
    window->findChild<QAction *>(QStringLiteral("prepareCommission"))->trigger();
    EXPECT_EQ(offered, QStringLiteral("Mme Durand, directrice\nM. Benali, référent numérique"));
}
