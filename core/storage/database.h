#pragma once

#include "model/result.h"

#include <functional>
#include <memory>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QStringList>
#include <vector>

class QSqlError;
class QSqlQuery;

namespace Paliers {

// One Paliers SQLite file and the connection to it. Opening checks the file
// before anything is written to it: a file that is not a Paliers database, a
// damaged one, one written by a newer Paliers or a locked one is refused with
// a message and left as it was. An older schema is migrated, after a backup
// copy next to the file, in one transaction. A file the user may not write is
// opened read-only. The connection belongs to the thread that opened it.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    static constexpr int SchemaVersion = 9;
    // Table → columns of a database at SchemaVersion: what an opening
    // checks a file against (a file altered by hand is refused).
    static QHash<QString, QStringList> expectedSchema();
    // The same, as running every migration on a database in memory makes
    // it: the reference expectedSchema() is tested against.
    static QHash<QString, QStringList> schemaOfMigrations();
    // "Pali": marks the file as ours (PRAGMA application_id).
    static constexpr int ApplicationId = 0x50616C69;
    // Files up to this size get a full PRAGMA quick_check before they are
    // opened: every school's and circonscription's database. A DANE's larger
    // consolidation file gets the structural checks only, at once, and
    // verifyIntegrity() when convenient: a full check costs a scan of the file.
    static constexpr qint64 FullCheckLimit = 32 * 1024 * 1024;

    enum class Access
    {
        ReadWrite, // read-only anyway when the file or its folder is
        ReadOnly,
    };

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens `path`, creating a new database there when no file exists.
    static Result<std::unique_ptr<Database>> open(const QString &path, Access access = Access::ReadWrite);
    // Where the app keeps its database when the user has not picked another.
    static QString defaultPath();
    // Opens (creating it and its folder on first run) the default database.
    static Result<std::unique_ptr<Database>> openDefault();

    const QString &path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    // The copy made before the last migration, or empty.
    const QString &backupPath() const { return m_backupPath; }
    QSqlDatabase connection() const;
    // PRAGMA quick_check over the whole file; an error names the damage.
    Status verifyIntegrity() const;

    // Tests fix the time; the app uses the system clock.
    using Clock = std::function<QDateTime()>;
    void setClock(Clock clock) { m_clock = std::move(clock); }
    QDateTime now() const;

    // Turns a failed query into a message a user can act on.
    QString describe(const QSqlError &error) const;
    // Runs `statement` (no parameters); false with `error` set on failure.
    bool exec(const QString &statement, QString *error = nullptr) const;

    // BEGIN IMMEDIATE ... COMMIT, rolled back unless commit() succeeds. While
    // another program writes, it waits for its turn (10 s at most).
    class Transaction
    {
    public:
        explicit Transaction(const Database &database);
        ~Transaction();
        Transaction(const Transaction &) = delete;
        Transaction &operator=(const Transaction &) = delete;

        bool isActive() const { return m_active; }
        const QString &error() const { return m_error; }
        bool commit();

    private:
        const Database &m_database;
        int m_depth = 0;
        bool m_active = false;
        QString m_error;
    };

private:
    Database(QString path, QString connectionName, bool readOnly);

    // The file starts as an SQLite file does.
    Status checkHeader() const;
    // What SQLite, having opened the file, says of it: ours, not newer, whole,
    // its schema as the migrations made it. `fileSize` picks the full check.
    Status checkContents(qint64 fileSize) const;
    // BEGIN IMMEDIATE, waiting up to WriteWaitMs for another program's write.
    bool beginWrite(QString *error) const;
    // Empty when the file passes PRAGMA quick_check, else the message.
    QString quickCheck(const QSqlDatabase &db) const;
    Status configure();
    // Every table and column the migrations create is there.
    Status checkSchema() const;
    Status migrate(int fromVersion);
    Status backUp(int fromVersion);
    // The statements of the savepoint at `depth` (1 for the first nested
    // Transaction), prepared once: an import opens one per file.
    struct Savepoint;
    Savepoint &savepoint(int depth) const;
    bool exec(QSqlQuery &statement, QString *error) const;

    QString m_path;
    QString m_connectionName;
    bool m_readOnly = false;
    QString m_backupPath;
    Clock m_clock;
    mutable int m_transactionDepth = 0; // Transaction nests through savepoints
    mutable std::vector<std::unique_ptr<Savepoint>> m_savepoints; // index: depth - 1
};

} // namespace Paliers
