#include "clitool.h"
#include "testdata.h"
#include "toolrun.h"

#include <gtest/gtest.h>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Paliers;
using Paliers::TestSupport::runTool;
using Paliers::TestSupport::ToolRun;

namespace {

// The TSV rows as `referential show --format tsv` must print them.
void expectSameRows(const QString &output, const QString &tsv)
{
    const QList<TestSupport::TsvRow> expected = TestSupport::readReferentialTsv(tsv);
    QStringList lines = output.split(QLatin1Char('\n'));
    ASSERT_EQ(lines.takeLast(), QString()); // ends with a newline
    ASSERT_EQ(lines.size(), expected.size());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QStringList cells = lines.at(i).split(QLatin1Char('\t'));
        ASSERT_EQ(cells.size(), 3) << lines.at(i).toStdString();
        EXPECT_EQ(cells.at(0).compare(expected.at(i).domain, Qt::CaseInsensitive), 0) << i;
        EXPECT_EQ(cells.at(1), QString::number(expected.at(i).level)) << i;
        EXPECT_EQ(cells.at(2), expected.at(i).text) << i;
    }
}

} // namespace

TEST(CliTool, ListsTheBundledReferentials)
{
    const ToolRun run = runTool({QStringLiteral("referentials")});
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_EQ(run.err, QString());
    const QStringList lines = run.out.trimmed().split(QLatin1Char('\n'));
    ASSERT_EQ(lines.size(), 3);
    EXPECT_TRUE(lines.at(0).startsWith(QStringLiteral("creteil-ecoles\t2014.1\tecole\t67\t")))
        << lines.at(0).toStdString();
    EXPECT_TRUE(lines.at(1).startsWith(QStringLiteral("creteil-etablissements\t2014.1\tetablissement\t58\t")));
    EXPECT_TRUE(lines.at(2).startsWith(QStringLiteral("creteil-jalons\t2014.1\tetablissement\t20\t")))
        << lines.at(2).toStdString();
}

TEST(CliTool, ShowsTheSchoolGridAsTheSharedTsv)
{
    const ToolRun run = runTool({QStringLiteral("referential"), QStringLiteral("show"),
        QStringLiteral("creteil-ecoles"), QStringLiteral("--format"), QStringLiteral("tsv")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    expectSameRows(run.out, QStringLiteral("referentials/creteil-ecoles.tsv"));
}

TEST(CliTool, ShowsTheSecondarySchoolGridAsTheSharedTsv)
{
    const ToolRun run = runTool({QStringLiteral("referential"), QStringLiteral("show"),
        QStringLiteral("creteil-etablissements"), QStringLiteral("--format=tsv")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    expectSameRows(run.out, QStringLiteral("referentials/creteil-etablissements.tsv"));
}

TEST(CliTool, ShowsAReadableGridByDefault)
{
    const ToolRun run
        = runTool({QStringLiteral("referential"), QStringLiteral("show"), QStringLiteral("creteil-ecoles")});
    ASSERT_EQ(run.exitCode, 0);
    EXPECT_TRUE(run.out.contains(
        QStringLiteral("  Palier 1 : Conditions minimales pour amorcer les usages du numérique\n"
                       "    PIL-1-01  Intégration du numérique au projet d'école comme élément transversal")))
        << run.out.toStdString();
}

TEST(CliTool, ScoresAnAnswersFileAsText)
{
    const ToolRun run = runTool(
        {QStringLiteral("score"), TestSupport::dataPath(QStringLiteral("answers/ecoles-presque-complet.json"))});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("Palier atteint dans tous les domaines : 1\n")))
        << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("Réponses : 66 critères sur 67 (98 %)\n"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("Équipement, palier 2 :\n  EQU-2-01  Généralisation des dispositifs "
                                                "de fonds de classe\n")))
        << run.out.toStdString();
}

TEST(CliTool, ScoresAnAnswersFileAsJson)
{
    const ToolRun run = runTool(
        {QStringLiteral("score"), TestSupport::dataPath(QStringLiteral("answers/ecoles-presque-complet.json")),
            QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8()).object();
    EXPECT_EQ(root.value(QStringLiteral("referential")).toString(), QStringLiteral("creteil-ecoles"));
    EXPECT_EQ(root.value(QStringLiteral("overallPalier")).toInt(), 1);
    EXPECT_EQ(root.value(QStringLiteral("answered")).toInt(), 66);
    EXPECT_EQ(root.value(QStringLiteral("total")).toInt(), 67);
    QHash<QString, int> paliers;
    for (const QJsonValue &domain : root.value(QStringLiteral("domains")).toArray())
        paliers.insert(domain[QStringLiteral("id")].toString(), domain[QStringLiteral("palier")].toInt());
    const QHash<QString, int> expected {{QStringLiteral("PIL"), 3}, {QStringLiteral("FOR"), 2},
        {QStringLiteral("RES"), 3}, {QStringLiteral("PED"), 2}, {QStringLiteral("INF"), 3}, {QStringLiteral("EQU"), 1}};
    EXPECT_EQ(paliers, expected);
}

TEST(CliTool, RefusesUnknownCriteriaOnStderr)
{
    const ToolRun run
        = runTool({QStringLiteral("score"), TestSupport::dataPath(QStringLiteral("answers/critere-inconnu.json"))});
    EXPECT_EQ(run.exitCode, CliTool::Failure);
    EXPECT_EQ(run.out, QString());
    EXPECT_EQ(run.err,
        QStringLiteral("paliers-cli: Le référentiel « creteil-ecoles » n'a pas de critère d'identifiant "
                       "XYZ-1-01.\n"));
}

TEST(CliTool, RefusesAnUnknownReferential)
{
    const ToolRun run
        = runTool({QStringLiteral("score"), TestSupport::dataPath(QStringLiteral("answers/referentiel-inconnu.json"))});
    EXPECT_EQ(run.exitCode, CliTool::Failure);
    EXPECT_TRUE(run.err.contains(QStringLiteral("« creteil-lycees »"))) << run.err.toStdString();
}

TEST(CliTool, SaysWhatIsWrongWithTheCommandLine)
{
    EXPECT_EQ(runTool({}).exitCode, CliTool::UsageError);
    const ToolRun unknown = runTool({QStringLiteral("frobnicate")});
    EXPECT_EQ(unknown.exitCode, CliTool::UsageError);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("Commande « frobnicate » inconnue."))) << unknown.err.toStdString();
    const ToolRun format = runTool({QStringLiteral("referential"), QStringLiteral("show"),
        QStringLiteral("creteil-ecoles"), QStringLiteral("--format"), QStringLiteral("xml")});
    EXPECT_EQ(format.exitCode, CliTool::UsageError);
    EXPECT_TRUE(format.err.contains(QStringLiteral("Format « xml » inconnu."))) << format.err.toStdString();
    const ToolRun missing = runTool({QStringLiteral("score"), QStringLiteral("/nonexistent/r.json")});
    EXPECT_EQ(missing.exitCode, CliTool::Failure);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("Impossible de lire le fichier de réponses")))
        << missing.err.toStdString();
}

TEST(CliTool, ChecksAReferentialFile)
{
    const ToolRun good = runTool({QStringLiteral("referential"), QStringLiteral("check"),
        TestSupport::dataPath(QStringLiteral("referentials/valid-small.json"))});
    EXPECT_EQ(good.exitCode, 0) << good.err.toStdString();
    EXPECT_TRUE(good.out.contains(QStringLiteral("référentiel « essai » valide, version 1, 3 critères")))
        << good.out.toStdString();
    const ToolRun bad = runTool({QStringLiteral("referential"), QStringLiteral("check"),
        TestSupport::dataPath(QStringLiteral("referentials/duplicate-id.json"))});
    EXPECT_EQ(bad.exitCode, CliTool::Failure);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("duplicate-id.json, à l'emplacement criteria[1] (PIL-1-01).id : "
                                                "l'identifiant de critère « PIL-1-01 » est utilisé deux fois")))
        << bad.err.toStdString();
}

TEST(CliTool, ScoresAgainstAReferentialFileWithAThresholdRule)
{
    const ToolRun run = runTool({QStringLiteral("score"),
        TestSupport::dataPath(QStringLiteral("answers/essai-seuil.json")), QStringLiteral("--referential-file"),
        TestSupport::dataPath(QStringLiteral("referentials/valid-small.json")), QStringLiteral("--format"),
        QStringLiteral("json")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8()).object();
    EXPECT_EQ(root.value(QStringLiteral("overallPalier")).toInt(), 1);
    EXPECT_EQ(root[QStringLiteral("rule")][QStringLiteral("threshold")].toDouble(), 0.5);
}

// The installed program, not just the library: exit codes and streams as a
// script sees them.
TEST(CliExecutable, PrintsTheGridAndFailsLoudly)
{
    QProcess process;
    process.start(QStringLiteral(PALIERS_CLI_EXECUTABLE),
        {QStringLiteral("referential"), QStringLiteral("show"), QStringLiteral("creteil-etablissements"),
            QStringLiteral("--format"), QStringLiteral("tsv")});
    ASSERT_TRUE(process.waitForFinished(30000));
    EXPECT_EQ(process.exitCode(), 0);
    expectSameRows(
        QString::fromUtf8(process.readAllStandardOutput()), QStringLiteral("referentials/creteil-etablissements.tsv"));

    process.start(QStringLiteral(PALIERS_CLI_EXECUTABLE),
        {QStringLiteral("referential"), QStringLiteral("show"), QStringLiteral("absent")});
    ASSERT_TRUE(process.waitForFinished(30000));
    EXPECT_EQ(process.exitCode(), 1);
    EXPECT_TRUE(process.readAllStandardOutput().isEmpty());
    EXPECT_FALSE(process.readAllStandardError().isEmpty());
}

TEST(CliExecutable, SpeaksTheLanguageTheAppWasSetTo)
{
    // The app set to French (View → Language) on a system that speaks English.
    QTemporaryDir config;
    ASSERT_TRUE(QDir().mkpath(config.filePath(QStringLiteral("paliers"))));
    QFile ini(config.filePath(QStringLiteral("paliers/paliers.ini")));
    ASSERT_TRUE(ini.open(QIODevice::WriteOnly));
    ini.write("[ui]\nlanguage=fr\n");
    ini.close();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
    environment.insert(QStringLiteral("LANG"), QStringLiteral("en_GB.UTF-8"));
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    environment.remove(QStringLiteral("LC_ALL"));
    environment.remove(QStringLiteral("LC_MESSAGES"));
    const auto run = [&](const QStringList &arguments) {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(PALIERS_CLI_EXECUTABLE), arguments);
        EXPECT_TRUE(process.waitForFinished(30000));
        EXPECT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
        return QString::fromUtf8(process.readAllStandardOutput());
    };
    for (const QStringList &arguments : {QStringList {QStringLiteral("--help")}, QStringList {QStringLiteral("-h")}}) {
        const QString help = run(arguments);
        EXPECT_TRUE(help.contains(QStringLiteral("paliers-cli"))) << help.toStdString();
        EXPECT_FALSE(help.contains(QStringLiteral("Displays help on commandline options"))) << help.toStdString();
        EXPECT_FALSE(help.contains(QStringLiteral("--help-all"))) << help.toStdString();
    }
    // A command's options: in French, Qt's words included.
    const QString options = run({QStringLiteral("generate"), QStringLiteral("--help")});
    EXPECT_TRUE(options.startsWith(QStringLiteral("Options :\n"))) << options.toStdString();
    EXPECT_TRUE(options.contains(QStringLiteral("Nombre d'établissements"))) << options.toStdString();
    EXPECT_FALSE(options.contains(QStringLiteral("Displays help"))) << options.toStdString();
    EXPECT_FALSE(options.contains(QStringLiteral("--help-all"))) << options.toStdString();
    EXPECT_FALSE(options.contains(QStringLiteral(PALIERS_CLI_EXECUTABLE))) << options.toStdString();
}
