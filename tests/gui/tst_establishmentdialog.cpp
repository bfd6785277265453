#include "establishmentdialog.h"
#include "newassessmentdialog.h"
#include "temporarydatabase.h"

#include <gtest/gtest.h>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace Paliers;
using namespace Paliers::TestSupport;

namespace {

struct Fields
{
    QLineEdit *uai;
    QLabel *uaiMessage;
    QLineEdit *name;
    QPushButton *ok;
};

Fields fieldsOf(EstablishmentDialog &dialog)
{
    return {dialog.findChild<QLineEdit *>(QStringLiteral("uai")),
        dialog.findChild<QLabel *>(QStringLiteral("uaiMessage")), dialog.findChild<QLineEdit *>(QStringLiteral("name")),
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)};
}

} // namespace

TEST(EstablishmentDialog, ChecksTheUaiAsItIsTypedAndSaysWhyInFrench)
{
    TemporaryDatabase db;
    EstablishmentDialog dialog(db.storage(), Establishment {});
    dialog.show();
    const Fields f = fieldsOf(dialog);
    ASSERT_TRUE(f.uai && f.uaiMessage && f.name && f.ok);
    EXPECT_FALSE(f.ok->isEnabled()) << "an empty form cannot be saved";
    EXPECT_TRUE(f.uaiMessage->text().isEmpty()) << "no reproach before anything is typed";
    QApplication::processEvents();
    const int nameTop = f.name->mapTo(&dialog, QPoint()).y();

    f.name->insert(QStringLiteral("École des Lilas")); // QTest types ASCII only
    QTest::keyClicks(f.uai, QStringLiteral("0750655F"));
    QApplication::processEvents();
    EXPECT_TRUE(f.uaiMessage->isVisible());
    EXPECT_TRUE(f.uaiMessage->text().contains(QStringLiteral("lettre"))) << f.uaiMessage->text().toStdString();
    EXPECT_FALSE(f.ok->isEnabled());
    // The whole message is shown.
    EXPECT_GE(f.uaiMessage->height(), f.uaiMessage->heightForWidth(f.uaiMessage->width()))
        << f.uaiMessage->text().toStdString();
    const int nameTopWithMessage = f.name->mapTo(&dialog, QPoint()).y();
    EXPECT_GE(nameTopWithMessage, nameTop);

    QTest::keyClick(f.uai, Qt::Key_Backspace);
    QTest::keyClicks(f.uai, QStringLiteral("e")); // lower case is accepted and normalised
    QApplication::processEvents();
    EXPECT_TRUE(f.uaiMessage->text().isEmpty()) << f.uaiMessage->text().toStdString();
    EXPECT_EQ(f.name->mapTo(&dialog, QPoint()).y(), nameTopWithMessage)
        << "the field below does not jump when the message goes: the next click lands where aimed";
    EXPECT_TRUE(f.ok->isEnabled());

    QTest::mouseClick(f.ok, Qt::LeftButton);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.establishment().uai, QStringLiteral("0750655E"));
    const Result<std::optional<Establishment>> stored = db.storage().findEstablishment(QStringLiteral("0750655E"));
    ASSERT_TRUE(stored.ok());
    ASSERT_TRUE(stored->has_value());
    EXPECT_EQ((*stored)->name, QStringLiteral("École des Lilas"));
}

TEST(EstablishmentDialog, StaysOpenWithTheReasonWhenStorageRefuses)
{
    TemporaryDatabase db;
    ASSERT_TRUE(db.storage().addEstablishment(sampleEcole()).ok());
    EstablishmentDialog dialog(db.storage(), Establishment {});
    dialog.show();
    const Fields f = fieldsOf(dialog);
    QTest::keyClicks(f.name, QStringLiteral("Doublon"));
    QTest::keyClicks(f.uai, QStringLiteral("0750655E"));
    ASSERT_TRUE(f.ok->isEnabled());
    QTest::mouseClick(f.ok, Qt::LeftButton);
    EXPECT_TRUE(dialog.isVisible()) << "the dialog must keep what was typed";
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    bool explained = false;
    for (const QLabel *label : dialog.findChildren<QLabel *>()) {
        if (label->isVisible() && label->text().contains(QStringLiteral("0750655E")))
            explained = true;
    }
    EXPECT_TRUE(explained) << "the refusal is written in the dialog";
    EXPECT_EQ(db.storage().establishments()->size(), 1);
}

// The head's title is chosen once, with the establishment, among the titles
// of its kind; it follows a change of kind and is offered when the head
// starts an assessment.
TEST(EstablishmentDialog, TheHeadsTitleIsChosenOnceAndOfferedAfterARestart)
{
    TemporaryDatabase db;
    {
        EstablishmentDialog dialog(db.storage(), Establishment {});
        dialog.show();
        const Fields f = fieldsOf(dialog);
        auto *kind = dialog.findChild<QComboBox *>(QStringLiteral("kind"));
        auto *title = dialog.findChild<QComboBox *>(QStringLiteral("headTitle"));
        auto *head = dialog.findChild<QLineEdit *>(QStringLiteral("headName"));
        ASSERT_TRUE(f.uai && f.name && kind && title && head);
        QTest::keyClicks(f.uai, QStringLiteral("0750655E"));
        f.name->insert(QStringLiteral("École des Lilas"));
        ASSERT_EQ(kind->currentText(), QStringLiteral("Collège"));
        EXPECT_TRUE(title->currentText().isEmpty()) << "no name, nothing guessed";
        head->setFocus();
        QTest::keyClicks(head, QStringLiteral("M. Karim"));
        EXPECT_EQ(title->currentText(), QStringLiteral("principal")) << "« M. » gives the title";
        head->selectAll();
        head->insert(QStringLiteral("Mme Nathalie Lefèvre")); // QTest types ASCII only
        EXPECT_EQ(title->currentText(), QStringLiteral("principale")) << "the guess follows the name";
        title->setEditText(QString());

        // The first title offered, by the keyboard: Alt+Down opens the list.
        title->setFocus();
        QTest::keyClick(title, Qt::Key_Down, Qt::AltModifier);
        QTest::qWait(50);
        QAbstractItemView *list = title->view();
        ASSERT_TRUE(list->isVisible());
        QTest::keyClick(list, Qt::Key_Return);
        EXPECT_EQ(title->currentText(), QStringLiteral("principale"));

        // The school is an école after all: the same title of an école.
        kind->setFocus();
        QTest::keyClick(kind, Qt::Key_Up);
        QTest::keyClick(kind, Qt::Key_Up);
        ASSERT_EQ(kind->currentText(), QStringLiteral("École élémentaire"));
        EXPECT_EQ(title->currentText(), QStringLiteral("directrice d'école"));
        EXPECT_EQ(title->count(), 2);

        // A title typed by hand stays when the kind changes.
        title->lineEdit()->selectAll();
        QTest::keyClicks(title->lineEdit(), QStringLiteral("directrice chargee de classe"));
        QTest::keyClick(kind, Qt::Key_Up);
        EXPECT_EQ(title->currentText(), QStringLiteral("directrice chargee de classe"));
        QTest::keyClick(kind, Qt::Key_Down);
        title->lineEdit()->selectAll();
        QTest::keyClick(title->lineEdit(), Qt::Key_Backspace);
        QTest::keyClick(title, Qt::Key_Down, Qt::AltModifier);
        QTest::qWait(50);
        QTest::keyClick(title->view(), Qt::Key_Return);
        EXPECT_EQ(title->currentText(), QStringLiteral("directrice d'école"));

        QTest::mouseClick(f.ok, Qt::LeftButton);
        ASSERT_EQ(dialog.result(), QDialog::Accepted);
    }

    db.reopen();
    const Establishment stored = db.storage().findEstablishment(QStringLiteral("0750655E")).value().value();
    EXPECT_EQ(stored.headTitle, QStringLiteral("directrice d'école"));
    EXPECT_EQ(stored.headName, QStringLiteral("Mme Nathalie Lefèvre"));

    // Editing shows it again; a new assessment offers it as the role.
    EstablishmentDialog edit(db.storage(), stored);
    EXPECT_EQ(
        edit.findChild<QComboBox *>(QStringLiteral("headTitle"))->currentText(), QStringLiteral("directrice d'école"));
    NewAssessmentDialog start(db.storage(), stored);
    auto *role = start.findChild<QComboBox *>(QStringLiteral("role"));
    ASSERT_NE(role, nullptr);
    EXPECT_EQ(role->currentText(), QStringLiteral("directrice d'école"));
    EXPECT_EQ(role->itemText(0), QStringLiteral("directrice d'école"));
    EXPECT_EQ(role->findText(QStringLiteral("directeur ou directrice d'école")), -1);
}
