#include "storage/exportimporter.h"

#include "exchange/referentialinstaller.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QThread>

namespace Paliers {

ImportFileResult ExportImporter::importFile(const QString &path)
{
    ImportFileResult result;
    result.path = path;
    Result<ImportedExport> parsed = AssessmentExport::readFile(path, m_storage.catalog());
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
            results.append(importFile(paths.at(next++)));
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
