// Storage speed against bare SQLite, measured side by side in one run:
// - committing one answer edit (with its history row) vs a bare single-row
//   UPDATE in WAL mode (target: at most 2x);
// - opening a database of 5,000 establishments with 3 years of assessments
//   and listing the establishments vs opening it with the SQLite C API and
//   running the same query (target: at most 1.5x).
// And, without a yardstick: the longest an answer typed in one connection
// waits while another imports 2,000 exports (reported as worst_wait_ms).
#include "exchange/assessmentexport.h"
#include "largedatabase.h"
#include "ratioreporter.h"
#include "storage/database.h"
#include "storage/datagenerator.h"
#include "storage/exportimporter.h"
#include "storage/storage.h"

#include <benchmark/benchmark.h>
#include <QAtomicInteger>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <sqlite3.h>

using namespace Paliers;

namespace {

constexpr int Establishments = Bench::LargeDatabase::Establishments;

QTemporaryDir &workDir()
{
    static QTemporaryDir dir;
    return dir;
}

const ReferentialCatalog &catalog()
{
    static const ReferentialCatalog bundled = ReferentialCatalog::bundled().value();
    return bundled;
}

void execOrDie(QSqlQuery &q, const QString &statement)
{
    if (!q.exec(statement))
        qFatal("%s: %s", qPrintable(statement), qPrintable(q.lastError().text()));
}

const QString &largeDatabase()
{
    static const QString path
        = Bench::LargeDatabase::create(workDir().filePath(QStringLiteral("large.sqlite")), catalog());
    return path;
}

// The query Storage::establishments() runs: every column of an
// establishment, in the list's order.
constexpr const char *ListEstablishments
    = "SELECT id, uai, name, kind, commune, circonscription, departement, academie, head_name, referent_name,"
      " created_at, updated_at, head_title, sector, departement_code, bassin, education_prioritaire, mail,"
      " register_state, registered_at FROM establishment ORDER BY name COLLATE NOCASE, uai";
constexpr int ListedColumns = 20;

void BM_OpenAndListEstablishments(benchmark::State &state)
{
    const QString path = largeDatabase();
    for (auto _ : state) {
        Result<std::unique_ptr<Database>> database = Database::open(path);
        if (!database)
            qFatal("%s", qPrintable(database.error()));
        Storage storage(*database.value(), catalog());
        const Result<QList<Establishment>> list = storage.establishments();
        if (!list || list->size() != Establishments)
            qFatal("wrong establishment count");
        benchmark::DoNotOptimize(list->constFirst().name.size());
    }
}
BENCHMARK(BM_OpenAndListEstablishments)->Unit(benchmark::kMillisecond);

// The floor Qt Sql sets: the same open and query through QSqlDatabase and
// QSqlQuery without any Paliers code, reading every column as Storage does.
void BM_QtSqlOpenAndListEstablishments(benchmark::State &state)
{
    const QString path = largeDatabase();
    for (auto _ : state) {
        std::size_t characters = 0;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("floor"));
            db.setDatabaseName(path);
            if (!db.open())
                qFatal("cannot open the database with Qt Sql");
            QSqlQuery q(db);
            q.setForwardOnly(true);
            execOrDie(q, QString::fromLatin1(ListEstablishments));
            while (q.next()) {
                for (int column = 1; column < ListedColumns; ++column)
                    characters += static_cast<std::size_t>(q.value(column).toString().size());
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("floor"));
        benchmark::DoNotOptimize(characters);
    }
}
BENCHMARK(BM_QtSqlOpenAndListEstablishments)->Unit(benchmark::kMillisecond);

// Opens the large database with the SQLite C API alone, runs the list's
// query and hands each row to `read`; aborts unless every establishment
// came.
template<typename Read> void bareListEstablishments(const QByteArray &path, Read read)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.constData(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK)
        qFatal("sqlite3_open_v2 failed");
    sqlite3_stmt *statement = nullptr;
    sqlite3_prepare_v2(db, ListEstablishments, -1, &statement, nullptr);
    int rows = 0;
    while (sqlite3_step(statement) == SQLITE_ROW) {
        read(statement);
        ++rows;
    }
    sqlite3_finalize(statement);
    sqlite3_close(db);
    if (rows != Establishments)
        qFatal("wrong establishment count");
}

void BM_BareOpenAndListEstablishments(benchmark::State &state)
{
    const QByteArray path = largeDatabase().toUtf8();
    for (auto _ : state) {
        std::size_t bytes = 0;
        bareListEstablishments(path, [&bytes](sqlite3_stmt *row) {
            for (int column = 1; column < ListedColumns; ++column)
                bytes += static_cast<std::size_t>(sqlite3_column_bytes(row, column));
        });
        benchmark::DoNotOptimize(bytes);
    }
}
BENCHMARK(BM_BareOpenAndListEstablishments)->Unit(benchmark::kMillisecond);

// The floor of any Qt program that shows them: the bare query above, each
// text made a QString (what a model hands its view), kept until the list is
// read, as Storage keeps its list.
void BM_BareOpenAndListEstablishmentsAsQStrings(benchmark::State &state)
{
    const QByteArray path = largeDatabase().toUtf8();
    for (auto _ : state) {
        QList<QString> texts;
        bareListEstablishments(path, [&texts](sqlite3_stmt *row) {
            for (int column = 1; column < ListedColumns; ++column)
                texts.append(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(row, column)),
                    sqlite3_column_bytes(row, column)));
        });
        benchmark::DoNotOptimize(texts.constLast().size());
    }
}
BENCHMARK(BM_BareOpenAndListEstablishmentsAsQStrings)->Unit(benchmark::kMillisecond);

// One école and its assessment of `year` on the écoles' grid: its id.
qint64 addSchoolWithAssessment(Storage &storage, const QString &year)
{
    Establishment school;
    school.uai = QStringLiteral("0750655E");
    school.name = QStringLiteral("École");
    school.kind = EstablishmentKind::EcoleElementaire;
    return storage
        .createAssessment({.establishmentId = storage.addEstablishment(school).value(),
            .referentialId = QStringLiteral("creteil-ecoles"),
            .schoolYear = year})
        .value();
}

void BM_EditAnswer(benchmark::State &state)
{
    // Google Benchmark calls this once per repetition: a new file each time.
    static int run = 0;
    const QString path = workDir().filePath(QStringLiteral("edits-%1.sqlite").arg(++run));
    std::unique_ptr<Database> database = Database::open(path).value();
    Storage storage(*database, catalog());
    const qint64 id = addSchoolWithAssessment(storage, QStringLiteral("2025-2026"));
    bool met = false;
    for (auto _ : state) {
        met = !met; // a real change every time, so every edit writes
        const Status done = storage.editAnswer(id,
            {QStringLiteral("PIL-1-01"), met ? AnswerStatus::Met : AnswerStatus::NotMet, std::nullopt, std::nullopt});
        if (!done)
            qFatal("%s", qPrintable(done.error()));
    }
}
BENCHMARK(BM_EditAnswer)->Unit(benchmark::kMillisecond)->MinTime(2.0);

void BM_BareWalUpdate(benchmark::State &state)
{
    static int run = 0;
    const QByteArray path = workDir().filePath(QStringLiteral("bare-%1.sqlite").arg(++run)).toUtf8();
    sqlite3 *db = nullptr;
    sqlite3_open_v2(path.constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    sqlite3_exec(db,
        "PRAGMA journal_mode = WAL; CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT);"
        " INSERT INTO t VALUES (1, 'atteint');",
        nullptr, nullptr, nullptr);
    sqlite3_stmt *update = nullptr;
    sqlite3_prepare_v2(db, "UPDATE t SET v = ? WHERE id = 1", -1, &update, nullptr);
    bool met = false;
    for (auto _ : state) {
        met = !met;
        sqlite3_bind_text(update, 1, met ? "atteint" : "non_atteint", -1, SQLITE_STATIC);
        if (sqlite3_step(update) != SQLITE_DONE)
            qFatal("bare update failed");
        sqlite3_reset(update);
    }
    sqlite3_finalize(update);
    sqlite3_close(db);
}
BENCHMARK(BM_BareWalUpdate)->Unit(benchmark::kMillisecond)->MinTime(2.0);

constexpr int ImportedExports = 2000;

// 2,000 exports of different schools, written once.
const QStringList &exportFiles()
{
    static const QStringList files = [] {
        QStringList written;
        DataGenerator generator(catalog(), 2026);
        const QStringList years = DataGenerator::lastYears(1);
        for (int i = 0; i < ImportedExports; ++i) {
            const QString path = workDir().filePath(QStringLiteral("export-%1.json").arg(i, 4, 10, QLatin1Char('0')));
            const AssessmentRecord report = generator.school(i, years).constFirst();
            const ExportStamp stamp {QStringLiteral("00000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0')),
                report.assessment.updatedAt, QStringLiteral("bench")};
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(AssessmentExport::toJson(report, stamp)) < 0)
                qFatal("cannot write an export");
            written.append(path);
        }
        return written;
    }();
    return files;
}

// One thread imports the 2,000 exports (ExportImporter, batches of one
// transaction) while this one edits an answer over and over in a connection
// of its own, as a person typing in another window would. The time measured
// is the whole import; worst_wait_ms is the longest single edit.
void BM_EditAnswerDuringImport(benchmark::State &state)
{
    const QStringList &files = exportFiles();
    static int run = 0;
    for (auto _ : state) {
        state.PauseTiming();
        const QString path = workDir().filePath(QStringLiteral("import-%1.sqlite").arg(++run));
        std::unique_ptr<Database> database = Database::open(path).value();
        Storage storage(*database, catalog());
        const qint64 assessment = addSchoolWithAssessment(storage, QStringLiteral("2015-2016"));
        state.ResumeTiming();

        QAtomicInteger<int> imported = 0;
        QAtomicInteger<bool> done = false;
        std::unique_ptr<QThread> importer(QThread::create([&] {
            std::unique_ptr<Database> own = Database::open(path).value();
            Storage importing(*own, catalog());
            for (const ImportFileResult &result : ExportImporter(importing).importFiles(files)) {
                if (result.kind != ImportFileResult::Kind::Imported)
                    qFatal("not imported: %s", qPrintable(result.message));
                imported.fetchAndAddRelaxed(1);
            }
            done.storeRelease(true);
        }));
        importer->start();
        qint64 worst = 0;
        int writes = 0;
        bool met = false;
        while (!done.loadAcquire()) {
            met = !met;
            QElapsedTimer wait;
            wait.start();
            const Status edited = storage.editAnswer(assessment,
                {QStringLiteral("PIL-1-01"), met ? AnswerStatus::Met : AnswerStatus::NotMet, std::nullopt,
                    std::nullopt});
            if (!edited)
                qFatal("an edit failed during the import: %s", qPrintable(edited.error()));
            worst = std::max(worst, wait.elapsed());
            ++writes;
            QThread::msleep(20); // a fast typist
        }
        importer->wait();
        if (imported.loadRelaxed() != ImportedExports)
            qFatal("%d exports imported instead of %d", imported.loadRelaxed(), ImportedExports);
        state.counters["worst_wait_ms"] = static_cast<double>(worst);
        state.counters["writes"] = writes;
    }
}
BENCHMARK(BM_EditAnswerDuringImport)->Unit(benchmark::kMillisecond)->Iterations(1)->Repetitions(3);

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    Paliers::Bench::RatioReporter reporter({
        {"BM_EditAnswer", "BM_BareWalUpdate", 2.0},
        {"BM_OpenAndListEstablishments", "BM_BareOpenAndListEstablishments", 1.5},
        // For reading the line above: how much of it is Qt Sql's own cost.
        {"BM_QtSqlOpenAndListEstablishments", "BM_BareOpenAndListEstablishments", 0.0},
        {"BM_OpenAndListEstablishments", "BM_QtSqlOpenAndListEstablishments", 0.0},
        {"BM_BareOpenAndListEstablishmentsAsQStrings", "BM_BareOpenAndListEstablishments", 0.0},
        {"BM_OpenAndListEstablishments", "BM_BareOpenAndListEstablishmentsAsQStrings", 0.0},
    });
    return Paliers::Bench::runBenchmarks(argc, argv, reporter);
}
