#include "actionplanmodel.h"

#include "referential/referential.h"

#include <algorithm>
#include <limits>
#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace Paliers {

ActionPlanModel::ActionPlanModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_today(QDate::currentDate())
{
}

void ActionPlanModel::setItems(const QList<ActionItem> &items, const Referential *referential)
{
    beginResetModel();
    m_items = items;
    m_referential = referential;
    endResetModel();
}

const ActionItem *ActionPlanModel::item(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items.at(row) : nullptr;
}

void ActionPlanModel::setToday(const QDate &today)
{
    beginResetModel();
    m_today = today;
    endResetModel();
}

int ActionPlanModel::overdueCount() const
{
    return static_cast<int>(std::count_if(
        m_items.cbegin(), m_items.cend(), [this](const ActionItem &item) { return isOverdue(item, m_today); }));
}

QString ActionPlanModel::priorityLabel(int priority)
{
    switch (priority) {
    case 0:
        return tr("Normal");
    case 1:
        return tr("High");
    case 2:
        return tr("Urgent");
    default:
        return priority < 0 ? tr("Low") : tr("Urgent");
    }
}

int ActionPlanModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int ActionPlanModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActionPlanModel::data(const QModelIndex &index, int role) const
{
    const ActionItem *action = item(index.row());
    if (!action)
        return {};
    const bool overdue = isOverdue(*action, m_today);
    const int column = index.column();

    if (role == SortRole) {
        switch (column) {
        case PriorityColumn:
            return action->priority;
        case DueDateColumn:
            // No date sorts after every date.
            return action->dueDate.isValid() ? action->dueDate.toJulianDay() : std::numeric_limits<qint64>::max();
        case StatusColumn:
            return static_cast<int>(action->status);
        default:
            return data(index, Qt::DisplayRole).toString().toLower();
        }
    }
    if (role == Qt::DisplayRole) {
        switch (column) {
        case PriorityColumn:
            return priorityLabel(action->priority);
        case TitleColumn:
            return action->title;
        case CriterionColumn:
            return action->criterionId.isEmpty() ? tr("Free action") : action->criterionId;
        case OwnerColumn:
            return action->owner;
        case DueDateColumn:
            return action->dueDate.isValid() ? QLocale().toString(action->dueDate, QLocale::ShortFormat) : QString();
        case FunderColumn:
            return funderLabel(action->funder);
        case StatusColumn:
            return overdue ? tr("%1 — overdue").arg(actionStatusLabel(action->status))
                           : actionStatusLabel(action->status);
        }
        return {};
    }
    if (role == Qt::ToolTipRole) {
        if (column == CriterionColumn && m_referential && !action->criterionId.isEmpty()) {
            if (const Criterion *criterion = m_referential->criterion(action->criterionId))
                return criterion->text;
        }
        if (overdue && (column == DueDateColumn || column == StatusColumn))
            return tr("Due on %1 and not done yet.").arg(QLocale().toString(action->dueDate, QLocale::LongFormat));
        if (column == TitleColumn)
            return action->title;
        if (column == OwnerColumn && !action->owner.isEmpty())
            return action->owner; // the column may be too narrow for it
        return {};
    }
    if (role == Qt::BackgroundRole && overdue && (column == DueDateColumn || column == StatusColumn))
        return QBrush(QColor(0xf8, 0xd7, 0xd7));
    if (role == Qt::ForegroundRole) {
        if (overdue && (column == DueDateColumn || column == StatusColumn))
            return QBrush(QColor(0x8a, 0x10, 0x10));
        if (!isOpen(action->status))
            return QBrush(QColor(0x6a, 0x6a, 0x6a));
    }
    if (role == Qt::FontRole && overdue && column == StatusColumn) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    return {};
}

QVariant ActionPlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PriorityColumn:
        return tr("Priority");
    case TitleColumn:
        return tr("Action");
    case CriterionColumn:
        return tr("Criterion");
    case OwnerColumn:
        return tr("Owner");
    case DueDateColumn:
        return tr("Due date");
    case FunderColumn:
        return tr("Funder");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

} // namespace Paliers
