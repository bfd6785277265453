#include "actionitemdialog.h"

#include "actionplanmodel.h"
#include "referential/referential.h"
#include "storage/storage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Paliers {

ActionItemDialog::ActionItemDialog(const ActionItem &item, const Referential *referential, QWidget *parent)
    : QDialog(parent)
    , m_item(item)
    , m_title(new QLineEdit(this))
    , m_criterion(new QComboBox(this))
    , m_owner(new QLineEdit(this))
    , m_hasDueDate(new QCheckBox(tr("Due by"), this))
    , m_dueDate(new QDateEdit(this))
    , m_funder(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_priority(new QComboBox(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(item.id == 0 ? tr("New action") : tr("Action"));
    setMinimumWidth(560);

    m_title->setText(item.title);
    m_title->setMaxLength(Storage::MaxFieldLength);
    m_title->setPlaceholderText(tr("What is to be done, e.g. \"Train the team to use the ENT\""));
    m_title->setObjectName(QStringLiteral("title"));

    m_criterion->addItem(tr("Free action (not tied to a criterion)"), QString());
    if (referential) {
        for (const Criterion &criterion : referential->criteria()) {
            QString text = criterion.text;
            if (text.size() > 90)
                text = text.left(88) + QStringLiteral("…");
            m_criterion->addItem(tr("%1 — %2").arg(criterion.id, text), criterion.id);
            m_criterion->setItemData(m_criterion->count() - 1, criterion.text, Qt::ToolTipRole);
        }
    }
    m_criterion->setCurrentIndex(std::max(0, m_criterion->findData(item.criterionId)));
    m_criterion->setObjectName(QStringLiteral("criterion"));
    // As wide as the dialog allows, not as its longest criterion: the dialog
    // fits a small screen, and each criterion's whole text is its tooltip.
    m_criterion->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_criterion->setMinimumContentsLength(40);

    m_owner->setText(item.owner);
    m_owner->setMaxLength(Storage::MaxFieldLength);
    m_owner->setPlaceholderText(tr("Who sees it through"));
    m_owner->setObjectName(QStringLiteral("owner"));

    m_hasDueDate->setChecked(item.dueDate.isValid());
    m_dueDate->setCalendarPopup(true);
    m_dueDate->setDate(item.dueDate.isValid() ? item.dueDate : QDate::currentDate().addMonths(3));
    m_dueDate->setEnabled(item.dueDate.isValid());
    m_dueDate->setAccessibleName(tr("Due date"));
    m_dueDate->setObjectName(QStringLiteral("dueDate"));
    connect(m_hasDueDate, &QCheckBox::toggled, m_dueDate, &QWidget::setEnabled);

    m_funder->addItem(tr("Not set"), funderKey(Funder::None));
    for (Funder funder :
        {Funder::Etablissement, Funder::Commune, Funder::Departement, Funder::Region, Funder::Academie})
        m_funder->addItem(funderLabel(funder), funderKey(funder));
    m_funder->setCurrentIndex(std::max(0, m_funder->findData(funderKey(item.funder))));

    for (ActionStatus status :
        {ActionStatus::Todo, ActionStatus::InProgress, ActionStatus::Done, ActionStatus::Abandoned})
        m_status->addItem(actionStatusLabel(status), static_cast<int>(status));
    m_status->setCurrentIndex(std::max(0, m_status->findData(static_cast<int>(item.status))));
    m_status->setObjectName(QStringLiteral("status"));

    for (int priority : {-1, 0, 1, 2})
        m_priority->addItem(ActionPlanModel::priorityLabel(priority), priority);
    m_priority->setCurrentIndex(std::max(0, m_priority->findData(std::clamp(item.priority, -1, 2))));

    m_message->setStyleSheet(QStringLiteral("color: #8a1010"));
    m_message->setWordWrap(true);

    auto *due = new QHBoxLayout;
    due->addWidget(m_hasDueDate);
    due->addWidget(m_dueDate, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("&Action:"), m_title);
    form->addRow(tr("&Criterion:"), m_criterion);
    form->addRow(tr("&Owner:"), m_owner);
    form->addRow(tr("Due date:"), due);
    form->addRow(tr("&Funder:"), m_funder);
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("&Priority:"), m_priority);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_title, &QLineEdit::textChanged, this, &ActionItemDialog::updateOk);
    updateOk();
}

void ActionItemDialog::updateOk()
{
    const bool ok = !m_title->text().trimmed().isEmpty();
    m_message->setText(ok ? QString() : tr("An action needs a title."));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

ActionItem ActionItemDialog::item() const
{
    ActionItem item = m_item;
    item.title = m_title->text().trimmed();
    item.criterionId = m_criterion->currentData().toString();
    item.owner = m_owner->text().trimmed();
    item.dueDate = m_hasDueDate->isChecked() ? m_dueDate->date() : QDate();
    item.funder = funderFromKey(m_funder->currentData().toString()).value_or(Funder::None);
    item.status = static_cast<ActionStatus>(m_status->currentData().toInt());
    item.priority = m_priority->currentData().toInt();
    return item;
}

} // namespace Paliers
