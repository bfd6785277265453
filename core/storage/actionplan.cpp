#include "storage/storage.h"
#include "storage/storagerows.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Paliers {

using namespace StorageRows;

// Action plan

Status Storage::checkActionItem(const ActionItem &item) const
{
    if (item.title.trimmed().isEmpty())
        return Error {tr("An action needs a title.")};
    if (item.title.size() > MaxFieldLength || item.owner.size() > MaxFieldLength)
        return Error {tr("\"%1…\" is too long (at most %2 characters).").arg(item.title.left(40)).arg(MaxFieldLength)};
    // The plan is carried out during the year that follows the assessment, so
    // it stays editable once the assessment is validated.
    if (Status writable = checkWritable(); !writable)
        return writable;
    Result<Assessment> found = assessment(item.assessmentId);
    if (!found)
        return Error {found.error()};
    if (!item.criterionId.isEmpty()) {
        const Referential *referential = referentialOf(found.value());
        if (!referential || !referential->criterion(item.criterionId))
            return Error {tr("Version %1 of the referential \"%2\" has no criterion \"%3\".")
                              .arg(found->referentialVersion, found->referentialId, item.criterionId)};
    }
    return Done {};
}

Result<qint64> Storage::addActionItem(const ActionItem &item)
{
    if (Status valid = checkActionItem(item); !valid)
        return Error {valid.error()};
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO action_item (assessment_id, criterion_id, title, owner, due_date, status,"
                             " funder, priority) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    bindActionItem(q, item, item.assessmentId);
    if (auto error = failure(q))
        return *error;
    return q.lastInsertId().toLongLong();
}

Status Storage::restoreActionItem(const ActionItem &item)
{
    if (item.id <= 0)
        return Error {tr("No action has the number %1.").arg(item.id)};
    if (Status valid = checkActionItem(item); !valid)
        return valid;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO action_item (id, assessment_id, criterion_id, title, owner, due_date,"
                             " status, funder, priority) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(item.id);
    bindActionItem(q, item, item.assessmentId);
    if (auto error = failure(q))
        return *error;
    return Done {};
}

Status Storage::updateActionItem(const ActionItem &item)
{
    if (Status valid = checkActionItem(item); !valid)
        return valid;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE action_item SET criterion_id = ?, title = ?, owner = ?, due_date = ?,"
                             " status = ?, funder = ?, priority = ? WHERE id = ? AND assessment_id = ?"));
    bindActionItemFields(q, item);
    q.addBindValue(item.id);
    q.addBindValue(item.assessmentId);
    if (auto error = failure(q))
        return *error;
    if (q.numRowsAffected() != 1)
        return Error {tr("No action has the number %1.").arg(item.id)};
    return Done {};
}

Status Storage::removeActionItem(qint64 id)
{
    if (Status writable = checkWritable(); !writable)
        return writable;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT assessment_id FROM action_item WHERE id = ?"));
    q.addBindValue(id);
    if (auto error = failure(q))
        return *error;
    if (!q.next())
        return Error {tr("No action has the number %1.").arg(id)};
    q.prepare(QStringLiteral("DELETE FROM action_item WHERE id = ?"));
    q.addBindValue(id);
    if (auto error = failure(q))
        return *error;
    return Done {};
}

Result<QList<ActionItem>> Storage::actionItems(qint64 assessmentId) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM action_item WHERE assessment_id = ? ORDER BY priority DESC, id")
                  .arg(ActionItemColumns));
    q.addBindValue(assessmentId);
    if (auto error = failure(q))
        return *error;
    QList<ActionItem> list;
    while (q.next())
        list.append(readActionItem(q));
    return list;
}

} // namespace Paliers
