// The DANE's campaign as a person runs it: the register of schools imported
// from its CSV through File → Import the register, reviewed and applied; the
// Campagne page counting who is expected and who has answered; the reminder
// with its CSV and its message; then a restart to see what was kept.

#include "campaignpage.h"
#include "dialoghelper.h"
#include "session.h"
#include "testdata.h"
#include "windowtesting.h"

#include <gtest/gtest.h>
#include <QAction>
#include <QComboBox>
#include <QDesktopServices>
#include <QFile>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Paliers;
using namespace Paliers::TestSupport;

namespace {

// Receives what QDesktopServices would hand to the mail program.
class MailCatcher : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public slots:
    void open(const QUrl &url) { urls.append(url); }
};

void answerFileDialog(const QString &path)
{
    onNextDialog<QFileDialog>([path](QFileDialog *dialog) {
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        ASSERT_NE(name, nullptr);
        name->setText(path); // pasted: the completer's popup would take Enter
        QTest::keyClick(name, Qt::Key_Return);
    });
}

QStringList column(const QTableWidget *table, int column)
{
    QStringList texts;
    for (int row = 0; row < table->rowCount(); ++row)
        texts.append(table->item(row, column) ? table->item(row, column)->text() : QString());
    return texts;
}

} // namespace

TEST(CampaignPage, ImportsTheRegisterCountsTheCampaignAndReminds)
{
    QTemporaryDir folder;
    const QString database = folder.filePath(QStringLiteral("dane.sqlite"));
    std::unique_ptr<MainWindow> window = startWindow(folder, database);
    ASSERT_TRUE(window);

    // File → Import the register: the file, then the review.
    answerFileDialog(TestSupport::dataPath(QStringLiteral("annuaire/annuaire-essai-latin1.csv")));
    bool reviewed = false;
    onNextDialog<QDialog>([&reviewed](QDialog *review) {
        ASSERT_EQ(review->objectName(), QStringLiteral("registerImportDialog"));
        auto *summary = review->findChild<QLabel *>(QStringLiteral("registerSummary"));
        EXPECT_NE(summary->text().indexOf(QStringLiteral("À créer : 5")), -1) << summary->text().toStdString();
        EXPECT_NE(summary->text().indexOf(QStringLiteral("lignes refusées : 2")), -1);
        // Only the Seine-Saint-Denis, chosen with the keyboard.
        auto *departement = review->findChild<QComboBox *>(QStringLiteral("registerDepartement"));
        departement->setFocus();
        QTest::keyClick(departement, Qt::Key_Down); // 093 (the 077 row is refused: no name)
        EXPECT_NE(departement->currentText().indexOf(QStringLiteral("093")), -1);
        EXPECT_NE(summary->text().indexOf(QStringLiteral("À créer : 4")), -1) << summary->text().toStdString();
        reviewed = true;
        onNextDialog<QMessageBox>([](QMessageBox *report) {
            EXPECT_NE(report->text().indexOf(QStringLiteral("4 établissements créés")), -1)
                << report->text().toStdString();
            report->accept();
        });
        auto *apply = review->findChild<QPushButton *>(QStringLiteral("registerApply"));
        QTest::mouseClick(apply, Qt::LeftButton);
    });
    window->findChild<QAction *>(QStringLiteral("importRegister"))->trigger();
    QTest::qWait(200);
    ASSERT_TRUE(reviewed);

    // The Campagne page follows; one école has a draft for this year.
    CampaignPage *page = window->campaignPage();
    ASSERT_TRUE(page->isVisible());
    Storage &storage = window->session()->storage();
    const std::optional<Establishment> ecole = storage.findEstablishment(QStringLiteral("0930123D")).value();
    ASSERT_TRUE(ecole);
    ASSERT_TRUE(storage
                    .createAssessment({ecole->id, QStringLiteral("creteil-ecoles"), page->campaign().schoolYear,
                        QStringLiteral("Directrice")})
                    .ok());
    page->reload();
    QTableWidget *territories = page->territoryTable();
    EXPECT_EQ(column(territories, 0), QStringList {QStringLiteral("Seine-Saint-Denis")});
    EXPECT_EQ(column(territories, 1), QStringList {QStringLiteral("3")}); // the closed école is not expected
    EXPECT_EQ(column(territories, 3), QStringList {QStringLiteral("1")});
    EXPECT_EQ(column(territories, 5), QStringList {QStringLiteral("0 %")});

    // Count by circonscription, from the keyboard, and drill into Bobigny 1.
    auto *level = page->findChild<QComboBox *>(QStringLiteral("campaignLevel"));
    level->setFocus();
    QTest::keyClick(level, Qt::Key_Down);
    QTest::qWait(50);
    EXPECT_EQ(
        column(territories, 0), (QStringList {QStringLiteral("Bobigny 1"), QStringLiteral("(sans circonscription)")}));
    const QRect bobigny = territories->visualItemRect(territories->item(0, 0));
    QTest::mouseClick(territories->viewport(), Qt::LeftButton, {}, bobigny.center());
    QTableWidget *schools = page->schoolTable();
    EXPECT_EQ(column(schools, 0), (QStringList {QStringLiteral("0930123D"), QStringLiteral("0930124E")}));
    EXPECT_EQ(column(schools, 3), (QStringList {QStringLiteral("en cours"), QStringLiteral("non commencé")}));

    // Relancer: the list as CSV, the message with the addresses in Bcc.
    MailCatcher catcher;
    QDesktopServices::setUrlHandler(QStringLiteral("mailto"), &catcher, "open");
    const QString csvPath = folder.filePath(QStringLiteral("relance"));
    onNextDialog<QDialog>([&](QDialog *dialog) {
        ASSERT_EQ(dialog->objectName(), QStringLiteral("reminderDialog"));
        auto *subject = dialog->findChild<QLineEdit *>(QStringLiteral("reminderSubject"));
        subject->selectAll();
        QTest::keyClicks(subject, QStringLiteral("Grille des paliers : relance"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("reminderMail")), Qt::LeftButton);
        answerFileDialog(csvPath);
        QTimer::singleShot(0, dialog, [dialog] {
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("reminderCsv")), Qt::LeftButton);
            QTimer::singleShot(0, dialog, &QDialog::reject);
        });
    });
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("campaignRemind")), Qt::LeftButton);
    QTest::qWait(100);
    QDesktopServices::unsetUrlHandler(QStringLiteral("mailto"));
    ASSERT_EQ(catcher.urls.size(), 1);
    const QByteArray mail = catcher.urls.constFirst().toEncoded();
    const QByteArray bcc = mail.mid(mail.indexOf("bcc="), mail.indexOf('&') - mail.indexOf("bcc="));
    EXPECT_TRUE(bcc == "bcc=ce.0930123D@ac-creteil.fr,ce.0930124E@ac-creteil.fr"
        || bcc == "bcc=ce.0930124E@ac-creteil.fr,ce.0930123D@ac-creteil.fr")
        << mail.data();
    EXPECT_NE(mail.indexOf("subject=Grille%20des%20paliers%20%3A%20relance"), -1) << mail.data();
    QFile csv(csvPath + QStringLiteral(".csv"));
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(csv.readAll());
    EXPECT_NE(text.indexOf(QStringLiteral("0930124E;École maternelle Les Lilas;")), -1) << text.toStdString();

    // Saved as a campaign, and still there after a restart.
    onNextDialog<QInputDialog>([](QInputDialog *dialog) {
        auto *name = dialog->findChild<QLineEdit *>();
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Circonscriptions du 93"));
        QTest::keyClick(name, Qt::Key_Return);
    });
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("campaignSave")), Qt::LeftButton);
    QTest::qWait(50);
    window.reset();

    window = startWindow(folder, database);
    ASSERT_TRUE(window);
    window->findChild<QAction *>(QStringLiteral("showCampaign"))->trigger();
    auto *choice = window->campaignPage()->findChild<QComboBox *>(QStringLiteral("campaignChoice"));
    ASSERT_EQ(choice->count(), 2);
    EXPECT_NE(choice->itemText(1).indexOf(QStringLiteral("Circonscriptions du 93")), -1);
    const std::optional<Establishment> closed
        = window->session()->storage().findEstablishment(QStringLiteral("0930125F")).value();
    ASSERT_TRUE(closed);
    EXPECT_EQ(closed->registerState, RegisterState::Closed);
    EXPECT_FALSE(window->session()->storage().findEstablishment(QStringLiteral("0940321N")).value());
}

#include "tst_campaign.moc"
