// `paliers FILE...`, as a file manager starts it on a double click: main()
// sorts the files (MainWindow::sortFiles), opens the database among them,
// shows the window, then gives it the files (MainWindow::openFiles). What is asked is
// answered as a person does, then the database is opened again to see what
// was stored.
#include "dialoghelper.h"
#include "session.h"
#include "testdata.h"
#include "windowtesting.h"

#include <gtest/gtest.h>
#include <QAbstractButton>
#include <QFile>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTest>

using namespace Paliers;
using namespace Paliers::TestSupport;

namespace {

// Clicks `button` of the message box, as a person does.
void click(QMessageBox *box, QMessageBox::StandardButton button)
{
    QAbstractButton *target = box->button(button);
    ASSERT_NE(target, nullptr);
    QTest::mouseClick(target, Qt::LeftButton);
}

} // namespace

TEST(FileArguments, ImportsTheExportsGivenAfterAQuestionAndRefusesTheRest)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString database = dir.filePath(QStringLiteral("circonscription.sqlite"));
    const QString notes = dir.filePath(QStringLiteral("notes.txt"));
    QFile text(notes);
    ASSERT_TRUE(text.open(QIODevice::WriteOnly));
    text.write("Commission du 12 mars\n");
    text.close();
    const QStringList files {dataPath(QStringLiteral("exports/0690000A-2025-2026.json")), notes,
        dataPath(QStringLiteral("exports/0750001U-2025-2026.json"))};

    {
        // No database among the files: the one of --database (here) or the last.
        EXPECT_EQ(MainWindow::sortFiles(files).database, QString());
        std::unique_ptr<MainWindow> window = startWindow(dir, database);
        ASSERT_NE(window, nullptr);

        QString refused;
        QString asked;
        QString asksAbout;
        QString report;
        onNextDialog<QMessageBox>([&](QMessageBox *box) {
            refused = box->text();
            onNextDialog<QMessageBox>([&](QMessageBox *question) {
                asked = question->text();
                asksAbout = question->informativeText();
                onNextDialog<QMessageBox>([&](QMessageBox *done) {
                    report = done->text();
                    click(done, QMessageBox::Ok);
                });
                click(question, QMessageBox::Yes);
            });
            click(box, QMessageBox::Ok);
        });
        window->openFiles(MainWindow::sortFiles(files));
        QTest::qWait(50);

        EXPECT_NE(refused.indexOf(QStringLiteral("« %1 » n'est ni une base Paliers ni un export Paliers.")
                                      .arg(QDir::toNativeSeparators(notes))),
            -1)
            << refused.toStdString();
        EXPECT_NE(asked.indexOf(
                      QStringLiteral("Importer 2 exports dans la base « %1 »").arg(QDir::toNativeSeparators(database))),
            -1)
            << asked.toStdString();
        EXPECT_EQ(asksAbout, QStringLiteral("0690000A-2025-2026.json\n0750001U-2025-2026.json"));
        EXPECT_TRUE(report.startsWith(QStringLiteral("2 exports importés"))) << report.toStdString();
        // The database was empty: the window leaves its welcome for the schools.
        EXPECT_TRUE(window->establishmentsPage()->isVisible());
    }

    // Started again on the same file: both schools are there.
    std::unique_ptr<MainWindow> window = startWindow(dir, database);
    ASSERT_NE(window, nullptr);
    const Result<QList<Establishment>> establishments = window->session()->storage().establishments();
    ASSERT_TRUE(establishments.ok());
    QStringList uais;
    for (const Establishment &establishment : establishments.value())
        uais.append(establishment.uai);
    uais.sort();
    EXPECT_EQ(uais, (QStringList {QStringLiteral("0690000A"), QStringLiteral("0750001U")}));
}

TEST(FileArguments, OpensTheDatabaseGivenAndSaysNoToImportingNothing)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString first = dir.filePath(QStringLiteral("premiere.sqlite"));
    const QString given = dir.filePath(QStringLiteral("ecole.sqlite"));
    {
        // Two databases made by the app, the second one with a school.
        std::unique_ptr<MainWindow> window = startWindow(dir, first);
        ASSERT_NE(window, nullptr);
        ASSERT_TRUE(window->openDatabase(given));
        Establishment school;
        school.uai = QStringLiteral("0930001W");
        school.name = QStringLiteral("École Jean-Jaurès");
        school.kind = EstablishmentKind::EcoleElementaire;
        const Result<qint64> added = window->session()->storage().addEstablishment(school);
        ASSERT_TRUE(added.ok()) << added.error().toStdString();
    }
    const QString export_ = dataPath(QStringLiteral("exports/0690000A-2025-2026.json"));
    // As main() does: the database among the files is the one opened...
    ASSERT_EQ(MainWindow::sortFiles({export_, given}).database, given);
    std::unique_ptr<MainWindow> window = startWindow(dir, MainWindow::sortFiles({export_, given}).database);
    ASSERT_NE(window, nullptr);
    EXPECT_EQ(window->session()->path(), given);
    // ...and the export is offered for it; « Non » imports nothing.
    QString asked;
    onNextDialog<QMessageBox>([&](QMessageBox *question) {
        asked = question->text();
        click(question, QMessageBox::No);
    });
    window->openFiles(MainWindow::sortFiles({export_, given}));
    QTest::qWait(50);
    EXPECT_NE(asked.indexOf(QStringLiteral("Importer 1 export dans la base")), -1) << asked.toStdString();
    const Result<QList<Establishment>> establishments = window->session()->storage().establishments();
    ASSERT_TRUE(establishments.ok());
    ASSERT_EQ(establishments->size(), 1);
    EXPECT_EQ(establishments->constFirst().uai, QStringLiteral("0930001W"));
}
