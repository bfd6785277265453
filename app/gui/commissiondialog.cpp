#include "commissiondialog.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Paliers {

CommissionDialog::CommissionDialog(
    const CommissionMeeting &meeting, const QStringList &suggestedMembers, QWidget *parent)
    : QDialog(parent)
    , m_meeting(meeting)
    , m_hasDate(new QCheckBox(tr("Meets on"), this))
    , m_date(new QDateEdit(this))
    , m_members(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Prepare the commission numérique"));
    setMinimumWidth(520);

    auto *intro = new QLabel(tr("The pack holds the paliers and the chart, the progress since the previous "
                                "assessment, the action plan and the criteria to discuss, with room to write the "
                                "decisions. The date and the members are kept for next time."),
        this);
    intro->setWordWrap(true);

    m_hasDate->setChecked(meeting.date.isValid());
    m_date->setCalendarPopup(true);
    m_date->setDate(meeting.date.isValid() ? meeting.date : QDate::currentDate());
    m_date->setEnabled(meeting.date.isValid());
    m_date->setAccessibleName(tr("Date of the meeting"));
    m_date->setObjectName(QStringLiteral("date"));
    m_hasDate->setObjectName(QStringLiteral("hasDate"));
    connect(m_hasDate, &QCheckBox::toggled, m_date, &QWidget::setEnabled);

    m_members->setPlainText(meeting.members.isEmpty() ? suggestedMembers.join(QLatin1Char('\n')) : meeting.members);
    m_members->setPlaceholderText(tr("One member per line, e.g. \"Mme Durand, directrice\""));
    m_members->setTabChangesFocus(true);
    m_members->setAccessibleName(tr("Members of the commission"));
    m_members->setObjectName(QStringLiteral("members"));

    auto *dateRow = new QHBoxLayout;
    dateRow->addWidget(m_hasDate);
    dateRow->addWidget(m_date, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("Date:"), dateRow);
    form->addRow(tr("&Members:"), m_members);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *write = buttons->addButton(tr("&Write the PDF…"), QDialogButtonBox::AcceptRole);
    write->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

CommissionMeeting CommissionDialog::meeting() const
{
    CommissionMeeting meeting = m_meeting;
    meeting.date = m_hasDate->isChecked() ? m_date->date() : QDate();
    meeting.members = m_members->toPlainText().trimmed();
    return meeting;
}

} // namespace Paliers
