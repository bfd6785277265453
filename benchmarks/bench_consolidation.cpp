// Many schools at once.
// - Bulk import of 5,000 JSON exports (ExportImporter, as paliers-cli import
//   and the window do it) against the sqlite3 command-line tool importing
//   the same answers prepared as CSV (.import). Target: at most 2x.
// - The overview of 60,000 establishments (Storage::overview and the table
//   model filled) against the bare SQL query through SQLite's C API.
//   Target: median under 1.5x.
// - The status of a campaign expecting those 60,000 establishments, counted
//   by circonscription (Storage::campaignProgress) against the same counts
//   by a bare query written by hand through SQLite's C API. Target: 1.5x.
//   bench_consolidation [FILE] keeps the 60,000-school database in FILE.
#include "exchange/filewriter.h"
#include "largedatabase.h"
#include "overviewmodel.h"
#include "ratioreporter.h"
#include "storage/datagenerator.h"
#include "storage/exportimporter.h"
#include "storage/storage.h"

#include <benchmark/benchmark.h>
#include <memory>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <sqlite3.h>

using namespace Paliers;

namespace {

constexpr int ImportedSchools = 5000;
constexpr int OverviewSchools = 60000;
const QString OverviewYear = QStringLiteral("2024-2025");

const QString OverviewSql
    = QStringLiteral("SELECT e.id, e.uai, e.name, e.kind, e.commune, e.circonscription, e.departement, e.academie,"
                     " a.id, a.referential_id, a.school_year, a.status,"
                     " s.overall_palier, s.domain_paliers, s.blocking, s.answered, s.total"
                     " FROM assessment a JOIN establishment e ON e.id = a.establishment_id"
                     " LEFT JOIN assessment_summary s ON s.assessment_id = a.id WHERE 1 AND a.school_year = ?"
                     " ORDER BY e.name COLLATE NOCASE, e.uai, a.school_year DESC");

QString g_overviewPath;

const ReferentialCatalog &catalog()
{
    static const ReferentialCatalog instance = ReferentialCatalog::bundled().value();
    return instance;
}

// ---------------------------------------------------------------------------
// Bulk import

struct ImportData
{
    QTemporaryDir dir;
    QStringList files;
    QString csv;
};

ImportData &importData()
{
    static ImportData *data = [] {
        auto *created = new ImportData;
        DataGenerator generator(catalog(), 5000);
        const QStringList years {QStringLiteral("2025-2026")};
        QFile csv(created->dir.filePath(QStringLiteral("answers.csv")));
        if (!csv.open(QIODevice::WriteOnly))
            qFatal("cannot write the CSV");
        for (int index = 0; index < ImportedSchools; ++index) {
            for (const AssessmentRecord &report : generator.school(index, years)) {
                const ExportStamp stamp {
                    QStringLiteral("00000000-0000-4000-8000-%1").arg(index, 12, 10, QLatin1Char('0')),
                    report.assessment.updatedAt, QStringLiteral("bench")};
                const QString path = created->dir.filePath(QStringLiteral("%1.json").arg(report.establishment.uai));
                if (!FileWriter::write(path, AssessmentExport::toJson(report, stamp)))
                    qFatal("cannot write an export");
                created->files.append(path);
                // The same answers, one CSV row each, keyed by the school.
                for (const Answer &answer : report.answers)
                    csv.write(QStringLiteral("%1,%2,%3,%4,%5,%6\n")
                                  .arg(index)
                                  .arg(answer.criterionId, answerStatusKey(answer.status), answer.comment,
                                      answer.changedBy, answer.changedAt.toString(Qt::ISODateWithMs))
                                  .toUtf8());
            }
        }
        created->csv = csv.fileName();
        return created;
    }();
    return *data;
}

void BM_BulkImport5000Exports(benchmark::State &state)
{
    ImportData &data = importData();
    int round = 0;
    for (auto _ : state) {
        state.PauseTiming();
        const QString path = data.dir.filePath(QStringLiteral("paliers-%1.sqlite").arg(round++));
        std::unique_ptr<Database> database = Database::open(path).value();
        Storage storage(*database, catalog());
        state.ResumeTiming();
        const QList<ImportFileResult> results = ExportImporter(storage).importFiles(data.files);
        state.PauseTiming();
        for (const ImportFileResult &result : results) {
            if (result.kind != ImportFileResult::Kind::Imported)
                qFatal("not imported: %s", qPrintable(result.message));
        }
        database.reset();
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        state.ResumeTiming();
    }
}
BENCHMARK(BM_BulkImport5000Exports)->Unit(benchmark::kMillisecond)->Iterations(1)->Repetitions(3);

// How much of the import is reading and checking the files alone (JSON
// parsing, SHA-256, validation, paliers recomputed), with no database.
void BM_ReadAndCheck5000Exports(benchmark::State &state)
{
    ImportData &data = importData();
    for (auto _ : state) {
        for (const QString &file : data.files) {
            if (!AssessmentExport::readFile(file, catalog()))
                qFatal("an export does not read back");
        }
    }
}
BENCHMARK(BM_ReadAndCheck5000Exports)->Unit(benchmark::kMillisecond)->Iterations(1)->Repetitions(3);

void BM_Sqlite3CliImportCsv(benchmark::State &state)
{
    ImportData &data = importData();
    int round = 0;
    for (auto _ : state) {
        state.PauseTiming();
        const QString path = data.dir.filePath(QStringLiteral("bare-%1.sqlite").arg(round++));
        {
            sqlite3 *db = nullptr;
            sqlite3_open(path.toUtf8().constData(), &db);
            sqlite3_exec(db,
                "PRAGMA journal_mode=WAL; CREATE TABLE answer (school INTEGER, criterion_id TEXT,"
                " status TEXT, comment TEXT, changed_by TEXT, changed_at TEXT)",
                nullptr, nullptr, nullptr);
            sqlite3_close(db);
        }
        state.ResumeTiming();
        QProcess process;
        process.start(QStringLiteral("sqlite3"),
            {path, QStringLiteral(".mode csv"), QStringLiteral(".import %1 answer").arg(data.csv)});
        if (!process.waitForFinished(600000) || process.exitCode() != 0)
            qFatal("sqlite3 .import failed: %s", process.readAllStandardError().constData());
        state.PauseTiming();
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        state.ResumeTiming();
    }
}
BENCHMARK(BM_Sqlite3CliImportCsv)->Unit(benchmark::kMillisecond)->Iterations(1)->Repetitions(3);

// ---------------------------------------------------------------------------
// Overview of 60,000 schools

struct OverviewData
{
    QTemporaryDir dir;
    QString path;
    std::unique_ptr<Database> database;
    std::unique_ptr<Storage> storage;
};

OverviewData &overviewData()
{
    static OverviewData *data = [] {
        auto *created = new OverviewData;
        created->path
            = g_overviewPath.isEmpty() ? created->dir.filePath(QStringLiteral("overview.sqlite")) : g_overviewPath;
        if (!QFileInfo::exists(created->path))
            Bench::LargeDatabase::create(created->path, catalog(), OverviewSchools, 1);
        created->database = Database::open(created->path).value();
        created->storage = std::make_unique<Storage>(*created->database, catalog());
        // The first overview computes and keeps every summary: not measured.
        if (created->storage->overview(OverviewYear).value().size() != OverviewSchools)
            qFatal("the overview database is not as expected");
        return created;
    }();
    return *data;
}

void BM_OverviewQueryAndModel60000(benchmark::State &state)
{
    OverviewData &data = overviewData();
    OverviewModel model(catalog());
    for (auto _ : state) {
        Result<QList<OverviewRow>> rows = data.storage->overview(OverviewYear);
        model.setRows(std::move(rows).value());
        benchmark::DoNotOptimize(model.rowCount());
    }
}
BENCHMARK(BM_OverviewQueryAndModel60000)->Unit(benchmark::kMillisecond)->MinTime(2.0);

void BM_BareOverviewQuery60000(benchmark::State &state)
{
    OverviewData &data = overviewData();
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(data.path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        qFatal("cannot open the database");
    const QByteArray sql = OverviewSql.toUtf8();
    const QByteArray year = OverviewYear.toUtf8();
    for (auto _ : state) {
        sqlite3_stmt *statement = nullptr;
        sqlite3_prepare_v2(db, sql.constData(), -1, &statement, nullptr);
        sqlite3_bind_text(statement, 1, year.constData(), -1, SQLITE_STATIC);
        qint64 sum = 0;
        while (sqlite3_step(statement) == SQLITE_ROW) {
            for (int column = 0; column < 17; ++column) {
                if (sqlite3_column_type(statement, column) == SQLITE_INTEGER)
                    sum += sqlite3_column_int64(statement, column);
                else
                    sum += sqlite3_column_bytes(statement, column);
            }
        }
        sqlite3_finalize(statement);
        benchmark::DoNotOptimize(sum);
    }
    sqlite3_close(db);
}
BENCHMARK(BM_BareOverviewQuery60000)->Unit(benchmark::kMillisecond)->MinTime(2.0);

// ---------------------------------------------------------------------------
// A campaign over the same 60,000 schools

// Expected, validated, in progress per circonscription, with the grid that
// fits each kind: what one would write by hand.
const char *const BareCampaignSql
    = "SELECT territory, count(*), total(validated), total(answered AND NOT validated) FROM ("
      " SELECT e.circonscription AS territory,"
      "  EXISTS (SELECT 1 FROM assessment a WHERE a.establishment_id = e.id AND a.school_year = ?1"
      "   AND a.status = 'valide' AND a.referential_id = CASE WHEN e.kind LIKE 'ecole%'"
      "   THEN 'creteil-ecoles' ELSE 'creteil-etablissements' END) AS validated,"
      "  EXISTS (SELECT 1 FROM assessment a WHERE a.establishment_id = e.id AND a.school_year = ?1"
      "   AND a.referential_id = CASE WHEN e.kind LIKE 'ecole%'"
      "   THEN 'creteil-ecoles' ELSE 'creteil-etablissements' END) AS answered"
      " FROM establishment e WHERE e.register_state <> 'closed')"
      " GROUP BY territory";

Campaign campaign60000()
{
    Campaign campaign;
    campaign.schoolYear = OverviewYear;
    return campaign;
}

void BM_CampaignStatus60000(benchmark::State &state)
{
    OverviewData &data = overviewData();
    const Campaign campaign = campaign60000();
    for (auto _ : state) {
        Result<CampaignProgress> progress = data.storage->campaignProgress(campaign, TerritoryLevel::Circonscription);
        if (!progress || progress->total.expected != OverviewSchools)
            qFatal("the campaign does not count the 60,000 schools");
        benchmark::DoNotOptimize(progress->total.validated);
    }
}
BENCHMARK(BM_CampaignStatus60000)->Unit(benchmark::kMillisecond)->MinTime(2.0);

void BM_BareCampaignQuery60000(benchmark::State &state)
{
    OverviewData &data = overviewData();
    // The same counts, checked once against Paliers' own.
    const CampaignProgress expected
        = data.storage->campaignProgress(campaign60000(), TerritoryLevel::Circonscription).value();
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(data.path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        qFatal("cannot open the database");
    const QByteArray year = OverviewYear.toUtf8();
    bool checked = false;
    for (auto _ : state) {
        sqlite3_stmt *statement = nullptr;
        sqlite3_prepare_v2(db, BareCampaignSql, -1, &statement, nullptr);
        sqlite3_bind_text(statement, 1, year.constData(), -1, SQLITE_STATIC);
        qint64 total = 0;
        qint64 validated = 0;
        qint64 draft = 0;
        while (sqlite3_step(statement) == SQLITE_ROW) {
            total += sqlite3_column_int64(statement, 1);
            validated += static_cast<qint64>(sqlite3_column_double(statement, 2));
            draft += static_cast<qint64>(sqlite3_column_double(statement, 3));
        }
        sqlite3_finalize(statement);
        if (!checked) {
            if (total != expected.total.expected || validated != expected.total.validated
                || draft != expected.total.draft)
                qFatal("the bare query counts %lld/%lld/%lld, Paliers %d/%d/%d", total, validated, draft,
                    expected.total.expected, expected.total.validated, expected.total.draft);
            checked = true;
        }
        benchmark::DoNotOptimize(total);
    }
    sqlite3_close(db);
}
BENCHMARK(BM_BareCampaignQuery60000)->Unit(benchmark::kMillisecond)->MinTime(2.0);

} // namespace

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationVersion(QStringLiteral(PALIERS_VERSION));
    // An optional first argument that is not a benchmark flag: where to keep
    // the large database between runs.
    if (argc > 1 && argv[1][0] != '-') {
        g_overviewPath = QString::fromLocal8Bit(argv[1]);
        --argc;
        ++argv;
    }
    Paliers::Bench::RatioReporter reporter({{"BM_BulkImport5000Exports", "BM_Sqlite3CliImportCsv", 2.0},
        {"BM_ReadAndCheck5000Exports", "BM_Sqlite3CliImportCsv", 0},
        {"BM_OverviewQueryAndModel60000", "BM_BareOverviewQuery60000", 1.5},
        {"BM_CampaignStatus60000", "BM_BareCampaignQuery60000", 1.5}});
    return Paliers::Bench::runBenchmarks(argc, argv, reporter);
}
