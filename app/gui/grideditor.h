#pragma once

#include "model/assessment.h"
#include "referential/palierengine.h"

#include <QHash>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <optional>

class QAbstractButton;
class QButtonGroup;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;
class QUndoStack;

namespace Paliers {

class Referential;
class RubricEditor;
class Session;

// What one answer holds that a user edits, as a whole: what undo restores.
struct AnswerState
{
    AnswerStatus status = AnswerStatus::Unanswered;
    QString comment;
    QString evidence;

    bool operator==(const AnswerState &) const = default;
};

// Fills the grid of one assessment: the domains on the left, the criteria of
// the current domain grouped by palier, one click or one key (1 to 4, 0 to
// clear) per criterion, a comment and the evidence. Every change is written
// at once and goes on the undo stack; the palier of the domain, its counts
// and what blocks the next palier follow immediately.
class GridEditor : public QWidget
{
    Q_OBJECT

public:
    explicit GridEditor(QWidget *parent = nullptr);
    ~GridEditor() override;

    QUndoStack *undoStack() const { return m_undoStack; }

    // Loads an assessment of the session (nullptr clears the editor). The
    // editor then follows the session: it writes what is being typed when the
    // session asks (Session::flushPendingEdits) and clears itself when the
    // session closes.
    bool setAssessment(Session *session, qint64 assessmentId);
    qint64 assessmentId() const { return m_assessment.id; }
    const Assessment &assessment() const { return m_assessment; }
    const Referential *referential() const { return m_referential; }
    const Evaluation &evaluation() const { return m_evaluation; }
    bool isEditable() const;

    // Writes the comment and evidence being typed, if any, to the criterion
    // they were typed for. Runs on the idle timer, when a text field loses
    // the focus, before the fields show another criterion (the one place
    // that overwrites them), before the assessment changes or a simulation
    // starts, and whenever the session asks for pending edits.
    void commitPendingText();
    bool hasPendingText() const { return m_pendingText.has_value(); }

    // One answer changed by the user, as a key press or a click would.
    void setStatus(const QString &criterionId, AnswerStatus status);
    AnswerState answerState(const QString &criterionId) const;
    QString currentCriterionId() const;
    void selectCriterion(const QString &criterionId);
    QString currentDomainId() const;
    // Puts the keyboard where the work is: the criteria (or the jalons table).
    void focusWork();
    // The next (1) or previous (-1) domain: Ctrl+PgDown / Ctrl+PgUp.
    void stepDomain(int step);
    // A rubric (the jalons): places an axis at a stage, as a click in the
    // table would; 0 clears it. One undo step.
    void setStage(const QString &axisId, int stage);
    RubricEditor *rubricEditor() const { return m_rubric; }

    // Applies a state to the database and the screen; the undo commands call
    // it. Returns false, after telling the user, when storage refuses. An
    // undo or redo during a simulation ends the simulation first.
    bool write(qint64 assessmentId, const QString &criterionId, const AnswerState &state);

    // What-if: while simulating, answers change on screen only; the paliers
    // follow, with the stored ones alongside, and nothing is written. Leaving
    // the simulation puts the stored answers back. Works on a validated
    // assessment too, since nothing is changed.
    void setSimulation(bool on);
    bool isSimulating() const { return m_simulating; }
    // The paliers of the stored answers (the same as evaluation() outside a
    // simulation).
    const Evaluation &storedEvaluation() const { return m_simulating ? m_storedEvaluation : m_evaluation; }

signals:
    void evaluationChanged();
    void simulationChanged(bool on);
    void errorOccurred(const QString &message);
    // Something worth a line in the status bar, not a dialog.
    void notice(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showDomain(int row);
    void updateDomainHeader();
    void updateDomainList();
    void updateCriterionItem(QTreeWidgetItem *item);
    void updateLevelItems();
    void updateAnswerPanel();
    void updateEditability();
    void evaluate();
    void pushChange(const QString &criterionId, const AnswerState &after);
    QTreeWidgetItem *itemFor(const QString &criterionId) const;
    void moveToNextCriterion();
    void applyStatus(const QString &criterionId, const AnswerStatus status);
    void refreshAfterChange(const QString &criterionId);
    void updateSimulationBanner();
    void updateRubric();
    QString palierChange(int stored, int simulated) const;
    void noteTextEdited();
    void announce(const QString &criterionId);

    // The criterion whose comment or evidence the user changed and that is
    // not written yet: set by an edit, cleared by commitPendingText().
    struct PendingText
    {
        qint64 assessmentId = 0;
        QString criterionId;
    };
    std::optional<PendingText> m_pendingText;

    QPointer<Session> m_session;
    Assessment m_assessment;
    const Referential *m_referential = nullptr;
    QHash<QString, AnswerState> m_answers;
    Evaluation m_evaluation;
    QString m_domainId;
    bool m_loadingPanel = false;
    bool m_simulating = false;
    QHash<QString, AnswerState> m_storedAnswers;
    Evaluation m_storedEvaluation;

    QUndoStack *m_undoStack;
    QTimer m_textTimer;
    QListWidget *m_domains;
    QLabel *m_domainTitle;
    QLabel *m_domainPalier;
    QLabel *m_blocking;
    QLabel *m_readOnlyBanner;
    QLabel *m_simulationBanner;
    QAbstractButton *m_simulate;
    QAbstractButton *m_simulateRubric;
    QStackedWidget *m_pages;
    RubricEditor *m_rubric;
    QTreeWidget *m_criteria;
    QButtonGroup *m_statusButtons;
    QLabel *m_criterionText;
    QPlainTextEdit *m_comment;
    QLineEdit *m_evidence;
};

} // namespace Paliers
