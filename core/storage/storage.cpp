#include "storage/storage.h"

#include "storage/sqlitestatement.h"
#include "storage/storagerows.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Paliers {

using namespace StorageRows;

Storage::Storage(Database &database, ReferentialCatalog catalog)
    : m_database(database)
    , m_catalog(std::move(catalog))
{
    m_actor = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
}

Storage::~Storage() = default;

struct Storage::PreparedEntry
{
    QSqlQuery query;
    bool inUse = false;
};

Storage::PreparedQuery::PreparedQuery(PreparedEntry &entry)
    : m_entry(&entry)
    , m_query(&entry.query)
{
    entry.inUse = true;
}

Storage::PreparedQuery::PreparedQuery(QSqlQuery query)
    : m_own(std::make_unique<QSqlQuery>(std::move(query)))
    , m_query(m_own.get())
{
}

Storage::PreparedQuery::~PreparedQuery()
{
    m_query->finish(); // a SELECT read in part would hold its snapshot
    if (m_entry)
        m_entry->inUse = false;
}

Storage::PreparedQuery Storage::prepared(const QString &statement) const
{
    const auto found = m_prepared.find(statement);
    if (found != m_prepared.end() && !found->second->inUse)
        return PreparedQuery(*found->second);
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    // A statement that does not prepare is not kept: exec() reports why.
    if (!query.prepare(statement) || found != m_prepared.end())
        return PreparedQuery(std::move(query));
    auto entry = std::make_unique<PreparedEntry>(PreparedEntry {std::move(query)});
    PreparedEntry &kept = *entry;
    m_prepared.emplace(statement, std::move(entry));
    return PreparedQuery(kept);
}

SqliteStatement &Storage::direct(const QString &statement) const
{
    std::unique_ptr<SqliteStatement> &kept = m_direct[statement];
    if (!kept)
        kept = std::make_unique<SqliteStatement>(m_database.connection(), statement);
    return *kept;
}

QString Storage::timestamp() const
{
    return timestampText(m_database.now());
}

Status Storage::checkWritable() const
{
    if (m_database.isReadOnly())
        return Error {
            tr("The database \"%1\" is open read-only: nothing can be changed in it.").arg(m_database.path())};
    return Done {};
}

std::optional<Error> Storage::failure(QSqlQuery &query) const
{
    if (query.exec())
        return std::nullopt;
    return Error {m_database.describe(query.lastError())};
}

std::optional<Error> Storage::failure(SqliteStatement &statement) const
{
    if (statement.exec())
        return std::nullopt;
    return Error {m_database.describe(statement.lastError())};
}

std::optional<Error> Storage::failure(QSqlQuery &query, const QString &statement) const
{
    if (query.exec(statement))
        return std::nullopt;
    return Error {m_database.describe(query.lastError())};
}

} // namespace Paliers
