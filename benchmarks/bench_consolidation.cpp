// Many schools at once.
// - Bulk import of 5,000 JSON exports (ExportImporter, as paliers-cli import
//   and the window do it) against the sqlite3 command-line tool importing
//   the same answers prepared as CSV (.import). Target: at most 6x (the
//   files read and checked on every core, one thread writing). The same
//   import with everything on one thread is printed for reference.
// - The overview of 60,000 establishments (Storage::overview and the table
//   model filled) against the bare SQL query through SQLite's C API.
//   Target: median under 1.5x.
// - The status of a campaign expecting those 60,000 establishments, counted
//   by circonscription (Storage::campaignProgress) against the same counts
//   by a bare query written by hand through SQLite's C API. Target: 1.5x.
// - The roadmap's table of 10 indicators over the 5 school years of those
//   60,000 establishments (Storage::indicatorTable) against the same shares
//   by 10 bare queries written by hand through SQLite's C API. Target: 2x.
//   bench_consolidation [FILE] keeps the 60,000-school database in FILE
//   (and the five-year one in FILE-5ans.sqlite).
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

// `readingThreads`: ExportImporter::setReadingThreads, or its default (one
// per core) when negative.
void bulkImport(benchmark::State &state, int readingThreads)
{
    ImportData &data = importData();
    int round = 0;
    for (auto _ : state) {
        state.PauseTiming();
        const QString path = data.dir.filePath(QStringLiteral("paliers-%1.sqlite").arg(round++));
        std::unique_ptr<Database> database = Database::open(path).value();
        Storage storage(*database, catalog());
        ExportImporter importer(storage);
        if (readingThreads >= 0)
            importer.setReadingThreads(readingThreads);
        state.ResumeTiming();
        const QList<ImportFileResult> results = importer.importFiles(data.files);
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

void BM_BulkImport5000Exports(benchmark::State &state)
{
    bulkImport(state, -1);
}
BENCHMARK(BM_BulkImport5000Exports)->Unit(benchmark::kMillisecond)->Iterations(1)->Repetitions(5);

// The same import serially: each file read, checked and written in turn on
// the calling thread (what the parallel reading saves).
void BM_BulkImport5000ExportsSerial(benchmark::State &state)
{
    bulkImport(state, 0);
}
BENCHMARK(BM_BulkImport5000ExportsSerial)->Unit(benchmark::kMillisecond)->Iterations(1)->Repetitions(3);

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
BENCHMARK(BM_Sqlite3CliImportCsv)->Unit(benchmark::kMillisecond)->Iterations(1)->Repetitions(5);

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

// ---------------------------------------------------------------------------
// The roadmap's indicators: 10 indicators × 5 years × 60,000 schools

constexpr int IndicatorYears = 5;

OverviewData &indicatorData()
{
    static OverviewData *data = [] {
        auto *created = new OverviewData;
        created->path = g_overviewPath.isEmpty() ? created->dir.filePath(QStringLiteral("indicators.sqlite"))
                                                 : g_overviewPath + QStringLiteral("-5ans.sqlite");
        if (!QFileInfo::exists(created->path))
            Bench::LargeDatabase::create(created->path, catalog(), OverviewSchools, IndicatorYears);
        created->database = Database::open(created->path).value();
        created->storage = std::make_unique<Storage>(*created->database, catalog());
        // Every summary computed and kept once: not measured.
        if (created->storage->overview().value().size() != OverviewSchools * IndicatorYears)
            qFatal("the indicators' database is not as expected");
        return created;
    }();
    return *data;
}

// One indicator and the bare query that computes the same shares: per year,
// the establishments counted and those meeting the condition.
struct BenchIndicator
{
    Indicator indicator;
    const char *bareSql;
    QList<QVariant> binds;
};

QList<BenchIndicator> tenIndicators()
{
    const auto make = [](const char *referential, Indicator::Condition condition, const char *subject, int palier,
                          const QString &circonscription = QString()) {
        Indicator indicator;
        indicator.label = QString::fromLatin1(subject);
        indicator.referentialId = QString::fromLatin1(referential);
        indicator.condition = condition;
        indicator.subject = QString::fromLatin1(subject);
        indicator.palier = palier;
        indicator.scope.circonscription = circonscription;
        indicator.target = 100;
        indicator.targetYear = QStringLiteral("2026-2027");
        return indicator;
    };
    const char *criterionSql = "SELECT a.school_year, count(*) - total(n.status = 'non_concerne'),"
                               " total(n.status = 'atteint') FROM assessment a LEFT JOIN answer n"
                               " ON n.assessment_id = a.id AND n.criterion_id = ?2"
                               " WHERE a.referential_id = ?1 AND a.status = 'valide' GROUP BY a.school_year";
    const char *scopedSql = "SELECT a.school_year, count(*) - total(n.status = 'non_concerne'),"
                            " total(n.status = 'atteint') FROM assessment a"
                            " JOIN establishment e ON e.id = a.establishment_id AND e.circonscription = ?3"
                            " LEFT JOIN answer n ON n.assessment_id = a.id AND n.criterion_id = ?2"
                            " WHERE a.referential_id = ?1 AND a.status = 'valide' GROUP BY a.school_year";
    const char *domainSql
        = "SELECT a.school_year, count(*), total(CAST(substr(s.domain_paliers, ?2, 1) AS INTEGER) >= ?3)"
          " FROM assessment a JOIN assessment_summary s ON s.assessment_id = a.id"
          " WHERE a.referential_id = ?1 AND a.status = 'valide' GROUP BY a.school_year";
    const char *overallSql = "SELECT a.school_year, count(*), total(s.overall_palier >= ?2)"
                             " FROM assessment a JOIN assessment_summary s ON s.assessment_id = a.id"
                             " WHERE a.referential_id = ?1 AND a.status = 'valide' GROUP BY a.school_year";
    using C = Indicator::Condition;
    const QString ecoles = QStringLiteral("creteil-ecoles");
    const QString etablissements = QStringLiteral("creteil-etablissements");
    // A domain's palier is the (2 × index + 1)th character of the summary.
    const auto position = [](const QString &grid, const char *domain) {
        return QVariant(static_cast<int>(2 * catalog().latest(grid)->domainIndex(QString::fromLatin1(domain)) + 1));
    };
    return {
        {make("creteil-ecoles", C::Criterion, "PIL-1-02", 1), criterionSql, {ecoles, QStringLiteral("PIL-1-02")}},
        {make("creteil-ecoles", C::Criterion, "PIL-1-01", 1), criterionSql, {ecoles, QStringLiteral("PIL-1-01")}},
        {make("creteil-etablissements", C::Criterion, "PIL-2-01", 1), criterionSql,
            {etablissements, QStringLiteral("PIL-2-01")}},
        {make("creteil-etablissements", C::Criterion, "PIL-1-02", 1), criterionSql,
            {etablissements, QStringLiteral("PIL-1-02")}},
        {make("creteil-etablissements", C::Criterion, "FOR-3-03", 1), criterionSql,
            {etablissements, QStringLiteral("FOR-3-03")}},
        {make("creteil-ecoles", C::Criterion, "FOR-1-01", 1, QStringLiteral("Circonscription 7")), scopedSql,
            {ecoles, QStringLiteral("FOR-1-01"), QStringLiteral("Circonscription 7")}},
        {make("creteil-ecoles", C::Domain, "FOR", 1), domainSql, {ecoles, position(ecoles, "FOR"), 1}},
        {make("creteil-etablissements", C::Domain, "PIL", 1), domainSql,
            {etablissements, position(etablissements, "PIL"), 1}},
        {make("creteil-ecoles", C::Overall, "", 1), overallSql, {ecoles, 1}},
        {make("creteil-etablissements", C::Overall, "", 1), overallSql, {etablissements, 1}},
    };
}

QList<Indicator> indicatorsOf(const QList<BenchIndicator> &bench)
{
    QList<Indicator> indicators;
    for (const BenchIndicator &b : bench)
        indicators.append(b.indicator);
    return indicators;
}

void BM_IndicatorTable60000(benchmark::State &state)
{
    OverviewData &data = indicatorData();
    const QList<Indicator> indicators = indicatorsOf(tenIndicators());
    for (auto _ : state) {
        Result<IndicatorTable> table = data.storage->indicatorTable(indicators);
        if (!table || table->rows.size() != 10 || table->years.size() != IndicatorYears)
            qFatal("the indicators' table is not 10 indicators over 5 years");
        benchmark::DoNotOptimize(table->rows.constFirst().values.constFirst().meeting);
    }
}
BENCHMARK(BM_IndicatorTable60000)->Unit(benchmark::kMillisecond)->MinTime(2.0);

void BM_BareIndicatorQueries60000(benchmark::State &state)
{
    OverviewData &data = indicatorData();
    const QList<BenchIndicator> bench = tenIndicators();
    // The same shares, checked once against Paliers' own.
    const IndicatorTable expected = data.storage->indicatorTable(indicatorsOf(bench)).value();
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(data.path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        qFatal("cannot open the database");
    bool checked = false;
    for (auto _ : state) {
        for (qsizetype i = 0; i < bench.size(); ++i) {
            sqlite3_stmt *statement = nullptr;
            sqlite3_prepare_v2(db, bench.at(i).bareSql, -1, &statement, nullptr);
            QList<QByteArray> texts;
            for (qsizetype b = 0; b < bench.at(i).binds.size(); ++b) {
                const QVariant &value = bench.at(i).binds.at(b);
                if (value.typeId() == QMetaType::Int) {
                    sqlite3_bind_int(statement, static_cast<int>(b + 1), value.toInt());
                } else {
                    texts.append(value.toString().toUtf8());
                    sqlite3_bind_text(
                        statement, static_cast<int>(b + 1), texts.constLast().constData(), -1, SQLITE_TRANSIENT);
                }
            }
            qint64 schools = 0;
            qint64 meeting = 0;
            while (sqlite3_step(statement) == SQLITE_ROW) {
                schools += sqlite3_column_int64(statement, 1);
                meeting += static_cast<qint64>(sqlite3_column_double(statement, 2));
            }
            sqlite3_finalize(statement);
            if (!checked) {
                qint64 paliersSchools = 0;
                qint64 paliersMeeting = 0;
                for (const IndicatorValue &value : expected.rows.at(i).values) {
                    paliersSchools += value.schools;
                    paliersMeeting += value.meeting;
                }
                if (schools != paliersSchools || meeting != paliersMeeting)
                    qFatal("indicator %lld: the bare query counts %lld of %lld, Paliers %lld of %lld",
                        static_cast<long long>(i), meeting, schools, paliersMeeting, paliersSchools);
            }
            benchmark::DoNotOptimize(meeting);
        }
        checked = true;
    }
    sqlite3_close(db);
}
BENCHMARK(BM_BareIndicatorQueries60000)->Unit(benchmark::kMillisecond)->MinTime(2.0);

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
    Paliers::Bench::RatioReporter reporter({{"BM_BulkImport5000Exports", "BM_Sqlite3CliImportCsv", 6.0},
        {"BM_BulkImport5000ExportsSerial", "BM_Sqlite3CliImportCsv", 0},
        {"BM_ReadAndCheck5000Exports", "BM_Sqlite3CliImportCsv", 0},
        {"BM_OverviewQueryAndModel60000", "BM_BareOverviewQuery60000", 1.5},
        {"BM_CampaignStatus60000", "BM_BareCampaignQuery60000", 1.5},
        {"BM_IndicatorTable60000", "BM_BareIndicatorQueries60000", 2.0}});
    return Paliers::Bench::runBenchmarks(argc, argv, reporter);
}
