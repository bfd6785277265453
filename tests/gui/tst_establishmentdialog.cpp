#include "establishmentdialog.h"
#include "temporarydatabase.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

#include <gtest/gtest.h>

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
    return {dialog.findChild<QLineEdit *>(QStringLiteral("uai")), dialog.findChild<QLabel *>(QStringLiteral("uaiMessage")),
            dialog.findChild<QLineEdit *>(QStringLiteral("name")),
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
    EXPECT_TRUE(f.uaiMessage->text().contains(QStringLiteral("lettre")))
        << f.uaiMessage->text().toStdString();
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
