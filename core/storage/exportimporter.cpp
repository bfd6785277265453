#include "storage/exportimporter.h"

#include "exchange/referentialinstaller.h"

#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QThread>
#include <QThreadPool>

namespace Paliers {

namespace {

// Reads and checks the files of an import on a pool of threads, a few files
// ahead of the thread that writes them, which takes them in their order.
// Each file is read with the grids known when its reading began (a copy of
// the catalogue: the writer adds to its own); the generation tells the
// writer whether a grid was added since.
class ReadAhead
{
public:
    struct Read
    {
        Result<ImportedExport> parsed;
        int generation = 0;
    };

    ReadAhead(const QStringList &paths, const ReferentialCatalog &catalog, int threads)
        : m_paths(paths)
        , m_catalog(std::make_shared<const ReferentialCatalog>(catalog))
        , m_reads(paths.size())
        , m_window(std::max(4, 8 * threads))
    {
        m_pool.setMaxThreadCount(threads);
        const std::lock_guard lock(m_mutex);
        schedule();
    }

    ~ReadAhead()
    {
        m_stopping = true; // reads not begun are skipped
        m_pool.waitForDone();
    }

    ReadAhead(const ReadAhead &) = delete;
    ReadAhead &operator=(const ReadAhead &) = delete;

    // File `index`, once read; indices in order, each once.
    Read take(qsizetype index)
    {
        std::unique_lock lock(m_mutex);
        m_read.wait(lock, [&] { return m_reads.at(index).has_value(); });
        Read read = std::move(*m_reads[index]);
        m_reads[index].reset();
        m_taken = index + 1;
        schedule();
        return read;
    }

    // Frees what was read on a reading thread: the one writer's time is the
    // import's, and a parsed export is hundreds of small blocks.
    void release(Read read)
    {
        auto garbage = std::make_shared<Read>(std::move(read));
        m_pool.start([garbage = std::move(garbage)]() mutable { garbage.reset(); });
    }

    int generation() const
    {
        const std::lock_guard lock(m_mutex);
        return m_generation;
    }

    // The grids known changed: the files read from now on use `catalog`.
    void setCatalog(const ReferentialCatalog &catalog)
    {
        const std::lock_guard lock(m_mutex);
        m_catalog = std::make_shared<const ReferentialCatalog>(catalog);
        ++m_generation;
    }

private:
    // Queues the reads of the files up to m_window past the last one taken;
    // with m_mutex held.
    void schedule()
    {
        for (; m_scheduled < m_paths.size() && m_scheduled < m_taken + m_window; ++m_scheduled) {
            m_pool.start([this, index = m_scheduled] {
                if (m_stopping)
                    return;
                std::shared_ptr<const ReferentialCatalog> catalog;
                int generation = 0;
                {
                    const std::lock_guard lock(m_mutex);
                    catalog = m_catalog;
                    generation = m_generation;
                }
                Read read {AssessmentExport::readFile(m_paths.at(index), *catalog), generation};
                const std::lock_guard lock(m_mutex);
                m_reads[index] = std::move(read);
                m_read.notify_all();
            });
        }
    }

    const QStringList m_paths;
    mutable std::mutex m_mutex;
    std::condition_variable m_read;
    std::shared_ptr<const ReferentialCatalog> m_catalog;
    int m_generation = 0;
    std::vector<std::optional<Read>> m_reads;
    qsizetype m_scheduled = 0;
    qsizetype m_taken = 0;
    const qsizetype m_window;
    std::atomic<bool> m_stopping = false;
    QThreadPool m_pool; // last: its threads are gone before the rest
};

} // namespace

ImportFileResult ExportImporter::importFile(const QString &path)
{
    return store(path, AssessmentExport::readFile(path, m_storage.catalog()));
}

ImportFileResult ExportImporter::store(const QString &path, const Result<ImportedExport> &parsed)
{
    ImportFileResult result;
    result.path = path;
    QString addedGrid;
    if (!parsed) {
        result.message = parsed.error();
        return result;
    }
    // A grid the export carried is kept with the installed ones, so that the
    // assessment can be shown, printed and consolidated from now on.
    if (const std::shared_ptr<const Referential> &grid = parsed->embeddedReferential;
        grid && !m_storage.catalog().find(grid->id(), grid->version())) {
        Result<ReferentialInstaller::Installed> installed = ReferentialInstaller::install(
            grid->fileData(), QFileInfo(path).fileName(), m_storage.catalog(), m_referentialFolder);
        if (!installed) {
            result.message = tr("%1: %2").arg(QFileInfo(path).fileName(), installed.error());
            return result;
        }
        m_storage.adoptReferential(grid);
        m_adopted.append(grid);
        addedGrid = tr(" (the grid \"%1\" version %2 it carried was added)").arg(grid->id(), grid->version());
    }
    Result<ImportOutcome> outcome = m_storage.storeImportedAssessment(parsed.value(), QFileInfo(path).fileName());
    if (!outcome) {
        result.message = tr("%1: %2").arg(QFileInfo(path).fileName(), outcome.error());
        return result;
    }
    const AssessmentRecord &report = parsed->report;
    result.assessmentId = outcome->assessmentId;
    if (outcome->kind == ImportOutcome::Kind::AlreadyImported) {
        result.kind = ImportFileResult::Kind::AlreadyImported;
        result.message
            = tr("%1: already imported (export %2), skipped.").arg(QFileInfo(path).fileName(), parsed->stamp.exportId);
        return result;
    }
    result.kind = ImportFileResult::Kind::Imported;
    result.message = tr("%1: %2 (%3), %4, imported as assessment %5%6.")
                         .arg(QFileInfo(path).fileName(), report.establishment.name, report.establishment.uai,
                             report.assessment.schoolYear)
                         .arg(outcome->assessmentId)
                         .arg((outcome->establishmentCreated ? tr(" (new establishment)") : QString()) + addedGrid);
    return result;
}

QList<ImportFileResult> ExportImporter::importFiles(
    const QStringList &paths, const std::function<bool(int)> &progress, int batchSize)
{
    QList<ImportFileResult> results;
    results.reserve(paths.size());
    std::optional<ReadAhead> reader;
    if (m_readingThreads > 0 && paths.size() > 1)
        reader.emplace(paths, m_storage.catalog(), m_readingThreads);
    const auto importNext = [&](const QString &path) {
        if (!reader)
            return importFile(path);
        ReadAhead::Read read = reader->take(results.size());
        // A grid was added after this file was read: read it again, as a
        // file read after it would have been.
        if (read.generation != reader->generation())
            read.parsed = AssessmentExport::readFile(path, m_storage.catalog());
        const qsizetype adopted = m_adopted.size();
        ImportFileResult result = store(path, read.parsed);
        if (m_adopted.size() != adopted)
            reader->setCatalog(m_storage.catalog());
        reader->release(std::move(read));
        return result;
    };
    bool goOn = true;
    qsizetype next = 0;
    while (next < paths.size() && goOn) {
        if (next > 0) // the write lock is free: let a waiting writer take it
            QThread::msleep(PauseMs);
        const qsizetype first = results.size();
        QElapsedTimer elapsed;
        elapsed.start();
        Database::Transaction batch(m_storage.database());
        for (qsizetype count = 0; next < paths.size() && count < batchSize; ++count) {
            if (count > 0 && elapsed.elapsed() >= BatchMs)
                break;
            results.append(importNext(paths.at(next++)));
            if (progress && !progress(static_cast<int>(results.size()))) {
                goOn = false;
                break;
            }
        }
        if (batch.isActive() && !batch.commit()) {
            // The batch did not reach the disk: none of its files is imported.
            for (qsizetype i = first; i < results.size(); ++i) {
                if (results.at(i).kind == ImportFileResult::Kind::Imported) {
                    results[i].kind = ImportFileResult::Kind::Refused;
                    results[i].message = tr("%1: %2").arg(QFileInfo(results.at(i).path).fileName(), batch.error());
                }
            }
        }
    }
    return results;
}

QStringList ExportImporter::expand(const QStringList &paths)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            const QFileInfoList entries
                = QDir(path).entryInfoList({QStringLiteral("*.json")}, QDir::Files | QDir::Readable, QDir::Name);
            for (const QFileInfo &entry : entries)
                files.append(entry.filePath());
        } else {
            files.append(path);
        }
    }
    return files;
}

} // namespace Paliers
