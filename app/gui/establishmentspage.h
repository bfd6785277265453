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

    // Before the window is first on screen, reads only how many
    // establishments there are (enough for the window to choose between this
    // page and the welcome page) and the list itself right after the list's
    // first paint, so that the window shows without waiting for it.
    void setSession(Session *session);
    // Reloads from the database, keeping the selection; reads at once a list
    // left for after the first paint.
    void reload();
    // Whether the list is left for after the first paint.
    bool isLoading() const { return m_deferredCount > 0; }
    // Reads now a list left for after the first paint (a picture taken
    // before the event loop runs); nothing otherwise.
    void finishLoading();
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
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void reloadFilters();
    void showAssessments();
    void applyFilters();

    QPointer<Session> m_session;
    bool m_assessmentsStale = false;
    bool m_painted = false;
    // The establishments counted by setSession, whose list is read after the
    // first paint; 0 once read (or when nothing is left for later).
    qint64 m_deferredCount = 0;
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
