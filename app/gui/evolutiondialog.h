#pragma once

#include <QDialog>

class QComboBox;
class QTableWidget;
class QTreeWidget;

namespace Paliers {

class Session;

// How one school's paliers went from year to year, and, for two of its
// assessments, which criteria were newly met, which were lost (regressions,
// flagged) and which changed otherwise.
class EvolutionDialog : public QDialog
{
    Q_OBJECT

public:
    EvolutionDialog(Session &session, qint64 establishmentId, QWidget *parent = nullptr);

    QTableWidget *yearsTable() const { return m_years; }
    QTreeWidget *changes() const { return m_changes; }

private:
    void compare();

    Session &m_session;
    QTableWidget *m_years;
    QComboBox *m_from;
    QComboBox *m_to;
    QTreeWidget *m_changes;
};

} // namespace Paliers
