#pragma once

#include "assessment.h"
#include "palierengine.h"

#include <QWidget>

class QLabel;
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

    // nullptr clears the view.
    void setAssessment(Session *session, const Assessment &assessment, const Referential *referential,
                       const Evaluation &evaluation);
    // The answers changed: the proposals follow.
    void setEvaluation(const Evaluation &evaluation);

    ActionPlanModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    // Criteria blocking the next palier with no action yet, in grid order.
    const QStringList &proposals() const { return m_proposals; }

    // What the buttons do; public so that tests and other views can call them.
    bool adopt(const QString &criterionId);
    bool addAction(const ActionItem &item);
    bool updateAction(const ActionItem &item);
    bool removeAction(qint64 id);
    void newAction();
    void editCurrent();
    void markCurrentDone();
    void removeCurrent();

signals:
    void errorOccurred(const QString &message);

private:
    void reload();
    void updateProposals();
    void updateButtons();
    void updateSummary();
    const ActionItem *currentItem() const;
    void selectAction(qint64 id);
    bool isWritable() const;

    Session *m_session = nullptr;
    Assessment m_assessment;
    const Referential *m_referential = nullptr;
    Evaluation m_evaluation;
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
};

} // namespace Paliers
