#pragma once

#include "storage/storage.h"

#include <functional>
#include <QCoreApplication>
#include <QStringList>
#include <QThread>

namespace Paliers {

// What became of one file given to the importer.
struct ImportFileResult
{
    enum class Kind
    {
        Imported,
        AlreadyImported, // the same export was imported before: skipped
        Refused, // nothing of it was written; `message` says why
    };
    QString path;
    Kind kind = Kind::Refused;
    QString message;
    qint64 assessmentId = 0;
};

// Imports JSON exports into a database one file at a time, each file all or
// nothing. Shared by paliers-cli import and the window.
class ExportImporter
{
    Q_DECLARE_TR_FUNCTIONS(ExportImporter)

public:
    // Grids that exports carry are installed in `referentialFolder`.
    explicit ExportImporter(Storage &storage, QString referentialFolder = ReferentialCatalog::installedFolder())
        : m_storage(storage)
        , m_referentialFolder(std::move(referentialFolder))
    {
    }

    ImportFileResult importFile(const QString &path);

    // How many threads importFiles() reads and checks the files on, ahead of
    // the one that writes them (the caller's, which alone uses the
    // database); 0 reads them on the caller's thread, one after the other.
    // The result is the same either way. By default, one per core.
    void setReadingThreads(int count) { m_readingThreads = count; }

    // A batch is committed after this long even when it holds fewer than
    // `batchSize` files, and the importer then pauses so that another
    // program's write waiting for the database gets in.
    static constexpr int BatchMs = 250;
    static constexpr int PauseMs = 5;

    // Imports many files in batches of one transaction each (one disk sync
    // per batch instead of per file): `batchSize` files or BatchMs, whichever
    // comes first. Each file stays all or nothing (a savepoint).
    // `progress(done)` after each file; returning false stops after the
    // current batch is committed.
    QList<ImportFileResult> importFiles(
        const QStringList &paths, const std::function<bool(int done)> &progress = {}, int batchSize = 200);

    // Files as given, folders replaced by the .json files they hold (sorted,
    // not recursive).
    static QStringList expand(const QStringList &paths);

    // The grids imports carried and installed, for the window's catalogue.
    const QList<std::shared_ptr<const Referential>> &adoptedReferentials() const { return m_adopted; }

private:
    // Writes one file read by AssessmentExport::readFile.
    ImportFileResult store(const QString &path, const Result<ImportedExport> &parsed);

    Storage &m_storage;
    QString m_referentialFolder;
    QList<std::shared_ptr<const Referential>> m_adopted;
    int m_readingThreads = QThread::idealThreadCount();
};

} // namespace Paliers
