#include "dialoghelper.h"
#include "establishmentdialog.h"
#include "establishmentspage.h"
#include "grideditor.h"
#include "i18n.h"
#include "mainwindow.h"
#include "newassessmentdialog.h"
#include "session.h"
#include "storage/exampledata.h"
#include "temporarydatabase.h"
#include "welcomepage.h"

#include <gtest/gtest.h>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Paliers;
using namespace Paliers::TestSupport;

namespace {

class MainWindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        Result<ReferentialCatalog> catalog = ReferentialCatalog::bundled();
        ASSERT_TRUE(catalog.ok());
        m_catalog = std::move(catalog).value();
    }

    std::unique_ptr<MainWindow> startApp()
    {
        auto window = std::make_unique<MainWindow>(m_catalog, m_dir.filePath(QStringLiteral("settings.ini")));
        window->openInitialDatabase(databasePath());
        window->show();
        QApplication::setActiveWindow(window.get());
        EXPECT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        return window;
    }

    QString databasePath() const { return m_dir.filePath(QStringLiteral("circonscription.sqlite")); }

    QTemporaryDir m_dir;
    ReferentialCatalog m_catalog;
};

void activate(QWidget &window)
{
    window.activateWindow();
    QApplication::setActiveWindow(&window);
    EXPECT_TRUE(QTest::qWaitForWindowActive(&window));
}

QTreeWidget *criteriaOf(MainWindow &window)
{
    return window.gridEditor()->findChild<QTreeWidget *>(QStringLiteral("criteria"));
}

QString palierLabel(MainWindow &window)
{
    return window.gridEditor()->findChild<QLabel *>(QStringLiteral("domainPalier"))->text();
}

} // namespace

TEST_F(MainWindowTest, FillsAGridByKeyboardUndoesAndFindsEverythingAfterARestart)
{
    qint64 assessmentId = 0;
    {
        std::unique_ptr<MainWindow> window = startApp();
        ASSERT_NE(window->session(), nullptr);
        EXPECT_FALSE(window->establishmentsPage()->isVisible()) << "an empty database opens on the welcome page";

        // A new establishment, typed into the dialog as a user would.
        onNextDialog<EstablishmentDialog>([](EstablishmentDialog *dialog) {
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("uai")), QStringLiteral("0750655e"));
            // QTest types ASCII only; the accents go in as a paste would.
            dialog->findChild<QLineEdit *>(QStringLiteral("name"))
                ->insert(QStringLiteral("École élémentaire Jean-Jaurès"));
            QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        });
        QTest::keyClick(window.get(), Qt::Key_N, Qt::ControlModifier);
        ASSERT_TRUE(QTest::qWaitFor([&] { return window->establishmentsPage()->isVisible(); }));
        const Establishment *school = window->establishmentsPage()->currentEstablishment();
        ASSERT_NE(school, nullptr);
        EXPECT_EQ(school->uai, QStringLiteral("0750655E"));

        // A new assessment: an école gets the écoles' grid.
        onNextDialog<NewAssessmentDialog>([](NewAssessmentDialog *dialog) {
            auto *year = dialog->findChild<QComboBox *>(QStringLiteral("schoolYear"));
            year->setCurrentText(QStringLiteral("2025-2026"));
            QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        });
        // Ctrl+Shift+N; the offscreen platform does not map shifted shortcuts.
        window->findChild<QAction *>(QStringLiteral("newAssessment"))->trigger();
        ASSERT_TRUE(QTest::qWaitFor([&] { return window->gridEditor()->isVisible(); }));
        activate(*window);
        assessmentId = window->gridEditor()->assessmentId();
        ASSERT_NE(assessmentId, 0);
        EXPECT_EQ(window->gridEditor()->assessment().referentialId, QStringLiteral("creteil-ecoles"));
        EXPECT_EQ(window->gridEditor()->assessment().schoolYear, QStringLiteral("2025-2026"));

        // The first domain, PIL, has five criteria at palier 1. Key 1 marks
        // the current one atteint and moves to the next, over the palier 2
        // heading.
        QTreeWidget *criteria = criteriaOf(*window);
        ASSERT_NE(criteria, nullptr);
        criteria->setFocus();
        EXPECT_EQ(window->gridEditor()->currentCriterionId(), QStringLiteral("PIL-1-01"));
        EXPECT_TRUE(palierLabel(*window).contains(QStringLiteral("aucun"))) << palierLabel(*window).toStdString();
        for (int i = 0; i < 5; ++i)
            QTest::keyClick(criteria, Qt::Key_1);
        EXPECT_EQ(window->gridEditor()->evaluation().domain(QStringLiteral("PIL"))->palier, 1);
        EXPECT_TRUE(palierLabel(*window).contains(QStringLiteral("1"))) << palierLabel(*window).toStdString();
        EXPECT_EQ(window->gridEditor()->currentCriterionId(), QStringLiteral("PIL-2-01"));

        // Up goes back over the heading to the last criterion of palier 1.
        QTest::keyClick(criteria, Qt::Key_Up);
        EXPECT_EQ(window->gridEditor()->currentCriterionId(), QStringLiteral("PIL-1-05"));
        QTest::keyClick(criteria, Qt::Key_Up);
        EXPECT_EQ(window->gridEditor()->currentCriterionId(), QStringLiteral("PIL-1-04"));
        QTest::keyClick(criteria, Qt::Key_3); // non atteint: palier 1 is lost
        EXPECT_EQ(window->gridEditor()->evaluation().domain(QStringLiteral("PIL"))->palier, 0);

        // Undo by the keyboard shortcut brings palier 1 back.
        QTest::keyClick(criteria, Qt::Key_Z, Qt::ControlModifier);
        EXPECT_EQ(window->gridEditor()->evaluation().domain(QStringLiteral("PIL"))->palier, 1);
        EXPECT_EQ(window->gridEditor()->answerState(QStringLiteral("PIL-1-04")).status, AnswerStatus::Met);
        // And redo takes it away again; undo once more for the final state.
        window->findChild<QAction *>(QStringLiteral("redo"))->trigger();
        EXPECT_EQ(window->gridEditor()->answerState(QStringLiteral("PIL-1-04")).status, AnswerStatus::NotMet);
        window->gridEditor()->undoStack()->undo();

        window->gridEditor()->selectCriterion(QStringLiteral("PIL-2-01"));
        QTest::keyClick(criteria, Qt::Key_2);
        window->gridEditor()->selectCriterion(QStringLiteral("PIL-2-01"));
        auto *comment = window->gridEditor()->findChild<QPlainTextEdit *>(QStringLiteral("comment"));
        ASSERT_NE(comment, nullptr);
        comment->setFocus();
        QTest::keyClicks(comment, QStringLiteral("Plan "));
        comment->insertPlainText(QStringLiteral("voté <b>en conseil</b> & affiché"));
        // Leaving the field writes it, with no Save to press.
        criteria->setFocus();
        EXPECT_EQ(window->gridEditor()->answerState(QStringLiteral("PIL-2-01")).comment,
            QStringLiteral("Plan voté <b>en conseil</b> & affiché"));
        window->close();
    }

    // A restart on the same database finds everything back.
    std::unique_ptr<MainWindow> window = startApp();
    EXPECT_TRUE(window->establishmentsPage()->isVisible());
    ASSERT_TRUE(window->showAssessment(assessmentId));
    GridEditor *grid = window->gridEditor();
    for (const QString &id : {QStringLiteral("PIL-1-01"), QStringLiteral("PIL-1-02"), QStringLiteral("PIL-1-03"),
             QStringLiteral("PIL-1-04"), QStringLiteral("PIL-1-05")})
        EXPECT_EQ(grid->answerState(id).status, AnswerStatus::Met) << id.toStdString();
    EXPECT_EQ(grid->answerState(QStringLiteral("PIL-2-01")).status, AnswerStatus::InProgress);
    EXPECT_EQ(
        grid->answerState(QStringLiteral("PIL-2-01")).comment, QStringLiteral("Plan voté <b>en conseil</b> & affiché"));
    EXPECT_EQ(grid->evaluation().domain(QStringLiteral("PIL"))->palier, 1);
    EXPECT_TRUE(grid->undoStack()->count() == 0) << "undo does not reach into another session";

    // Every change, undo and redo included, is in the history.
    const Result<QList<AnswerHistoryEntry>> history = window->session()->storage().history(assessmentId);
    ASSERT_TRUE(history.ok());
    // 5 keys 1, key 3, undo, redo, undo, key 2, the comment.
    EXPECT_EQ(history->size(), 5 + 1 + 1 + 1 + 1 + 1 + 1);
}

// Start-up shows the window first and lists the establishments right after
// its first paint, as a person sees it: the list page (never the welcome
// page), then its rows, the first one selected; again after a restart.
TEST_F(MainWindowTest, ListsTheEstablishmentsRightAfterTheFirstPaint)
{
    qint64 schools = 0;
    {
        Result<std::unique_ptr<Session>> session = Session::open(databasePath(), m_catalog);
        ASSERT_TRUE(session.ok());
        ASSERT_TRUE(ExampleData::populate((*session)->storage()).ok());
        schools = (*session)->storage().establishments().value().size();
    }
    ASSERT_GT(schools, 1);

    // What each paint of the window shows: the rows of the list at its first
    // paint, and whether the welcome page was ever painted.
    class PaintWatcher : public QObject
    {
    public:
        std::function<void(QWidget *)> painted;

    protected:
        bool eventFilter(QObject *watched, QEvent *event) override
        {
            if (event->type() == QEvent::Paint && watched->isWidgetType())
                painted(static_cast<QWidget *>(watched));
            return false;
        }
    };

    for (int start = 0; start < 2; ++start) {
        SCOPED_TRACE(start == 0 ? "first start" : "restart");
        auto window = std::make_unique<MainWindow>(m_catalog, m_dir.filePath(QStringLiteral("settings.ini")));
        EstablishmentsPage *page = window->establishmentsPage();
        auto *table = page->findChild<QTableView *>();
        ASSERT_NE(table, nullptr);
        int rowsAtFirstPaint = -1;
        bool welcomePainted = false;
        PaintWatcher watcher;
        watcher.painted = [&](QWidget *widget) {
            if (widget == table->viewport() && rowsAtFirstPaint < 0)
                rowsAtFirstPaint = table->model()->rowCount();
            for (QWidget *w = widget; w; w = w->parentWidget()) {
                if (qobject_cast<WelcomePage *>(w))
                    welcomePainted = true;
            }
        };
        QApplication::instance()->installEventFilter(&watcher);

        window->openInitialDatabase(databasePath());
        EXPECT_TRUE(page->isLoading()) << "only counted before the window shows";
        window->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        ASSERT_TRUE(QTest::qWaitFor([&] { return table->model()->rowCount() == schools; }, 5000))
            << "the list fills after the first paint";
        QApplication::instance()->removeEventFilter(&watcher);

        EXPECT_EQ(rowsAtFirstPaint, 0) << "the window painted before reading the list";
        EXPECT_FALSE(welcomePainted) << "no welcome page on a database with establishments";
        EXPECT_EQ(window->findChild<WelcomePage *>(), nullptr) << "nor built before it is needed";
        EXPECT_TRUE(page->isVisible());
        EXPECT_FALSE(page->isLoading());
        EXPECT_EQ(page->visibleCount(), schools);
        EXPECT_EQ(table->currentIndex().row(), 0) << "the first establishment selected";
        const Establishment *current = page->currentEstablishment();
        ASSERT_NE(current, nullptr);
        EXPECT_EQ(current->name, table->model()->index(0, 0).data().toString());
        EXPECT_TRUE(window->findChild<QAction *>(QStringLiteral("newAssessment"))->isEnabled())
            << "the actions follow the establishment selected";
    }
}

TEST_F(MainWindowTest, AValidatedAssessmentIsReadOnlyUntilReopened)
{
    qint64 id = 0;
    {
        Result<std::unique_ptr<Session>> session = Session::open(databasePath(), m_catalog);
        ASSERT_TRUE(session.ok());
        Storage &storage = (*session)->storage();
        const qint64 school = storage.addEstablishment(sampleEcole()).value();
        id = storage
                 .createAssessment({school, QStringLiteral("creteil-ecoles"), QStringLiteral("2025-2026"), QString(),
                     QString(), std::nullopt})
                 .value();
        ASSERT_TRUE(storage.validateAssessment(id).ok());
    }
    std::unique_ptr<MainWindow> window = startApp();
    ASSERT_TRUE(window->showAssessment(id));
    QTreeWidget *criteria = criteriaOf(*window);
    criteria->setFocus();
    EXPECT_FALSE(window->gridEditor()->isEditable());
    QTest::keyClick(criteria, Qt::Key_1);
    EXPECT_EQ(window->gridEditor()->answerState(QStringLiteral("PIL-1-01")).status, AnswerStatus::Unanswered);
    EXPECT_TRUE(window->session()->storage().answers(id)->isEmpty()) << "nothing may be written";

    ASSERT_TRUE(window->session()->storage().reopenAssessment(id, QStringLiteral("Erreur de saisie")).ok());
    ASSERT_TRUE(window->showAssessment(id));
    EXPECT_TRUE(window->gridEditor()->isEditable());
    criteriaOf(*window)->setFocus();
    QTest::keyClick(criteriaOf(*window), Qt::Key_1);
    EXPECT_EQ(window->gridEditor()->answerState(QStringLiteral("PIL-1-01")).status, AnswerStatus::Met);
}

// What ExampleData writes, counted in a database of its own.
std::pair<qsizetype, qsizetype> exampleCounts()
{
    TemporaryDatabase reference;
    EXPECT_TRUE(ExampleData::populate(reference.storage()).ok());
    return {reference.storage().establishments()->size(), reference.storage().assessments()->size()};
}

TEST_F(MainWindowTest, TheExampleOpensApartFromTheUsersDatabase)
{
    const auto [establishments, assessments] = exampleCounts();
    ASSERT_GT(establishments, 0);
    std::unique_ptr<MainWindow> window = startApp();
    ASSERT_TRUE(window->openExample());
    EXPECT_NE(window->session()->path(), databasePath());
    EXPECT_EQ(window->session()->storage().establishments()->size(), establishments);
    EXPECT_EQ(window->session()->storage().assessments()->size(), assessments);
    // The user's own database is still empty.
    Result<std::unique_ptr<Session>> own = Session::open(databasePath(), m_catalog);
    ASSERT_TRUE(own.ok());
    EXPECT_TRUE((*own)->storage().establishments()->isEmpty());
}

// An example left by an older Paliers (here: one school of the user's own,
// and no edition recorded) is made again; the current edition is kept.
TEST_F(MainWindowTest, AnExampleFromAnotherEditionIsMadeAgain)
{
    const auto [establishments, assessments] = exampleCounts();
    const QString path = MainWindow::examplePath();
    ASSERT_TRUE(QDir().mkpath(QFileInfo(path).absolutePath()));
    {
        Result<std::unique_ptr<Session>> old = Session::open(path, m_catalog);
        ASSERT_TRUE(old.ok());
        ASSERT_TRUE((*old)->storage().addEstablishment(sampleCollege()).ok());
    }
    {
        std::unique_ptr<MainWindow> window = startApp();
        ASSERT_TRUE(window->openExample());
        EXPECT_EQ(window->session()->storage().establishments()->size(), establishments);
        EXPECT_EQ(window->session()->storage().assessments()->size(), assessments);
        // Opened again from the example itself (the old one is on screen).
        ASSERT_TRUE(window->session()->storage().addEstablishment(sampleCollege()).ok());
        ASSERT_TRUE(window->openExample());
        EXPECT_EQ(window->session()->storage().establishments()->size(), establishments + 1)
            << "the example of this edition is opened as it is";
    }
    QSettings settings(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    settings.setValue(QStringLiteral("example/version"), ExampleData::Version - 1);
    settings.sync();
    std::unique_ptr<MainWindow> window = startApp();
    ASSERT_TRUE(window->openExample());
    EXPECT_EQ(window->session()->storage().establishments()->size(), establishments);
    EXPECT_FALSE(QFileInfo::exists(path + QStringLiteral(".new")));
}

TEST_F(MainWindowTest, ACorruptDatabaseIsExplainedAndLeftAlone)
{
    QFile file(databasePath());
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("SQLite format 3") + QByteArray(4096, 'x'));
    file.close();
    const QByteArray before = fileBytes(databasePath());

    std::unique_ptr<MainWindow> window = startApp();
    EXPECT_EQ(window->session(), nullptr);
    bool explained = false;
    for (const QLabel *label : window->findChildren<QLabel *>()) {
        if (label->isVisible() && label->text().contains(QStringLiteral("circonscription.sqlite")))
            explained = true;
    }
    EXPECT_TRUE(explained) << "the welcome page says which file could not be opened";
    EXPECT_EQ(fileBytes(databasePath()), before);
}

TEST_F(MainWindowTest, TheLanguageChosenIsKeptForTheNextStart)
{
    auto window = startApp();
    auto *english = window->findChild<QAction *>(QStringLiteral("language-en"));
    auto *french = window->findChild<QAction *>(QStringLiteral("language-fr"));
    ASSERT_NE(english, nullptr);
    ASSERT_NE(french, nullptr);
    EXPECT_TRUE(french->isChecked()); // the tests run under LC_ALL=C.UTF-8: French by default
    english->trigger();
    EXPECT_TRUE(english->isChecked());
    EXPECT_FALSE(french->isChecked());
    const QSettings settings(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    EXPECT_EQ(settings.value(QStringLiteral("ui/language")).toString(), QStringLiteral("en"));
    EXPECT_EQ(I18n::startLanguage(settings.value(QStringLiteral("ui/language")).toString()), QStringLiteral("en"));
    EXPECT_EQ(I18n::startLanguage(QStringLiteral("de")), I18n::defaultLanguage());
}

// Validation is signed by the person who validates, as they give their name
// (prefilled from « Renseigné par »), not by the computer's login.
TEST_F(MainWindowTest, TheValidationIsSignedWithTheNameGiven)
{
    qint64 id = 0;
    {
        Result<std::unique_ptr<Session>> session = Session::open(databasePath(), m_catalog);
        ASSERT_TRUE(session.ok());
        Storage &storage = (*session)->storage();
        const qint64 school = storage.addEstablishment(sampleEcole()).value();
        id = storage
                 .createAssessment({school, QStringLiteral("creteil-ecoles"), QStringLiteral("2025-2026"),
                     QStringLiteral("Mme Lefèvre"), QStringLiteral("directrice"), std::nullopt})
                 .value();
    }
    std::unique_ptr<MainWindow> window = startApp();
    ASSERT_TRUE(window->showAssessment(id));
    QString prefilled;
    onNextDialog<QDialog>([&prefilled](QDialog *dialog) {
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("validatedBy"));
        if (!name)
            return dialog->reject();
        prefilled = name->text();
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Nathalie Lefevre, directrice"));
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    });
    window->findChild<QAction *>(QStringLiteral("validate"))->trigger();
    EXPECT_EQ(prefilled, QStringLiteral("Mme Lefèvre"));
    const Assessment stored = window->session()->storage().assessment(id).value();
    EXPECT_EQ(stored.status, AssessmentStatus::Validated);
    EXPECT_EQ(stored.validatedBy, QStringLiteral("Nathalie Lefevre, directrice"));
    const QList<AssessmentEvent> events = window->session()->storage().events(id).value();
    ASSERT_FALSE(events.isEmpty());
    EXPECT_EQ(events.constLast().actor, QStringLiteral("Nathalie Lefevre, directrice"));
}
