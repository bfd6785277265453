// The table of commands behind `paliers-cli --help` and the bash completion:
// each command it lists runs and knows the options it names, and the
// completion script, run by bash as it runs it on Tab, proposes them.
#include "clitool.h"
#include "commandtable.h"
#include "toolrun.h"

#include <gtest/gtest.h>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Paliers;
using Paliers::TestSupport::runTool;
using Paliers::TestSupport::ToolRun;

namespace {

// The words of a synopsis before its first argument: "assessment", "show".
QStringList commandWords(const char *synopsis)
{
    QStringList words;
    static const QRegularExpression word(QStringLiteral("^[a-z][a-z-]*$"));
    for (const QString &token : QString::fromUtf8(synopsis).split(u' ')) {
        if (!word.match(token).hasMatch())
            break;
        words.append(token);
    }
    return words;
}

class Completion : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        QFile script(m_dir.filePath(QStringLiteral("paliers-cli.bash")));
        ASSERT_TRUE(script.open(QIODevice::WriteOnly));
        const ToolRun run = runTool({QStringLiteral("completion"), QStringLiteral("bash")});
        ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
        script.write(run.out.toUtf8());
    }

    // What bash proposes on Tab after `line` (the last word is the one being
    // completed; "" for a new word), in the test's folder.
    QStringList complete(const QStringList &line)
    {
        QString words;
        for (const QString &word : line)
            words += QStringLiteral(" '") + word + u'\'';
        const QString program = QStringLiteral("source paliers-cli.bash\n"
                                               "COMP_WORDS=(paliers-cli%1)\n"
                                               "COMP_CWORD=$((${#COMP_WORDS[@]} - 1))\n"
                                               "_paliers_cli\n"
                                               "printf '%s\\n' \"${COMPREPLY[@]}\"\n")
                                    .arg(words);
        QProcess bash;
        bash.setWorkingDirectory(m_dir.path());
        bash.start(QStringLiteral("bash"), {QStringLiteral("--norc"), QStringLiteral("-c"), program});
        EXPECT_TRUE(bash.waitForFinished(10000));
        EXPECT_EQ(bash.exitCode(), 0) << bash.readAllStandardError().toStdString();
        QStringList proposed = QString::fromUtf8(bash.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        proposed.sort();
        return proposed;
    }

    QTemporaryDir m_dir;
};

} // namespace

// Every command of the table runs (its --help succeeds), and its own --help
// names each option the table gives it: the table cannot promise an option
// the command lost, or spell it otherwise.
TEST(CommandTable, EveryCommandListedRunsAndKnowsItsOptions)
{
    int commands = 0;
    static const QRegularExpression option(QStringLiteral("--[a-z][a-z-]*"));
    for (const CommandTable::Group &group : CommandTable::groups()) {
        for (const CommandTable::Entry &entry : group.entries) {
            const QStringList words = commandWords(entry.synopsis);
            if (words.isEmpty() || words.constFirst() == QLatin1String("completion")
                || words.constFirst() == QLatin1String("referentials"))
                continue; // the global options; a command without options
            ++commands;
            const ToolRun help = runTool(words + QStringList {QStringLiteral("--help")});
            ASSERT_EQ(help.exitCode, 0) << entry.synopsis << ": " << help.err.toStdString();
            for (auto match = option.globalMatch(QString::fromUtf8(entry.synopsis)); match.hasNext();) {
                const QString name = match.next().captured();
                EXPECT_NE(help.out.indexOf(name), -1)
                    << entry.synopsis << " names " << name.toStdString() << ", which its --help does not list:\n"
                    << help.out.toStdString();
            }
        }
    }
    EXPECT_GE(commands, 20);
}

TEST(CommandTable, HelpListsEveryCommandInFrench)
{
    const ToolRun run = runTool({QStringLiteral("--help")});
    ASSERT_EQ(run.exitCode, 0);
    EXPECT_TRUE(run.out.startsWith(QStringLiteral("Usage : paliers-cli [--db FICHIER] COMMANDE [OPTIONS]")))
        << run.out.toStdString();
    EXPECT_NE(run.out.indexOf(QStringLiteral("  referential show ID [--format text|tsv] [--version V]")), -1);
    EXPECT_NE(run.out.indexOf(QStringLiteral("  completion bash")), -1);
    EXPECT_NE(run.out.indexOf(QStringLiteral("--language fr|en")), -1);
    // Lines fit a terminal of 80 columns.
    for (const QString &line : run.out.split(u'\n'))
        EXPECT_LE(line.size(), 80) << line.toStdString();
}

TEST(CommandTable, CompletionAsksForBash)
{
    const ToolRun run = runTool({QStringLiteral("completion"), QStringLiteral("zsh")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_NE(run.err.indexOf(QStringLiteral("bash")), -1) << run.err.toStdString();
}

TEST_F(Completion, ProposesCommandsSubcommandsOptionsAndValues)
{
    EXPECT_EQ(complete({QStringLiteral("ref")}),
        (QStringList {QStringLiteral("referential"), QStringLiteral("referentials")}));
    EXPECT_EQ(complete({QStringLiteral("assessment"), QString()}),
        (QStringList {QStringLiteral("list"), QStringLiteral("new"), QStringLiteral("reopen"), QStringLiteral("show"),
            QStringLiteral("validate")}));
    EXPECT_EQ(complete({QStringLiteral("referential"), QStringLiteral("show"), QStringLiteral("--f")}),
        QStringList {QStringLiteral("--format")});
    EXPECT_EQ(complete({QStringLiteral("referential"), QStringLiteral("show"), QStringLiteral("--format"), QString()}),
        (QStringList {QStringLiteral("text"), QStringLiteral("tsv")}));
    // --db and its value stand anywhere, and do not count as the command.
    EXPECT_EQ(complete({QStringLiteral("--db"), QStringLiteral("ecole.sqlite"), QStringLiteral("campaign"),
                  QStringLiteral("status"), QStringLiteral("--by"), QString()}),
        (QStringList {QStringLiteral("academie"), QStringLiteral("bassin"), QStringLiteral("circonscription"),
            QStringLiteral("departement")}));
    EXPECT_EQ(complete({QStringLiteral("--language"), QString()}),
        (QStringList {QStringLiteral("en"), QStringLiteral("fr")}));
    // A value that cannot be guessed (a year) gets nothing, not the options.
    EXPECT_EQ(complete({QStringLiteral("consolidate"), QStringLiteral("--year"), QString()}), QStringList());
    // score has two forms: the options of both.
    EXPECT_EQ(complete({QStringLiteral("score"), QStringLiteral("--")}),
        (QStringList {QStringLiteral("--format"), QStringLiteral("--help"), QStringLiteral("--referential-file"),
            QStringLiteral("--version")}));
}

TEST_F(Completion, ProposesFilesWhereAFileIsExpected)
{
    QFile file(m_dir.filePath(QStringLiteral("paliers-0750655E-2025-2026.json")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.close();
    EXPECT_EQ(complete({QStringLiteral("import"), QStringLiteral("paliers-0")}),
        QStringList {QStringLiteral("paliers-0750655E-2025-2026.json")});
    EXPECT_EQ(complete({QStringLiteral("export"), QStringLiteral("3"), QStringLiteral("--json"),
                  QStringLiteral("paliers-0")}),
        QStringList {QStringLiteral("paliers-0750655E-2025-2026.json")});
    EXPECT_EQ(complete({QStringLiteral("--db"), QStringLiteral("paliers-cli")}),
        QStringList {QStringLiteral("paliers-cli.bash")});
    // Where a number is expected, no file.
    EXPECT_EQ(
        complete({QStringLiteral("assessment"), QStringLiteral("validate"), QStringLiteral("pal")}), QStringList());
}

// `--db` given a file that is not a database says what it is.
TEST(CommandTable, DatabaseOptionSaysWhatAFileIs)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString text = dir.filePath(QStringLiteral("notes.txt"));
    QFile file(text);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("Commission numérique du 12 mars\n");
    file.close();
    const ToolRun run
        = runTool({QStringLiteral("--db"), text, QStringLiteral("establishment"), QStringLiteral("list")});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_NE(run.err.indexOf(QStringLiteral("n'est ni une base Paliers ni un export Paliers")), -1)
        << run.err.toStdString();
    EXPECT_TRUE(QFile(text).size() > 0); // untouched
}
