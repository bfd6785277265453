#pragma once

#include "model/assessment.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QPlainTextEdit;

namespace Paliers {

// Before the pack of the commission numérique is written: when it meets and
// who sits on it. The members start from last time, or from the school's
// head and référent.
class CommissionDialog : public QDialog
{
    Q_OBJECT

public:
    CommissionDialog(const CommissionMeeting &meeting, const QStringList &suggestedMembers, QWidget *parent = nullptr);

    CommissionMeeting meeting() const;

private:
    CommissionMeeting m_meeting;
    QCheckBox *m_hasDate;
    QDateEdit *m_date;
    QPlainTextEdit *m_members;
};

} // namespace Paliers
