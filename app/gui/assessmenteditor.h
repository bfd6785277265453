#pragma once

#include "model/assessment.h"
#include "referential/palierengine.h"
#include "storage/loaders.h"
#include "storage/storage.h"

#include <optional>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QUndoStack;

namespace Paliers {

class Referential;
class Session;

// What one answer holds that a user edits, as a whole: what undo restores.
struct AnswerState
{
    AnswerStatus status = AnswerStatus::Unanswered;
    QString comment;
    QString evidence;

    bool operator==(const AnswerState &) const = default;
};

// The assessment being answered, without its screen: the answers, the paliers
// they reach, the simulation ("what if") and the comment or evidence being
// typed, with the rules of when each is written. GridEditor shows it and
// forwards what the user does; tests drive it directly.
//
// Every change is written through the session's storage at once and goes on
// the undo stack (AnswerCommand calls write()); a comment or evidence is
// written after an idle delay, or sooner when asked (commitPendingText()).
// While simulating, answers change here only and nothing is written.
class AssessmentEditor : public QObject
{
    Q_OBJECT

public:
    explicit AssessmentEditor(QObject *parent = nullptr);
    ~AssessmentEditor() override;

    QUndoStack *undoStack() const { return m_undoStack; }

    // Loads an assessment of the session (nullptr clears the editor). The
    // editor then follows the session: it writes what is being typed when the
    // session asks (Session::flushPendingEdits) and clears itself when the
    // session closes. Emits assessmentChanged() once cleared, and again once
    // loaded.
    bool setAssessment(Session *session, qint64 assessmentId);
    Session *session() const;
    qint64 assessmentId() const { return m_assessment.id; }
    const Assessment &assessment() const { return m_assessment; }
    const Referential *referential() const { return m_referential; }
    // How a draft started from an assessment of an older version of its grid
    // (what changed, what could not be carried), or nothing.
    const std::optional<CarriedOver> &carriedOver() const { return m_carriedOver; }
    // Of the answers as they stand: the simulated ones while simulating.
    const Evaluation &evaluation() const { return m_evaluation; }
    // A draft of a database open for writing.
    bool isEditable() const;
    // Whether answers can change at all: editable, or tried in a simulation.
    bool acceptsAnswers() const { return isEditable() || (m_simulating && m_referential); }

    AnswerState answerState(const QString &criterionId) const;

    // One answer changed by the user: written and undoable, or only tried
    // while simulating. What is being typed for the same criterion goes in
    // the same undo step.
    void setStatus(const QString &criterionId, AnswerStatus status);
    // A rubric (the jalons): places an axis at a stage (0 clears it) by the
    // rubric rule, as one undo step.
    void setStage(const QString &axisId, int stage);

    // The comment and evidence the user is typing for a criterion, as they
    // stand after each key: written after the idle delay, or at
    // commitPendingText(). Ignored when the answers cannot be written.
    void editText(const QString &criterionId, const QString &comment, const QString &evidence);
    // Writes the text being typed, if any, to the criterion it was typed for.
    // Runs on the idle timer, whenever the session asks for pending edits,
    // before the assessment changes or a simulation starts, and when the
    // screen asks (a field loses the focus, or is about to show another
    // criterion).
    void commitPendingText();
    bool hasPendingText() const { return m_pendingText.has_value(); }

    // Applies a state to the database and to the answers; the undo commands
    // call it. Returns false, after saying why (errorOccurred), when storage
    // refuses. An undo or redo during a simulation ends the simulation first.
    bool write(qint64 assessmentId, const QString &criterionId, const AnswerState &state);

    // A newer version of the draft's grid that maps its version, or null:
    // what moveToLatestVersion() would move it to.
    const Referential *newerVersion() const;
    // Moves the draft to newerVersion() as one undoable step (VersionCommand).
    void moveToLatestVersion();
    // What VersionCommand calls: the move (keeping what undo needs in
    // `snapshot`) and its undo. False, after saying why, when refused.
    bool moveToVersion(qint64 assessmentId, const QString &version, VersionSnapshot &snapshot);
    bool restoreVersion(qint64 assessmentId, const VersionSnapshot &snapshot);

    // What-if: while simulating, answers change here only; the paliers
    // follow, with the stored ones alongside, and nothing is written. Leaving
    // the simulation puts the stored answers back. Works on a validated
    // assessment too, since nothing is changed.
    void setSimulation(bool on);
    bool isSimulating() const { return m_simulating; }
    // The paliers of the stored answers (the same as evaluation() outside a
    // simulation).
    const Evaluation &storedEvaluation() const { return m_simulating ? m_storedEvaluation : m_evaluation; }

signals:
    // Another assessment, or none: everything shown of the old one is stale.
    void assessmentChanged();
    // One answer changed, stored or simulated; evaluation() already follows.
    void answerChanged(const QString &criterionId);
    // The stored answers' paliers changed: after a write, and when a
    // simulation ends.
    void evaluationChanged();
    void simulationChanged(bool on);
    void errorOccurred(const QString &message);
    // Something worth a line in the status bar, not a dialog.
    void notice(const QString &message);

private:
    void evaluate();
    // Reads the assessment of the session again (keeping the undo stack).
    bool load(qint64 assessmentId);
    void pushChange(const QString &criterionId, const AnswerState &after);
    void announce(const QString &criterionId);

    // The text the user changed and that is not written yet: set by an edit,
    // cleared by commitPendingText().
    struct PendingText
    {
        qint64 assessmentId = 0;
        QString criterionId;
        QString comment;
        QString evidence;
    };
    std::optional<PendingText> m_pendingText;

    QPointer<Session> m_session;
    Assessment m_assessment;
    const Referential *m_referential = nullptr;
    std::optional<CarriedOver> m_carriedOver;
    QHash<QString, AnswerState> m_answers;
    Evaluation m_evaluation;
    bool m_simulating = false;
    QHash<QString, AnswerState> m_storedAnswers;
    Evaluation m_storedEvaluation;

    QUndoStack *m_undoStack;
    QTimer m_textTimer;
};

} // namespace Paliers
