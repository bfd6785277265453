// The register of schools (Annuaire de l'éducation) as the open-data portal
// writes it. tests/data/annuaire/annuaire-essai-latin1.csv is made by the
// project in the portal's format, with its awkward cases: ISO-8859-1,
// capitalised and lower-case headers, CRLF, a quoted name with ';' and '"',
// an empty circonscription for a collège, a closed école, a lycée to close,
// a bad UAI and a row without a name.

#include "exchange/annuairereader.h"
#include "testdata.h"

#include <gtest/gtest.h>

using namespace Paliers;
using namespace Paliers::TestSupport;

namespace {

const QString File = QStringLiteral("annuaire/annuaire-essai-latin1.csv");

const AnnuaireRecord *recordOf(const AnnuaireFile &file, const char *uai)
{
    for (const AnnuaireRecord &record : file.records) {
        if (record.uai == QLatin1String(uai))
            return &record;
    }
    return nullptr;
}

} // namespace

TEST(AnnuaireReader, ReadsTheRegisterInLatin1WithItsAwkwardRows)
{
    const Result<AnnuaireFile> file = AnnuaireReader::parse(readData(File), QStringLiteral("annuaire.csv"));
    ASSERT_TRUE(file.ok()) << file.error().toStdString();
    EXPECT_EQ(file->encoding, QStringLiteral("ISO-8859-1"));
    ASSERT_EQ(file->records.size(), 5);

    const AnnuaireRecord *ecole = recordOf(file.value(), "0930123D");
    ASSERT_NE(ecole, nullptr);
    EXPECT_EQ(ecole->name, QStringLiteral("École élémentaire Paul-Éluard"));
    EXPECT_EQ(ecole->kind, EstablishmentKind::EcoleElementaire);
    EXPECT_EQ(ecole->commune, QStringLiteral("Bobigny"));
    EXPECT_EQ(ecole->departementCode, QStringLiteral("093"));
    EXPECT_EQ(ecole->departement, QStringLiteral("Seine-Saint-Denis"));
    EXPECT_EQ(ecole->academie, QStringLiteral("Créteil"));
    EXPECT_EQ(ecole->circonscription, QStringLiteral("Bobigny 1"));
    EXPECT_EQ(ecole->educationPrioritaire, QStringLiteral("REP"));
    EXPECT_EQ(ecole->mail, QStringLiteral("ce.0930123D@ac-creteil.fr"));
    EXPECT_EQ(ecole->state, RegisterState::Open);
    EXPECT_EQ(ecole->line, 2);

    EXPECT_EQ(recordOf(file.value(), "0930124E")->kind, EstablishmentKind::EcoleMaternelle);
    const AnnuaireRecord *closed = recordOf(file.value(), "0930125F");
    ASSERT_NE(closed, nullptr);
    EXPECT_EQ(closed->name, QStringLiteral("École primaire \"Jean; Moulin\""));
    EXPECT_EQ(closed->status, QStringLiteral("Privé"));
    EXPECT_EQ(closed->state, RegisterState::Closed);

    const AnnuaireRecord *college = recordOf(file.value(), "0930011G");
    ASSERT_NE(college, nullptr);
    EXPECT_EQ(college->kind, EstablishmentKind::College);
    EXPECT_TRUE(college->circonscription.isEmpty());
    EXPECT_EQ(college->bassin, QStringLiteral("Bassin d'Aubervilliers"));
    EXPECT_EQ(college->educationPrioritaire, QStringLiteral("REP+"));
    const AnnuaireRecord *lycee = recordOf(file.value(), "0940321N");
    ASSERT_NE(lycee, nullptr) << "the UAI of the lycée";
    EXPECT_EQ(lycee->kind, EstablishmentKind::LyceeProfessionnel);
    EXPECT_EQ(lycee->state, RegisterState::Closing);

    // The bad UAI and the nameless row: reported with their line, left out.
    ASSERT_EQ(file->rejected.size(), 2);
    EXPECT_EQ(file->rejected.at(0).line, 7);
    EXPECT_TRUE(file->rejected.at(0).reason.contains(QStringLiteral("0930999")))
        << file->rejected.at(0).reason.toStdString();
    EXPECT_EQ(file->rejected.at(1).line, 8);
    EXPECT_TRUE(file->rejected.at(1).reason.contains(QStringLiteral("0770010T")))
        << file->rejected.at(1).reason.toStdString();
}

TEST(AnnuaireReader, ReadsTheSameInUtf8WithOrWithoutABomAndWithLowerCaseHeaders)
{
    const QString text = QString::fromLatin1(readData(File));
    const AnnuaireFile latin1 = AnnuaireReader::parse(readData(File), QStringLiteral("a.csv")).value();
    QString lower = text;
    const qsizetype headerEnd = lower.indexOf(u'\n');
    lower.replace(0, headerEnd, lower.left(headerEnd).toLower());
    for (const QByteArray &data : {text.toUtf8(), QByteArray("\xEF\xBB\xBF") + text.toUtf8(), lower.toUtf8()}) {
        const Result<AnnuaireFile> file = AnnuaireReader::parse(data, QStringLiteral("b.csv"));
        ASSERT_TRUE(file.ok()) << file.error().toStdString();
        EXPECT_EQ(file->encoding, QStringLiteral("UTF-8"));
        ASSERT_EQ(file->records.size(), latin1.records.size());
        for (qsizetype i = 0; i < latin1.records.size(); ++i) {
            EXPECT_EQ(file->records.at(i).name, latin1.records.at(i).name);
            EXPECT_EQ(file->records.at(i).academie, latin1.records.at(i).academie);
            EXPECT_EQ(file->records.at(i).kind, latin1.records.at(i).kind);
        }
        EXPECT_EQ(file->rejected.size(), 2);
    }
}

TEST(AnnuaireReader, RefusesAFileThatIsNotTheRegister)
{
    const Result<AnnuaireFile> other
        = AnnuaireReader::parse("UAI,Nom,Type\n0930123D,École,Ecole\n", QStringLiteral("autre.csv"));
    ASSERT_FALSE(other.ok());
    EXPECT_TRUE(other.error().startsWith(QStringLiteral("autre.csv")));
    EXPECT_TRUE(other.error().contains(QStringLiteral("identifiant_de_l_etablissement")))
        << other.error().toStdString();
    EXPECT_FALSE(AnnuaireReader::parse(QByteArray(), QStringLiteral("vide.csv")).ok());
}
