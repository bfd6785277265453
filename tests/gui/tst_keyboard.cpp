// The keyboard reaches everything, in both languages: every menu's
// mnemonics (the underlined letters, Alt+letter) are unique within it, and so
// are the menu bar's; the View menu lists its pages in the order of their
// shortcuts.

#include "actionplanmodel.h"
#include "actionplanview.h"
#include "dialoghelper.h"
#include "establishmentspage.h"
#include "grideditor.h"
#include "i18n.h"
#include "mainwindow.h"
#include "overviewpage.h"
#include "session.h"
#include "summaryview.h"
#include "windowtesting.h"

#include <gtest/gtest.h>
#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QStatusBar>
#include <QTabBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace Paliers;

namespace {

// The letter after a single '&', lower case; none for "&&" or no '&'.
QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

// "where: letter in «a», «b»" for each mnemonic letter that two of `texts`
// use.
QStringList sameLetter(const QString &where, const QStringList &texts)
{
    QHash<QChar, QStringList> byLetter;
    for (const QString &text : texts) {
        if (const QChar letter = mnemonic(text); !letter.isNull())
            byLetter[letter].append(text);
    }
    QStringList found;
    for (auto it = byLetter.cbegin(); it != byLetter.cend(); ++it) {
        if (it.value().size() > 1)
            found.append(QStringLiteral("%1: %2 in %3").arg(where, it.key(), it.value().join(QStringLiteral(", "))));
    }
    return found;
}

// The same for each menu, from `actions` down.
QStringList clashes(const QString &where, const QList<QAction *> &actions)
{
    QStringList texts;
    for (const QAction *action : actions) {
        if (!action->isSeparator() && action->isVisible())
            texts.append(action->menu() ? action->menu()->title() : action->text());
    }
    QStringList found = sameLetter(where, texts);
    for (const QAction *action : actions) {
        if (action->menu())
            found += clashes(action->menu()->title(), action->menu()->actions());
    }
    return found;
}

QStringList mnemonicClashes(const QString &language)
{
    EXPECT_TRUE(I18n::install(language));
    QTemporaryDir dir;
    Result<ReferentialCatalog> catalog = ReferentialCatalog::bundled();
    EXPECT_TRUE(catalog.ok());
    MainWindow window(std::move(catalog).value(), dir.filePath(QStringLiteral("settings.ini")));
    const QStringList found = clashes(QStringLiteral("menu bar"), window.menuBar()->actions());
    EXPECT_TRUE(I18n::install(QStringLiteral("fr"))); // what the other tests expect
    return found;
}

} // namespace

TEST(Keyboard, EveryMenuHasUniqueMnemonicsInFrench)
{
    const QStringList found = mnemonicClashes(QStringLiteral("fr"));
    EXPECT_TRUE(found.isEmpty()) << found.join(QLatin1Char('\n')).toStdString();
}

TEST(Keyboard, EveryMenuHasUniqueMnemonicsInEnglish)
{
    const QStringList found = mnemonicClashes(QStringLiteral("en"));
    EXPECT_TRUE(found.isEmpty()) << found.join(QLatin1Char('\n')).toStdString();
}

TEST(Keyboard, TheViewMenuListsThePagesInTheOrderOfTheirShortcuts)
{
    QTemporaryDir dir;
    Result<ReferentialCatalog> catalog = ReferentialCatalog::bundled();
    ASSERT_TRUE(catalog.ok());
    MainWindow window(std::move(catalog).value(), dir.filePath(QStringLiteral("settings.ini")));
    QMenu *view = nullptr;
    for (QAction *action : window.menuBar()->actions()) {
        if (action->menu() && action->menu()->findChildren<QMenu *>().size() > 0)
            view = action->menu(); // the one with the language submenu
    }
    ASSERT_NE(view, nullptr);
    QStringList shortcuts;
    for (const QAction *action : view->actions()) {
        if (!action->shortcut().isEmpty())
            shortcuts.append(action->shortcut().toString(QKeySequence::PortableText));
    }
    QStringList sorted = shortcuts;
    sorted.sort();
    EXPECT_EQ(shortcuts, sorted);
    EXPECT_GE(shortcuts.size(), 5);
}

namespace {

class KeyboardPathTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_window = TestSupport::startWindow(m_dir, m_dir.filePath(QStringLiteral("vide.sqlite")));
        ASSERT_NE(m_window, nullptr);
        ASSERT_TRUE(m_window->openExample());
        const Result<QList<Assessment>> assessments = m_window->session()->storage().assessments();
        ASSERT_TRUE(assessments.ok());
        for (const Assessment &assessment : *assessments) {
            if (assessment.referentialId == QStringLiteral("creteil-ecoles")
                && assessment.status == AssessmentStatus::Draft)
                m_assessmentId = assessment.id;
        }
        ASSERT_NE(m_assessmentId, 0);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_assessmentId = 0;
};

} // namespace

TEST_F(KeyboardPathTest, TheGridTakesKeysAtOnceAndMovesBetweenDomains)
{
    ASSERT_TRUE(m_window->showAssessment(m_assessmentId));
    auto *criteria = m_window->gridEditor()->findChild<QTreeWidget *>(QStringLiteral("criteria"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return QApplication::focusWidget() == criteria; }, 1000))
        << "the keys 1 to 4 answer at once, without Tab";
    EXPECT_EQ(m_window->gridEditor()->currentDomainId(), QStringLiteral("PIL"));
    QTest::keyClick(criteria, Qt::Key_PageDown, Qt::ControlModifier);
    EXPECT_EQ(m_window->gridEditor()->currentDomainId(), QStringLiteral("FOR"));
    EXPECT_EQ(QApplication::focusWidget(), criteria);
    QTest::keyClick(criteria, Qt::Key_Down, Qt::AltModifier);
    EXPECT_EQ(m_window->gridEditor()->currentDomainId(), QStringLiteral("RES"));
    QTest::keyClick(criteria, Qt::Key_PageUp, Qt::ControlModifier);
    EXPECT_EQ(m_window->gridEditor()->currentDomainId(), QStringLiteral("FOR"));

    // A key answers, moves on, and the status bar says what was written, in
    // a label a screen reader can read (tests/a11y asks it through AT-SPI).
    const QString first = m_window->gridEditor()->currentCriterionId();
    QTest::keyClick(criteria, Qt::Key_3);
    EXPECT_EQ(m_window->gridEditor()->answerState(first).status, AnswerStatus::NotMet);
    EXPECT_NE(m_window->gridEditor()->currentCriterionId(), first);
    const auto *notice = m_window->statusBar()->findChild<QLabel *>(QStringLiteral("notice"));
    ASSERT_NE(notice, nullptr);
    EXPECT_TRUE(notice->isVisible());
    EXPECT_TRUE(notice->text().contains(first)) << notice->text().toStdString();
    EXPECT_TRUE(notice->text().endsWith(QStringLiteral("Non atteint"))) << notice->text().toStdString();
    // The buttons do as the keys: answer, then the next criterion.
    const QString second = m_window->gridEditor()->currentCriterionId();
    QAbstractButton *inProgress = nullptr;
    for (QAbstractButton *button : m_window->gridEditor()->findChildren<QAbstractButton *>()) {
        if (button->text().startsWith(QStringLiteral("2 ")))
            inProgress = button;
    }
    ASSERT_NE(inProgress, nullptr);
    QTest::mouseClick(inProgress, Qt::LeftButton);
    EXPECT_EQ(m_window->gridEditor()->answerState(second).status, AnswerStatus::InProgress);
    EXPECT_NE(m_window->gridEditor()->currentCriterionId(), second);
}

TEST_F(KeyboardPathTest, ReturnOnAProposalAdoptsIt)
{
    ASSERT_TRUE(m_window->showAssessment(m_assessmentId));
    QTest::keyClick(m_window.get(), Qt::Key_4, Qt::ControlModifier); // Plan d'action
    ActionPlanView *plan = m_window->actionPlanView();
    ASSERT_TRUE(plan->isVisible());
    auto *proposals = plan->findChild<QTableWidget *>(QStringLiteral("proposals"));
    ASSERT_NE(proposals, nullptr);
    const int before = plan->model()->rowCount();
    const QString first = plan->proposals().value(0);
    ASSERT_FALSE(first.isEmpty());
    proposals->setFocus();
    proposals->setCurrentCell(0, 0);
    QTest::keyClick(proposals, Qt::Key_Return);
    EXPECT_EQ(plan->model()->rowCount(), before + 1);
    EXPECT_FALSE(plan->proposals().contains(first));
    proposals->setCurrentCell(0, 0);
    QTest::keyClick(proposals, Qt::Key_Space);
    EXPECT_EQ(plan->model()->rowCount(), before + 2);
    EXPECT_FALSE(proposals->tabKeyNavigation()) << "the list is one tab stop";
}

TEST_F(KeyboardPathTest, F1OpensTheHelpWithTheShortcuts)
{
    QString text;
    TestSupport::onNextDialog<QDialog>([&text](QDialog *dialog) {
        if (auto *browser = dialog->findChild<QTextBrowser *>(QStringLiteral("helpText")))
            text = browser->toPlainText();
        dialog->reject();
    });
    QTest::keyClick(m_window.get(), Qt::Key_F1);
    EXPECT_TRUE(text.contains(QStringLiteral("Ctrl+Page suivante"))) << text.left(300).toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Plan d'action"))) << text.left(300).toStdString();
}

// A screen reader names a field by its label only when the label is its
// buddy (Qt 6.4 on Linux reads a combo box's current text as its name
// otherwise): every filter of the establishments and the overview has one.
TEST_F(KeyboardPathTest, EveryFilterHasABuddyLabel)
{
    const auto unlabelled = [](QWidget *page) {
        QSet<const QWidget *> buddies;
        for (const QLabel *label : page->findChildren<QLabel *>()) {
            if (label->buddy())
                buddies.insert(label->buddy());
        }
        QStringList missing;
        for (QWidget *field : page->findChildren<QWidget *>()) {
            const bool input = qobject_cast<QComboBox *>(field) || qobject_cast<QLineEdit *>(field);
            if (input && field->isVisibleTo(page) && !qobject_cast<QComboBox *>(field->parentWidget())
                && !buddies.contains(field))
                missing.append(field->accessibleName().isEmpty() ? QString::fromLatin1(field->metaObject()->className())
                                                                 : field->accessibleName());
        }
        return missing;
    };
    m_window->showEstablishments();
    EXPECT_EQ(unlabelled(m_window->establishmentsPage()), QStringList());
    m_window->showOverview();
    EXPECT_EQ(unlabelled(m_window->overviewPage()), QStringList());
}

namespace {

// Every letter used twice among the mnemonics a person can press on the
// page shown: the page tabs, the buttons, and the labels of fields.
QStringList pageClashes(QWidget *window)
{
    QStringList texts;
    for (const QTabBar *tabs : window->findChildren<QTabBar *>()) {
        if (!tabs->isVisible())
            continue;
        for (int i = 0; i < tabs->count(); ++i)
            texts.append(tabs->tabText(i));
    }
    for (const QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
        if (button->isVisible() && !qobject_cast<QTabBar *>(button->parentWidget()))
            texts.append(button->text());
    }
    for (const QLabel *label : window->findChildren<QLabel *>()) {
        if (label->isVisible() && label->buddy())
            texts.append(label->text());
    }
    return sameLetter(QStringLiteral("page"), texts);
}

} // namespace

// Alt+letter does one thing on each page: the grid's fields and buttons do
// not take the letters of the page tabs (Alt+P was « Preuve » and « Plan
// d'action »), in French and in English.
TEST_F(KeyboardPathTest, EveryPageHasUniqueMnemonics)
{
    for (const QString &language : {QStringLiteral("fr"), QStringLiteral("en")}) {
        ASSERT_TRUE(I18n::install(language));
        QTemporaryDir dir;
        std::unique_ptr<MainWindow> window = TestSupport::startWindow(dir, dir.filePath(QStringLiteral("vide.sqlite")));
        ASSERT_NE(window, nullptr);
        ASSERT_TRUE(window->openExample());
        qint64 ecole = 0;
        qint64 jalons = 0;
        for (const Assessment &assessment : window->session()->storage().assessments().value()) {
            if (assessment.referentialId == QStringLiteral("creteil-ecoles"))
                ecole = assessment.id;
            if (assessment.referentialId == QStringLiteral("creteil-jalons"))
                jalons = assessment.id;
        }
        const std::string lang = language.toStdString();
        window->showEstablishments();
        EXPECT_EQ(pageClashes(window.get()), QStringList()) << lang << ": établissements";
        for (const qint64 id : {ecole, jalons}) {
            if (id == 0)
                continue;
            ASSERT_TRUE(window->showAssessment(id));
            window->showGrid();
            EXPECT_EQ(pageClashes(window.get()), QStringList()) << lang << ": grid of " << id;
            window->showSummary();
            EXPECT_EQ(pageClashes(window.get()), QStringList()) << lang << ": summary of " << id;
            window->showActionPlan();
            EXPECT_EQ(pageClashes(window.get()), QStringList()) << lang << ": plan of " << id;
        }
        window->showOverview();
        EXPECT_EQ(pageClashes(window.get()), QStringList()) << lang << ": overview";
        window->showCampaign();
        EXPECT_EQ(pageClashes(window.get()), QStringList()) << lang << ": campaign";
        window->showIndicators();
        EXPECT_EQ(pageClashes(window.get()), QStringList()) << lang << ": indicators";
    }
    ASSERT_TRUE(I18n::install(QStringLiteral("fr"))); // what the other tests expect
}

// A table is one tab stop (Qt's tables walk their cells with Tab and wrap
// round at the last: the Synthèse trapped the keyboard), and Tab leaves each
// page's tables.
TEST_F(KeyboardPathTest, TabLeavesEveryTable)
{
    ASSERT_TRUE(m_window->showAssessment(m_assessmentId));
    for (const auto show : {&MainWindow::showGrid, &MainWindow::showSummary, &MainWindow::showActionPlan,
             &MainWindow::showOverview, &MainWindow::showEstablishments})
        (m_window.get()->*show)();
    for (const QAbstractItemView *view : m_window->findChildren<QAbstractItemView *>()) {
        const QWidget *parent = view->parentWidget();
        if (parent && parent->inherits("QComboBoxPrivateContainer"))
            continue; // a combo box's list
        EXPECT_FALSE(view->tabKeyNavigation())
            << view->objectName().toStdString() << " " << view->accessibleName().toStdString();
    }

    // As a person does on the Synthèse: into the paliers table, then Tab.
    m_window->showSummary();
    auto *paliers = m_window->summaryView()->findChild<QTableWidget *>();
    ASSERT_NE(paliers, nullptr);
    paliers->setFocus();
    QTest::qWait(20);
    ASSERT_EQ(QApplication::focusWidget(), paliers);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    EXPECT_NE(QApplication::focusWidget(), paliers) << "Tab stays in the table";
}

// Where the keys go shows: the view that has them is framed in the
// highlight colour, the frame goes when they leave, and the view does not
// move in between. As a person does: Tab from the search into the list of
// establishments, Tab out of it.
TEST_F(KeyboardPathTest, TheViewThatHasTheKeysIsFramedInTheHighlightColour)
{
    m_window->showEstablishments();
    auto *search = m_window->establishmentsPage()->findChild<QLineEdit *>();
    auto *table = m_window->establishmentsPage()->findChild<QTableView *>();
    ASSERT_NE(search, nullptr);
    ASSERT_NE(table, nullptr);
    QTest::mouseClick(search, Qt::LeftButton);
    ASSERT_TRUE(QTest::qWaitFor([&] { return QApplication::focusWidget() == search; }, 1000));
    for (int tab = 0; tab < 10 && QApplication::focusWidget() != table; ++tab) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::qWait(10);
    }
    ASSERT_EQ(QApplication::focusWidget(), table) << "Tab reaches the list of establishments";
    const QColor highlight = table->palette().color(QPalette::Highlight);
    const QRect viewport = table->viewport()->geometry();
    // Both pixels of the frame, on each of its four sides.
    const auto frame = [&] {
        const QImage image = table->grab().toImage();
        const int w = image.width();
        const int h = image.height();
        QList<QColor> pixels;
        for (const QPoint &point : {QPoint(0, h / 2), QPoint(1, h / 2), QPoint(w - 1, h / 2), QPoint(w - 2, h / 2),
                 QPoint(w / 2, 0), QPoint(w / 2, 1), QPoint(w / 2, h - 1), QPoint(w / 2, h - 2)})
            pixels.append(image.pixelColor(point));
        return pixels;
    };
    for (const QColor &pixel : frame())
        EXPECT_EQ(pixel.name().toStdString(), highlight.name().toStdString())
            << "the list with the keys is framed in the highlight colour";

    QTest::keyClick(table, Qt::Key_Tab);
    QTest::qWait(10);
    ASSERT_NE(QApplication::focusWidget(), table);
    for (const QColor &pixel : frame())
        EXPECT_NE(pixel.name().toStdString(), highlight.name().toStdString()) << "the frame goes with the keys";
    EXPECT_EQ(table->viewport()->geometry(), viewport) << "the list stays where it was";
}
