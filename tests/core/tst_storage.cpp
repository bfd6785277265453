#include "storage/storage.h"
#include "storage/storagerows.h"
#include "temporarydatabase.h"

#include <gtest/gtest.h>
#include <QSqlQuery>

using namespace Paliers;
using namespace Paliers::TestSupport;

namespace {

class StorageTest : public ::testing::Test
{
protected:
    Storage &storage() { return m_db.storage(); }

    qint64 addSchool()
    {
        const Result<qint64> id = storage().addEstablishment(sampleEcole());
        EXPECT_TRUE(id.ok()) << id.error().toStdString();
        return id.ok() ? id.value() : 0;
    }

    qint64 newAssessment(
        qint64 school, const QString &year = QStringLiteral("2025-2026"), std::optional<qint64> copyFrom = std::nullopt)
    {
        const Result<qint64> id = storage().createAssessment({school, QStringLiteral("creteil-ecoles"), year,
            QStringLiteral("Mme Dupont"), QStringLiteral("directrice"), copyFrom});
        EXPECT_TRUE(id.ok()) << id.error().toStdString();
        return id.ok() ? id.value() : 0;
    }

    TemporaryDatabase m_db;
};

} // namespace

TEST_F(StorageTest, StoresAnEstablishmentWithANormalisedUai)
{
    const Result<qint64> id = storage().addEstablishment(sampleCollege());
    ASSERT_TRUE(id.ok()) << id.error().toStdString();
    const Establishment stored = storage().establishment(id.value()).value();
    EXPECT_EQ(stored.uai, QStringLiteral("0941234F"));
    EXPECT_EQ(stored.name, QStringLiteral("Collège Victor-Hugo"));
    EXPECT_EQ(stored.kind, EstablishmentKind::College);
    EXPECT_EQ(stored.circonscription, QStringLiteral("District 4"));
    EXPECT_EQ(stored.headName, QStringLiteral("Mme Principale"));
    EXPECT_EQ(stored.createdAt, QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC));
    EXPECT_EQ(storage().findEstablishment(QStringLiteral("0941234f")).value()->id, id.value());
}

TEST_F(StorageTest, RefusesADuplicateOrInvalidUai)
{
    addSchool();
    Establishment again = sampleCollege();
    again.uai = QStringLiteral("0750655e");
    const Result<qint64> duplicate = storage().addEstablishment(again);
    ASSERT_FALSE(duplicate.ok());
    EXPECT_EQ(duplicate.error(),
        QStringLiteral("Un établissement d'UAI 0750655E existe déjà (École élémentaire Jean-Jaurès)."));

    Establishment wrong = sampleCollege();
    wrong.uai = QStringLiteral("0941234A");
    EXPECT_FALSE(storage().addEstablishment(wrong).ok());
    Establishment unnamed = sampleCollege();
    unnamed.name = QStringLiteral("  ");
    const Result<qint64> noName = storage().addEstablishment(unnamed);
    ASSERT_FALSE(noName.ok());
    EXPECT_EQ(noName.error(), QStringLiteral("Le nom de l'établissement est obligatoire."));
    EXPECT_EQ(storage().establishments().value().size(), 1);
}

TEST_F(StorageTest, UpdatesAnEstablishment)
{
    const qint64 id = addSchool();
    Establishment changed = storage().establishment(id).value();
    changed.referentName = QStringLiteral("Mme Nouvelle");
    ASSERT_TRUE(storage().updateEstablishment(changed).ok());
    EXPECT_EQ(storage().establishment(id).value().referentName, QStringLiteral("Mme Nouvelle"));
    changed.id = 999;
    EXPECT_FALSE(storage().updateEstablishment(changed).ok());
}

TEST_F(StorageTest, KeepsTheHeadsTitleChosenOnce)
{
    const qint64 id = addSchool();
    Establishment changed = storage().establishment(id).value();
    EXPECT_TRUE(changed.headTitle.isEmpty());
    changed.headTitle = QStringLiteral("  directrice d'école ");
    ASSERT_TRUE(storage().updateEstablishment(changed).ok());
    const Establishment stored = storage().establishment(id).value();
    EXPECT_EQ(stored.headTitle, QStringLiteral("directrice d'école"));
    EXPECT_EQ(headTitleOf(stored), QStringLiteral("directrice d'école"));

    changed.headTitle = QString(Storage::MaxFieldLength + 1, QLatin1Char('x'));
    EXPECT_FALSE(storage().updateEstablishment(changed).ok());
    EXPECT_EQ(storage().establishment(id).value().headTitle, QStringLiteral("directrice d'école"));
}

TEST(HeadTitle, IsTheOneChosenElseTheOneTheCivilityGivesNeverBoth)
{
    Establishment ecole;
    ecole.kind = EstablishmentKind::EcoleElementaire;
    EXPECT_EQ(headTitleChoices(ecole.kind),
        (QStringList {QStringLiteral("directrice d'école"), QStringLiteral("directeur d'école")}));
    EXPECT_EQ(headTitleChoices(EstablishmentKind::College),
        (QStringList {QStringLiteral("principale"), QStringLiteral("principal")}));
    EXPECT_EQ(headTitleChoices(EstablishmentKind::LyceeProfessionnel),
        (QStringList {QStringLiteral("proviseure"), QStringLiteral("proviseur")}));

    ecole.headName = QStringLiteral("Mme Nathalie Lefèvre");
    EXPECT_EQ(headTitleOf(ecole), QStringLiteral("directrice d'école"));
    ecole.headName = QStringLiteral("M. Karim Benali");
    EXPECT_EQ(headTitleOf(ecole), QStringLiteral("directeur d'école"));
    // No civility, or a name that merely starts like one: nothing guessed.
    ecole.headName = QStringLiteral("Nathalie Lefèvre");
    EXPECT_TRUE(headTitleOf(ecole).isEmpty());
    ecole.headName = QStringLiteral("Mmeline Roux");
    EXPECT_TRUE(headTitleOf(ecole).isEmpty());
    // What was chosen wins, as it is written.
    ecole.headName = QStringLiteral("M. Karim Benali");
    ecole.headTitle = QStringLiteral("directeur d'école chargé de classe");
    EXPECT_EQ(headTitleOf(ecole), QStringLiteral("directeur d'école chargé de classe"));
}

TEST_F(StorageTest, CreatesAnAssessmentAndRecordsItsCreation)
{
    const qint64 school = addSchool();
    const qint64 id = newAssessment(school);
    const Assessment a = storage().assessment(id).value();
    EXPECT_EQ(a.establishmentId, school);
    EXPECT_EQ(a.referentialId, QStringLiteral("creteil-ecoles"));
    EXPECT_EQ(a.referentialVersion, QStringLiteral("2014.1"));
    EXPECT_EQ(a.schoolYear, QStringLiteral("2025-2026"));
    EXPECT_EQ(a.author, QStringLiteral("Mme Dupont"));
    EXPECT_EQ(a.authorRole, QStringLiteral("directrice"));
    EXPECT_EQ(a.status, AssessmentStatus::Draft);
    EXPECT_FALSE(a.previousId.has_value());
    const QList<AssessmentEvent> events = storage().events(id).value();
    ASSERT_EQ(events.size(), 1);
    EXPECT_EQ(events.at(0).kind, AssessmentEvent::Kind::Created);
    // Created by who fills it in, as the dialog asked, not the login.
    EXPECT_EQ(events.at(0).actor, QStringLiteral("Mme Dupont"));
}

TEST_F(StorageTest, RefusesABadAssessment)
{
    const qint64 school = addSchool();
    newAssessment(school);
    const Result<qint64> twice = storage().createAssessment({.establishmentId = school,
        .referentialId = QStringLiteral("creteil-ecoles"),
        .schoolYear = QStringLiteral("2025-2026")});
    ASSERT_FALSE(twice.ok());
    EXPECT_TRUE(twice.error().contains(QStringLiteral("a déjà une évaluation de cette grille pour 2025-2026")))
        << twice.error().toStdString();
    const Result<qint64> year = storage().createAssessment({.establishmentId = school,
        .referentialId = QStringLiteral("creteil-ecoles"),
        .schoolYear = QStringLiteral("2025-2027")});
    ASSERT_FALSE(year.ok());
    EXPECT_EQ(year.error(),
        QStringLiteral("« 2025-2027 » n'est pas une année scolaire : écrivez-la comme deux années "
                       "consécutives, par exemple 2025-2026."));
    EXPECT_FALSE(storage()
                     .createAssessment({.establishmentId = school,
                         .referentialId = QStringLiteral("inconnu"),
                         .schoolYear = QStringLiteral("2025-2026")})
                     .ok());
    EXPECT_FALSE(storage()
                     .createAssessment({.establishmentId = 4242,
                         .referentialId = QStringLiteral("creteil-ecoles"),
                         .schoolYear = QStringLiteral("2024-2025")})
                     .ok());
    EXPECT_EQ(storage().assessments().value().size(), 1);
}

TEST_F(StorageTest, WritesEveryAnswerChangeToTheHistory)
{
    const qint64 id = newAssessment(addSchool());
    ASSERT_TRUE(storage().editAnswer(id, {QStringLiteral("PIL-1-01"), AnswerStatus::InProgress, {}, {}}).ok());
    ASSERT_TRUE(storage()
                    .editAnswer(id,
                        {QStringLiteral("PIL-1-01"), AnswerStatus::Met, QStringLiteral("Voté en conseil"),
                            QStringLiteral("PV du 12/10")})
                    .ok());
    // The same values again change nothing and record nothing.
    ASSERT_TRUE(storage().editAnswer(id, {QStringLiteral("PIL-1-01"), AnswerStatus::Met, {}, {}}).ok());
    ASSERT_TRUE(storage().editAnswer(id, {QStringLiteral("PIL-1-01"), {}, QStringLiteral("Voté le 12/10"), {}}).ok());

    const QList<Answer> answers = storage().answers(id).value();
    ASSERT_EQ(answers.size(), 1);
    EXPECT_EQ(answers.at(0).status, AnswerStatus::Met);
    EXPECT_EQ(answers.at(0).comment, QStringLiteral("Voté le 12/10"));
    EXPECT_EQ(answers.at(0).evidence, QStringLiteral("PV du 12/10"));
    EXPECT_EQ(answers.at(0).changedBy, QStringLiteral("Test"));

    const QList<AnswerHistoryEntry> history = storage().history(id).value();
    ASSERT_EQ(history.size(), 3);
    EXPECT_FALSE(history.at(0).oldStatus.has_value());
    EXPECT_EQ(history.at(0).newStatus, AnswerStatus::InProgress);
    EXPECT_EQ(history.at(1).oldStatus, AnswerStatus::InProgress);
    EXPECT_EQ(history.at(1).newStatus, AnswerStatus::Met);
    EXPECT_EQ(history.at(1).newEvidence, QStringLiteral("PV du 12/10"));
    EXPECT_EQ(history.at(2).oldComment, QStringLiteral("Voté en conseil"));
    EXPECT_EQ(history.at(2).newComment, QStringLiteral("Voté le 12/10"));
    EXPECT_LT(history.at(0).changedAt, history.at(2).changedAt);
}

TEST_F(StorageTest, KeepsOddTextExactly)
{
    const qint64 id = newAssessment(addSchool());
    const QString odd = QStringLiteral("<b>gras</b> &amp; \"guillemets\" 'apostrophes' ; DROP TABLE answer; --\n"
                                       "ligne 2\t€ œ 🎓 ")
        + QChar(0) + QStringLiteral("après NUL");
    ASSERT_TRUE(storage().editAnswer(id, {QStringLiteral("RES-1-01"), AnswerStatus::Met, odd, odd}).ok());
    m_db.reopen();
    const QList<Answer> answers = storage().answers(id).value();
    ASSERT_EQ(answers.size(), 1);
    EXPECT_EQ(answers.at(0).comment, odd);
    EXPECT_EQ(answers.at(0).evidence, odd);
}

TEST_F(StorageTest, ReadsEveryFieldOfAnEstablishmentExactlyWhicheverWayItIsListed)
{
    const QString odd = QStringLiteral("<b>gras</b> & \"guillemets\" 'apostrophes' ; DROP TABLE answer; --\n"
                                       "ligne 2\t€ œ 🎓 ")
        + QChar(0) + QStringLiteral("après NUL");
    Establishment school = sampleCollege();
    school.name = odd;
    int n = 0;
    for (QString *field : {&school.commune, &school.circonscription, &school.departement, &school.academie,
             &school.headName, &school.headTitle, &school.referentName, &school.sector, &school.departementCode,
             &school.bassin, &school.educationPrioritaire, &school.mail})
        *field = odd.left(40) + QString::number(++n); // each its own, so that no two columns can be swapped
    school.registerState = RegisterState::Closing;
    school.registeredAt = QDateTime(QDate(2026, 9, 1), QTime(7, 30, 15, 250), Qt::UTC);
    const qint64 id = storage().addEstablishment(school).value();
    addSchool();
    m_db.reopen();

    const QList<Establishment> list = storage().establishments().value();
    ASSERT_EQ(list.size(), 2);
    const Establishment &listed = list.at(0).id == id ? list.at(0) : list.at(1);
    const Establishment byId = storage().establishment(id).value();
    const Establishment byUai = storage().findEstablishment(QStringLiteral("0941234F")).value().value();
    for (const Establishment &read : {listed, byId, byUai}) {
        EXPECT_EQ(read.id, id);
        EXPECT_EQ(read.uai, QStringLiteral("0941234F"));
        EXPECT_EQ(read.name, odd);
        EXPECT_EQ(read.kind, EstablishmentKind::College);
        for (const auto member : {&Establishment::commune, &Establishment::circonscription, &Establishment::departement,
                 &Establishment::academie, &Establishment::headName, &Establishment::headTitle,
                 &Establishment::referentName, &Establishment::sector, &Establishment::departementCode,
                 &Establishment::bassin, &Establishment::educationPrioritaire, &Establishment::mail})
            EXPECT_EQ(read.*member, school.*member);
        EXPECT_EQ(read.registerState, RegisterState::Closing);
        EXPECT_EQ(read.registeredAt, school.registeredAt);
        EXPECT_EQ(read.createdAt, QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC));
        EXPECT_EQ(read.updatedAt, read.createdAt);
    }
    EXPECT_FALSE(storage().findEstablishment(QStringLiteral("0750001A")).value().has_value());
    const Result<Establishment> missing = storage().establishment(999);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error(), QStringLiteral("Aucun établissement ne porte le numéro 999."));
}

// A DANE's list holds 60,000 establishments of a few hundred communes: one
// copy of each commune, not one per establishment.
TEST_F(StorageTest, ListedEstablishmentsShareTheTextsTheyHaveInCommon)
{
    Establishment other = sampleEcole();
    other.uai = QStringLiteral("0750656F");
    other.name = QStringLiteral("École maternelle Jean-Jaurès");
    ASSERT_TRUE(storage().addEstablishment(sampleEcole()).ok());
    ASSERT_TRUE(storage().addEstablishment(other).ok());
    m_db.reopen();
    const QList<Establishment> list = storage().establishments().value();
    ASSERT_EQ(list.size(), 2);
    EXPECT_NE(list.at(0).name, list.at(1).name);
    for (const auto member : {&Establishment::commune, &Establishment::circonscription, &Establishment::departement,
             &Establishment::academie}) {
        EXPECT_EQ(list.at(0).*member,
            QStringLiteral("Paris") + (member == &Establishment::circonscription ? QStringLiteral(" 11e") : QString()));
        EXPECT_EQ((list.at(0).*member).constData(), (list.at(1).*member).constData()) << "not shared";
    }
}

// The overview of a DANE holds 60,000 rows of a few hundred communes, a
// handful of grids and one year: one copy of each, not one per row.
TEST_F(StorageTest, OverviewRowsShareTheTextsTheyHaveInCommon)
{
    Establishment other = sampleEcole();
    other.uai = QStringLiteral("0750656F");
    other.name = QStringLiteral("École maternelle Jean-Jaurès");
    const qint64 first = addSchool();
    const Result<qint64> second = storage().addEstablishment(other);
    ASSERT_TRUE(second.ok()) << second.error().toStdString();
    newAssessment(first);
    newAssessment(second.value());
    m_db.reopen();
    const QList<OverviewRow> rows = storage().overview(QStringLiteral("2025-2026")).value();
    ASSERT_EQ(rows.size(), 2);
    EXPECT_NE(rows.at(0).name, rows.at(1).name);
    for (const auto member :
        {&OverviewRow::commune, &OverviewRow::circonscription, &OverviewRow::departement, &OverviewRow::academie,
            &OverviewRow::referentialId, &OverviewRow::schoolYear, &OverviewRow::referentialVersion}) {
        EXPECT_FALSE((rows.at(0).*member).isEmpty());
        EXPECT_EQ(rows.at(0).*member, rows.at(1).*member);
        EXPECT_EQ((rows.at(0).*member).constData(), (rows.at(1).*member).constData()) << "not shared";
    }
    EXPECT_EQ(rows.at(0).schoolYear, QStringLiteral("2025-2026"));
    EXPECT_EQ(rows.at(0).kind, EstablishmentKind::EcoleElementaire);
    EXPECT_EQ(rows.at(0).status, AssessmentStatus::Draft);
}

// A lookup that found its row ends its read: SQLite could otherwise not
// bring the write-ahead log back into the file while Paliers stays open.
TEST_F(StorageTest, ALookupLeavesNoReadOpen)
{
    const qint64 id = addSchool();
    ASSERT_TRUE(storage().establishment(id).ok());
    ASSERT_TRUE(storage().findEstablishment(QStringLiteral("0750655E")).value().has_value());

    std::unique_ptr<Database> other = Database::open(m_db.path()).value();
    Storage writer(*other, storage().catalog());
    ASSERT_TRUE(writer.addEstablishment(sampleCollege()).ok());
    QSqlQuery checkpoint(other->connection());
    ASSERT_TRUE(checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) && checkpoint.next());
    EXPECT_EQ(checkpoint.value(0).toInt(), 0) << "a read is still open: the log could not be checkpointed";
}

TEST_F(StorageTest, RefusesAnUnknownCriterionOrAnOverlongComment)
{
    const qint64 id = newAssessment(addSchool());
    const Status unknown = storage().editAnswer(id, {QStringLiteral("ZZZ-1-01"), AnswerStatus::Met, {}, {}});
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error(),
        QStringLiteral("La version 2014.1 du référentiel « creteil-ecoles » n'a pas de critère « ZZZ-1-01 »."));
    const Status tooLong = storage().editAnswer(
        id, {QStringLiteral("PIL-1-01"), {}, QString(Storage::MaxTextLength + 1, QLatin1Char('a')), {}});
    ASSERT_FALSE(tooLong.ok());
    EXPECT_TRUE(tooLong.error().contains(QStringLiteral("est trop long"))) << tooLong.error().toStdString();
    EXPECT_TRUE(storage().answers(id).value().isEmpty());
}

TEST_F(StorageTest, AppliesABatchWhollyOrNotAtAll)
{
    const qint64 id = newAssessment(addSchool());
    const Status batch = storage().editAnswers(id,
        {{QStringLiteral("PIL-1-01"), AnswerStatus::Met, {}, {}},
            {QStringLiteral("PIL-1-02"), AnswerStatus::Met, {}, {}},
            {QStringLiteral("NOPE"), AnswerStatus::Met, {}, {}}});
    ASSERT_FALSE(batch.ok());
    EXPECT_TRUE(storage().answers(id).value().isEmpty());
    EXPECT_TRUE(storage().history(id).value().isEmpty());
}

TEST_F(StorageTest, AValidatedAssessmentIsReadOnlyUntilReopened)
{
    const qint64 id = newAssessment(addSchool());
    ASSERT_TRUE(storage().editAnswer(id, {QStringLiteral("PIL-1-01"), AnswerStatus::Met, {}, {}}).ok());
    ASSERT_TRUE(storage().validateAssessment(id).ok());
    const Assessment validated = storage().assessment(id).value();
    EXPECT_EQ(validated.status, AssessmentStatus::Validated);
    EXPECT_EQ(validated.validatedBy, QStringLiteral("Test"));
    EXPECT_TRUE(validated.validatedAt.isValid());

    const Status refused = storage().editAnswer(id, {QStringLiteral("PIL-1-01"), AnswerStatus::NotMet, {}, {}});
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains(QStringLiteral("est validée : rouvrez-la avant de la modifier")))
        << refused.error().toStdString();
    EXPECT_FALSE(storage().validateAssessment(id).ok());

    ASSERT_TRUE(storage().reopenAssessment(id, QStringLiteral("Erreur sur le câblage")).ok());
    EXPECT_EQ(storage().assessment(id).value().status, AssessmentStatus::Draft);
    EXPECT_FALSE(storage().reopenAssessment(id, QString()).ok());
    ASSERT_TRUE(storage().editAnswer(id, {QStringLiteral("PIL-1-01"), AnswerStatus::NotMet, {}, {}}).ok());

    const QList<AssessmentEvent> events = storage().events(id).value();
    ASSERT_EQ(events.size(), 3);
    EXPECT_EQ(events.at(1).kind, AssessmentEvent::Kind::Validated);
    EXPECT_EQ(events.at(2).kind, AssessmentEvent::Kind::Reopened);
    EXPECT_EQ(events.at(2).note, QStringLiteral("Erreur sur le câblage"));
}

TEST_F(StorageTest, StartsANewYearFromLastYearsAnswers)
{
    const qint64 school = addSchool();
    const qint64 last = newAssessment(school, QStringLiteral("2024-2025"));
    ASSERT_TRUE(storage()
                    .editAnswers(last,
                        {{QStringLiteral("PIL-1-01"), AnswerStatus::Met, QStringLiteral("ok"), QStringLiteral("PV")},
                            {QStringLiteral("EQU-1-01"), AnswerStatus::InProgress, {}, {}}})
                    .ok());
    const qint64 current = newAssessment(school, QStringLiteral("2025-2026"), last);
    EXPECT_EQ(storage().assessment(current).value().previousId, last);

    const QList<Answer> copied = storage().answers(current).value();
    ASSERT_EQ(copied.size(), 2);
    EXPECT_EQ(copied.at(0).criterionId, QStringLiteral("EQU-1-01"));
    EXPECT_EQ(copied.at(0).status, AnswerStatus::InProgress);
    EXPECT_EQ(copied.at(1).comment, QStringLiteral("ok"));
    EXPECT_EQ(copied.at(1).evidence, QStringLiteral("PV"));
    // The copy is part of the new assessment's history.
    EXPECT_EQ(storage().history(current).value().size(), 2);
    // Last year's assessment is left as it was.
    EXPECT_EQ(storage().history(last).value().size(), 2);

    Establishment other = sampleCollege();
    const qint64 otherSchool = storage().addEstablishment(other).value();
    EXPECT_FALSE(storage()
                     .createAssessment({otherSchool, QStringLiteral("creteil-etablissements"),
                         QStringLiteral("2025-2026"), {}, {}, last})
                     .ok());
}

TEST_F(StorageTest, EvaluatesAStoredAssessment)
{
    const qint64 id = newAssessment(addSchool());
    QList<AnswerEdit> edits;
    for (const Criterion &c : storage().catalog().latest(QStringLiteral("creteil-ecoles"))->criteria()) {
        if (c.level == 1)
            edits.append({c.id, AnswerStatus::Met, {}, {}});
    }
    ASSERT_TRUE(storage().editAnswers(id, edits).ok());
    const Result<Evaluation> evaluation = storage().evaluate(id);
    ASSERT_TRUE(evaluation.ok()) << evaluation.error().toStdString();
    EXPECT_EQ(evaluation->overallPalier, 1);
    EXPECT_EQ(evaluation->answered, static_cast<int>(edits.size()));
}

TEST_F(StorageTest, EverythingIsThereAfterARestart)
{
    const qint64 id = newAssessment(addSchool());
    ASSERT_TRUE(storage().editAnswer(id, {QStringLiteral("FOR-1-01"), AnswerStatus::NotApplicable, {}, {}}).ok());
    m_db.reopen();
    EXPECT_EQ(storage().establishments().value().size(), 1);
    EXPECT_EQ(storage().answerMap(id).value().value(QStringLiteral("FOR-1-01")), AnswerStatus::NotApplicable);
}

TEST_F(StorageTest, KeepsAnActionPlan)
{
    const qint64 id = newAssessment(addSchool());
    ActionItem item;
    item.assessmentId = id;
    item.criterionId = QStringLiteral("EQU-2-01");
    item.title = QStringLiteral("Équiper les classes de fonds de classe");
    item.owner = QStringLiteral("Mairie");
    item.dueDate = QDate(2026, 6, 30);
    item.funder = Funder::Commune;
    item.priority = 2;
    const Result<qint64> added = storage().addActionItem(item);
    ASSERT_TRUE(added.ok()) << added.error().toStdString();
    item.id = added.value();
    item.status = ActionStatus::InProgress;
    ASSERT_TRUE(storage().updateActionItem(item).ok());

    const QList<ActionItem> items = storage().actionItems(id).value();
    ASSERT_EQ(items.size(), 1);
    EXPECT_EQ(items.at(0).title, item.title);
    EXPECT_EQ(items.at(0).dueDate, QDate(2026, 6, 30));
    EXPECT_EQ(items.at(0).funder, Funder::Commune);
    EXPECT_EQ(items.at(0).status, ActionStatus::InProgress);

    ActionItem bad = item;
    bad.criterionId = QStringLiteral("XXX");
    EXPECT_FALSE(storage().addActionItem(bad).ok());
    bad.criterionId.clear();
    bad.title.clear();
    EXPECT_FALSE(storage().addActionItem(bad).ok());

    ASSERT_TRUE(storage().removeActionItem(item.id).ok());
    EXPECT_TRUE(storage().actionItems(id).value().isEmpty());
    EXPECT_FALSE(storage().removeActionItem(item.id).ok());
}

// Storage writes its times without QDateTime::toString (an import writes one
// per answer): the same text as Qt's, whatever the time's zone.
TEST(Timestamp, SpellsTimesAsQtDoes)
{
    const QList<QDateTime> times {
        QDateTime(QDate(2025, 9, 1), QTime(8, 0), Qt::UTC),
        QDateTime(QDate(2026, 3, 2), QTime(23, 59, 59, 999), Qt::UTC),
        QDateTime(QDate(1, 1, 1), QTime(0, 0, 0, 7), Qt::UTC),
        QDateTime(QDate(9999, 12, 31), QTime(12, 34, 56, 789), Qt::UTC),
        QDateTime(QDate(2025, 3, 30), QTime(2, 30), Qt::LocalTime),
        QDateTime(QDate(2025, 10, 26), QTime(23, 30, 1, 20), Qt::OffsetFromUTC, 3600 + 1800),
        QDateTime(QDate(2025, 1, 1), QTime(0, 30), Qt::OffsetFromUTC, -3600),
        QDateTime(QDate(12345, 6, 7), QTime(8, 9), Qt::UTC),
        QDateTime(QDate(-44, 3, 15), QTime(12, 0), Qt::UTC),
        QDateTime::fromMSecsSinceEpoch(1'700'000'000'123, Qt::UTC),
        QDateTime(),
    };
    for (const QDateTime &time : times) {
        const QString qt = time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
        EXPECT_EQ(timestampText(time), qt) << qt.toStdString();
        EXPECT_EQ(timestampText(time).isNull(), qt.isNull()) << qt.toStdString();
    }
}

// ... and reads them back, its own spelling without Qt's parser, as
// QDateTime::fromString reads them: the same time, the same zone, the same
// refusals.
TEST(Timestamp, ReadsTimesAsQtDoes)
{
    const QStringList texts {
        QStringLiteral("2026-03-02T23:59:59.999Z"),
        QStringLiteral("0001-01-01T00:00:00.007Z"),
        QStringLiteral("9999-12-31T12:34:56.789Z"),
        QStringLiteral("2024-02-29T10:00:00.000Z"),
        QStringLiteral("2025-02-29T10:00:00.000Z"), // no such day
        QStringLiteral("2025-13-01T10:00:00.000Z"),
        QStringLiteral("2025-01-01T24:00:00.000Z"), // Qt's business: the next midnight
        QStringLiteral("2025-01-01T10:60:00.000Z"),
        QStringLiteral("x025-01-01T10:00:00.000Z"), // not -1 (1 BC)
        QStringLiteral("2025-01-01T-1:00:00.000Z"),
        QStringLiteral("2025-0a-01T10:00:00.000Z"),
        QStringLiteral("\uff12025-01-01T10:00:00.000Z"), // a full-width digit
        QStringLiteral("2025-01-01T10:00:00.000+02:00"),
        QStringLiteral("2025-01-01T10:00:00Z"),
        QStringLiteral("2025-01-01T10:00:00.000"),
        QStringLiteral("2025-01-01 10:00:00.000Z"),
        QStringLiteral("not a time"),
        QStringLiteral(""),
    };
    for (const QString &text : texts) {
        const QDateTime qt = QDateTime::fromString(text, Qt::ISODateWithMs);
        for (const QDateTime &ours : {timestampFromText(text), timestampFromText(QByteArrayView(text.toUtf8()))}) {
            EXPECT_EQ(ours.isValid(), qt.isValid()) << text.toStdString();
            EXPECT_EQ(ours, qt) << text.toStdString();
            EXPECT_EQ(ours.timeSpec(), qt.timeSpec()) << text.toStdString();
            EXPECT_EQ(ours.offsetFromUtc(), qt.offsetFromUtc()) << text.toStdString();
        }
    }
    EXPECT_FALSE(timestampFromText(QString()).isValid());
    EXPECT_FALSE(timestampFromText(QByteArrayView()).isValid());
}
