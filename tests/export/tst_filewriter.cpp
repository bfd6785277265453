#include "exchange/filewriter.h"
#include "temporarydatabase.h"

#include <csignal>
#include <gtest/gtest.h>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <sys/resource.h>

using namespace Paliers;
using namespace Paliers::TestSupport;

namespace {

QStringList entries(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

TEST(FileWriter, WritesTheWholeFileReadableByItsOwnerOnly)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rapport d'école « 2025 ».pdf"));
    ASSERT_TRUE(FileWriter::write(path, QByteArrayLiteral("contenu")).ok());
    EXPECT_EQ(fileBytes(path), QByteArrayLiteral("contenu"));
    EXPECT_EQ(QFile::permissions(path)
            & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther),
        QFileDevice::Permissions());
    EXPECT_EQ(entries(dir.path()), QStringList {QStringLiteral("rapport d'école « 2025 ».pdf")});
}

TEST(FileWriter, AFailedProducerLeavesTheOldFileAndNoTemporary)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("export.json"));
    ASSERT_TRUE(FileWriter::write(path, QByteArrayLiteral("ancien")).ok());
    const Status status = FileWriter::write(path, [](QIODevice &device) -> Status {
        device.write("début d'un nouveau contenu");
        return Error {QStringLiteral("plus rien à écrire")};
    });
    ASSERT_FALSE(status.ok());
    EXPECT_TRUE(status.error().contains(QStringLiteral("plus rien à écrire"))) << status.error().toStdString();
    EXPECT_EQ(fileBytes(path), QByteArrayLiteral("ancien"));
    EXPECT_EQ(entries(dir.path()), QStringList {QStringLiteral("export.json")});
}

TEST(FileWriter, MissingFolderAndFolderTargetsAreRefused)
{
    QTemporaryDir dir;
    Status status = FileWriter::write(dir.filePath(QStringLiteral("absent/rapport.pdf")), QByteArrayLiteral("x"));
    ASSERT_FALSE(status.ok());
    EXPECT_TRUE(status.error().contains(QStringLiteral("n'existe pas"))) << status.error().toStdString();
    status = FileWriter::write(dir.path(), QByteArrayLiteral("x"));
    ASSERT_FALSE(status.ok());
    EXPECT_TRUE(status.error().contains(QStringLiteral("dossier"))) << status.error().toStdString();
    EXPECT_TRUE(entries(dir.path()).isEmpty());
}

// A disk that fills up while writing: the process may write only a few
// kilobytes (RLIMIT_FSIZE), so the write fails part-way as on a full disk.
TEST(FileWriter, ADiskThatFillsUpLeavesTheOldFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rapport.pdf"));
    ASSERT_TRUE(FileWriter::write(path, QByteArrayLiteral("ancien rapport")).ok());

    rlimit saved {};
    ASSERT_EQ(getrlimit(RLIMIT_FSIZE, &saved), 0);
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit limited = saved;
    limited.rlim_cur = 16 * 1024;
    ASSERT_EQ(setrlimit(RLIMIT_FSIZE, &limited), 0);
    const Status status = FileWriter::write(path, QByteArray(256 * 1024, 'x'));
    setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, previousHandler);

    ASSERT_FALSE(status.ok());
    EXPECT_TRUE(status.error().contains(QStringLiteral("rapport.pdf"))) << status.error().toStdString();
    EXPECT_EQ(fileBytes(path), QByteArrayLiteral("ancien rapport"));
    EXPECT_EQ(entries(dir.path()), QStringList {QStringLiteral("rapport.pdf")});
}

} // namespace
