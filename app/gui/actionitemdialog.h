#pragma once

#include "model/assessment.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Paliers {

class Referential;

// Writes or changes one action of the plan: title, the criterion it serves
// (or none), owner, due date, funder, status and priority.
class ActionItemDialog : public QDialog
{
    Q_OBJECT

public:
    ActionItemDialog(const ActionItem &item, const Referential *referential, QWidget *parent = nullptr);

    ActionItem item() const;

private:
    void updateOk();

    ActionItem m_item;
    QLineEdit *m_title;
    QComboBox *m_criterion;
    QLineEdit *m_owner;
    QCheckBox *m_hasDueDate;
    QDateEdit *m_dueDate;
    QComboBox *m_funder;
    QComboBox *m_status;
    QComboBox *m_priority;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};

} // namespace Paliers
