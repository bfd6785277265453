#include "storage/sqlitestatement.h"

#include <QCollator>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>
// The one place core/ calls SQLite itself. Qt Sql binds each value through
// a placeholder name it formats and hashes (QSqlResult::addBindValue and
// bindValue by index alike), which made most of the writer's time in an
// import of thousands of files. The handle is the connection QSQLITE opened;
// Debian's QSQLITE links the system libsqlite3.so.0, the library linked
// here, so both speak to the same SQLite. The locale's collation is added
// here too: Qt Sql has no way to add one.
#include <sqlite3.h>

namespace Paliers {

namespace {

// As QSQLITE words its errors (qMakeError in qsql_sqlite.cpp): the
// database's text, then the driver's, and the result code. `what` is one of
// the driver's own texts, translated (or not) as Qt's are; given as a
// variable so that lupdate leaves it to Qt's catalogue.
QSqlError sqliteError(sqlite3 *db, const char *what, QSqlError::ErrorType type, int code)
{
    const QString databaseText
        = db ? QString::fromUtf16(static_cast<const char16_t *>(sqlite3_errmsg16(db))) : QString();
    return QSqlError(QCoreApplication::translate("QSQLiteResult", what), databaseText, type, QString::number(code));
}

// SQLITE_STATIC: SQLite reads the text where it is, in m_texts.
const sqlite3_destructor_type KeptBySelf = nullptr;

sqlite3 *handleOf(const QSqlDatabase &connection)
{
    const QVariant handle = connection.driver() ? connection.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

// SQLite hands the texts over as UTF-16 (SQLITE_UTF16_ALIGNED), lengths in
// bytes; each connection has its own collator, used by one thread at a time.
int compareInLocale(void *collator, int leftBytes, const void *left, int rightBytes, const void *right)
{
    const QStringView a(static_cast<const char16_t *>(left), leftBytes / 2);
    const QStringView b(static_cast<const char16_t *>(right), rightBytes / 2);
    return static_cast<const QCollator *>(collator)->compare(a, b);
}

void deleteCollator(void *collator)
{
    delete static_cast<QCollator *>(collator);
}

} // namespace

bool addLocaleCollation(const QSqlDatabase &connection, QSqlError *error)
{
    sqlite3 *db = handleOf(connection);
    if (!db) {
        *error = sqliteError(nullptr, "Driver not loaded", QSqlError::ConnectionError, SQLITE_MISUSE);
        return false;
    }
    // SQLite deletes the collator when the collation is replaced or the
    // connection closes; not when this call fails.
    auto *collator = new QCollator;
    const int code = sqlite3_create_collation_v2(
        db, "paliers_locale", SQLITE_UTF16_ALIGNED, collator, compareInLocale, deleteCollator);
    if (code != SQLITE_OK) {
        delete collator;
        *error = sqliteError(db, "Unable to execute statement", QSqlError::StatementError, code);
        return false;
    }
    return true;
}

SqliteStatement::SqliteStatement(const QSqlDatabase &connection, const QString &sql)
{
    m_db = handleOf(connection);
    if (!m_db) {
        m_error = sqliteError(nullptr, "Driver not loaded", QSqlError::ConnectionError, SQLITE_MISUSE);
        return;
    }
    const int code = sqlite3_prepare16_v2(
        m_db, sql.utf16(), static_cast<int>(sql.size() * sizeof(char16_t)), &m_statement, nullptr);
    if (code != SQLITE_OK) {
        m_error = sqliteError(m_db, "Unable to execute statement", QSqlError::StatementError, code);
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
        return;
    }
    m_texts.resize(static_cast<size_t>(sqlite3_bind_parameter_count(m_statement)));
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

void SqliteStatement::bind(int index, const QString &value)
{
    if (!m_statement || index < 1 || static_cast<size_t>(index) > m_texts.size())
        return;
    if (value.isNull()) { // as QSQLITE binds it
        sqlite3_bind_null(m_statement, index);
        return;
    }
    QString &kept = m_texts[static_cast<size_t>(index - 1)];
    kept = value;
    sqlite3_bind_text16(m_statement, index, kept.utf16(), static_cast<int>(kept.size() * sizeof(char16_t)), KeptBySelf);
}

void SqliteStatement::bind(int index, qint64 value)
{
    if (m_statement)
        sqlite3_bind_int64(m_statement, index, value);
}

void SqliteStatement::bind(int index, int value)
{
    if (m_statement)
        sqlite3_bind_int(m_statement, index, value);
}

void SqliteStatement::bindNull(int index)
{
    if (m_statement)
        sqlite3_bind_null(m_statement, index);
}

bool SqliteStatement::exec()
{
    if (!m_statement)
        return false; // m_error says why it did not prepare
    const int code = sqlite3_step(m_statement);
    const bool done = code == SQLITE_DONE || code == SQLITE_ROW;
    if (!done)
        m_error = sqliteError(m_db, "Unable to fetch row", QSqlError::ConnectionError, code);
    // The values stay bound (each text kept in m_texts until it is replaced
    // or the statement goes): nothing bound outlives what it points to.
    sqlite3_reset(m_statement);
    return done;
}

bool SqliteStatement::next()
{
    if (!m_statement)
        return false;
    const int code = sqlite3_step(m_statement);
    if (code == SQLITE_ROW)
        return true;
    m_error = code == SQLITE_DONE ? QSqlError()
                                  : sqliteError(m_db, "Unable to fetch row", QSqlError::ConnectionError, code);
    sqlite3_reset(m_statement);
    return false;
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 SqliteStatement::int64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QString SqliteStatement::text(int column) const
{
    // The text as SQLite keeps it (UTF-8, where Qt's driver has SQLite
    // convert it to UTF-16 first), its length in bytes: NULs kept; NULL, a
    // null QString.
    const QByteArrayView bytes = utf8(column);
    return bytes.isNull() ? QString() : QString::fromUtf8(bytes);
}

QByteArrayView SqliteStatement::utf8(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    // sqlite3_column_bytes after sqlite3_column_text: the length of the UTF-8.
    return data ? QByteArrayView(data, sqlite3_column_bytes(m_statement, column)) : QByteArrayView();
}

void SqliteStatement::reset()
{
    if (m_statement)
        sqlite3_reset(m_statement);
}

qint64 SqliteStatement::lastInsertId() const
{
    return m_db ? sqlite3_last_insert_rowid(m_db) : 0;
}

} // namespace Paliers
