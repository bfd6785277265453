#pragma once

// A statement run through SQLite's C API on the connection Qt opened: the
// import's hot inserts, run hundreds of thousands of times; and the locale's
// collation, which Qt Sql cannot give a connection. Internal to storage/.

#include <QByteArrayView>
#include <QSqlError>
#include <QString>
#include <vector>

class QSqlDatabase;
struct sqlite3;
struct sqlite3_stmt;

namespace Paliers {

// Binds and stores values exactly as Qt's QSQLITE driver does (a QString as
// UTF-16 text, NUL characters included, a null QString as NULL, integers as
// integers), without the cost Qt adds to each bound value (it formats and
// hashes a placeholder name for each). Its errors are worded as the
// driver's, for Database::describe. Finalized when destroyed: destroy it
// before the connection closes.
class SqliteStatement
{
public:
    // Prepared on `connection`; an SQL error is reported by exec().
    SqliteStatement(const QSqlDatabase &connection, const QString &sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    // Parameters count from 1, as in SQL (?1, ?2…). A value stays bound
    // until another is bound in its place (a text is kept until then).
    void bind(int index, const QString &value);
    void bind(int index, qint64 value);
    void bind(int index, int value);
    void bindNull(int index);

    // Runs the statement (one that returns no rows); false with lastError()
    // set when it fails (lastError() is not cleared by a success). Ready to
    // be bound and run again either way.
    bool exec();
    qint64 lastInsertId() const;

    // A statement that returns rows: next() steps to the following row,
    // false at the end (lastError() cleared) or on an error (lastError()
    // set), when the statement is ready to be run again. Columns count from
    // 0; a text is read as Qt's driver reads it (NUL characters kept).
    bool next();
    bool isNull(int column) const;
    qint64 int64(int column) const;
    QString text(int column) const;
    // The same as SQLite keeps it, in UTF-8, valid until the statement
    // steps or is reset; a null view for NULL.
    QByteArrayView utf8(int column) const;
    // Ends a reading before its last row (SQLite would otherwise keep the
    // statement's read open): ready to be run again.
    void reset();
    const QSqlError &lastError() const { return m_error; }

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    std::vector<QString> m_texts; // the texts bound, where SQLite reads them
    QSqlError m_error;
};

// Gives `connection` the collation "paliers_locale": texts compared as
// QCollator() compares them (the locale's order, that of
// QString::localeAwareCompare and of the overview's table). For an ORDER BY
// of this connection only; never in the schema, which another program opens
// without it. False with `error` set when SQLite refuses it.
bool addLocaleCollation(const QSqlDatabase &connection, QSqlError *error);

} // namespace Paliers
