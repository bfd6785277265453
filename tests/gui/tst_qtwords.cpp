// Qt's own file dialog speaks French when Paliers does: its « Type » column,
// the MIME descriptions, and the filters Paliers gives it.
#include <gtest/gtest.h>
#include <QAbstractItemModel>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileIconProvider>
#include <QFileSystemModel>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

TEST(QtWords, TheFileDialogSaysFolderAndTheKindOfFileInFrench)
{
    QTemporaryDir dir;
    ASSERT_TRUE(QDir(dir.path()).mkdir(QStringLiteral("Rapports")));
    QFile pdf(dir.filePath(QStringLiteral("rapport.pdf")));
    ASSERT_TRUE(pdf.open(QIODevice::WriteOnly));
    pdf.write("%PDF-1.4\n%%EOF\n");
    pdf.close();

    // As Paliers asks for a file: Qt's own dialog under Xvfb or a bare desktop.
    QFileDialog dialog(
        nullptr, QStringLiteral("Exporter le rapport PDF"), dir.path(), QStringLiteral("Documents PDF (*.pdf)"));
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    auto *model = dialog.findChild<QFileSystemModel *>();
    ASSERT_NE(model, nullptr);
    QSignalSpy loaded(model, &QFileSystemModel::directoryLoaded);
    dialog.show();
    ASSERT_TRUE(loaded.count() > 0 || loaded.wait(5000));
    QTest::qWait(100); // the types are filled in after the names

    const QModelIndex folder = model->index(dir.filePath(QStringLiteral("Rapports")), 2);
    const QModelIndex file = model->index(dir.filePath(QStringLiteral("rapport.pdf")), 2);
    EXPECT_EQ(model->data(folder).toString(), QStringLiteral("Dossier"));
    EXPECT_EQ(model->data(file).toString(), QStringLiteral("document PDF"));
    EXPECT_EQ(model->headerData(2, Qt::Horizontal).toString(), QStringLiteral("Type"));
    EXPECT_EQ(model->headerData(3, Qt::Horizontal).toString(), QStringLiteral("Dernière modification"));
    const auto *lookIn = dialog.findChild<QLabel *>(QStringLiteral("lookInLabel"));
    ASSERT_NE(lookIn, nullptr);
    EXPECT_EQ(lookIn->text(), QStringLiteral("Voir dans :"));
    EXPECT_EQ(QFileIconProvider().type(QFileInfo(QStringLiteral("/"))), QStringLiteral("Lecteur"));
}

} // namespace
