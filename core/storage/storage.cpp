#include "storage/storage.h"

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

QString Storage::timestamp() const
{
    return m_database.now().toUTC().toString(Qt::ISODateWithMs);
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

std::optional<Error> Storage::failure(QSqlQuery &query, const QString &statement) const
{
    if (query.exec(statement))
        return std::nullopt;
    return Error {m_database.describe(query.lastError())};
}

} // namespace Paliers
