#include "clitool.h"
#include "exchange/csvexport.h"
#include "exportfixture.h"
#include "model/uai.h"
#include "storage/datagenerator.h"
#include "temporarydatabase.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <memory>
#include <QDir>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
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

CliRun cli(QStringList arguments)
{
    CliRun run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    run.exitCode = CliTool(out, err).run(arguments);
    out.flush();
    err.flush();
    return run;
}

TEST(ConsolidationCommands, GenerateThenConsolidateAYear)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("dane.sqlite"));
    CliRun run = cli({QStringLiteral("--db"), db, QStringLiteral("generate"), QStringLiteral("--establishments"),
        QStringLiteral("60"), QStringLiteral("--years"), QStringLiteral("2"), QStringLiteral("--seed"),
        QStringLiteral("11")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QString year = DataGenerator::lastYears(1).constFirst();

    const QString pdf = dir.filePath(QStringLiteral("consolidation.pdf"));
    const QString csv = dir.filePath(QStringLiteral("consolidation.csv"));
    run = cli({QStringLiteral("--db"), db, QStringLiteral("consolidate"), QStringLiteral("--year"), year,
        QStringLiteral("--pdf"), pdf, QStringLiteral("--csv"), csv});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.startsWith(QStringLiteral("60 évaluations"))) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("Formation\t"))) << run.out.toStdString();

    // One CSV row per assessment, after the header.
    const QByteArray csvBytes = fileBytes(csv);
    EXPECT_EQ(csvBytes.count("\r\n"), 61);

    QProcess text;
    text.start(
        QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    ASSERT_TRUE(text.waitForFinished(60000));
    const QString pdfText = QString::fromUtf8(text.readAllStandardOutput());
    EXPECT_TRUE(pdfText.contains(QStringLiteral("Consolidation des paliers"))) << pdfText.left(400).toStdString();
    EXPECT_TRUE(pdfText.contains(QStringLiteral("Critères le plus souvent manquants")));
    EXPECT_TRUE(pdfText.contains(QStringLiteral("Pratiques éducatives et pédagogiques")));
    // Every establishment of the selection is listed.
    Result<std::unique_ptr<Database>> opened = Database::open(db);
    ASSERT_TRUE(opened.ok());
    Storage storage(*opened.value(), ReferentialCatalog::bundled().value());
    for (const Establishment &e : storage.establishments().value())
        EXPECT_TRUE(pdfText.contains(e.uai)) << e.uai.toStdString();

    // A4 landscape; every table header is whole: no word broken in a column
    // too narrow for it.
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {pdf});
    ASSERT_TRUE(info.waitForFinished(60000));
    EXPECT_TRUE(QString::fromUtf8(info.readAllStandardOutput()).contains(QStringLiteral("842 x 595 pts")));
    const QStringList words = pdfText.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    for (const char *word : {"Global", "Établissement", "Circonscription", "district", "Statut", "Domaine", "Palier",
             "atteint", "Critère", "Intitulé", "Établissements", "PIL", "FOR", "RES", "PED", "INF", "EQU"})
        EXPECT_TRUE(words.contains(QString::fromUtf8(word))) << word;
    for (const char *broken : {"Glob", "Statu", "Établisse", "atteint)"})
        EXPECT_FALSE(words.contains(QString::fromUtf8(broken))) << broken;
    // Page 1 holds the campaign's response rates (every generated school is
    // expected: none has started nothing, so validated + in progress = 60)
    // and the overall palier; the first grid's table starts page 2.
    const QString first = squeezed(pdfPageText(pdf, 1));
    EXPECT_TRUE(first.contains(squeezed(QStringLiteral("Taux de réponse de la campagne")))) << first.toStdString();
    EXPECT_TRUE(first.contains(squeezed(QStringLiteral("tous les établissements 60 établissements attendus :"))))
        << first.toStdString();
    EXPECT_TRUE(first.contains(squeezed(QStringLiteral("en cours, 0 non commencés.")))) << first.toStdString();
    EXPECT_TRUE(first.contains(QStringLiteral("Palierglobal")));
    const QString second = squeezed(pdfPageText(pdf, 2));
    EXPECT_TRUE(second.contains(QStringLiteral("Domaine"))) << second.toStdString();
    EXPECT_TRUE(second.contains(squeezed(QStringLiteral("Pilotage, impulsion et organisation"))));
    EXPECT_TRUE(second.contains(QStringLiteral("Formation")));
}

TEST(ConsolidationCommands, FiltersNarrowTheSelection)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("ien.sqlite"));
    ASSERT_EQ(cli({QStringLiteral("--db"), db, QStringLiteral("generate"), QStringLiteral("--establishments"),
                      QStringLiteral("40")})
                  .exitCode,
        0);
    const QString year = DataGenerator::lastYears(1).constFirst();
    const CliRun all = cli({QStringLiteral("--db"), db, QStringLiteral("consolidate"), QStringLiteral("--year"), year});
    const CliRun colleges = cli({QStringLiteral("--db"), db, QStringLiteral("consolidate"), QStringLiteral("--year"),
        year, QStringLiteral("--kind"), QStringLiteral("college")});
    ASSERT_EQ(colleges.exitCode, 0) << colleges.err.toStdString();
    EXPECT_TRUE(all.out.startsWith(QStringLiteral("40 ")));
    EXPECT_FALSE(colleges.out.startsWith(QStringLiteral("40 ")));
    EXPECT_FALSE(colleges.out.contains(QStringLiteral("des écoles"))) << colleges.out.toStdString();

    const CliRun wrong = cli(
        {QStringLiteral("--db"), db, QStringLiteral("consolidate"), QStringLiteral("--year"), QStringLiteral("2025")});
    EXPECT_EQ(wrong.exitCode, 2);
    const CliRun noYear = cli({QStringLiteral("--db"), db, QStringLiteral("consolidate")});
    EXPECT_EQ(noYear.exitCode, 2);
}

// The establishments `generate` wrote into the database at `path`.
QList<Establishment> storedEstablishments(const QString &path)
{
    std::unique_ptr<Database> database = Database::open(path).value();
    const ReferentialCatalog catalog = ReferentialCatalog::bundled().value();
    Storage storage(*database, catalog);
    return storage.establishments().value();
}

TEST(ConsolidationCommands, GeneratedSchoolsAreInTheAcademieAsked)
{
    QTemporaryDir dir;
    // Each département of the académie, the first three digits of its UAIs and some of its communes.
    const QHash<QString, std::pair<QString, QStringList>> creteil {
        {QStringLiteral("Seine-et-Marne"), {QStringLiteral("077"), {QStringLiteral("Melun"), QStringLiteral("Meaux")}}},
        {QStringLiteral("Seine-Saint-Denis"),
            {QStringLiteral("093"),
                {QStringLiteral("Bobigny"), QStringLiteral("Montreuil"), QStringLiteral("Saint-Denis")}}},
        {QStringLiteral("Val-de-Marne"),
            {QStringLiteral("094"), {QStringLiteral("Créteil"), QStringLiteral("Vitry-sur-Seine")}}},
    };
    const QString db = dir.filePath(QStringLiteral("creteil.sqlite"));
    const CliRun run = cli({QStringLiteral("--db"), db, QStringLiteral("generate"), QStringLiteral("--establishments"),
        QStringLiteral("60"), QStringLiteral("--academie"), QStringLiteral("creteil")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QList<Establishment> schools = storedEstablishments(db);
    ASSERT_EQ(schools.size(), 60);
    QSet<QString> departements;
    QSet<QString> communes;
    for (const Establishment &e : schools) {
        EXPECT_EQ(e.academie, QStringLiteral("Créteil"));
        ASSERT_TRUE(creteil.contains(e.departement)) << e.departement.toStdString();
        EXPECT_TRUE(e.uai.startsWith(creteil.value(e.departement).first))
            << e.uai.toStdString() << " in " << e.departement.toStdString();
        EXPECT_TRUE(Uai::normalize(e.uai).ok()) << e.uai.toStdString();
        for (const QString &elsewhere : {QStringLiteral("Lyon"), QStringLiteral("Vénissieux"), QStringLiteral("Paris"),
                 QStringLiteral("Villeurbanne")}) {
            EXPECT_FALSE(e.commune.contains(elsewhere)) << e.commune.toStdString();
            EXPECT_FALSE(e.circonscription.contains(elsewhere)) << e.circonscription.toStdString();
            EXPECT_FALSE(e.name.contains(elsewhere)) << e.name.toStdString();
        }
        if (isFirstDegree(e.kind)) {
            EXPECT_TRUE(e.circonscription.startsWith(e.commune + u' ')) << e.circonscription.toStdString();
        }
        departements.insert(e.departement);
        communes.insert(e.commune);
    }
    EXPECT_EQ(departements.size(), 3);
    bool known = false;
    for (const auto &[code, some] : creteil)
        known
            = known || std::any_of(some.cbegin(), some.cend(), [&](const QString &c) { return communes.contains(c); });
    EXPECT_TRUE(known);

    // Another académie: its own départements.
    const QString lyon = dir.filePath(QStringLiteral("lyon.sqlite"));
    ASSERT_EQ(cli({QStringLiteral("--db"), lyon, QStringLiteral("generate"), QStringLiteral("--establishments"),
                      QStringLiteral("12"), QStringLiteral("--academie"), QStringLiteral("Lyon")})
                  .exitCode,
        0);
    for (const Establishment &e : storedEstablishments(lyon)) {
        EXPECT_EQ(e.academie, QStringLiteral("Lyon"));
        EXPECT_TRUE(e.uai.startsWith(QStringLiteral("001")) || e.uai.startsWith(QStringLiteral("042"))
            || e.uai.startsWith(QStringLiteral("069")))
            << e.uai.toStdString();
    }
    const CliRun unknown
        = cli({QStringLiteral("--db"), lyon, QStringLiteral("generate"), QStringLiteral("--establishments"),
            QStringLiteral("2"), QStringLiteral("--academie"), QStringLiteral("Atlantis")});
    EXPECT_EQ(unknown.exitCode, CliUsageError);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("Créteil"))) << unknown.err.toStdString();
}

// Needs the French catalogue's plural forms (paliers_fr.ts).
TEST(ConsolidationCommands, GenerateCountsAgreeWithTheirNumber)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("counts.sqlite"));
    CliRun run = cli({QStringLiteral("--db"), db, QStringLiteral("generate"), QStringLiteral("--establishments"),
        QStringLiteral("1")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.startsWith(QStringLiteral("1 établissement généré, 1 évaluation chacun (")))
        << run.out.toStdString();
    run = cli({QStringLiteral("--db"), dir.filePath(QStringLiteral("two.sqlite")), QStringLiteral("generate"),
        QStringLiteral("--establishments"), QStringLiteral("2"), QStringLiteral("--years"), QStringLiteral("2")});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.startsWith(QStringLiteral("2 établissements générés, 2 évaluations chacun (")))
        << run.out.toStdString();
    EXPECT_FALSE(run.out.contains(QStringLiteral("(s)")));
}

TEST(ConsolidationCommands, GeneratedExportsImportAndSkipDuplicates)
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("exports"));
    CliRun run = cli({QStringLiteral("generate"), QStringLiteral("--establishments"), QStringLiteral("5"),
        QStringLiteral("--years"), QStringLiteral("2"), QStringLiteral("--exports"), folder});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(QDir(folder).entryList({QStringLiteral("*.json")}, QDir::Files).size(), 10);
    const QString db = dir.filePath(QStringLiteral("dane.sqlite"));
    run = cli({QStringLiteral("--db"), db, QStringLiteral("import"), folder});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("10 fichiers importés"))) << run.out.toStdString();
    run = cli({QStringLiteral("--db"), db, QStringLiteral("import"), folder});
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_TRUE(run.out.contains(QStringLiteral("10 déjà présents"))) << run.out.toStdString();
}

} // namespace
