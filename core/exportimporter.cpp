#include "exportimporter.h"

#include <QDir>
#include <QFileInfo>

namespace Paliers {

ImportFileResult ExportImporter::importFile(const QString &path)
{
    ImportFileResult result;
    result.path = path;
    Result<ImportedExport> parsed = AssessmentExport::readFile(path, m_storage.catalog());
    if (!parsed) {
        result.message = parsed.error();
        return result;
    }
    Result<ImportOutcome> outcome = m_storage.importExport(parsed.value(), QFileInfo(path).fileName());
    if (!outcome) {
        result.message = tr("%1: %2").arg(QFileInfo(path).fileName(), outcome.error());
        return result;
    }
    const AssessmentReport &report = parsed->report;
    result.assessmentId = outcome->assessmentId;
    if (outcome->kind == ImportOutcome::Kind::AlreadyImported) {
        result.kind = ImportFileResult::Kind::AlreadyImported;
        result.message = tr("%1: already imported (export %2), skipped.")
                             .arg(QFileInfo(path).fileName(), parsed->stamp.exportId);
        return result;
    }
    result.kind = ImportFileResult::Kind::Imported;
    result.message = tr("%1: %2 (%3), %4, imported as assessment %5%6.")
                         .arg(QFileInfo(path).fileName(), report.establishment.name, report.establishment.uai,
                              report.assessment.schoolYear)
                         .arg(outcome->assessmentId)
                         .arg(outcome->establishmentCreated ? tr(" (new establishment)") : QString());
    return result;
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
