// "The académie ships a revised grid in September", as a principal lives it:
// last year's assessment was made with the écoles grid 2014.1; the revised
// grid (the project's test grid 2026.1) is added with File → Add a grid…;
// this year's assessment starts from last year's answers and shows, with
// banners, what is new, what changed and what could not be carried; after a
// restart, the added grid is still there and last year is still 2014.1.

#include "dialoghelper.h"
#include "establishmentspage.h"
#include "grideditor.h"
#include "mainwindow.h"
#include "newassessmentdialog.h"
#include "session.h"
#include "storage/database.h"
#include "storage/storage.h"
#include "temporarydatabase.h"
#include "testdata.h"
#include "windowtesting.h"

#include <functional>
#include <gtest/gtest.h>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Paliers;
using namespace Paliers::TestSupport;

namespace {

// Last year: an école's assessment under 2014.1, answered and validated.
qint64 lastYearUnder2014(const QString &path)
{
    Result<std::unique_ptr<Database>> database = Database::open(path);
    EXPECT_TRUE(database.ok());
    Storage storage(*database.value(), ReferentialCatalog::bundled().value());
    const qint64 school = storage.addEstablishment(sampleEcole()).value();
    const qint64 id = storage
                          .createAssessment({school, QStringLiteral("creteil-ecoles"), QStringLiteral("2025-2026"),
                              QStringLiteral("Mme Dupont"), QStringLiteral("directrice"), std::nullopt})
                          .value();
    QList<AnswerEdit> edits;
    for (const char *c : {"PIL-1-01", "PIL-1-02", "PIL-1-03", "PIL-1-04", "PIL-1-05", "FOR-1-01", "RES-1-01"})
        edits.append({QString::fromLatin1(c), AnswerStatus::Met, std::nullopt, std::nullopt});
    edits.append(
        {QStringLiteral("RES-1-02"), AnswerStatus::NotMet, QStringLiteral("Rien pour les élèves"), std::nullopt});
    edits.append({QStringLiteral("EQU-1-03"), AnswerStatus::Met, QStringLiteral("Un VPI en CM2"), std::nullopt});
    edits.append(
        {QStringLiteral("INF-3-01"), AnswerStatus::InProgress, QStringLiteral("Projet THD voté"), std::nullopt});
    EXPECT_TRUE(storage.editAnswers(id, edits).ok());
    EXPECT_TRUE(storage.validateAssessment(id).ok());
    return id;
}

// File → Add a grid…, the file's name put in the dialog and Enter pressed;
// `then` runs just before, to wait for what comes next.
void addGrid(MainWindow &window, const QString &path, const std::function<void()> &then = {})
{
    onNextDialog<QFileDialog>([path, then](QFileDialog *dialog) {
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        ASSERT_NE(name, nullptr);
        // Pasted rather than typed: the completer's popup would take Enter.
        name->setText(path);
        if (then)
            then();
        QTest::keyClick(name, Qt::Key_Return);
    });
    window.findChild<QAction *>(QStringLiteral("addReferential"))->trigger();
}

QLabel *label(MainWindow &window, const char *name)
{
    return window.findChild<QLabel *>(QString::fromLatin1(name));
}

// The criteria of the domain on screen, as the list shows them.
QStringList shownCriteria(MainWindow &window)
{
    QStringList texts;
    auto *tree = window.gridEditor()->findChild<QTreeWidget *>(QStringLiteral("criteria"));
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        for (int j = 0; j < tree->topLevelItem(i)->childCount(); ++j)
            texts.append(tree->topLevelItem(i)->child(j)->text(0));
    }
    return texts;
}

void goToDomain(MainWindow &window, int steps)
{
    // Back from a dialog: the window is active again before keys reach it.
    window.activateWindow();
    QApplication::setActiveWindow(&window);
    EXPECT_TRUE(QTest::qWaitForWindowActive(&window));
    auto *tree = window.gridEditor()->findChild<QTreeWidget *>(QStringLiteral("criteria"));
    tree->setFocus();
    for (int i = 0; i < steps; ++i)
        QTest::keyClick(tree, Qt::Key_PageDown, Qt::ControlModifier);
    QTest::qWait(20);
}

} // namespace

TEST(GridVersions, TheAcademieShipsARevisedGridInSeptember)
{
    QTemporaryDir folder;
    const QString database = folder.filePath(QStringLiteral("paliers.sqlite"));
    const qint64 lastYear = lastYearUnder2014(database);
    ASSERT_NE(lastYear, 0);

    // A file that is no grid is refused with the loader's words.
    const QString notAGrid = folder.filePath(QStringLiteral("notes.json"));
    {
        QFile file(notAGrid);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("{\"format\": \"autre-chose\"}");
    }
    // Copied where the user keeps it: the name typed is a plain path.
    const QString grid = folder.filePath(QStringLiteral("grille-2026.json"));
    ASSERT_TRUE(QFile::copy(dataPath(QStringLiteral("referentials/creteil-ecoles-2026.1-essai.json")), grid));

    qint64 thisYear = 0;
    {
        std::unique_ptr<MainWindow> window = startWindow(folder, database);
        ASSERT_NE(window, nullptr);
        QString refusal;
        addGrid(*window, notAGrid, [&refusal] {
            onNextDialog<QMessageBox>([&refusal](QMessageBox *box) {
                refusal = box->text();
                box->accept();
            });
        });
        ASSERT_TRUE(QTest::qWaitFor([&] { return !refusal.isEmpty(); }));
        EXPECT_TRUE(refusal.contains(QStringLiteral("ce n'est pas un référentiel Paliers"))) << refusal.toStdString();

        addGrid(*window, grid);
        ASSERT_TRUE(QTest::qWaitFor([&] {
            return label(*window, "notice")->text().contains(QStringLiteral("2026.1"));
        })) << label(*window, "notice")->text().toStdString();
        EXPECT_TRUE(label(*window, "notice")->text().contains(QStringLiteral("GRILLE D'ESSAI")));

        // Last year is still 2014.1, with its paliers.
        ASSERT_TRUE(window->showAssessment(lastYear));
        EXPECT_EQ(window->gridEditor()->assessment().referentialVersion, QStringLiteral("2014.1"));
        EXPECT_EQ(window->gridEditor()->evaluation().domain(QStringLiteral("PIL"))->palier, 1);
        EXPECT_FALSE(label(*window, "versionBanner")->isVisible());

        // This year, from last year's answers (ticked when there are some).
        window->showEstablishments();
        bool copyOffered = false;
        onNextDialog<NewAssessmentDialog>([&copyOffered](NewAssessmentDialog *dialog) {
            for (auto *box : dialog->findChildren<QCheckBox *>())
                copyOffered = copyOffered
                    || (box->isChecked() && box->text().contains(QStringLiteral("2025-2026 (grille 2014.1)")));
            QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        });
        window->findChild<QAction *>(QStringLiteral("newAssessment"))->trigger();
        ASSERT_TRUE(QTest::qWaitFor([&] { return window->gridEditor()->isVisible(); }));
        EXPECT_TRUE(copyOffered);
        thisYear = window->gridEditor()->assessmentId();
        EXPECT_EQ(window->gridEditor()->assessment().referentialVersion, QStringLiteral("2026.1"));

        // The banner: where the answers come from; in full, what was left behind.
        QLabel *banner = label(*window, "versionBanner");
        ASSERT_TRUE(banner->isVisible());
        EXPECT_TRUE(banner->text().contains(QStringLiteral("2025-2026"))) << banner->text().toStdString();
        EXPECT_TRUE(banner->text().contains(QStringLiteral("grille 2014.1 → 2026.1"))) << banner->text().toStdString();
        EXPECT_TRUE(banner->text().contains(QStringLiteral("non reprises : 1"))) << banner->text().toStdString();
        QString details;
        onNextDialog<QDialog>([&details](QDialog *dialog) {
            details = dialog->findChild<QPlainTextEdit *>(QStringLiteral("versionDetailsText"))->toPlainText();
            QTest::keyClick(dialog, Qt::Key_Escape);
        });
        QTest::mouseClick(window->findChild<QPushButton *>(QStringLiteral("versionDetails")), Qt::LeftButton);
        ASSERT_TRUE(QTest::qWaitFor([&] { return !details.isEmpty(); }));
        for (const char *expected : {"INF-3-01 « Projet planifié d'accès au THD » : En cours — Projet THD voté",
                 "PED-2-07 « Éducation à un usage raisonné des écrans", "EQU-1-04 : Partie de EQU-1-03",
                 "RES-1-01 : Réunit RES-1-01, RES-1-02"})
            EXPECT_TRUE(details.contains(QString::fromUtf8(expected))) << expected << "\n" << details.toStdString();

        // FOR: retitled; its first criterion renamed, the answer carried.
        goToDomain(*window, 1);
        EXPECT_TRUE(shownCriteria(*window).value(0).startsWith(QStringLiteral("[Modifié]")))
            << shownCriteria(*window).value(0).toStdString();
        EXPECT_EQ(window->gridEditor()->currentCriterionId(), QStringLiteral("FOR-1-10"));
        EXPECT_EQ(window->gridEditor()->answerState(QStringLiteral("FOR-1-10")).status, AnswerStatus::Met);
        EXPECT_TRUE(label(*window, "criterionChange")->text().contains(QStringLiteral("FOR-1-01")));

        // RES: two criteria merged, the answer « en cours », both comments.
        goToDomain(*window, 1);
        EXPECT_EQ(window->gridEditor()->currentCriterionId(), QStringLiteral("RES-1-01"));
        QLabel *change = label(*window, "criterionChange");
        EXPECT_TRUE(change->isVisible());
        EXPECT_TRUE(change->text().contains(QStringLiteral("RES-1-01, RES-1-02"))) << change->text().toStdString();
        EXPECT_TRUE(change->toolTip().contains(QStringLiteral("Réuni avec"))) << change->toolTip().toStdString();
        EXPECT_EQ(window->gridEditor()->answerState(QStringLiteral("RES-1-01")).status, AnswerStatus::InProgress);
        EXPECT_TRUE(window->gridEditor()
                        ->answerState(QStringLiteral("RES-1-01"))
                        .comment.contains(QStringLiteral("[RES-1-02] Rien pour les élèves")));

        // PED: a new criterion, marked, without an answer.
        goToDomain(*window, 1);
        EXPECT_TRUE(shownCriteria(*window).filter(QStringLiteral("[Nouveau]")).size() == 1)
            << shownCriteria(*window).join(u'\n').toStdString();
        EXPECT_EQ(window->gridEditor()->answerState(QStringLiteral("PED-2-07")).status, AnswerStatus::Unanswered);

        // EQU: one criterion split in two, each with the old answer.
        goToDomain(*window, 2);
        auto *tree = window->gridEditor()->findChild<QTreeWidget *>(QStringLiteral("criteria"));
        for (int i = 0; i < 3; ++i)
            QTest::keyClick(tree, Qt::Key_Down);
        EXPECT_EQ(window->gridEditor()->currentCriterionId(), QStringLiteral("EQU-1-04"));
        EXPECT_TRUE(label(*window, "criterionChange")->text().contains(QStringLiteral("Partie de EQU-1-03")))
            << label(*window, "criterionChange")->text().toStdString();
        EXPECT_EQ(
            window->gridEditor()->answerState(QStringLiteral("EQU-1-04")).comment, QStringLiteral("Un VPI en CM2"));
        QTest::qWait(50);
    }

    // After a restart: the added grid is known, each year keeps its version.
    std::unique_ptr<MainWindow> window = startWindow(folder, database);
    ASSERT_NE(window, nullptr);
    ASSERT_TRUE(window->showAssessment(thisYear));
    EXPECT_EQ(window->gridEditor()->assessment().referentialVersion, QStringLiteral("2026.1"));
    EXPECT_TRUE(label(*window, "versionBanner")->isVisible());
    ASSERT_TRUE(window->showAssessment(lastYear));
    EXPECT_EQ(window->gridEditor()->assessment().referentialVersion, QStringLiteral("2014.1"));
    EXPECT_NE(window->gridEditor()->findChild<QTreeWidget *>(QStringLiteral("criteria")), nullptr);
}

// A draft begun in June under 2014.1; in September the revised grid arrives
// and the principal moves the draft to it, looks, undoes, and moves it again.
TEST(GridVersions, ADraftMovesToTheNewVersionAndBackWithUndo)
{
    QTemporaryDir folder;
    const QString database = folder.filePath(QStringLiteral("paliers.sqlite"));
    const qint64 lastYear = lastYearUnder2014(database);
    qint64 draft = 0;
    {
        Result<std::unique_ptr<Database>> opened = Database::open(database);
        ASSERT_TRUE(opened.ok());
        Storage storage(*opened.value(), ReferentialCatalog::bundled().value());
        const Assessment old = storage.assessment(lastYear).value();
        draft = storage
                    .createAssessment({old.establishmentId, QStringLiteral("creteil-ecoles"),
                        QStringLiteral("2026-2027"), QString(), QString(), lastYear})
                    .value();
    }
    const QString grid = folder.filePath(QStringLiteral("grille-2026.json"));
    ASSERT_TRUE(QFile::copy(dataPath(QStringLiteral("referentials/creteil-ecoles-2026.1-essai.json")), grid));

    {
        std::unique_ptr<MainWindow> window = startWindow(folder, database);
        ASSERT_NE(window, nullptr);
        ASSERT_TRUE(window->showAssessment(draft));
        auto *move = window->findChild<QAction *>(QStringLiteral("moveVersion"));
        ASSERT_NE(move, nullptr);
        EXPECT_FALSE(move->isEnabled()) << "no newer version yet";
        addGrid(*window, grid);
        ASSERT_TRUE(QTest::qWaitFor([&] { return move->isEnabled(); }));
        EXPECT_EQ(move->text(), QStringLiteral("Passer à la version 2026.1 de la &grille…"));

        onNextDialog<QMessageBox>([](QMessageBox *box) {
            EXPECT_TRUE(box->text().contains(QStringLiteral("version 2014.1"))) << box->text().toStdString();
            QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        });
        move->trigger();
        ASSERT_TRUE(QTest::qWaitFor(
            [&] { return window->gridEditor()->assessment().referentialVersion == QStringLiteral("2026.1"); }));
        EXPECT_EQ(window->gridEditor()->answerState(QStringLiteral("FOR-1-10")).status, AnswerStatus::Met);
        EXPECT_TRUE(label(*window, "versionBanner")->isVisible());
        EXPECT_FALSE(move->isEnabled()) << "already the latest";

        // Undo, by the keyboard, takes the whole move back.
        goToDomain(*window, 0);
        auto *tree = window->gridEditor()->findChild<QTreeWidget *>(QStringLiteral("criteria"));
        QTest::keyClick(tree, Qt::Key_Z, Qt::ControlModifier);
        ASSERT_TRUE(QTest::qWaitFor(
            [&] { return window->gridEditor()->assessment().referentialVersion == QStringLiteral("2014.1"); }));
        EXPECT_EQ(
            window->gridEditor()->answerState(QStringLiteral("INF-3-01")).comment, QStringLiteral("Projet THD voté"));
        EXPECT_EQ(window->gridEditor()->answerState(QStringLiteral("RES-1-02")).status, AnswerStatus::NotMet);
        EXPECT_TRUE(move->isEnabled());
        // And redo moves it again.
        QTest::keyClick(tree, Qt::Key_Y, Qt::ControlModifier);
        ASSERT_TRUE(QTest::qWaitFor(
            [&] { return window->gridEditor()->assessment().referentialVersion == QStringLiteral("2026.1"); }));
        QTest::qWait(50);
    }

    // What was stored: the draft under 2026.1, last year under 2014.1.
    std::unique_ptr<MainWindow> window = startWindow(folder, database);
    ASSERT_TRUE(window->showAssessment(draft));
    EXPECT_EQ(window->gridEditor()->assessment().referentialVersion, QStringLiteral("2026.1"));
    EXPECT_EQ(window->gridEditor()->answerState(QStringLiteral("RES-1-01")).status, AnswerStatus::InProgress);
    ASSERT_TRUE(window->showAssessment(lastYear));
    EXPECT_EQ(window->gridEditor()->assessment().referentialVersion, QStringLiteral("2014.1"));
}
