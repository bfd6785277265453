// Importing the ministry's register (Annuaire de l'éducation) into a
// database: what is created, updated, left alone and refused, on the
// project's awkward test file (tests/data/annuaire/annuaire-essai-latin1.csv).

#include "exchange/registerplan.h"
#include "model/uai.h"
#include "temporarydatabase.h"
#include "testdata.h"

#include <gtest/gtest.h>

using namespace Paliers;
using namespace Paliers::TestSupport;

namespace {

AnnuaireFile registerFile()
{
    Result<AnnuaireFile> file = AnnuaireReader::parse(
        readData(QStringLiteral("annuaire/annuaire-essai-latin1.csv")), QStringLiteral("annuaire.csv"));
    EXPECT_TRUE(file.ok()) << file.error().toStdString();
    return file.ok() ? file.value() : AnnuaireFile();
}

RegisterPlan planFor(Storage &storage, const AnnuaireFile &file, const RegisterFilter &filter = {})
{
    Result<QList<Establishment>> existing = storage.establishments();
    EXPECT_TRUE(existing.ok());
    return RegisterPlanner::plan(existing.value(), file, filter);
}

std::optional<Establishment> find(Storage &storage, const char *uai)
{
    Result<std::optional<Establishment>> found = storage.findEstablishment(QLatin1String(uai));
    EXPECT_TRUE(found.ok());
    return found.ok() ? found.value() : std::nullopt;
}

class RegisterImport : public ::testing::Test
{
protected:
    Storage &storage() { return m_db.storage(); }
    TemporaryDatabase m_db;
};

} // namespace

TEST_F(RegisterImport, CreatesTheEstablishmentsAndReportsTheRefusedRows)
{
    const RegisterPlan plan = planFor(storage(), registerFile());
    EXPECT_EQ(plan.encoding, QStringLiteral("ISO-8859-1"));
    EXPECT_EQ(plan.rows, 7);
    EXPECT_EQ(plan.created(), 5);
    EXPECT_EQ(plan.updated(), 0);
    EXPECT_EQ(plan.closed(), 1); // the closed école
    ASSERT_EQ(plan.rejected.size(), 2);
    EXPECT_EQ(plan.rejected.at(0).line, 7);
    EXPECT_EQ(plan.rejected.at(1).line, 8);

    const Result<RegisterOutcome> outcome = storage().applyRegister(plan);
    ASSERT_TRUE(outcome.ok()) << outcome.error().toStdString();
    EXPECT_EQ(outcome->created, 5);
    EXPECT_EQ(outcome->updated, 0);

    m_db.reopen();
    const std::optional<Establishment> ecole = find(storage(), "0930123D");
    ASSERT_TRUE(ecole);
    EXPECT_EQ(ecole->name, QStringLiteral("École élémentaire Paul-Éluard"));
    EXPECT_EQ(ecole->kind, EstablishmentKind::EcoleElementaire);
    EXPECT_EQ(ecole->circonscription, QStringLiteral("Bobigny 1"));
    EXPECT_EQ(ecole->departement, QStringLiteral("Seine-Saint-Denis"));
    EXPECT_EQ(ecole->departementCode, QStringLiteral("093"));
    EXPECT_EQ(ecole->academie, QStringLiteral("Créteil"));
    EXPECT_EQ(ecole->educationPrioritaire, QStringLiteral("REP"));
    EXPECT_EQ(ecole->mail, QStringLiteral("ce.0930123D@ac-creteil.fr"));
    EXPECT_EQ(ecole->sector, QStringLiteral("Public"));
    EXPECT_EQ(ecole->registerState, RegisterState::Open);
    EXPECT_TRUE(ecole->registeredAt.isValid());

    const std::optional<Establishment> college = find(storage(), "0930011G");
    ASSERT_TRUE(college);
    EXPECT_TRUE(college->circonscription.isEmpty());
    EXPECT_EQ(college->bassin, QStringLiteral("Bassin d'Aubervilliers"));
    EXPECT_EQ(college->educationPrioritaire, QStringLiteral("REP+"));

    // Closed and closing are marked, not left out.
    EXPECT_EQ(find(storage(), "0930125F")->registerState, RegisterState::Closed);
    EXPECT_EQ(find(storage(), "0930125F")->name, QStringLiteral("École primaire \"Jean; Moulin\""));
    EXPECT_EQ(find(storage(), "0940321N")->registerState, RegisterState::Closing);
    EXPECT_FALSE(find(storage(), "0930999Z"));
}

TEST_F(RegisterImport, AReimportChangesNothing)
{
    ASSERT_TRUE(storage().applyRegister(planFor(storage(), registerFile())).ok());
    const Result<QList<Establishment>> before = storage().establishments();
    ASSERT_TRUE(before.ok());

    const RegisterPlan again = planFor(storage(), registerFile());
    EXPECT_EQ(again.created(), 0);
    EXPECT_EQ(again.updated(), 0);
    EXPECT_EQ(again.unchanged, 5);
    EXPECT_TRUE(again.changes.isEmpty());
    ASSERT_TRUE(storage().applyRegister(again).ok());
    const Result<QList<Establishment>> after = storage().establishments();
    ASSERT_TRUE(after.ok());
    ASSERT_EQ(after->size(), before->size());
    for (qsizetype i = 0; i < after->size(); ++i)
        EXPECT_EQ(after->at(i).updatedAt, before->at(i).updatedAt) << after->at(i).uai.toStdString();
}

TEST_F(RegisterImport, ShowsAChangedNameAndKeepsTheHeadTheAssessmentsAndHandTypedFields)
{
    // A collège typed by hand, with its head, a district and an assessment.
    Establishment typed;
    typed.uai = QStringLiteral("0930011G");
    typed.name = QStringLiteral("College A. France");
    typed.kind = EstablishmentKind::College;
    typed.circonscription = QStringLiteral("District 2");
    typed.headName = QStringLiteral("Mme Nadia Benali");
    const Result<qint64> id = storage().addEstablishment(typed);
    ASSERT_TRUE(id.ok());
    const Result<qint64> assessment = storage().createAssessment(
        {*id, QStringLiteral("creteil-etablissements"), QStringLiteral("2025-2026"), QStringLiteral("N. Benali")});
    ASSERT_TRUE(assessment.ok());

    const RegisterPlan plan = planFor(storage(), registerFile());
    EXPECT_EQ(plan.created(), 4);
    ASSERT_EQ(plan.updated(), 1);
    const RegisterChange &change = plan.changes.constLast();
    EXPECT_EQ(change.kind, RegisterChange::Kind::Update);
    EXPECT_EQ(change.line, 5);
    ASSERT_FALSE(change.fields.isEmpty());
    EXPECT_EQ(change.fields.at(0).field, QStringLiteral("Nom"));
    EXPECT_EQ(change.fields.at(0).before, QStringLiteral("College A. France"));
    EXPECT_EQ(change.fields.at(0).after, QStringLiteral("Collège Anatole-France"));
    // The register has no circonscription for a collège: nothing is erased.
    for (const FieldChange &field : change.fields)
        EXPECT_NE(field.field, QStringLiteral("Circonscription"));

    ASSERT_TRUE(storage().applyRegister(plan).ok());
    m_db.reopen();
    const std::optional<Establishment> college = find(storage(), "0930011G");
    ASSERT_TRUE(college);
    EXPECT_EQ(college->id, *id);
    EXPECT_EQ(college->name, QStringLiteral("Collège Anatole-France"));
    EXPECT_EQ(college->circonscription, QStringLiteral("District 2"));
    EXPECT_EQ(college->headName, QStringLiteral("Mme Nadia Benali"));
    EXPECT_EQ(college->bassin, QStringLiteral("Bassin d'Aubervilliers"));
    const Result<QList<Assessment>> assessments = storage().assessments(*id);
    ASSERT_TRUE(assessments.ok());
    ASSERT_EQ(assessments->size(), 1);
    EXPECT_EQ(assessments->constFirst().id, *assessment);
}

TEST_F(RegisterImport, ChoosesByDepartementKindAndSector)
{
    RegisterFilter filter;
    filter.departement = QStringLiteral("093");
    EXPECT_EQ(planFor(storage(), registerFile(), filter).created(), 4);
    filter.departement = QStringLiteral("val-de-marne"); // by name, any case
    EXPECT_EQ(planFor(storage(), registerFile(), filter).created(), 1);

    filter = {};
    filter.kinds
        = {EstablishmentKind::EcoleMaternelle, EstablishmentKind::EcoleElementaire, EstablishmentKind::EcolePrimaire};
    filter.sector = RegisterFilter::Sector::Public;
    const RegisterPlan ecoles = planFor(storage(), registerFile(), filter);
    EXPECT_EQ(ecoles.created(), 2); // the private école is left out
    EXPECT_EQ(ecoles.filteredOut, 3);

    filter = {};
    filter.academie = QStringLiteral("Versailles");
    EXPECT_EQ(planFor(storage(), registerFile(), filter).created(), 0);
}

TEST_F(RegisterImport, ACancelledImportChangesNothing)
{
    // 600 schools: the import is told of its progress every 256 rows, and is
    // cancelled at the second news, with 256 rows already written.
    AnnuaireFile file;
    for (int i = 0; i < 600; ++i) {
        AnnuaireRecord record;
        record.line = i + 2;
        record.uai = QStringLiteral("%1").arg(931000 + i, 7, 10, QLatin1Char('0')) + Uai::checkLetter(931000 + i);
        record.name = QStringLiteral("École %1").arg(i);
        record.kind = EstablishmentKind::EcolePrimaire;
        file.records.append(record);
    }
    const RegisterPlan plan = planFor(storage(), file);
    ASSERT_EQ(plan.created(), 600);
    QList<int> told;
    const Result<RegisterOutcome> cancelled = storage().applyRegister(plan, [&told](int done, int) {
        told.append(done);
        return told.size() < 2;
    });
    ASSERT_FALSE(cancelled.ok());
    EXPECT_EQ(told, (QList<int> {0, 256}));
    EXPECT_NE(cancelled.error().indexOf(QStringLiteral("rien n'a été modifié")), -1);
    m_db.reopen();
    const Result<QList<Establishment>> none = storage().establishments();
    ASSERT_TRUE(none.ok());
    EXPECT_TRUE(none->isEmpty());

    const Result<RegisterOutcome> whole = storage().applyRegister(plan, [](int, int) { return true; });
    ASSERT_TRUE(whole.ok());
    EXPECT_EQ(whole->created, 600);
}

TEST_F(RegisterImport, TheRegistersOwnFieldsFollowItEvenWhenEmptied)
{
    ASSERT_TRUE(storage().applyRegister(planFor(storage(), registerFile())).ok());
    // A year later the école has left REP and its address is withdrawn; its
    // circonscription is missing from the file, which erases nothing.
    AnnuaireFile next = registerFile();
    for (AnnuaireRecord &record : next.records) {
        if (record.uai == QLatin1String("0930123D")) {
            record.educationPrioritaire.clear();
            record.mail.clear();
            record.circonscription.clear();
        }
    }
    const RegisterPlan plan = planFor(storage(), next);
    ASSERT_EQ(plan.updated(), 1);
    QStringList fields;
    for (const FieldChange &field : plan.changes.constFirst().fields)
        fields.append(field.field);
    EXPECT_EQ(fields, (QStringList {QStringLiteral("Éducation prioritaire"), QStringLiteral("Courriel")}));
    ASSERT_TRUE(storage().applyRegister(plan).ok());
    const std::optional<Establishment> ecole = find(storage(), "0930123D");
    ASSERT_TRUE(ecole);
    EXPECT_TRUE(ecole->educationPrioritaire.isEmpty());
    EXPECT_TRUE(ecole->mail.isEmpty());
    EXPECT_EQ(ecole->circonscription, QStringLiteral("Bobigny 1"));
}

TEST_F(RegisterImport, AnUpdateLeavesTheHeadAsTheDatabaseHasItNow)
{
    ASSERT_TRUE(storage().applyRegister(planFor(storage(), registerFile())).ok());
    AnnuaireFile renamed = registerFile();
    renamed.records[0].name = QStringLiteral("École élémentaire Paul-Éluard II");
    const RegisterPlan plan = planFor(storage(), renamed); // the copy read before the review
    // Meanwhile the head is typed in (another window, the command line).
    Establishment ecole = *find(storage(), "0930123D");
    ecole.headName = QStringLiteral("Mme Claire Morel");
    ASSERT_TRUE(storage().updateEstablishment(ecole).ok());
    ASSERT_TRUE(storage().applyRegister(plan).ok());
    const std::optional<Establishment> after = find(storage(), "0930123D");
    EXPECT_EQ(after->name, QStringLiteral("École élémentaire Paul-Éluard II"));
    EXPECT_EQ(after->headName, QStringLiteral("Mme Claire Morel"));
}

TEST_F(RegisterImport, ARowRepeatedInTheFileIsRefusedWithTheFirstLine)
{
    QByteArray data = readData(QStringLiteral("annuaire/annuaire-essai-latin1.csv"));
    const qsizetype start = data.indexOf("0930124E");
    data += data.mid(start, data.indexOf('\n', start) - start + 1);
    const Result<AnnuaireFile> file = AnnuaireReader::parse(data, QStringLiteral("annuaire.csv"));
    ASSERT_TRUE(file.ok());
    const RegisterPlan plan = planFor(storage(), file.value());
    EXPECT_EQ(plan.created(), 5);
    ASSERT_EQ(plan.rejected.size(), 3);
    EXPECT_EQ(plan.rejected.constLast().line, 9);
    EXPECT_NE(plan.rejected.constLast().reason.indexOf(QStringLiteral("ligne 3")), -1);
}
