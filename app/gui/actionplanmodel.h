#pragma once

#include "model/assessment.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

namespace Paliers {

class Referential;

// The action plan of one assessment as a table: one row per action. The
// sort role gives each column its natural order (dates as dates, an empty
// due date last, the status in the order of the work); overdue actions are
// marked in the due date and status columns.
class ActionPlanModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        PriorityColumn,
        TitleColumn,
        CriterionColumn,
        OwnerColumn,
        DueDateColumn,
        FunderColumn,
        StatusColumn,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit ActionPlanModel(QObject *parent = nullptr);

    void setItems(const QList<ActionItem> &items, const Referential *referential);
    const QList<ActionItem> &items() const { return m_items; }
    const ActionItem *item(int row) const;
    // What counts as "today" for overdue actions; the current date unless a
    // test fixes it.
    void setToday(const QDate &today);
    int overdueCount() const;

    static QString priorityLabel(int priority);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ActionItem> m_items;
    const Referential *m_referential = nullptr;
    QDate m_today;
};

} // namespace Paliers
