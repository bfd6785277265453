// The state of the grid without its widget: AssessmentEditor driven directly
// on a database of its own, then the database opened again to see what was
// really stored.
#include "assessmenteditor.h"
#include "referential/rubricrule.h"
#include "session.h"
#include "temporarydatabase.h"

#include <gtest/gtest.h>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace Paliers;
using namespace Paliers::TestSupport;

namespace {

// An écoles assessment with PIL palier 1 met, and a jalons assessment with
// nothing placed yet; an editor over a session of that database.
class AssessmentEditorTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Storage &storage = m_db.storage();
        m_id = addEcoleAtPilPalierOne(storage);
        ASSERT_NE(m_id, 0);
        const qint64 college = storage.addEstablishment(sampleCollege()).value();
        m_jalons = storage
                       .createAssessment({college, QStringLiteral("creteil-jalons"), QStringLiteral("2025-2026"),
                           QString(), QString(), std::nullopt})
                       .value();

        m_catalog = ReferentialCatalog::bundled().value();
        Result<std::unique_ptr<Session>> session = Session::open(m_db.path(), m_catalog);
        ASSERT_TRUE(session.ok()) << session.error().toStdString();
        m_session = std::move(session).value();
    }

    // What the database holds once the session is gone and the file opened
    // again, as after a restart.
    AnswerMap storedAfterRestart(qint64 assessmentId)
    {
        m_session.reset();
        m_db.reopen();
        return m_db.storage().answerMap(assessmentId).value();
    }

    Answer storedAnswer(qint64 assessmentId, const QString &criterionId)
    {
        for (const Answer &answer : m_db.storage().answers(assessmentId).value()) {
            if (answer.criterionId == criterionId)
                return answer;
        }
        return Answer {};
    }

    TemporaryDatabase m_db;
    ReferentialCatalog m_catalog;
    std::unique_ptr<Session> m_session;
    AssessmentEditor m_editor;
    qint64 m_id = 0;
    qint64 m_jalons = 0;
};

const QString Pil1 = QStringLiteral("PIL-1-01");
const QString Pil2 = QStringLiteral("PIL-2-01");
const QString For1 = QStringLiteral("FOR-1-01");

} // namespace

TEST_F(AssessmentEditorTest, LoadsTheAnswersAndTheirPaliers)
{
    QSignalSpy loaded(&m_editor, &AssessmentEditor::assessmentChanged);
    ASSERT_TRUE(m_editor.setAssessment(m_session.get(), m_id));
    EXPECT_EQ(loaded.count(), 2); // cleared, then loaded
    EXPECT_EQ(m_editor.assessmentId(), m_id);
    ASSERT_NE(m_editor.referential(), nullptr);
    EXPECT_EQ(m_editor.referential()->id(), QStringLiteral("creteil-ecoles"));
    EXPECT_TRUE(m_editor.isEditable());
    EXPECT_EQ(m_editor.answerState(Pil1).status, AnswerStatus::Met);
    EXPECT_EQ(m_editor.evaluation().domain(QStringLiteral("PIL"))->palier, 1);
    EXPECT_EQ(m_editor.evaluation().domain(QStringLiteral("FOR"))->palier, 0);

    // An unknown assessment leaves the editor empty and says why.
    QSignalSpy errors(&m_editor, &AssessmentEditor::errorOccurred);
    EXPECT_FALSE(m_editor.setAssessment(m_session.get(), 9999));
    EXPECT_EQ(errors.count(), 1);
    EXPECT_EQ(m_editor.assessmentId(), 0);
    EXPECT_EQ(m_editor.referential(), nullptr);
    EXPECT_FALSE(m_editor.isEditable());
}

TEST_F(AssessmentEditorTest, AnAnswerIsWrittenAtOnceAndUndoneThroughTheStack)
{
    ASSERT_TRUE(m_editor.setAssessment(m_session.get(), m_id));
    QSignalSpy changed(&m_editor, &AssessmentEditor::answerChanged);
    QSignalSpy evaluated(&m_editor, &AssessmentEditor::evaluationChanged);
    QSignalSpy notices(&m_editor, &AssessmentEditor::notice);

    m_editor.setStatus(For1, AnswerStatus::Met);
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.at(0).at(0).toString(), For1);
    EXPECT_EQ(evaluated.count(), 1);
    EXPECT_EQ(notices.count(), 1);
    EXPECT_EQ(m_session->storage().answerMap(m_id)->value(For1), AnswerStatus::Met);
    EXPECT_EQ(m_editor.undoStack()->count(), 1);

    // The same answer again is no change and no undo step.
    m_editor.setStatus(For1, AnswerStatus::Met);
    EXPECT_EQ(m_editor.undoStack()->count(), 1);

    m_editor.setStatus(Pil1, AnswerStatus::InProgress);
    EXPECT_EQ(m_editor.evaluation().domain(QStringLiteral("PIL"))->palier, 0);
    m_editor.undoStack()->undo();
    EXPECT_EQ(m_editor.answerState(Pil1).status, AnswerStatus::Met);
    EXPECT_EQ(m_session->storage().answerMap(m_id)->value(Pil1), AnswerStatus::Met);
    EXPECT_EQ(m_editor.evaluation().domain(QStringLiteral("PIL"))->palier, 1);
    m_editor.undoStack()->undo();
    EXPECT_EQ(m_editor.answerState(For1).status, AnswerStatus::Unanswered);
    m_editor.undoStack()->redo();
    EXPECT_EQ(m_editor.answerState(For1).status, AnswerStatus::Met);

    const AnswerMap stored = storedAfterRestart(m_id);
    EXPECT_EQ(stored.value(For1), AnswerStatus::Met);
    EXPECT_EQ(stored.value(Pil1), AnswerStatus::Met);
    // Each write was recorded: the five of SetUp, then FOR, PIL, PIL back,
    // FOR undone and redone.
    EXPECT_EQ(m_db.storage().history(m_id)->size(), 5 + 5);
}

TEST_F(AssessmentEditorTest, TextWaitsForTheIdleDelayOrAFlush)
{
    ASSERT_TRUE(m_editor.setAssessment(m_session.get(), m_id));

    m_editor.editText(Pil2, QStringLiteral("Charte en préparation"), QString());
    EXPECT_TRUE(m_editor.hasPendingText());
    EXPECT_EQ(m_editor.answerState(Pil2).comment, QString());
    // A key press a moment later: still one pending change.
    m_editor.editText(Pil2, QStringLiteral("Charte en préparation, conseil de mars"), QStringLiteral("ENT"));
    EXPECT_TRUE(QTest::qWaitFor([this] { return !m_editor.hasPendingText(); }, 3000));
    EXPECT_EQ(m_editor.answerState(Pil2).comment, QStringLiteral("Charte en préparation, conseil de mars"));
    EXPECT_EQ(m_editor.undoStack()->count(), 1);

    // Typed, then answered before the delay: one change, one undo step.
    m_editor.editText(Pil2, QStringLiteral("Charte votée"), QStringLiteral("ENT"));
    m_editor.setStatus(Pil2, AnswerStatus::Met);
    EXPECT_FALSE(m_editor.hasPendingText());
    EXPECT_EQ(m_editor.undoStack()->count(), 2);
    EXPECT_EQ(m_editor.answerState(Pil2),
        (AnswerState {AnswerStatus::Met, QStringLiteral("Charte votée"), QStringLiteral("ENT")}));

    // What the session asks for is written at once, and so is what is still
    // being typed when the session closes.
    m_editor.editText(For1, QStringLiteral("Formation prévue"), QString());
    m_session->flushPendingEdits();
    EXPECT_FALSE(m_editor.hasPendingText());
    EXPECT_EQ(m_session->storage().answers(m_id)->size(), 7);
    m_editor.editText(Pil1, QStringLiteral("Projet d'école"), QStringLiteral("Site de l'école"));
    m_session.reset();
    EXPECT_EQ(m_editor.assessmentId(), 0) << "the editor lets go of a closed session";

    m_db.reopen();
    EXPECT_EQ(storedAnswer(m_id, Pil2).comment, QStringLiteral("Charte votée"));
    EXPECT_EQ(storedAnswer(m_id, Pil2).status, AnswerStatus::Met);
    EXPECT_EQ(storedAnswer(m_id, For1).comment, QStringLiteral("Formation prévue"));
    EXPECT_EQ(storedAnswer(m_id, For1).status, AnswerStatus::Unanswered);
    EXPECT_EQ(storedAnswer(m_id, Pil1).comment, QStringLiteral("Projet d'école"));
    EXPECT_EQ(storedAnswer(m_id, Pil1).evidence, QStringLiteral("Site de l'école"));
    EXPECT_EQ(storedAnswer(m_id, Pil1).status, AnswerStatus::Met);
}

TEST_F(AssessmentEditorTest, ASimulationWritesNothingAndLeavingItRestoresTheStoredAnswers)
{
    ASSERT_TRUE(m_editor.setAssessment(m_session.get(), m_id));
    m_editor.setStatus(Pil2, AnswerStatus::NotMet);
    QSignalSpy simulation(&m_editor, &AssessmentEditor::simulationChanged);
    QSignalSpy evaluated(&m_editor, &AssessmentEditor::evaluationChanged);
    QSignalSpy changed(&m_editor, &AssessmentEditor::answerChanged);

    m_editor.setSimulation(true);
    ASSERT_TRUE(m_editor.isSimulating());
    ASSERT_EQ(simulation.count(), 1);
    EXPECT_TRUE(simulation.at(0).at(0).toBool());
    m_editor.setStatus(For1, AnswerStatus::Met);
    m_editor.setStatus(Pil1, AnswerStatus::NotMet);
    EXPECT_EQ(changed.count(), 2);
    EXPECT_EQ(evaluated.count(), 0) << "the stored paliers did not change";
    EXPECT_EQ(m_editor.evaluation().domain(QStringLiteral("FOR"))->palier, 1);
    EXPECT_EQ(m_editor.evaluation().domain(QStringLiteral("PIL"))->palier, 0);
    EXPECT_EQ(m_editor.storedEvaluation().domain(QStringLiteral("FOR"))->palier, 0);
    EXPECT_EQ(m_editor.storedEvaluation().domain(QStringLiteral("PIL"))->palier, 1);
    EXPECT_EQ(m_editor.undoStack()->count(), 1);
    // Text is not typed into a simulation.
    m_editor.editText(For1, QStringLiteral("essai"), QString());
    EXPECT_FALSE(m_editor.hasPendingText());
    EXPECT_FALSE(m_session->storage().answerMap(m_id)->contains(For1));

    m_editor.setSimulation(false);
    EXPECT_FALSE(m_editor.isSimulating());
    EXPECT_EQ(simulation.count(), 2);
    EXPECT_EQ(evaluated.count(), 1);
    EXPECT_EQ(m_editor.answerState(For1).status, AnswerStatus::Unanswered);
    EXPECT_EQ(m_editor.answerState(Pil1).status, AnswerStatus::Met);
    EXPECT_EQ(m_editor.evaluation().domain(QStringLiteral("FOR"))->palier, 0);
    EXPECT_EQ(m_editor.evaluation().domain(QStringLiteral("PIL"))->palier, 1);

    // An undo during a simulation ends it, then undoes what was stored.
    m_editor.setSimulation(true);
    m_editor.setStatus(For1, AnswerStatus::Met);
    m_editor.undoStack()->undo();
    EXPECT_FALSE(m_editor.isSimulating());
    EXPECT_EQ(m_editor.answerState(For1).status, AnswerStatus::Unanswered);
    EXPECT_EQ(m_editor.answerState(Pil2).status, AnswerStatus::Unanswered);

    const AnswerMap stored = storedAfterRestart(m_id);
    EXPECT_EQ(stored.size(), 6); // the five of SetUp, and PIL-2-01 set and undone
    EXPECT_EQ(stored.value(Pil2), AnswerStatus::Unanswered);
    EXPECT_FALSE(stored.contains(For1));
    EXPECT_EQ(stored.value(Pil1), AnswerStatus::Met);
}

TEST_F(AssessmentEditorTest, AValidatedAssessmentIsOnlySimulated)
{
    ASSERT_TRUE(m_session->storage().validateAssessment(m_id).ok());
    ASSERT_TRUE(m_editor.setAssessment(m_session.get(), m_id));
    EXPECT_FALSE(m_editor.isEditable());
    EXPECT_FALSE(m_editor.acceptsAnswers());
    m_editor.setStatus(For1, AnswerStatus::Met);
    m_editor.editText(For1, QStringLiteral("trop tard"), QString());
    EXPECT_FALSE(m_editor.hasPendingText());
    EXPECT_EQ(m_editor.answerState(For1).status, AnswerStatus::Unanswered);
    EXPECT_EQ(m_editor.undoStack()->count(), 0);

    m_editor.setSimulation(true);
    EXPECT_TRUE(m_editor.acceptsAnswers());
    m_editor.setStatus(For1, AnswerStatus::Met);
    EXPECT_EQ(m_editor.evaluation().domain(QStringLiteral("FOR"))->palier, 1);
    m_editor.setSimulation(false);
    EXPECT_FALSE(storedAfterRestart(m_id).contains(For1));
}

TEST_F(AssessmentEditorTest, AJalonIsOneChosenCellPerAxisInOneUndoStep)
{
    ASSERT_TRUE(m_editor.setAssessment(m_session.get(), m_jalons));
    const auto cell = [](int stage) {
        return QStringLiteral("DYN-J%1").arg(stage);
    };

    m_editor.setStage(QStringLiteral("DYN"), 2);
    m_editor.setStage(QStringLiteral("DYN"), 3);
    EXPECT_EQ(m_editor.undoStack()->count(), 2); // one step per choice, however many cells change
    EXPECT_EQ(m_editor.answerState(cell(3)).status, AnswerStatus::Met);
    EXPECT_EQ(m_editor.answerState(cell(2)).status, AnswerStatus::Unanswered);
    EXPECT_EQ(m_editor.evaluation().domain(QStringLiteral("DYN"))->palier, 3);
    m_editor.setStage(QStringLiteral("DYN"), 3);
    EXPECT_EQ(m_editor.undoStack()->count(), 2) << "already there: no empty step";

    m_editor.undoStack()->undo();
    EXPECT_EQ(m_editor.answerState(cell(2)).status, AnswerStatus::Met);
    EXPECT_EQ(m_editor.answerState(cell(3)).status, AnswerStatus::Unanswered);
    EXPECT_EQ(m_editor.evaluation().domain(QStringLiteral("DYN"))->palier, 2);

    // A cell is chosen or blank: storage refuses anything else, the editor
    // says so and keeps no step for it.
    QSignalSpy errors(&m_editor, &AssessmentEditor::errorOccurred);
    m_editor.setStatus(cell(1), AnswerStatus::InProgress);
    EXPECT_EQ(errors.count(), 1);
    EXPECT_EQ(m_editor.answerState(cell(1)).status, AnswerStatus::Unanswered);

    // Simulated stages are not stored.
    m_editor.setSimulation(true);
    m_editor.setStage(QStringLiteral("ORG"), 4);
    EXPECT_EQ(m_editor.evaluation().domain(QStringLiteral("ORG"))->palier, 4);
    m_editor.setSimulation(false);
    EXPECT_EQ(m_editor.evaluation().domain(QStringLiteral("ORG"))->palier, 0);

    // Cleared: every cell of the axis blank.
    m_editor.setStage(QStringLiteral("ESP"), 1);
    m_editor.setStage(QStringLiteral("ESP"), 0);
    EXPECT_EQ(m_editor.evaluation().domain(QStringLiteral("ESP"))->palier, 0);

    const AnswerMap stored = storedAfterRestart(m_jalons);
    EXPECT_EQ(stored.value(cell(2)), AnswerStatus::Met);
    EXPECT_EQ(stored.value(cell(3), AnswerStatus::Unanswered), AnswerStatus::Unanswered);
    EXPECT_EQ(stored.value(cell(1), AnswerStatus::Unanswered), AnswerStatus::Unanswered);
    EXPECT_FALSE(stored.contains(QStringLiteral("ORG-J4")));
    EXPECT_EQ(stored.value(QStringLiteral("ESP-J1"), AnswerStatus::Unanswered), AnswerStatus::Unanswered);
    EXPECT_EQ(m_db.storage().evaluate(m_jalons)->domain(QStringLiteral("DYN"))->palier, 2);
}

// The rule the editor and the storage share, on its own.
TEST_F(AssessmentEditorTest, TheRubricRuleSaysWhichCellsChange)
{
    const Referential *jalons = m_catalog.latest(QStringLiteral("creteil-jalons"));
    ASSERT_NE(jalons, nullptr);
    EXPECT_TRUE(RubricRule::allows(AnswerStatus::Met));
    EXPECT_TRUE(RubricRule::allows(AnswerStatus::Unanswered));
    EXPECT_FALSE(RubricRule::allows(AnswerStatus::InProgress));
    EXPECT_FALSE(RubricRule::allows(AnswerStatus::NotApplicable));
    EXPECT_EQ(RubricRule::cellsOf(*jalons, QStringLiteral("DYN")).size(), 4);

    const AnswerMap atTwo {{QStringLiteral("DYN-J2"), AnswerStatus::Met}};
    EXPECT_EQ(RubricRule::placeAxis(*jalons, QStringLiteral("DYN"), 4, atTwo),
        (QList<RubricRule::CellChange> {
            {QStringLiteral("DYN-J2"), AnswerStatus::Unanswered}, {QStringLiteral("DYN-J4"), AnswerStatus::Met}}));
    EXPECT_EQ(RubricRule::placeAxis(*jalons, QStringLiteral("DYN"), 0, atTwo),
        (QList<RubricRule::CellChange> {{QStringLiteral("DYN-J2"), AnswerStatus::Unanswered}}));
    EXPECT_TRUE(RubricRule::placeAxis(*jalons, QStringLiteral("DYN"), 2, atTwo).isEmpty());
    EXPECT_TRUE(RubricRule::placeAxis(*jalons, QStringLiteral("ORG"), 0, atTwo).isEmpty());
    const Referential *ecoles = m_catalog.latest(QStringLiteral("creteil-ecoles"));
    ASSERT_NE(ecoles, nullptr);
    EXPECT_TRUE(RubricRule::placeAxis(*ecoles, QStringLiteral("PIL"), 1, {}).isEmpty()) << "not a rubric";

    // Storage follows it too: choosing a cell clears the one chosen before.
    ASSERT_TRUE(m_session->storage()
                    .editAnswer(m_jalons, {QStringLiteral("DYN-J2"), AnswerStatus::Met, std::nullopt, std::nullopt})
                    .ok());
    ASSERT_TRUE(m_session->storage()
                    .editAnswer(m_jalons, {QStringLiteral("DYN-J4"), AnswerStatus::Met, std::nullopt, std::nullopt})
                    .ok());
    const AnswerMap stored = storedAfterRestart(m_jalons);
    EXPECT_EQ(stored.value(QStringLiteral("DYN-J2")), AnswerStatus::Unanswered);
    EXPECT_EQ(stored.value(QStringLiteral("DYN-J4")), AnswerStatus::Met);
}
