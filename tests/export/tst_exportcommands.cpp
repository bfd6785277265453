#include "clitool.h"
#include "exportfixture.h"
#include "temporarydatabase.h"

#include <gtest/gtest.h>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Paliers;
using namespace Paliers::TestSupport;

namespace {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

CliRun cli(const QString &database, QStringList arguments)
{
    CliRun run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    arguments << QStringLiteral("--db") << database;
    run.exitCode = CliTool(out, err).run(arguments);
    out.flush();
    err.flush();
    return run;
}

class ExportCommandsTest : public ::testing::Test
{
protected:
    void SetUp() override { m_id = fillSampleAssessment(m_source.storage(), true); }

    QString file(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    TemporaryDatabase m_source;
    qint64 m_id = 0;
};

TEST_F(ExportCommandsTest, ExportWritesEveryFileAskedFor)
{
    const CliRun run = cli(m_source.path(),
        {QStringLiteral("export"), QString::number(m_id), QStringLiteral("--pdf"), file(QStringLiteral("rapport.pdf")),
            QStringLiteral("--json"), file(QStringLiteral("export.json")), QStringLiteral("--csv"),
            file(QStringLiteral("criteres.csv")), QStringLiteral("--summary-csv"),
            file(QStringLiteral("synthese.csv"))});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(fileBytes(file(QStringLiteral("rapport.pdf"))).startsWith("%PDF-"));
    EXPECT_TRUE(fileBytes(file(QStringLiteral("export.json"))).contains("paliers-assessment-export"));
    EXPECT_TRUE(fileBytes(file(QStringLiteral("criteres.csv"))).startsWith("\xEF\xBB\xBFUAI;"));
    EXPECT_TRUE(fileBytes(file(QStringLiteral("synthese.csv"))).contains("0750655E"));
    EXPECT_EQ(run.out.count(u'\n'), 4);
}

TEST_F(ExportCommandsTest, ExportNeedsAnOutputAndAnExistingAssessment)
{
    CliRun run = cli(m_source.path(), {QStringLiteral("export"), QString::number(m_id)});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(QStringLiteral("--pdf"))) << run.err.toStdString();
    run = cli(m_source.path(),
        {QStringLiteral("export"), QStringLiteral("999"), QStringLiteral("--json"), file(QStringLiteral("x.json"))});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_FALSE(QFile::exists(file(QStringLiteral("x.json"))));
}

TEST_F(ExportCommandsTest, ImportReportsWhatWasImportedSkippedAndRefused)
{
    ASSERT_EQ(
        cli(m_source.path(),
            {QStringLiteral("export"), QString::number(m_id), QStringLiteral("--json"), file(QStringLiteral("a.json"))})
            .exitCode,
        0);
    QFile broken(file(QStringLiteral("b.json")));
    ASSERT_TRUE(broken.open(QIODevice::WriteOnly));
    broken.write("{ \"format\": \"paliers-assessment-export\", \"formatVersion\": 1 }");
    broken.close();

    TemporaryDatabase target;
    // The folder holds a.json and b.json; a.json is also given by name, so it
    // comes twice: imported once, then skipped.
    const CliRun run = cli(target.path(), {QStringLiteral("import"), m_dir.path(), file(QStringLiteral("a.json"))});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.out.contains(QStringLiteral("1 fichier importé"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("1 déjà présent"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("1 refusé"))) << run.out.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("b.json"))) << run.err.toStdString();
    Result<QList<Assessment>> assessments = target.storage().assessments();
    ASSERT_TRUE(assessments.ok());
    EXPECT_EQ(assessments->size(), 1);
}

} // namespace
