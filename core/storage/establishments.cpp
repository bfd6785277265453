#include "model/uai.h"
#include "storage/sqlitestatement.h"
#include "storage/storage.h"
#include "storage/storagerows.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Paliers {

using namespace StorageRows;

namespace {

// The establishment `q` finds, if any; the statement is then ready to be
// run again (its read is not left open).
Result<std::optional<Establishment>> oneEstablishment(SqliteStatement &q, const Database &database)
{
    if (q.next()) {
        SharedTexts shared;
        std::optional<Establishment> found = readEstablishment(q, shared);
        q.reset();
        return found;
    }
    if (q.lastError().isValid())
        return Error {database.describe(q.lastError())};
    return std::optional<Establishment>();
}

} // namespace

// Establishments

Status Storage::checkEstablishment(Establishment &establishment, qint64 ignoreId) const
{
    Result<QString> uai = Uai::normalize(establishment.uai);
    if (!uai)
        return Error {uai.error()};
    establishment.uai = uai.value();
    establishment.name = establishment.name.trimmed();
    if (establishment.name.isEmpty())
        return Error {tr("The name of the establishment is required.")};
    if (const QString *field = tooLongField(establishment))
        return Error {tr("\"%1…\" is too long (at most %2 characters).").arg(field->left(40)).arg(MaxFieldLength)};

    Result<std::optional<Establishment>> existing = findEstablishment(establishment.uai);
    if (!existing)
        return Error {existing.error()};
    if (existing.value() && existing.value()->id != ignoreId)
        return Error {
            tr("An establishment with the UAI %1 already exists (%2).").arg(establishment.uai, existing.value()->name)};
    return Done {};
}

Result<qint64> Storage::addEstablishment(Establishment establishment)
{
    if (Status writable = checkWritable(); !writable)
        return Error {writable.error()};
    if (Status valid = checkEstablishment(establishment, 0); !valid)
        return Error {valid.error()};
    {
        const PreparedQuery count = prepared(QStringLiteral("SELECT count(*) FROM establishment"));
        if (auto error = failure(*count))
            return *error;
        count->next(); // one row, always
        if (count->value(0).toInt() >= MaxEstablishments)
            return Error {tr("This database already holds %1 establishments, the most Paliers accepts in one "
                             "database. Use another database (File → Create a new database).")
                              .arg(MaxEstablishments)};
    }

    const PreparedQuery q = prepared(InsertEstablishment);
    bindEstablishment(*q, establishment);
    q->bindValue(QStringLiteral(":now"), timestamp());
    if (auto error = failure(*q))
        return *error;
    return q->lastInsertId().toLongLong();
}

Status Storage::updateEstablishment(Establishment establishment)
{
    if (Status writable = checkWritable(); !writable)
        return writable;
    if (Status valid = checkEstablishment(establishment, establishment.id); !valid)
        return valid;

    QSqlQuery q(m_database.connection());
    q.prepare(UpdateEstablishment);
    bindEstablishment(q, establishment);
    q.bindValue(QStringLiteral(":now"), timestamp());
    q.bindValue(QStringLiteral(":id"), establishment.id);
    if (auto error = failure(q))
        return *error;
    if (q.numRowsAffected() != 1)
        return Error {tr("No establishment has the number %1.").arg(establishment.id)};
    return Done {};
}

Result<QList<Establishment>> Storage::establishments() const
{
    // Made to size once (a DANE's database holds 60,000), rather than
    // doubled as it grows, which holds both copies at its peak.
    const Result<qint64> count = establishmentCount();
    if (!count)
        return Error {count.error()};
    QList<Establishment> list;
    list.reserve(count.value());
    SqliteStatement q(m_database.connection(),
        QStringLiteral("SELECT %1 FROM establishment ORDER BY name COLLATE NOCASE, uai").arg(EstablishmentColumns));
    SharedTexts shared;
    while (q.next())
        list.append(readEstablishment(q, shared));
    if (q.lastError().isValid())
        return Error {m_database.describe(q.lastError())};
    return list;
}

Result<qint64> Storage::establishmentCount() const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (auto error = failure(q, QStringLiteral("SELECT count(*) FROM establishment")))
        return *error;
    return q.next() ? q.value(0).toLongLong() : 0; // count(*) always answers one row
}

Result<Establishment> Storage::establishment(qint64 id) const
{
    static const QString statement
        = QStringLiteral("SELECT %1 FROM establishment WHERE id = ?1").arg(EstablishmentColumns);
    SqliteStatement &q = direct(statement);
    q.bind(1, id);
    Result<std::optional<Establishment>> found = oneEstablishment(q, m_database);
    if (!found)
        return Error {found.error()};
    if (!found.value())
        return Error {tr("No establishment has the number %1.").arg(id)};
    return std::move(*found.value());
}

Result<std::optional<Establishment>> Storage::findEstablishment(const QString &uai) const
{
    static const QString statement
        = QStringLiteral("SELECT %1 FROM establishment WHERE uai = ?1").arg(EstablishmentColumns);
    SqliteStatement &q = direct(statement);
    q.bind(1, uai.trimmed().toUpper());
    return oneEstablishment(q, m_database);
}

} // namespace Paliers
