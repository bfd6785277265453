#pragma once

#include "analysis/reperes.h"
#include "model/assessment.h"
#include "referential/palierengine.h"

#include <optional>
#include <QPointer>
#include <QWidget>

class QLabel;
class QUndoStack;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTableWidget;

namespace Paliers {

class ActionPlanModel;
class Referential;
class Session;

// The action plan of the assessment on screen: a sortable table of the
// actions (overdue ones marked), buttons to write, change, finish and remove
// them, and the criteria blocking the next palier proposed as actions, each
// adopted in one click. The plan stays editable once the assessment is
// validated: it is carried out during the year that follows.
class ActionPlanView : public QWidget
{
    Q_OBJECT

public:
    explicit ActionPlanView(QWidget *parent = nullptr);
    ~ActionPlanView() override;

    // nullptr clears the view, and so does the session when it closes.
    void setAssessment(
        Session *session, const Assessment &assessment, const Referential *referential, const Evaluation &evaluation);
    // The answers changed: the proposals follow.
    void setEvaluation(const Evaluation &evaluation);
    // The targets changed: the criteria between the school and its targets
    // are proposed first.
    void setTargets(const QList<DomainTarget> &targets);

    ActionPlanModel *model() const { return m_model; }
    // The plan's own history: every change below is one undoable step.
    QUndoStack *undoStack() const { return m_undoStack; }
    QTableView *table() const { return m_table; }
    // Criteria blocking the next palier with no action yet, in grid order.
    const QStringList &proposals() const { return m_proposals; }

    // What the buttons do, each pushed on the plan's undo stack; public so
    // that tests and other views can call them.
    bool adopt(const QString &criterionId);
    bool addAction(const ActionItem &item);
    bool updateAction(const ActionItem &item);
    bool removeAction(qint64 id);
    void newAction();
    // The proposal of the current row of the proposals table.
    void adoptCurrentProposal();
    void editCurrent();
    void markCurrentDone();
    void removeCurrent();

    // The writes the undo commands make: storage, then the table follows.
    std::optional<qint64> writeAdded(const ActionItem &item);
    bool writeRestored(const ActionItem &item);
    bool writeChanged(const ActionItem &item);
    bool writeRemoved(const ActionItem &item);

signals:
    void errorOccurred(const QString &message);
    // What was just done, for the status bar (a screen reader reads it).
    void notice(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool push(std::optional<ActionItem> before, std::optional<ActionItem> after, const QString &text);
    bool belongsHere(const ActionItem &item);
    void afterWrite(qint64 selectedId);
    void reload();
    void updateProposals();
    void updateButtons();
    void updateSummary();
    const ActionItem *currentItem() const;
    void selectAction(qint64 id);
    bool isWritable() const;

    QPointer<Session> m_session;
    QUndoStack *m_undoStack;
    bool m_lastWriteDone = false;
    Assessment m_assessment;
    const Referential *m_referential = nullptr;
    Evaluation m_evaluation;
    QList<DomainTarget> m_targets;
    // The académie's repères for the grid and year, if imported: its
    // least-met criteria are flagged among the proposals.
    std::optional<Reperes> m_reperes;
    QStringList m_proposals;

    ActionPlanModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_summary;
    QTableView *m_table;
    QPushButton *m_new;
    QPushButton *m_edit;
    QPushButton *m_done;
    QPushButton *m_remove;
    QLabel *m_proposalsTitle;
    QTableWidget *m_proposalTable;
    QPushButton *m_adopt;
};

} // namespace Paliers
