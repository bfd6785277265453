#include "storage/database.h"

#include <QAtomicInteger>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QUrl>

namespace Paliers {

namespace {

// How long a statement waits for another program's lock before the file is
// said to be in use: opening a file locked for longer is refused.
constexpr int BusyTimeoutMs = 3000;
// How long a write waits for another program's transaction (an import in
// batches, another window's edit) before it gives up.
constexpr int WriteWaitMs = 10000;
// While waiting, a write tries again this often (microseconds). SQLite's own
// busy handler sleeps up to 100 ms between tries and so can miss, for ever,
// the short pause a long writer makes between two of its transactions.
constexpr unsigned long WriteRetryUs = 500;

bool isBusy(const QSqlError &error)
{
    bool isNumber = false;
    const int code = error.nativeErrorCode().toInt(&isNumber) & 0xFF;
    return isNumber && (code == 5 || code == 6); // SQLITE_BUSY, SQLITE_LOCKED
}

// Each step brings the schema from version N-1 to N. Steps are never edited
// once released: a change is a new step.
const QStringList Migrations[] = {
    // Version 1: schools, assessments, answers and their history.
    {
        QStringLiteral("CREATE TABLE establishment ("
                       " id INTEGER PRIMARY KEY,"
                       " uai TEXT NOT NULL UNIQUE,"
                       " name TEXT NOT NULL,"
                       " kind TEXT NOT NULL,"
                       " commune TEXT NOT NULL DEFAULT '',"
                       " circonscription TEXT NOT NULL DEFAULT '',"
                       " departement TEXT NOT NULL DEFAULT '',"
                       " academie TEXT NOT NULL DEFAULT '',"
                       " head_name TEXT NOT NULL DEFAULT '',"
                       " referent_name TEXT NOT NULL DEFAULT '',"
                       " created_at TEXT NOT NULL,"
                       " updated_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE assessment ("
                       " id INTEGER PRIMARY KEY,"
                       " establishment_id INTEGER NOT NULL REFERENCES establishment(id) ON DELETE CASCADE,"
                       " referential_id TEXT NOT NULL,"
                       " referential_version TEXT NOT NULL,"
                       " school_year TEXT NOT NULL,"
                       " author TEXT NOT NULL DEFAULT '',"
                       " author_role TEXT NOT NULL DEFAULT '',"
                       " status TEXT NOT NULL DEFAULT 'brouillon' CHECK (status IN ('brouillon', 'valide')),"
                       " created_at TEXT NOT NULL,"
                       " updated_at TEXT NOT NULL,"
                       " validated_at TEXT,"
                       " validated_by TEXT NOT NULL DEFAULT '',"
                       " previous_id INTEGER REFERENCES assessment(id) ON DELETE SET NULL,"
                       " UNIQUE (establishment_id, referential_id, school_year))"),
        QStringLiteral("CREATE TABLE answer ("
                       " assessment_id INTEGER NOT NULL REFERENCES assessment(id) ON DELETE CASCADE,"
                       " criterion_id TEXT NOT NULL,"
                       " status TEXT NOT NULL,"
                       " comment TEXT NOT NULL DEFAULT '',"
                       " evidence TEXT NOT NULL DEFAULT '',"
                       " changed_by TEXT NOT NULL DEFAULT '',"
                       " changed_at TEXT NOT NULL,"
                       " PRIMARY KEY (assessment_id, criterion_id)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE answer_history ("
                       " id INTEGER PRIMARY KEY,"
                       " assessment_id INTEGER NOT NULL REFERENCES assessment(id) ON DELETE CASCADE,"
                       " criterion_id TEXT NOT NULL,"
                       " old_status TEXT,"
                       " new_status TEXT NOT NULL,"
                       " old_comment TEXT NOT NULL DEFAULT '',"
                       " new_comment TEXT NOT NULL DEFAULT '',"
                       " old_evidence TEXT NOT NULL DEFAULT '',"
                       " new_evidence TEXT NOT NULL DEFAULT '',"
                       " changed_by TEXT NOT NULL DEFAULT '',"
                       " changed_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX assessment_by_establishment ON assessment (establishment_id, school_year)"),
        QStringLiteral("CREATE INDEX answer_history_by_assessment ON answer_history (assessment_id, id)"),
    },
    // Version 2: the record of validations and reopenings, and action plans.
    {
        QStringLiteral("CREATE TABLE assessment_event ("
                       " id INTEGER PRIMARY KEY,"
                       " assessment_id INTEGER NOT NULL REFERENCES assessment(id) ON DELETE CASCADE,"
                       " kind TEXT NOT NULL CHECK (kind IN ('created', 'validated', 'reopened')),"
                       " actor TEXT NOT NULL DEFAULT '',"
                       " at TEXT NOT NULL,"
                       " note TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("INSERT INTO assessment_event (assessment_id, kind, actor, at)"
                       " SELECT id, 'created', author, created_at FROM assessment"),
        QStringLiteral("INSERT INTO assessment_event (assessment_id, kind, actor, at)"
                       " SELECT id, 'validated', validated_by, validated_at FROM assessment"
                       " WHERE status = 'valide' AND validated_at IS NOT NULL"),
        QStringLiteral("CREATE TABLE action_item ("
                       " id INTEGER PRIMARY KEY,"
                       " assessment_id INTEGER NOT NULL REFERENCES assessment(id) ON DELETE CASCADE,"
                       " criterion_id TEXT NOT NULL DEFAULT '',"
                       " title TEXT NOT NULL,"
                       " owner TEXT NOT NULL DEFAULT '',"
                       " due_date TEXT,"
                       " status TEXT NOT NULL DEFAULT 'a_faire'"
                       "  CHECK (status IN ('a_faire', 'en_cours', 'fait', 'abandonne')),"
                       " funder TEXT NOT NULL DEFAULT '',"
                       " priority INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX assessment_event_by_assessment ON assessment_event (assessment_id, id)"),
        QStringLiteral("CREATE INDEX action_item_by_assessment ON action_item (assessment_id)"),
    },
    // Version 3: the exports imported from other databases, so that the same
    // export is never imported twice.
    {
        QStringLiteral("CREATE TABLE import_record ("
                       " export_id TEXT PRIMARY KEY,"
                       " assessment_id INTEGER REFERENCES assessment(id) ON DELETE SET NULL,"
                       " checksum TEXT NOT NULL,"
                       " exported_at TEXT NOT NULL,"
                       " imported_at TEXT NOT NULL,"
                       " source TEXT NOT NULL DEFAULT '')"),
    },
    // Version 4: the paliers of each assessment, kept so that the overview of
    // thousands of schools is one query. A row is removed when an answer
    // changes and computed again when next needed.
    {
        QStringLiteral("CREATE TABLE assessment_summary ("
                       " assessment_id INTEGER PRIMARY KEY REFERENCES assessment(id) ON DELETE CASCADE,"
                       " overall_palier INTEGER NOT NULL,"
                       " domain_paliers TEXT NOT NULL,"
                       " blocking TEXT NOT NULL,"
                       " answered INTEGER NOT NULL,"
                       " total INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX assessment_by_year ON assessment (school_year)"),
    },
    // Version 5: the commission numérique an assessment is prepared for, so
    // that its date and members are there the next time the pack is printed.
    {
        QStringLiteral("CREATE TABLE commission_meeting ("
                       " assessment_id INTEGER PRIMARY KEY REFERENCES assessment(id) ON DELETE CASCADE,"
                       " meeting_date TEXT,"
                       " members TEXT NOT NULL DEFAULT '',"
                       " updated_at TEXT NOT NULL)"),
    },
    // Version 6: the head's title as they write it (directrice d'école,
    // principal, proviseure…), chosen once with the establishment.
    {
        QStringLiteral("ALTER TABLE establishment ADD COLUMN head_title TEXT NOT NULL DEFAULT ''"),
    },
    // Version 7: a draft moved to another version of its grid is an event.
    // SQLite cannot change a CHECK constraint: the table is copied over.
    {
        QStringLiteral("CREATE TABLE assessment_event_v7 ("
                       " id INTEGER PRIMARY KEY,"
                       " assessment_id INTEGER NOT NULL REFERENCES assessment(id) ON DELETE CASCADE,"
                       " kind TEXT NOT NULL CHECK (kind IN ('created', 'validated', 'reopened', 'version_changed')),"
                       " actor TEXT NOT NULL DEFAULT '',"
                       " at TEXT NOT NULL,"
                       " note TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("INSERT INTO assessment_event_v7 (id, assessment_id, kind, actor, at, note)"
                       " SELECT id, assessment_id, kind, actor, at, note FROM assessment_event"),
        QStringLiteral("DROP TABLE assessment_event"),
        QStringLiteral("ALTER TABLE assessment_event_v7 RENAME TO assessment_event"),
        QStringLiteral("CREATE INDEX assessment_event_by_assessment ON assessment_event (assessment_id, id)"),
    },
    // Version 8: what the ministry's register (the Annuaire de l'éducation)
    // says of an establishment, and the campaigns that expect them.
    {
        QStringLiteral("ALTER TABLE establishment ADD COLUMN sector TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE establishment ADD COLUMN departement_code TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE establishment ADD COLUMN bassin TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE establishment ADD COLUMN education_prioritaire TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE establishment ADD COLUMN mail TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE establishment ADD COLUMN register_state TEXT NOT NULL DEFAULT ''"
                       " CHECK (register_state IN ('', 'open', 'closing', 'closed'))"),
        QStringLiteral("ALTER TABLE establishment ADD COLUMN registered_at TEXT"),
        QStringLiteral("CREATE TABLE campaign ("
                       " id INTEGER PRIMARY KEY,"
                       " name TEXT NOT NULL,"
                       " school_year TEXT NOT NULL,"
                       " referential_id TEXT NOT NULL DEFAULT '',"
                       " filter TEXT NOT NULL DEFAULT '{}',"
                       " created_at TEXT NOT NULL,"
                       " updated_at TEXT NOT NULL,"
                       " UNIQUE (school_year, name))"),
    },
    // Version 9: where a school aims (a palier per domain by a school year),
    // the indicators of the académie's roadmap, and the académie's repères
    // a school imported to stand beside.
    {
        QStringLiteral("CREATE TABLE assessment_target ("
                       " assessment_id INTEGER NOT NULL REFERENCES assessment(id) ON DELETE CASCADE,"
                       " domain_id TEXT NOT NULL,"
                       " palier INTEGER NOT NULL CHECK (palier >= 1),"
                       " school_year TEXT NOT NULL,"
                       " PRIMARY KEY (assessment_id, domain_id))"),
        QStringLiteral("CREATE TABLE indicator ("
                       " id INTEGER PRIMARY KEY,"
                       " position INTEGER NOT NULL,"
                       " definition TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE reperes ("
                       " referential_id TEXT NOT NULL,"
                       " school_year TEXT NOT NULL,"
                       " content TEXT NOT NULL,"
                       " imported_at TEXT NOT NULL,"
                       " PRIMARY KEY (referential_id, school_year))"),
    },
};
static_assert(std::size(Migrations) == Database::SchemaVersion);

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("paliers-%1").arg(counter.fetchAndAddRelaxed(1));
}

// An SQLite URI for read-only access. `immutable` lets SQLite read a file in
// a folder where it cannot create its lock files.
QString readOnlyUri(const QString &path, bool immutable)
{
    QString uri = QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded) + QLatin1String("?mode=ro");
    if (immutable)
        uri += QLatin1String("&immutable=1");
    return uri;
}

bool folderIsWritable(const QString &path)
{
    return QFileInfo(QFileInfo(path).absolutePath()).isWritable();
}

} // namespace

Database::Database(QString path, QString connectionName, bool readOnly)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_readOnly(readOnly)
{
}

struct Database::Savepoint
{
    QSqlQuery begin;
    QSqlQuery release;
    QSqlQuery rollback;
};

Database::~Database()
{
    m_savepoints.clear(); // their statements before the connection
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QLatin1String("/paliers.sqlite");
}

Result<std::unique_ptr<Database>> Database::openDefault()
{
    const QString folder = QFileInfo(defaultPath()).absolutePath();
    const bool created = !QFileInfo::exists(folder);
    if (!QDir().mkpath(folder))
        return Error {tr("Cannot create the folder \"%1\" for the database.").arg(folder)};
    if (created) // the user's own folder: nobody else needs to list it
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return open(defaultPath());
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QDateTime Database::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, Access access)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return Error {tr("The SQLite driver of Qt is missing (package libqt6sql6-sqlite on Debian and Ubuntu).")};

    const QFileInfo info(path);
    const QString absolute = info.absoluteFilePath();
    if (info.isDir())
        return Error {tr("\"%1\" is a folder, not a database file.").arg(absolute)};
    if (!QFileInfo(info.absolutePath()).isDir())
        return Error {tr("The folder \"%1\" does not exist.").arg(info.absolutePath())};

    const bool exists = info.exists() && info.size() > 0;
    const bool writable
        = access == Access::ReadWrite && folderIsWritable(absolute) && (!info.exists() || info.isWritable());
    if (!exists && !writable)
        return Error {tr("Cannot create the database \"%1\": the folder or the file is read-only.").arg(absolute)};

    // A new database holds names: readable by its owner only (SQLite gives
    // its -wal and -shm files the same mode).
    if (!info.exists() && writable) {
        QFile file(absolute);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return Error {tr("Cannot create the database \"%1\": %2").arg(absolute, file.errorString())};
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    std::unique_ptr<Database> database(new Database(absolute, nextConnectionName(), !writable));
    if (exists) {
        Status header = database->checkHeader();
        if (!header)
            return Error {header.error()};
    }

    // A file we may write is checked through the connection that will write
    // to it, but before anything is written: SQLite has then applied the
    // write-ahead log a crash or another program left, and judges the file
    // as it really is. When a check fails, ~Database closes the connection;
    // SQLite then removes the -wal and -shm files it made, unless another
    // program still has the file open.
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
    if (writable) {
        db.setDatabaseName(absolute);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs));
    } else {
        db.setDatabaseName(readOnlyUri(absolute, !folderIsWritable(absolute)));
        db.setConnectOptions(
            QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs));
    }
    if (!db.open())
        return Error {database->describe(db.lastError())};

    if (exists) {
        Status contents = database->checkContents(info.size());
        if (!contents)
            return Error {contents.error()};
    }
    Status configured = database->configure();
    if (!configured)
        return Error {configured.error()};
    return database;
}

// Only what tells an SQLite file from any other: whether it is whole is for
// SQLite to say, once it has read the write-ahead log too.
Status Database::checkHeader() const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {tr("Cannot read \"%1\": %2").arg(m_path, file.errorString())};
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3")))
        return Error {tr("\"%1\" is not a Paliers database.").arg(m_path)};
    return Done {};
}

// Reads, through SQLite, what the file says of itself; nothing is written.
// A damaged file fails here with SQLITE_CORRUPT or SQLITE_NOTADB, or in
// PRAGMA quick_check.
Status Database::checkContents(qint64 fileSize) const
{
    int version = 0;
    {
        QSqlQuery query(connection());
        if (!query.exec(QStringLiteral("SELECT (SELECT application_id FROM pragma_application_id),"
                                       " (SELECT user_version FROM pragma_user_version),"
                                       " (SELECT count(*) FROM sqlite_schema)"))
            || !query.next())
            return Error {describe(query.lastError())};
        const int applicationId = query.value(0).toInt();
        version = query.value(1).toInt();
        const int objects = query.value(2).toInt();
        // An empty SQLite file can become a Paliers database; any other
        // application's file is left alone.
        if (applicationId != ApplicationId && !(applicationId == 0 && objects == 0))
            return Error {tr("\"%1\" is not a Paliers database.").arg(m_path)};
        if (version > SchemaVersion)
            return Error {tr("\"%1\" was written by a newer version of Paliers (database version %2; this version "
                             "reads up to %3). Update Paliers to open it; the file was not changed.")
                              .arg(m_path)
                              .arg(version)
                              .arg(SchemaVersion)};
    }
    if (fileSize <= FullCheckLimit) {
        const QString problem = quickCheck(connection());
        if (!problem.isEmpty())
            return Error {problem};
    }
    // A file altered by hand is refused as it is.
    if (version == SchemaVersion)
        return checkSchema();
    return Done {};
}

QString Database::quickCheck(const QSqlDatabase &db) const
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA quick_check")) || !query.next())
        return describe(query.lastError());
    if (query.value(0).toString() != QLatin1String("ok"))
        return tr("The database \"%1\" is damaged (%2). Open a backup copy instead; the file was not changed.")
            .arg(m_path, query.value(0).toString());
    return QString();
}

Status Database::verifyIntegrity() const
{
    const QString problem = quickCheck(connection());
    if (!problem.isEmpty())
        return Error {problem};
    return Done {};
}

Status Database::configure()
{
    QString error;
    if (!exec(QStringLiteral("PRAGMA foreign_keys = ON"), &error))
        return Error {error};

    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return Error {describe(query.lastError())};
    const int version = query.value(0).toInt();
    query.finish(); // SQLite will not change the journal mode under an open statement

    if (m_readOnly) {
        if (version < SchemaVersion)
            return Error {tr("\"%1\" was written by an older version of Paliers and must be updated, but it is "
                             "read-only. Copy it to a folder where you can write, then open the copy.")
                              .arg(m_path)};
        return Done {};
    }

    // WAL: readers are never blocked by a writer and a crash cannot tear a
    // commit. FULL: a committed answer survives a power cut too.
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !query.next())
        return Error {describe(query.lastError())};
    query.finish();
    if (!exec(QStringLiteral("PRAGMA synchronous = FULL"), &error))
        return Error {error};

    if (version < SchemaVersion) {
        if (version > 0) {
            Status backedUp = backUp(version);
            if (!backedUp)
                return backedUp;
        }
        return migrate(version);
    }
    return Done {};
}

namespace {

} // namespace

QHash<QString, QStringList> Database::expectedSchema()
{
    // Written out rather than made at each opening by running every
    // migration on a database in memory, which took a fifth of the time
    // Paliers takes to show its window. Database.TheExpectedSchemaIsTheMigrations'
    // checks it against schemaOfMigrations().
    static const QHash<QString, QStringList> schema {
        {QStringLiteral("action_item"),
            QStringLiteral("id assessment_id criterion_id title owner due_date status funder priority").split(u' ')},
        {QStringLiteral("answer"),
            QStringLiteral("assessment_id criterion_id status comment evidence changed_by changed_at").split(u' ')},
        {QStringLiteral("answer_history"),
            QStringLiteral("id assessment_id criterion_id old_status new_status old_comment new_comment old_evidence "
                           "new_evidence changed_by changed_at")
                .split(u' ')},
        {QStringLiteral("assessment"),
            QStringLiteral("id establishment_id referential_id referential_version school_year author author_role "
                           "status created_at updated_at validated_at validated_by previous_id")
                .split(u' ')},
        {QStringLiteral("assessment_event"), QStringLiteral("id assessment_id kind actor at note").split(u' ')},
        {QStringLiteral("assessment_summary"),
            QStringLiteral("assessment_id overall_palier domain_paliers blocking answered total").split(u' ')},
        {QStringLiteral("assessment_target"), QStringLiteral("assessment_id domain_id palier school_year").split(u' ')},
        {QStringLiteral("campaign"),
            QStringLiteral("id name school_year referential_id filter created_at updated_at").split(u' ')},
        {QStringLiteral("commission_meeting"),
            QStringLiteral("assessment_id meeting_date members updated_at").split(u' ')},
        {QStringLiteral("establishment"),
            QStringLiteral("id uai name kind commune circonscription departement academie head_name referent_name "
                           "created_at updated_at head_title sector departement_code bassin education_prioritaire "
                           "mail register_state registered_at")
                .split(u' ')},
        {QStringLiteral("import_record"),
            QStringLiteral("export_id assessment_id checksum exported_at imported_at source").split(u' ')},
        {QStringLiteral("indicator"), QStringLiteral("id position definition").split(u' ')},
        {QStringLiteral("reperes"), QStringLiteral("referential_id school_year content imported_at").split(u' ')},
    };
    return schema;
}

QHash<QString, QStringList> Database::schemaOfMigrations()
{
    QHash<QString, QStringList> tables;
    const QString name = nextConnectionName() + QStringLiteral("-reference");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (db.open()) {
            QSqlQuery q(db);
            for (const QStringList &step : Migrations) {
                for (const QString &statement : step)
                    q.exec(statement);
            }
            q.exec(QStringLiteral("SELECT m.name, c.name FROM sqlite_schema m, pragma_table_info(m.name) c"
                                  " WHERE m.type = 'table'"));
            while (q.next())
                tables[q.value(0).toString()].append(q.value(1).toString());
        }
    }
    QSqlDatabase::removeDatabase(name);
    return tables;
}

Status Database::checkSchema() const
{
    const QHash<QString, QStringList> &expected = expectedSchema();
    // Every table's columns in one statement (table_info as a table-valued
    // function): a statement per table took most of the opening's time.
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT m.name, c.name FROM sqlite_schema m, pragma_table_info(m.name) c"
                               " WHERE m.type = 'table'")))
        return Error {describe(q.lastError())};
    QHash<QString, QSet<QString>> present;
    while (q.next())
        present[q.value(0).toString()].insert(q.value(1).toString());
    q.finish();
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const QSet<QString> columns = present.value(it.key());
        QString problem;
        if (columns.isEmpty()) {
            problem = tr("the table \"%1\" is missing").arg(it.key());
        } else {
            for (const QString &column : it.value()) {
                if (!columns.contains(column)) {
                    problem = tr("the column \"%1\" of the table \"%2\" is missing").arg(column, it.key());
                    break;
                }
            }
        }
        if (!problem.isEmpty())
            return Error {tr("\"%1\" was changed outside Paliers (%2). Paliers does not open it, so as not to "
                             "damage it further; it was left as it is. Open a backup copy or ask for help.")
                              .arg(m_path, problem)};
    }
    return Done {};
}

Status Database::backUp(int fromVersion)
{
    const QFileInfo info(m_path);
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString backup = info.absolutePath() + QLatin1Char('/') + info.completeBaseName()
        + QStringLiteral(".v%1-%2.backup.sqlite").arg(fromVersion).arg(stamp);
    for (int n = 2; QFileInfo::exists(backup); ++n)
        backup = info.absolutePath() + QLatin1Char('/') + info.completeBaseName()
            + QStringLiteral(".v%1-%2-%3.backup.sqlite").arg(fromVersion).arg(stamp).arg(n);

    QSqlQuery query(connection());
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(backup);
    if (!query.exec()) {
        QFile::remove(backup);
        return Error {tr("Before updating \"%1\", Paliers could not save a backup copy (%2); the database was not "
                         "changed.")
                          .arg(m_path, describe(query.lastError()))};
    }
    QFile::setPermissions(backup, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    m_backupPath = backup;
    return Done {};
}

Status Database::migrate(int fromVersion)
{
    Transaction transaction(*this);
    if (!transaction.isActive())
        return Error {transaction.error()};
    QString error;
    for (int version = fromVersion + 1; version <= SchemaVersion; ++version) {
        for (const QString &statement : Migrations[version - 1]) {
            if (!exec(statement, &error))
                return Error {tr("Updating the database \"%1\" to version %2 failed: %3. Nothing was changed.")
                                  .arg(m_path)
                                  .arg(version)
                                  .arg(error)};
        }
    }
    if (!exec(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId), &error)
        || !exec(QStringLiteral("PRAGMA user_version = %1").arg(SchemaVersion), &error))
        return Error {error};
    if (!transaction.commit())
        return Error {transaction.error()};
    return Done {};
}

bool Database::exec(const QString &statement, QString *error) const
{
    QSqlQuery query(connection());
    if (query.exec(statement))
        return true;
    if (error)
        *error = describe(query.lastError());
    return false;
}

QString Database::describe(const QSqlError &error) const
{
    bool isNumber = false;
    const int code = error.nativeErrorCode().toInt(&isNumber) & 0xFF; // primary SQLite result code
    const QString detail = error.text();
    if (!isNumber)
        return tr("Database error on \"%1\": %2").arg(m_path, detail);
    switch (code) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return tr("The database \"%1\" is in use by another program (another Paliers window?). Close it and try "
                  "again.")
            .arg(m_path);
    case 8: // SQLITE_READONLY
        return tr("Paliers cannot write to \"%1\": the file or its folder is read-only.").arg(m_path);
    case 10: // SQLITE_IOERR
        return tr("Reading or writing \"%1\" failed (%2).").arg(m_path, detail);
    case 11: // SQLITE_CORRUPT: SQLite's own words say no more than this
        return tr("The database \"%1\" is damaged (%2). Open a backup copy instead; the file was not changed.")
            .arg(m_path, tr("its pages do not fit together: it was cut off or overwritten"));
    case 13: // SQLITE_FULL
        return tr("The disk holding \"%1\" is full: the change was not saved. Free some space and try again.")
            .arg(m_path);
    case 14: // SQLITE_CANTOPEN
        return tr("Cannot open \"%1\" (%2).").arg(m_path, detail);
    case 26: // SQLITE_NOTADB
        return tr("\"%1\" is not a Paliers database.").arg(m_path);
    default:
        return tr("Database error on \"%1\": %2").arg(m_path, detail);
    }
}

// SQLite's busy handler is turned off while this polls for the write lock:
// another writer that releases it between two transactions only for a few
// milliseconds (ExportImporter between batches) lets this one in.
bool Database::beginWrite(QString *error) const
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA busy_timeout = 0"))) {
        if (error)
            *error = describe(query.lastError());
        return false;
    }
    QElapsedTimer waited;
    waited.start();
    bool begun = false;
    for (;;) {
        begun = query.exec(QStringLiteral("BEGIN IMMEDIATE"));
        if (begun || !isBusy(query.lastError()) || waited.elapsed() >= WriteWaitMs)
            break;
        QThread::usleep(WriteRetryUs);
    }
    if (!begun && error)
        *error = describe(query.lastError());
    query.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(BusyTimeoutMs));
    return begun;
}

Database::Savepoint &Database::savepoint(int depth) const
{
    if (m_savepoints.size() < static_cast<size_t>(depth))
        m_savepoints.resize(static_cast<size_t>(depth));
    std::unique_ptr<Savepoint> &kept = m_savepoints[static_cast<size_t>(depth - 1)];
    if (!kept) {
        const QSqlDatabase db = connection();
        kept = std::make_unique<Savepoint>(Savepoint {QSqlQuery(db), QSqlQuery(db), QSqlQuery(db)});
        // A statement that does not prepare says why when it runs.
        kept->begin.prepare(QStringLiteral("SAVEPOINT nested_%1").arg(depth));
        kept->release.prepare(QStringLiteral("RELEASE nested_%1").arg(depth));
        kept->rollback.prepare(QStringLiteral("ROLLBACK TO nested_%1").arg(depth));
    }
    return *kept;
}

bool Database::exec(QSqlQuery &statement, QString *error) const
{
    const bool done = statement.exec();
    if (!done && error)
        *error = describe(statement.lastError());
    statement.finish();
    return done;
}

// A transaction inside another one is a savepoint: committing it keeps its
// work for the outer transaction, which alone decides.
Database::Transaction::Transaction(const Database &database)
    : m_database(database)
    , m_depth(database.m_transactionDepth)
{
    m_active = m_depth == 0 ? m_database.beginWrite(&m_error)
                            : m_database.exec(m_database.savepoint(m_depth).begin, &m_error);
    if (m_active)
        ++m_database.m_transactionDepth;
}

Database::Transaction::~Transaction()
{
    if (!m_active)
        return;
    if (m_depth == 0) {
        m_database.exec(QStringLiteral("ROLLBACK"));
    } else {
        Savepoint &savepoint = m_database.savepoint(m_depth);
        m_database.exec(savepoint.rollback, nullptr);
        m_database.exec(savepoint.release, nullptr);
    }
    --m_database.m_transactionDepth;
}

bool Database::Transaction::commit()
{
    if (!m_active)
        return false;
    const bool done = m_depth == 0 ? m_database.exec(QStringLiteral("COMMIT"), &m_error)
                                   : m_database.exec(m_database.savepoint(m_depth).release, &m_error);
    if (!done)
        return false; // the destructor rolls back
    m_active = false;
    --m_database.m_transactionDepth;
    return true;
}

} // namespace Paliers
