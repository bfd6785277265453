#pragma once

#include "model/assessment.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTreeWidget;

namespace Paliers {

class EstablishmentFilter;
class EstablishmentModel;
class Session;
struct Establishment;

// The establishments of the database with search and filters, and for the
// one selected, its assessments by school year with their status and paliers.
class EstablishmentsPage : public QWidget
{
    Q_OBJECT

public:
    explicit EstablishmentsPage(QWidget *parent = nullptr);

    void setSession(Session *session);
    // Reloads from the database, keeping the selection.
    void reload();
    void select(qint64 establishmentId);
    const Establishment *currentEstablishment() const;
    qint64 currentAssessmentId() const;
    int visibleCount() const;

signals:
    void currentEstablishmentChanged();
    void currentAssessmentChanged();
    void newEstablishmentRequested();
    void editEstablishmentRequested();
    void newAssessmentRequested();
    void assessmentActivated(qint64 assessmentId);
    void errorOccurred(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void reloadFilters();
    void showAssessments();
    void applyFilters();

    QPointer<Session> m_session;
    bool m_assessmentsStale = false;
    EstablishmentModel *m_model;
    EstablishmentFilter *m_filter;
    QLineEdit *m_search;
    QComboBox *m_kind;
    QComboBox *m_circonscription;
    QComboBox *m_departement;
    QTableView *m_table;
    QLabel *m_details;
    QTreeWidget *m_assessments;
    QPushButton *m_editButton;
    QPushButton *m_newAssessmentButton;
    QPushButton *m_openButton;
};

} // namespace Paliers
