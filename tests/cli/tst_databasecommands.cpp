#include "clitool.h"
#include "scoreformatter.h"
#include "testdata.h"

#include <gtest/gtest.h>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Paliers;

namespace {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

class StorageCommandsTest : public ::testing::Test
{
protected:
    CliRun cli(QStringList arguments)
    {
        CliRun run;
        QTextStream out(&run.out);
        QTextStream err(&run.err);
        arguments << QStringLiteral("--db") << m_path;
        run.exitCode = CliTool(out, err).run(arguments);
        out.flush();
        err.flush();
        return run;
    }

    // Runs a command that must succeed and returns what it printed.
    QString ok(const QStringList &arguments)
    {
        const CliRun run = cli(arguments);
        EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
        EXPECT_EQ(run.err, QString());
        return run.out;
    }

    QTemporaryDir m_dir;
    // Spaces, accents and quotes: a real user's folder names.
    QString m_path = m_dir.filePath(QStringLiteral("base d'essai « circo ».sqlite"));
};

} // namespace

TEST_F(StorageCommandsTest, FillsAndScoresAnAssessmentFromTheCommandLine)
{
    const QString school = ok(
        {QStringLiteral("establishment"), QStringLiteral("add"), QStringLiteral("--uai"), QStringLiteral("0750655e"),
            QStringLiteral("--name"), QStringLiteral("École Jean-Jaurès"), QStringLiteral("--kind"),
            QStringLiteral("ecole_elementaire"), QStringLiteral("--circonscription"), QStringLiteral("Paris 11e")});
    EXPECT_EQ(school, QStringLiteral("1\n"));
    EXPECT_EQ(ok({QStringLiteral("establishment"), QStringLiteral("list")}),
        QStringLiteral("1\t0750655E\tecole_elementaire\tÉcole Jean-Jaurès\t\tParis 11e\t\t\n"));

    // An école gets the écoles' grid without being told.
    const QString id
        = ok({QStringLiteral("assessment"), QStringLiteral("new"), QStringLiteral("--uai"), QStringLiteral("0750655E"),
                 QStringLiteral("--year"), QStringLiteral("2025-2026"), QStringLiteral("--author"),
                 QStringLiteral("Mme Dupont"), QStringLiteral("--role"), QStringLiteral("directrice")})
              .trimmed();
    EXPECT_EQ(id, QStringLiteral("1"));

    for (const char *criterion : {"PIL-1-01", "PIL-1-02", "PIL-1-03", "PIL-1-04", "PIL-1-05"})
        ok({QStringLiteral("answer"), id, QString::fromLatin1(criterion), QStringLiteral("atteint")});
    ok({QStringLiteral("answer"), id, QStringLiteral("PIL-2-01"), QStringLiteral("en_cours"),
        QStringLiteral("--comment"), QStringLiteral("Charte à <b>revoir</b> & compléter"), QStringLiteral("--evidence"),
        QStringLiteral("https://ent.example/charte")});

    const QJsonObject score = QJsonDocument::fromJson(
        ok({QStringLiteral("score"), id, QStringLiteral("--format"), QStringLiteral("json")}).toUtf8())
                                  .object();
    EXPECT_EQ(score[QStringLiteral("domains")][0][QStringLiteral("palier")].toInt(), 1);
    EXPECT_EQ(score[QStringLiteral("domains")][0][QStringLiteral("blocking")].toArray().size(), 4);
    EXPECT_EQ(score[QStringLiteral("answered")].toInt(), 6);

    const QJsonObject shown = QJsonDocument::fromJson(
        ok({QStringLiteral("assessment"), QStringLiteral("show"), id, QStringLiteral("--format=json")}).toUtf8())
                                  .object();
    EXPECT_EQ(shown[QStringLiteral("establishment")][QStringLiteral("uai")].toString(), QStringLiteral("0750655E"));
    EXPECT_EQ(shown[QStringLiteral("answers")].toArray().size(), 67);
    EXPECT_EQ(shown[QStringLiteral("answers")][5][QStringLiteral("comment")].toString(),
        QStringLiteral("Charte à <b>revoir</b> & compléter"));

    const QString text = ok({QStringLiteral("assessment"), QStringLiteral("show"), id});
    EXPECT_TRUE(text.contains(QStringLiteral("École Jean-Jaurès (0750655E), 2025-2026\nStatut : Brouillon\n")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("PIL-2-01\tEn cours\t"))) << text.toStdString();

    EXPECT_EQ(ok({QStringLiteral("assessment"), QStringLiteral("list")}),
        QStringLiteral("1\t0750655E\t2025-2026\tcreteil-ecoles\t2014.1\tbrouillon\t0\t6/67\n"));
}

TEST_F(StorageCommandsTest, AValidatedAssessmentRefusesChangesUntilReopened)
{
    ok({QStringLiteral("establishment"), QStringLiteral("add"), QStringLiteral("--uai"), QStringLiteral("0941234F"),
        QStringLiteral("--name"), QStringLiteral("Collège Victor-Hugo"), QStringLiteral("--kind"),
        QStringLiteral("college")});
    const QString id = ok({QStringLiteral("assessment"), QStringLiteral("new"), QStringLiteral("--uai"),
                              QStringLiteral("0941234F"), QStringLiteral("--year"), QStringLiteral("2025-2026")})
                           .trimmed();
    EXPECT_TRUE(
        ok({QStringLiteral("assessment"), QStringLiteral("list")}).contains(QStringLiteral("creteil-etablissements")));
    ok({QStringLiteral("assessment"), QStringLiteral("validate"), id});

    const CliRun refused = cli({QStringLiteral("answer"), id, QStringLiteral("PIL-1-01"), QStringLiteral("atteint")});
    EXPECT_EQ(refused.exitCode, CliTool::Failure);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("est validée : rouvrez-la avant de la modifier")))
        << refused.err.toStdString();

    ok({QStringLiteral("assessment"), QStringLiteral("reopen"), id, QStringLiteral("--reason"),
        QStringLiteral("Oubli")});
    ok({QStringLiteral("answer"), id, QStringLiteral("PIL-1-01"), QStringLiteral("atteint")});
}

TEST_F(StorageCommandsTest, ReportsBadInputWithTheRightExitCode)
{
    const CliRun badUai = cli(
        {QStringLiteral("establishment"), QStringLiteral("add"), QStringLiteral("--uai"), QStringLiteral("0750655F"),
            QStringLiteral("--name"), QStringLiteral("X"), QStringLiteral("--kind"), QStringLiteral("college")});
    EXPECT_EQ(badUai.exitCode, CliTool::Failure);
    EXPECT_TRUE(badUai.err.contains(QStringLiteral("devrait être E, et non F"))) << badUai.err.toStdString();

    const CliRun missing = cli(
        {QStringLiteral("establishment"), QStringLiteral("add"), QStringLiteral("--uai"), QStringLiteral("0750655E")});
    EXPECT_EQ(missing.exitCode, CliTool::UsageError);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("L'option --name est obligatoire."))) << missing.err.toStdString();

    const CliRun kind = cli(
        {QStringLiteral("establishment"), QStringLiteral("add"), QStringLiteral("--uai"), QStringLiteral("0750655E"),
            QStringLiteral("--name"), QStringLiteral("X"), QStringLiteral("--kind"), QStringLiteral("universite")});
    EXPECT_EQ(kind.exitCode, CliTool::UsageError);

    const CliRun noSchool = cli({QStringLiteral("assessment"), QStringLiteral("new"), QStringLiteral("--uai"),
        QStringLiteral("0750655E"), QStringLiteral("--year"), QStringLiteral("2025-2026")});
    EXPECT_EQ(noSchool.exitCode, CliTool::Failure);
    EXPECT_TRUE(noSchool.err.contains(QStringLiteral("Aucun établissement n'a l'UAI 0750655E.")))
        << noSchool.err.toStdString();

    const CliRun status
        = cli({QStringLiteral("answer"), QStringLiteral("1"), QStringLiteral("PIL-1-01"), QStringLiteral("fait")});
    EXPECT_EQ(status.exitCode, CliTool::UsageError);
    const CliRun noAssessment = cli({QStringLiteral("score"), QStringLiteral("12")});
    EXPECT_EQ(noAssessment.exitCode, CliTool::Failure);
    EXPECT_TRUE(noAssessment.err.contains(QStringLiteral("Aucune évaluation ne porte le numéro 12.")))
        << noAssessment.err.toStdString();
}

TEST(DatabaseCommands, RefusesADatabaseThatIsNotOneWithoutTouchingIt)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rapport.sqlite"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("%PDF-1.4 not a database");
    file.close();

    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    const int code
        = CliTool(outStream, errStream)
              .run({QStringLiteral("--db=") + path, QStringLiteral("establishment"), QStringLiteral("list")});
    errStream.flush();
    EXPECT_EQ(code, CliTool::Failure);
    EXPECT_TRUE(err.contains(QStringLiteral("n'est ni une base Paliers ni un export Paliers"))) << err.toStdString();
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), QByteArrayLiteral("%PDF-1.4 not a database"));
}

TEST_F(StorageCommandsTest, TheJalonsFromTheCommandLine)
{
    ok({QStringLiteral("establishment"), QStringLiteral("add"), QStringLiteral("--uai"), QStringLiteral("0941712A"),
        QStringLiteral("--name"), QStringLiteral("Collège Pablo-Neruda"), QStringLiteral("--kind"),
        QStringLiteral("college")});
    const QString id = ok({QStringLiteral("assessment"), QStringLiteral("new"), QStringLiteral("--uai"),
                              QStringLiteral("0941712A"), QStringLiteral("--year"), QStringLiteral("2025-2026"),
                              QStringLiteral("--referential"), QStringLiteral("creteil-jalons")})
                           .trimmed();
    ok({QStringLiteral("answer"), id, QStringLiteral("DYN-J2"), QStringLiteral("atteint")});
    ok({QStringLiteral("answer"), id, QStringLiteral("DYN-J3"), QStringLiteral("atteint")});
    const CliRun refused = cli({QStringLiteral("answer"), id, QStringLiteral("ORG-J2"), QStringLiteral("en_cours")});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("ORG-J2"))) << refused.err.toStdString();

    const QString text = ok({QStringLiteral("score"), id});
    EXPECT_TRUE(text.contains(QStringLiteral("S'engager dans une dynamique collective  3\n"))
        || text.contains(QRegularExpression(QStringLiteral("S'engager dans une dynamique collective\\s+3\\n"))))
        << text.toStdString();
    EXPECT_TRUE(text.contains(ScoreFormatter::tr("Lowest jalon: %1").arg(0))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("DYN-J4"))) << text.toStdString(); // the next jalon
    EXPECT_FALSE(text.contains(ScoreFormatter::tr("Palier"))) << text.toStdString();
}

// The académie's revised grid arrives from the command line: installed with
// referential install, it is offered to this year's assessment, which starts
// from last year's through the map and says what it could not carry.
TEST_F(StorageCommandsTest, ARevisedGridInstalledFromTheCommandLineCarriesLastYearOver)
{
    ok({QStringLiteral("establishment"), QStringLiteral("add"), QStringLiteral("--uai"), QStringLiteral("0750655e"),
        QStringLiteral("--name"), QStringLiteral("École Jean-Jaurès"), QStringLiteral("--kind"),
        QStringLiteral("ecole_elementaire")});
    ok({QStringLiteral("assessment"), QStringLiteral("new"), QStringLiteral("--uai"), QStringLiteral("0750655E"),
        QStringLiteral("--year"), QStringLiteral("2025-2026")});
    ok({QStringLiteral("answer"), QStringLiteral("1"), QStringLiteral("FOR-1-01"), QStringLiteral("atteint")});
    ok({QStringLiteral("answer"), QStringLiteral("1"), QStringLiteral("INF-3-01"), QStringLiteral("en_cours"),
        QStringLiteral("--comment"), QStringLiteral("Projet THD voté")});
    ok({QStringLiteral("assessment"), QStringLiteral("validate"), QStringLiteral("1")});

    const CliRun bad = cli({QStringLiteral("referential"), QStringLiteral("install"), m_path});
    EXPECT_EQ(bad.exitCode, CliTool::Failure);
    EXPECT_FALSE(bad.err.isEmpty());

    const QString installed = ok({QStringLiteral("referential"), QStringLiteral("install"),
        TestSupport::dataPath(QStringLiteral("referentials/creteil-ecoles-2026.1-essai.json"))});
    EXPECT_TRUE(installed.startsWith(QStringLiteral("Version 2026.1 de « creteil-ecoles » ajoutée")))
        << installed.toStdString();
    EXPECT_TRUE(ok({QStringLiteral("referentials")}).contains(QStringLiteral("creteil-ecoles\t2026.1\tecole\t68\t")));
    EXPECT_TRUE(ok({QStringLiteral("referential"), QStringLiteral("show"), QStringLiteral("creteil-ecoles")})
                    .contains(QStringLiteral("Remplace la version 2014.1 : 2 critère(s) ajouté(s), 1 retiré(s).")));

    const CliRun next
        = cli({QStringLiteral("assessment"), QStringLiteral("new"), QStringLiteral("--uai"), QStringLiteral("0750655E"),
            QStringLiteral("--year"), QStringLiteral("2026-2027"), QStringLiteral("--copy-from"), QStringLiteral("1")});
    EXPECT_EQ(next.exitCode, 0) << next.err.toStdString();
    EXPECT_EQ(next.out, QStringLiteral("2\n"));
    EXPECT_TRUE(next.err.contains(QStringLiteral("de la version 2014.1 à la version 2026.1")))
        << next.err.toStdString();
    EXPECT_TRUE(next.err.contains(QStringLiteral("PED-2-07, INF-2-04"))) << next.err.toStdString();
    EXPECT_TRUE(next.err.contains(QStringLiteral("INF-3-01, En cours — Projet THD voté"))) << next.err.toStdString();

    EXPECT_EQ(ok({QStringLiteral("assessment"), QStringLiteral("list")}),
        QStringLiteral("2\t0750655E\t2026-2027\tcreteil-ecoles\t2026.1\tbrouillon\t0\t1/68\n"
                       "1\t0750655E\t2025-2026\tcreteil-ecoles\t2014.1\tvalide\t0\t2/67\n"));
    const QString shown = ok({QStringLiteral("assessment"), QStringLiteral("show"), QStringLiteral("2")});
    EXPECT_TRUE(shown.contains(QStringLiteral("Référentiel creteil-ecoles, version 2026.1"))) << shown.toStdString();
    EXPECT_TRUE(shown.contains(QStringLiteral("Formation et accompagnement           1       1/1")))
        << shown.toStdString();
    // Last year is still read with 2014.1.
    EXPECT_TRUE(ok({QStringLiteral("assessment"), QStringLiteral("show"), QStringLiteral("1")})
                    .contains(QStringLiteral("Référentiel creteil-ecoles, version 2014.1")));
}

TEST_F(StorageCommandsTest, ImportsTheRegisterAndCountsTheCampaign)
{
    const QString registerFile = TestSupport::dataPath(QStringLiteral("annuaire/annuaire-essai-latin1.csv"));
    const QString dry = ok({QStringLiteral("annuaire"), QStringLiteral("import"), registerFile,
        QStringLiteral("--departement"), QStringLiteral("093"), QStringLiteral("--dry-run")});
    EXPECT_NE(dry.indexOf(QStringLiteral("(ISO-8859-1)")), -1) << dry.toStdString();
    EXPECT_NE(
        dry.indexOf(QStringLiteral("À créer : 4, à mettre à jour : 0, inchangés : 0, non retenus : 1, refusées : 2")),
        -1)
        << dry.toStdString();
    EXPECT_NE(dry.indexOf(QStringLiteral("ligne 7 :")), -1);
    EXPECT_NE(dry.indexOf(QStringLiteral("ligne 8 :")), -1);
    // Nothing stored by a dry run.
    EXPECT_EQ(ok({QStringLiteral("establishment"), QStringLiteral("list"), QStringLiteral("--format"),
                     QStringLiteral("json")})
                  .trimmed(),
        QStringLiteral("[\n]"));

    const QString done = ok({QStringLiteral("annuaire"), QStringLiteral("import"), registerFile});
    EXPECT_NE(done.indexOf(QStringLiteral("Terminé : 5 créés, 0 mis à jour.")), -1) << done.toStdString();
    const QString again = ok({QStringLiteral("annuaire"), QStringLiteral("import"), registerFile});
    EXPECT_NE(again.indexOf(QStringLiteral("Terminé : 0 créé, 0 mis à jour.")), -1) << again.toStdString();

    ok({QStringLiteral("assessment"), QStringLiteral("new"), QStringLiteral("--uai"), QStringLiteral("0930123D"),
        QStringLiteral("--year"), QStringLiteral("2025-2026")});
    const QString reminders = m_dir.filePath(QStringLiteral("relance.csv"));
    const QString status = ok({QStringLiteral("campaign"), QStringLiteral("status"), QStringLiteral("--year"),
        QStringLiteral("2025-2026"), QStringLiteral("--by"), QStringLiteral("circonscription"),
        QStringLiteral("--kind"), QStringLiteral("ecoles"), QStringLiteral("--remind"), reminders});
    // The closed école is not expected: two in Bobigny 1, one in progress.
    EXPECT_NE(status.indexOf(QStringLiteral("Bobigny 1\t2\t0\t1\t1\t0 %")), -1) << status.toStdString();
    EXPECT_EQ(status.indexOf(QStringLiteral("Saint-Denis 2")), -1);
    QFile csv(reminders);
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(csv.readAll());
    EXPECT_NE(text.indexOf(QStringLiteral("0930123D;École élémentaire Paul-Éluard;")), -1) << text.toStdString();
    EXPECT_NE(text.indexOf(QStringLiteral(";en cours;ce.0930123D@ac-creteil.fr;")), -1);
    EXPECT_NE(text.indexOf(QStringLiteral(";non commencé;ce.0930124E@ac-creteil.fr;")), -1);

    const CliRun bad = cli({QStringLiteral("campaign"), QStringLiteral("status"), QStringLiteral("--year"),
        QStringLiteral("2025-2026"), QStringLiteral("--by"), QStringLiteral("commune")});
    EXPECT_EQ(bad.exitCode, 2);
    const CliRun missing
        = cli({QStringLiteral("annuaire"), QStringLiteral("import"), m_dir.filePath(QStringLiteral("absent.csv"))});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_FALSE(missing.err.isEmpty());
}

TEST_F(StorageCommandsTest, ComputesTheRoadmapsIndicatorsAndWritesTheReperes)
{
    ok({QStringLiteral("generate"), QStringLiteral("--establishments"), QStringLiteral("30"), QStringLiteral("--years"),
        QStringLiteral("2"), QStringLiteral("--seed"), QStringLiteral("7")});
    const QString example = QStringLiteral(PALIERS_SOURCE_DIR "/resources/indicators/aix-marseille-2014.json");
    const QString csvPath = m_dir.filePath(QStringLiteral("indicateurs.csv"));
    const QString table = ok({QStringLiteral("indicators"), QStringLiteral("--file"), example, QStringLiteral("--save"),
        QStringLiteral("--csv"), csvPath});
    EXPECT_NE(table.indexOf(QStringLiteral("7 indicateurs conservés dans la base.")), -1) << table.toStdString();
    // The roadmap's own figures, then Paliers' years, the target last.
    EXPECT_NE(table.indexOf(QStringLiteral("52 % (feuille de route)\t63 % (feuille de route)\t")), -1)
        << table.toStdString();
    EXPECT_NE(table.indexOf(QStringLiteral("\t100 % en 2016-2017\n")), -1);
    QFile csv(csvPath);
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(csv.readAll());
    EXPECT_NE(text.indexOf(QStringLiteral(";creteil-ecoles;52,0;feuille de route;63,0;feuille de route;")), -1)
        << text.toStdString();
    // Kept: the same table without the file.
    const QString again = ok({QStringLiteral("indicators")});
    EXPECT_EQ(again.section(QLatin1Char('\n'), 0, 8), table.section(QLatin1Char('\n'), 1, 9));

    const QString reperes = m_dir.filePath(QStringLiteral("reperes.json"));
    const QString consolidated
        = ok({QStringLiteral("consolidate"), QStringLiteral("--year"), QStringLiteral("2025-2026"),
            QStringLiteral("--reperes"), reperes, QStringLiteral("--issuer"), QStringLiteral("DANE de Créteil")});
    EXPECT_NE(consolidated.indexOf(QStringLiteral("aucune école nommée")), -1) << consolidated.toStdString();
    QFile file(reperes);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    EXPECT_FALSE(bytes.contains("\"uai\""));
    EXPECT_FALSE(bytes.contains("cole "));

    // A school's own database takes them; a tampered copy is refused.
    const QString schoolDb = m_dir.filePath(QStringLiteral("école.sqlite"));
    m_path = schoolDb;
    const QString imported = ok({QStringLiteral("reperes"), QStringLiteral("import"), reperes});
    EXPECT_NE(imported.indexOf(QStringLiteral("Repères de creteil-ecoles pour 2025-2026 :")), -1)
        << imported.toStdString();
    QByteArray tampered = bytes;
    tampered.replace("\"met\": ", "\"met\": 1");
    const QString tamperedPath = m_dir.filePath(QStringLiteral("modifie.json"));
    QFile out(tamperedPath);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(tampered);
    out.close();
    const CliRun refused = cli({QStringLiteral("reperes"), QStringLiteral("import"), tamperedPath});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_NE(refused.err.indexOf(QStringLiteral("SHA-256")), -1) << refused.err.toStdString();
}
