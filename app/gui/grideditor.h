#pragma once

#include "assessmenteditor.h"

#include <QWidget>

class QAbstractButton;
class QButtonGroup;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace Paliers {

class RubricEditor;

// Fills the grid of one assessment: the domains on the left, the criteria of
// the current domain grouped by palier, one click or one key (1 to 4, 0 to
// clear) per criterion, a comment and the evidence. The assessment itself,
// its answers, what is written and when, the undo stack and the simulation
// are the editor()'s (AssessmentEditor): this widget shows them and forwards
// what the user does, and the palier of the domain, its counts and what
// blocks the next palier follow each change the editor reports.
class GridEditor : public QWidget
{
    Q_OBJECT

public:
    explicit GridEditor(QWidget *parent = nullptr);
    ~GridEditor() override;

    // The state of the assessment shown; the functions below that are not
    // about the screen forward to it.
    AssessmentEditor *editor() const { return m_editor; }
    QUndoStack *undoStack() const { return m_editor->undoStack(); }

    // Loads an assessment of the session (nullptr clears the editor); see
    // AssessmentEditor::setAssessment().
    bool setAssessment(Session *session, qint64 assessmentId) { return m_editor->setAssessment(session, assessmentId); }
    qint64 assessmentId() const { return m_editor->assessmentId(); }
    const Assessment &assessment() const { return m_editor->assessment(); }
    const Referential *referential() const { return m_editor->referential(); }
    const Evaluation &evaluation() const { return m_editor->evaluation(); }
    bool isEditable() const { return m_editor->isEditable(); }

    // Writes the comment and evidence being typed, if any (the editor also
    // does on its idle timer and whenever the session asks). The widget calls
    // it when a text field loses the focus and before the fields show another
    // criterion (the one place that overwrites them).
    void commitPendingText() { m_editor->commitPendingText(); }
    bool hasPendingText() const { return m_editor->hasPendingText(); }

    // One answer changed by the user, as a key press or a click would.
    void setStatus(const QString &criterionId, AnswerStatus status) { m_editor->setStatus(criterionId, status); }
    AnswerState answerState(const QString &criterionId) const { return m_editor->answerState(criterionId); }
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

    // What-if; see AssessmentEditor::setSimulation().
    void setSimulation(bool on) { m_editor->setSimulation(on); }
    bool isSimulating() const { return m_editor->isSimulating(); }
    const Evaluation &storedEvaluation() const { return m_editor->storedEvaluation(); }

signals:
    void evaluationChanged();
    void simulationChanged(bool on);
    // « Make these the targets » was pressed while simulating.
    void targetsFromSimulationRequested();
    void errorOccurred(const QString &message);
    // Something worth a line in the status bar, not a dialog.
    void notice(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showAssessment();
    void showSimulation(bool on);
    void showDomain(int row);
    void updateDomainHeader();
    void updateDomainList();
    void updateCriterionItem(QTreeWidgetItem *item);
    void updateLevelItems();
    void updateAnswerPanel();
    void updateEditability();
    QTreeWidgetItem *itemFor(const QString &criterionId) const;
    void moveToNextCriterion();
    void refreshAfterChange(const QString &criterionId);
    void updateSimulationBanner();
    void updateVersionBanner();
    void showVersionDetails();
    // What a newer version of the grid changed in this criterion, for a
    // draft carried over from an older version; empty otherwise.
    // Short, for the answer panel; the académie's note comes with `withNote`.
    QString versionChange(const QString &criterionId, bool withNote = false) const;
    void updateRubric();
    QString palierChange(int stored, int simulated) const;
    void noteTextEdited();

    AssessmentEditor *m_editor;
    QString m_domainId;
    bool m_loadingPanel = false;

    QListWidget *m_domains;
    QLabel *m_domainTitle;
    QLabel *m_domainPalier;
    QLabel *m_blocking;
    QLabel *m_readOnlyBanner;
    QLabel *m_simulationBanner;
    QPushButton *m_simulationToTargets;
    QWidget *m_versionFrame;
    QLabel *m_versionBanner;
    QPushButton *m_versionDetails;
    QLabel *m_criterionChange;
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
