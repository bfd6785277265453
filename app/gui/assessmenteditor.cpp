#include "assessmenteditor.h"

#include "answercommand.h"
#include "referential/migration.h"
#include "referential/rubricrule.h"
#include "session.h"
#include "versioncommand.h"

#include <QCoreApplication>
#include <QUndoStack>
#include <utility>

// The messages below were the grid widget's before its state moved here: they
// keep the context "Paliers::GridEditor", where the French catalogue has them.

namespace Paliers {

namespace {

constexpr int TextCommitDelayMs = 800;

} // namespace

AssessmentEditor::AssessmentEditor(QObject *parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
{
    m_textTimer.setSingleShot(true);
    m_textTimer.setInterval(TextCommitDelayMs);
    connect(&m_textTimer, &QTimer::timeout, this, &AssessmentEditor::commitPendingText);
}

AssessmentEditor::~AssessmentEditor() = default;

bool AssessmentEditor::setAssessment(Session *session, qint64 assessmentId)
{
    setSimulation(false);
    commitPendingText();
    m_undoStack->clear();
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (session) {
        connect(session, &Session::flushRequested, this, &AssessmentEditor::commitPendingText);
        connect(session, &Session::aboutToClose, this, [this] { setAssessment(nullptr, 0); });
    }
    m_assessment = Assessment();
    m_referential = nullptr;
    m_carriedOver.reset();
    m_answers.clear();
    m_evaluation = Evaluation();
    emit assessmentChanged();
    if (!session)
        return false;

    return load(assessmentId);
}

bool AssessmentEditor::load(qint64 assessmentId)
{
    Session *session = m_session;
    m_carriedOver.reset();
    Result<Assessment> assessment = session->storage().assessment(assessmentId);
    if (!assessment) {
        emit errorOccurred(assessment.error());
        return false;
    }
    const Referential *referential = session->storage().referentialOf(*assessment);
    if (!referential) {
        emit errorOccurred(Storage::unknownReferential(assessment.value()));
        return false;
    }
    // Only a draft shows what a new version changed: once validated, the
    // team has reviewed it.
    if (assessment->status == AssessmentStatus::Draft) {
        Result<std::optional<CarriedOver>> carried = loadCarriedOver(session->storage(), assessment.value());
        if (carried)
            m_carriedOver = std::move(carried).value();
    }
    Result<QList<Answer>> answers = session->storage().answers(assessmentId);
    if (!answers) {
        emit errorOccurred(answers.error());
        return false;
    }
    m_assessment = std::move(assessment).value();
    m_referential = referential;
    m_answers.clear();
    for (const Answer &answer : *answers)
        m_answers.insert(answer.criterionId, {answer.status, answer.comment, answer.evidence});
    evaluate();
    emit assessmentChanged();
    return true;
}

Session *AssessmentEditor::session() const
{
    return m_session;
}

bool AssessmentEditor::isEditable() const
{
    return m_session && !m_session->isReadOnly() && m_assessment.id != 0
        && m_assessment.status == AssessmentStatus::Draft;
}

AnswerState AssessmentEditor::answerState(const QString &criterionId) const
{
    return m_answers.value(criterionId);
}

void AssessmentEditor::evaluate()
{
    AnswerMap map;
    for (auto it = m_answers.cbegin(); it != m_answers.cend(); ++it) {
        if (it->status != AnswerStatus::Unanswered)
            map.insert(it.key(), it->status);
    }
    Result<Evaluation> evaluation = PalierEngine::evaluate(*m_referential, map);
    m_evaluation = evaluation ? std::move(evaluation).value() : Evaluation();
}

void AssessmentEditor::setStatus(const QString &criterionId, AnswerStatus status)
{
    if (m_simulating) {
        if (m_referential && m_referential->criterion(criterionId)) {
            m_answers[criterionId].status = status;
            evaluate();
            emit answerChanged(criterionId);
        }
        announce(criterionId);
        return;
    }
    if (!isEditable())
        return;
    AnswerState state = answerState(criterionId);
    if (m_pendingText && m_pendingText->assessmentId == m_assessment.id && m_pendingText->criterionId == criterionId) {
        // What is being typed belongs to the same answer: one change, one
        // undo step.
        const PendingText pending = *std::exchange(m_pendingText, std::nullopt);
        m_textTimer.stop();
        state.comment = pending.comment;
        state.evidence = pending.evidence;
    } else {
        commitPendingText();
    }
    state.status = status;
    pushChange(criterionId, state);
    announce(criterionId);
}

void AssessmentEditor::announce(const QString &criterionId)
{
    // Said in the status bar, which a screen reader reads too: the focus has
    // moved on to the next criterion already.
    emit notice(QCoreApplication::translate("Paliers::GridEditor", "%1: %2")
                    .arg(criterionId, answerStatusLabel(answerState(criterionId).status)));
}

void AssessmentEditor::setStage(const QString &axisId, int stage)
{
    if (!m_referential || m_referential->kind() != ReferentialKind::Rubric || !m_referential->domain(axisId))
        return;
    if (!m_simulating && !isEditable())
        return;
    AnswerMap current;
    for (const Criterion *cell : RubricRule::cellsOf(*m_referential, axisId))
        current.insert(cell->id, answerState(cell->id).status);
    // A cleared cell keeps its comment: only the statuses change.
    const QList<RubricRule::CellChange> changes = RubricRule::placeAxis(*m_referential, axisId, stage, current);
    if (changes.isEmpty())
        return; // already there: no empty undo step
    if (m_simulating) {
        for (const RubricRule::CellChange &change : changes)
            m_answers[change.criterionId].status = change.status;
        evaluate();
        for (const RubricRule::CellChange &change : changes)
            emit answerChanged(change.criterionId);
        return;
    }
    const Domain *axis = m_referential->domain(axisId);
    m_undoStack->beginMacro(stage == 0
            ? QCoreApplication::translate("Paliers::GridEditor", "Clear %1").arg(axis->title)
            : QCoreApplication::translate("Paliers::GridEditor", "Place %1 at jalon %2").arg(axis->title).arg(stage));
    for (const RubricRule::CellChange &change : changes) {
        AnswerState state = answerState(change.criterionId);
        state.status = change.status;
        pushChange(change.criterionId, state);
    }
    m_undoStack->endMacro();
}

void AssessmentEditor::editText(const QString &criterionId, const QString &comment, const QString &evidence)
{
    if (criterionId.isEmpty() || !isEditable() || m_simulating)
        return;
    if (m_pendingText && (m_pendingText->assessmentId != m_assessment.id || m_pendingText->criterionId != criterionId))
        commitPendingText(); // the screen writes the text before it shows another criterion
    m_pendingText = PendingText {m_assessment.id, criterionId, comment, evidence};
    m_textTimer.start();
}

void AssessmentEditor::commitPendingText()
{
    m_textTimer.stop();
    if (!m_pendingText)
        return;
    const PendingText pending = *std::exchange(m_pendingText, std::nullopt);
    if (pending.assessmentId != m_assessment.id || !isEditable())
        return;
    AnswerState state = answerState(pending.criterionId);
    state.comment = pending.comment;
    state.evidence = pending.evidence;
    pushChange(pending.criterionId, state);
}

void AssessmentEditor::pushChange(const QString &criterionId, const AnswerState &after)
{
    const AnswerState before = answerState(criterionId);
    if (before == after || !isEditable())
        return;
    m_undoStack->push(new AnswerCommand(this, m_assessment.id, criterionId, before, after));
}

const Referential *AssessmentEditor::newerVersion() const
{
    if (!m_session || !m_referential || !isEditable())
        return nullptr;
    const Referential *latest = m_session->storage().catalog().latest(m_referential->id());
    if (!latest || latest == m_referential || !Migration::between(*m_referential, *latest))
        return nullptr;
    return latest;
}

void AssessmentEditor::moveToLatestVersion()
{
    const Referential *latest = newerVersion();
    if (!latest)
        return;
    setSimulation(false);
    commitPendingText();
    m_undoStack->push(new VersionCommand(this, m_assessment.id, m_referential->version(), latest->version()));
}

bool AssessmentEditor::moveToVersion(qint64 assessmentId, const QString &version, VersionSnapshot &snapshot)
{
    setSimulation(false);
    if (!m_session || assessmentId != m_assessment.id)
        return false;
    Result<VersionSnapshot> moved = m_session->storage().migrateDraft(assessmentId, version);
    if (!moved) {
        emit errorOccurred(moved.error());
        return false;
    }
    snapshot = std::move(moved).value();
    m_session->notifyAnswerWritten(assessmentId);
    const bool loaded = load(assessmentId);
    emit evaluationChanged();
    return loaded;
}

bool AssessmentEditor::restoreVersion(qint64 assessmentId, const VersionSnapshot &snapshot)
{
    setSimulation(false);
    if (!m_session || assessmentId != m_assessment.id)
        return false;
    if (Status restored = m_session->storage().restoreVersion(assessmentId, snapshot); !restored) {
        emit errorOccurred(restored.error());
        return false;
    }
    m_session->notifyAnswerWritten(assessmentId);
    const bool loaded = load(assessmentId);
    emit evaluationChanged();
    return loaded;
}

bool AssessmentEditor::write(qint64 assessmentId, const QString &criterionId, const AnswerState &state)
{
    setSimulation(false);
    if (!m_session || assessmentId != m_assessment.id) {
        emit errorOccurred(QCoreApplication::translate(
            "Paliers::GridEditor", "This change belongs to another assessment and was not applied."));
        return false;
    }
    const Status done = m_session->storage().editAnswer(
        assessmentId, AnswerEdit {criterionId, state.status, state.comment, state.evidence});
    if (!done) {
        emit errorOccurred(done.error());
        return false;
    }
    m_answers.insert(criterionId, state);
    evaluate();
    m_session->notifyAnswerWritten(assessmentId);
    emit answerChanged(criterionId);
    emit evaluationChanged();
    return true;
}

void AssessmentEditor::setSimulation(bool on)
{
    if (on == m_simulating || (on && !m_referential))
        return;
    if (on) {
        commitPendingText();
        m_storedAnswers = m_answers;
        m_storedEvaluation = m_evaluation;
        m_simulating = true;
    } else {
        m_simulating = false;
        m_answers = std::exchange(m_storedAnswers, {});
        m_evaluation = std::exchange(m_storedEvaluation, Evaluation());
    }
    emit simulationChanged(on);
    if (!on)
        emit evaluationChanged();
}

} // namespace Paliers
