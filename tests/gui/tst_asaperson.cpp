// The window driven only as a person drives it: clicks, key presses and real
// time on the event loop past every timer, then a restart on the same file to
// see what was really stored. Nothing here calls the editor's internal
// commit: if typing is lost for a person, these tests see it.

#include "actionplanmodel.h"
#include "actionplanview.h"
#include "establishmentspage.h"
#include "exportactions.h"
#include "grideditor.h"
#include "mainwindow.h"
#include "session.h"
#include "temporarydatabase.h"
#include "windowtesting.h"

#include <gtest/gtest.h>
#include <QAction>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Paliers;
using namespace Paliers::TestSupport;

namespace {

// Past the editor's idle delay (0.8 s), as a person pauses.
constexpr int Pause = 1500;

QString pdfText(const QString &path)
{
    QProcess process;
    process.start(
        QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    if (!process.waitForFinished(30000))
        return QString();
    // pdftotext breaks lines where the PDF does: compare without white space.
    return QString::fromUtf8(process.readAllStandardOutput()).simplified();
}

class AsAPersonTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        Result<ReferentialCatalog> catalog = ReferentialCatalog::bundled();
        ASSERT_TRUE(catalog.ok());
        m_catalog = std::move(catalog).value();
        // The école and its assessment exist already: what is tested is
        // what a person does with them.
        Result<std::unique_ptr<Session>> session = Session::open(databasePath(), m_catalog);
        ASSERT_TRUE(session.ok());
        Storage &storage = (*session)->storage();
        const Result<qint64> school = storage.addEstablishment(sampleEcole());
        ASSERT_TRUE(school.ok());
        const Result<qint64> assessment = storage.createAssessment({.establishmentId = *school,
            .referentialId = QStringLiteral("creteil-ecoles"),
            .schoolYear = QStringLiteral("2025-2026")});
        ASSERT_TRUE(assessment.ok());
        m_assessmentId = *assessment;
    }

    QString databasePath() const { return m_dir.filePath(QStringLiteral("ecole.sqlite")); }

    // Starts the app on the database and opens the assessment from the list
    // of the establishments page, as a person would: click, Return.
    std::unique_ptr<MainWindow> startAndOpen()
    {
        std::unique_ptr<MainWindow> window = TestSupport::startWindow(m_dir, databasePath());
        if (!window)
            return nullptr;
        window->resize(1100, 760);
        openFirstAssessment(*window);
        return window;
    }

    static QTreeWidget *criteria(MainWindow &window)
    {
        return window.gridEditor()->findChild<QTreeWidget *>(QStringLiteral("criteria"));
    }

    static QPlainTextEdit *comment(MainWindow &window)
    {
        return window.gridEditor()->findChild<QPlainTextEdit *>(QStringLiteral("comment"));
    }

    static QLineEdit *evidence(MainWindow &window)
    {
        return window.gridEditor()->findChild<QLineEdit *>(QStringLiteral("evidence"));
    }

    // Clicks the row of a criterion of the domain on screen.
    static void clickCriterion(MainWindow &window, const QString &id)
    {
        QTreeWidget *tree = criteria(window);
        QTreeWidgetItem *found = nullptr;
        for (QTreeWidgetItemIterator it(tree); *it; ++it) {
            if ((*it)->toolTip(0).startsWith(id))
                found = *it;
        }
        ASSERT_NE(found, nullptr) << id.toStdString();
        tree->scrollToItem(found);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualItemRect(found).center());
        ASSERT_EQ(window.gridEditor()->currentCriterionId(), id);
    }

    static void clickDomain(MainWindow &window, int row)
    {
        auto *domains = window.gridEditor()->findChild<QListWidget *>();
        ASSERT_NE(domains, nullptr);
        QTest::mouseClick(
            domains->viewport(), Qt::LeftButton, {}, domains->visualItemRect(domains->item(row)).center());
        ASSERT_EQ(domains->currentRow(), row);
    }

    // Clicks into a text field and types, as a person does.
    static void typeInto(QWidget *field, QWidget *clickTarget, const QString &text)
    {
        QTest::mouseClick(clickTarget, Qt::LeftButton, {}, QPoint(8, 8));
        ASSERT_TRUE(QTest::qWaitFor([field] { return field->hasFocus(); }, 1000));
        QTest::keyClicks(field, text);
    }

    // What the file holds, read by a fresh session as a restart would.
    AnswerState stored(const QString &criterionId)
    {
        Result<std::unique_ptr<Session>> session = Session::open(databasePath(), m_catalog);
        EXPECT_TRUE(session.ok());
        if (!session)
            return {};
        const Result<QList<Answer>> answers = (*session)->storage().answers(m_assessmentId);
        EXPECT_TRUE(answers.ok());
        const QList<Answer> list = answers ? answers.value() : QList<Answer>();
        for (const Answer &answer : list) {
            if (answer.criterionId == criterionId)
                return {answer.status, answer.comment, answer.evidence};
        }
        return {};
    }

    QTemporaryDir m_dir;
    ReferentialCatalog m_catalog;
    qint64 m_assessmentId = 0;
};

} // namespace

TEST_F(AsAPersonTest, ACommentTypedThenAPauseThenAnotherCriterionIsKeptAndPrinted)
{
    {
        std::unique_ptr<MainWindow> window = startAndOpen();
        clickCriterion(*window, QStringLiteral("PIL-1-02"));
        QTest::keyClick(criteria(*window), Qt::Key_1); // atteint, and the next criterion
        clickCriterion(*window, QStringLiteral("PIL-1-02"));
        typeInto(comment(*window), comment(*window)->viewport(), QStringLiteral("Charte votee en conseil"));
        QTest::qWait(Pause);
        // More after the first idle write: it must be written too.
        QTest::keyClicks(comment(*window), QStringLiteral(" le 12 mars"));
        QTest::qWait(Pause);
        QTest::keyClicks(comment(*window), QStringLiteral(", affichee"));
        QTest::qWait(300); // shorter than the idle delay
        clickCriterion(*window, QStringLiteral("PIL-1-04"));
        window->close();
    }
    const QString typed = QStringLiteral("Charte votee en conseil le 12 mars, affichee");
    EXPECT_EQ(stored(QStringLiteral("PIL-1-02")).comment, typed);
    EXPECT_EQ(stored(QStringLiteral("PIL-1-02")).status, AnswerStatus::Met);
    EXPECT_EQ(stored(QStringLiteral("PIL-1-04")).comment, QString()) << "written to the criterion it was typed for";

    // After a restart the grid shows it, and the PDF report prints it.
    std::unique_ptr<MainWindow> window = startAndOpen();
    clickCriterion(*window, QStringLiteral("PIL-1-02"));
    EXPECT_EQ(comment(*window)->toPlainText(), typed);
    const QString pdf = m_dir.filePath(QStringLiteral("rapport.pdf"));
    ASSERT_TRUE(window->exportActions()->exportPdf(pdf).ok());
    EXPECT_TRUE(pdfText(pdf).contains(typed)) << pdfText(pdf).left(400).toStdString();
}

TEST_F(AsAPersonTest, EvidenceTypedThenAPauseThenTabIsKept)
{
    {
        std::unique_ptr<MainWindow> window = startAndOpen();
        clickCriterion(*window, QStringLiteral("PIL-1-03"));
        typeInto(evidence(*window), evidence(*window), QStringLiteral("ENT, espace direction"));
        QTest::qWait(Pause);
        QTest::keyClicks(evidence(*window), QStringLiteral(" / compte rendu"));
        QTest::keyClick(evidence(*window), Qt::Key_Tab);
        QTest::qWait(100);
        EXPECT_FALSE(evidence(*window)->hasFocus());
        window->close();
    }
    EXPECT_EQ(stored(QStringLiteral("PIL-1-03")).evidence, QStringLiteral("ENT, espace direction / compte rendu"));
}

TEST_F(AsAPersonTest, ACommentTypedThenAnotherDomainIsKept)
{
    {
        std::unique_ptr<MainWindow> window = startAndOpen();
        clickCriterion(*window, QStringLiteral("PIL-1-01"));
        typeInto(comment(*window), comment(*window)->viewport(), QStringLiteral("Projet d'ecole"));
        QTest::qWait(Pause);
        QTest::keyClicks(comment(*window), QStringLiteral(" 2024-2027"));
        clickDomain(*window, 1);
        EXPECT_EQ(window->gridEditor()->currentDomainId(), QStringLiteral("FOR"));
        window->close();
    }
    EXPECT_EQ(stored(QStringLiteral("PIL-1-01")).comment, QStringLiteral("Projet d'ecole 2024-2027"));
}

TEST_F(AsAPersonTest, ACommentTypedThenAnotherTabIsKept)
{
    {
        std::unique_ptr<MainWindow> window = startAndOpen();
        clickCriterion(*window, QStringLiteral("PIL-1-05"));
        typeInto(comment(*window), comment(*window)->viewport(), QStringLiteral("Vu avec l'IEN"));
        QTest::qWait(Pause);
        QTest::keyClicks(comment(*window), QStringLiteral(" en juin"));
        auto *tabs = window->findChild<QTabWidget *>();
        ASSERT_NE(tabs, nullptr);
        QTabBar *bar = tabs->tabBar();
        QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(2).center()); // Plan d'action
        ASSERT_EQ(tabs->currentWidget(), window->actionPlanView());
        EXPECT_EQ(stored(QStringLiteral("PIL-1-05")).comment, QStringLiteral("Vu avec l'IEN en juin"))
            << "written when the tab changed, before the window closes";
        window->close();
    }
}

TEST_F(AsAPersonTest, ACommentTypedThenTheWindowClosedAtOnceIsKept)
{
    {
        std::unique_ptr<MainWindow> window = startAndOpen();
        clickDomain(*window, 1);
        clickCriterion(*window, QStringLiteral("FOR-1-01"));
        typeInto(comment(*window), comment(*window)->viewport(), QStringLiteral("Animation pedagogique"));
        window->close(); // no pause at all
    }
    EXPECT_EQ(stored(QStringLiteral("FOR-1-01")).comment, QStringLiteral("Animation pedagogique"));
}

// With an assessment open, the IEN opens another database: nothing of the
// first school stays on screen, and every button and tab then works on the
// new file (this crashed: the plan kept a pointer into the closed session).
TEST_F(AsAPersonTest, OpeningAnotherDatabaseClearsEveryViewAndNothingCrashes)
{
    std::unique_ptr<MainWindow> window = startAndOpen();
    clickCriterion(*window, QStringLiteral("PIL-1-01"));
    typeInto(comment(*window), comment(*window)->viewport(), QStringLiteral("Avant le changement"));
    auto *tabs = window->findChild<QTabWidget *>();
    QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(2).center());
    ASSERT_FALSE(window->actionPlanView()->proposals().isEmpty());

    // Fichier → Revenir à la base par défaut (an empty database in this HOME).
    QAction *back = nullptr;
    for (QAction *action : window->menuBar()->actions().first()->menu()->actions()) {
        if (action->text().remove(QLatin1Char('&')).contains(QStringLiteral("par défaut")))
            back = action;
    }
    ASSERT_NE(back, nullptr);
    back->trigger();
    QTest::qWait(50);
    ASSERT_NE(window->session(), nullptr);
    EXPECT_NE(window->session()->path(), databasePath());
    EXPECT_EQ(stored(QStringLiteral("PIL-1-01")).comment, QStringLiteral("Avant le changement"))
        << "what was typed is written before the database changes";

    EXPECT_FALSE(window->gridEditor()->isVisible());
    EXPECT_FALSE(window->actionPlanView()->isVisible());
    EXPECT_EQ(window->gridEditor()->assessmentId(), 0);
    EXPECT_EQ(window->actionPlanView()->model()->rowCount(), 0);
    EXPECT_TRUE(window->actionPlanView()->proposals().isEmpty());
    for (QPushButton *button : window->actionPlanView()->findChildren<QPushButton *>())
        EXPECT_FALSE(button->isEnabled()) << button->text().toStdString();
    // The views' shortcuts: nothing to show, nothing happens.
    for (int key : {Qt::Key_2, Qt::Key_3, Qt::Key_5, Qt::Key_4, Qt::Key_1}) {
        QTest::keyClick(window.get(), static_cast<Qt::Key>(key), Qt::ControlModifier);
        QTest::qWait(20);
    }
    QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier);

    // Back to the school's database: everything works on it again.
    ASSERT_TRUE(window->openDatabase(databasePath()));
    QTest::keyClick(window.get(), Qt::Key_1, Qt::ControlModifier);
    openFirstAssessment(*window);
    QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(2).center());
    ASSERT_TRUE(window->actionPlanView()->isVisible());
    auto *proposals = window->actionPlanView()->findChild<QTableWidget *>(QStringLiteral("proposals"));
    ASSERT_NE(proposals, nullptr);
    QTest::mouseClick(
        proposals->viewport(), Qt::LeftButton, {}, proposals->visualItemRect(proposals->item(0, 2)).center());
    EXPECT_EQ(window->actionPlanView()->model()->rowCount(), 1);
}

// Ctrl+Z on the plan page undoes the plan's last change, never an answer of
// the grid that is not on screen; back on the grid, Ctrl+Z undoes the grid.
TEST_F(AsAPersonTest, UndoOnThePlanPageUndoesThePlansLastChangeOnly)
{
    std::unique_ptr<MainWindow> window = startAndOpen();
    clickCriterion(*window, QStringLiteral("PIL-1-01"));
    QTest::keyClick(criteria(*window), Qt::Key_1);
    ASSERT_EQ(stored(QStringLiteral("PIL-1-01")).status, AnswerStatus::Met);

    auto *tabs = window->findChild<QTabWidget *>();
    QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(2).center());
    ActionPlanView *plan = window->actionPlanView();
    auto *proposals = plan->findChild<QTableWidget *>(QStringLiteral("proposals"));
    QTest::mouseClick(
        proposals->viewport(), Qt::LeftButton, {}, proposals->visualItemRect(proposals->item(0, 2)).center());
    ASSERT_EQ(plan->model()->rowCount(), 1);
    auto *table = plan->findChild<QTableView *>(QStringLiteral("actions"));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
        table->visualRect(table->model()->index(0, ActionPlanModel::TitleColumn)).center());
    QPushButton *done = nullptr;
    for (QPushButton *button : plan->findChildren<QPushButton *>()) {
        if (button->text().remove(QLatin1Char('&')).contains(QStringLiteral("faite")))
            done = button;
    }
    ASSERT_NE(done, nullptr);
    QTest::mouseClick(done, Qt::LeftButton);
    ASSERT_EQ(plan->model()->item(0)->status, ActionStatus::Done);

    QAction *undo = window->findChild<QAction *>(QStringLiteral("undo"));
    ASSERT_NE(undo, nullptr);
    EXPECT_TRUE(undo->text().contains(QStringLiteral("faite"))) << undo->text().toStdString();
    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
    ASSERT_EQ(plan->model()->rowCount(), 1);
    EXPECT_EQ(plan->model()->item(0)->status, ActionStatus::Todo) << "the plan's last change is undone";
    EXPECT_EQ(stored(QStringLiteral("PIL-1-01")).status, AnswerStatus::Met) << "the grid is untouched";
    // Once more: the adoption goes; the grid's answer still stays.
    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(plan->model()->rowCount(), 0);
    EXPECT_EQ(stored(QStringLiteral("PIL-1-01")).status, AnswerStatus::Met);
    EXPECT_FALSE(undo->isEnabled()) << "the plan's history is empty";
    // Redo puts the action back under its own number, then marks it done.
    window->findChild<QAction *>(QStringLiteral("redo"))->trigger(); // Édition → Rétablir
    window->findChild<QAction *>(QStringLiteral("redo"))->trigger();
    ASSERT_EQ(plan->model()->rowCount(), 1);
    EXPECT_EQ(plan->model()->item(0)->status, ActionStatus::Done);

    // On the grid, the grid's history.
    QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(0).center());
    EXPECT_TRUE(undo->text().contains(QStringLiteral("PIL-1-01"))) << undo->text().toStdString();
    QTest::keyClick(criteria(*window), Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(stored(QStringLiteral("PIL-1-01")).status, AnswerStatus::Unanswered);
    EXPECT_EQ(plan->model()->rowCount(), 1) << "the plan is untouched";
}
