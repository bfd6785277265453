#include "storage/storage.h"
#include "storage/storagerows.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Paliers {

using namespace StorageRows;

// The ministry's register (Annuaire de l'éducation)

Result<RegisterOutcome> Storage::applyRegister(const RegisterPlan &plan, const RegisterProgress &progress)
{
    if (Status writable = checkWritable(); !writable)
        return Error {writable.error()};
    const int creations = plan.created();
    {
        QSqlQuery count(m_database.connection());
        if (auto error = failure(count, QStringLiteral("SELECT count(*) FROM establishment")))
            return *error;
        count.next(); // one row, always
        const int present = count.value(0).toInt();
        if (present + creations > MaxEstablishments)
            return Error {tr("This import would bring the database to %1 establishments; Paliers accepts at most %2 "
                             "in one database. Choose fewer establishments (an académie or a département).")
                              .arg(present + creations)
                              .arg(MaxEstablishments)};
    }

    Database::Transaction transaction(m_database);
    if (!transaction.isActive())
        return Error {transaction.error()};
    const QString now = timestamp();
    const QDateTime registeredAt = m_database.now();
    QSqlQuery insert(m_database.connection());
    QSqlQuery update(m_database.connection());
    if (!insert.prepare(InsertEstablishment) || !update.prepare(UpdateRegisterFields))
        return Error {m_database.describe(insert.lastError().isValid() ? insert.lastError() : update.lastError())};

    RegisterOutcome outcome;
    const int total = static_cast<int>(plan.changes.size());
    for (int i = 0; i < total; ++i) {
        if (progress && i % 256 == 0 && !progress(i, total))
            return Error {tr("The import of the register was cancelled; nothing was changed.")};
        const RegisterChange &change = plan.changes.at(i);
        Establishment e = change.establishment;
        e.registeredAt = registeredAt;
        QSqlQuery &q = change.kind == RegisterChange::Kind::Create ? insert : update;
        if (change.kind == RegisterChange::Kind::Create)
            bindEstablishment(q, e);
        else
            bindRegisterFields(q, e);
        q.bindValue(QStringLiteral(":now"), now);
        if (change.kind == RegisterChange::Kind::Update)
            q.bindValue(QStringLiteral(":id"), e.id);
        if (!q.exec())
            return Error {tr("Line %1 (%2): %3").arg(change.line).arg(e.uai, m_database.describe(q.lastError()))};
        if (change.kind == RegisterChange::Kind::Create)
            ++outcome.created;
        else if (q.numRowsAffected() == 1)
            ++outcome.updated;
        else
            return Error {tr("Line %1 (%2): the establishment was removed meanwhile; nothing was changed.")
                              .arg(change.line)
                              .arg(e.uai)};
    }
    if (!transaction.commit())
        return Error {transaction.error()};
    if (progress)
        progress(total, total);
    return outcome;
}

} // namespace Paliers
