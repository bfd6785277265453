#include "exportactions.h"

#include "commissiondialog.h"
#include "commissionrenderer.h"
#include "exchange/assessmentexport.h"
#include "exchange/csvexport.h"
#include "exchange/filewriter.h"
#include "reportrenderer.h"
#include "session.h"
#include "storage/loaders.h"
#include "workerprogress.h"

#include <atomic>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPageLayout>
#include <QPrintDialog>
#include <QPrinter>
#include <QStandardPaths>

namespace Paliers {

namespace {

// Where the file dialogs start: the Documents folder, or the home folder
// when there is none (a fresh account): never the folder Paliers was
// started from, where a quick Return would leave the file.
QString startFolder()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(documents).exists() ? documents : QDir::homePath();
}

} // namespace

ExportActions::ExportActions(QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_lastFolder(startFolder())
    , m_exportPdf(new QAction(QIcon::fromTheme(QStringLiteral("document-export")), tr("Export the &PDF report…"), this))
    , m_exportJson(new QAction(tr("Export for the DANE (&JSON)…"), this))
    , m_exportCsv(new QAction(tr("Export as a &spreadsheet (CSV)…"), this))
    , m_print(new QAction(QIcon::fromTheme(QStringLiteral("document-print")), tr("Prin&t the report…"), this))
    , m_import(new QAction(QIcon::fromTheme(QStringLiteral("document-import")), tr("&Import exports…"), this))
    , m_commission(new QAction(
          QIcon::fromTheme(QStringLiteral("x-office-presentation")), tr("Prepare the &commission numérique…"), this))
{
    m_commission->setObjectName(QStringLiteral("prepareCommission"));
    m_commission->setIconText(tr("Commission…"));
    m_commission->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_commission->setToolTip(tr("A short meeting pack: paliers, progress, action plan, criteria to discuss"));
    connect(m_commission, &QAction::triggered, this, &ExportActions::prepareCommission);
    m_exportPdf->setObjectName(QStringLiteral("exportPdf"));
    m_exportPdf->setIconText(tr("PDF report…"));
    m_exportPdf->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_print->setShortcut(QKeySequence::Print);
    m_import->setObjectName(QStringLiteral("importExports"));
    connect(m_exportPdf, &QAction::triggered, this,
        [this] { chooseAndExport(QStringLiteral("pdf"), tr("PDF documents (*.pdf)"), &ExportActions::exportPdf); });
    connect(m_exportJson, &QAction::triggered, this, [this] {
        chooseAndExport(QStringLiteral("json"), tr("Paliers exports (*.json)"), &ExportActions::exportJson);
    });
    connect(m_exportCsv, &QAction::triggered, this,
        [this] { chooseAndExport(QStringLiteral("csv"), tr("CSV spreadsheets (*.csv)"), &ExportActions::exportCsv); });
    connect(m_print, &QAction::triggered, this, &ExportActions::choosePrinter);
    connect(m_import, &QAction::triggered, this, &ExportActions::chooseImports);
    updateActions();
}

void ExportActions::setSession(Session *session)
{
    if (session == m_session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (session)
        connect(session, &Session::aboutToClose, this, [this] { setSession(nullptr); });
    m_assessmentId = 0;
    updateActions();
}

void ExportActions::setAssessment(qint64 assessmentId)
{
    m_assessmentId = assessmentId;
    updateActions();
}

void ExportActions::updateActions()
{
    const bool hasAssessment = m_session && m_assessmentId != 0;
    for (QAction *action : {m_exportPdf, m_exportJson, m_exportCsv, m_print, m_commission})
        action->setEnabled(hasAssessment);
    m_import->setEnabled(m_session && !m_session->isReadOnly());
}

QString ExportActions::suggestedFileName(const QString &suffix) const
{
    if (!m_session || m_assessmentId == 0)
        return QStringLiteral("paliers.%1").arg(suffix);
    const Result<Assessment> assessment = m_session->storage().assessment(m_assessmentId);
    const Result<Establishment> establishment
        = assessment ? m_session->storage().establishment(assessment->establishmentId) : Error {QString()};
    if (!assessment || !establishment)
        return QStringLiteral("paliers.%1").arg(suffix);
    return QStringLiteral("paliers-%1-%2.%3").arg(establishment->uai, assessment->schoolYear, suffix);
}

Result<AssessmentRecord> ExportActions::loadReport()
{
    if (!m_session || m_assessmentId == 0)
        return Error {tr("Open an assessment first.")};
    m_session->flushPendingEdits(); // a comment being typed is written first
    return loadAssessmentRecord(m_session->storage(), m_assessmentId);
}

Status ExportActions::exportPdf(const QString &path)
{
    Result<AssessmentRecord> report = loadReport();
    if (!report)
        return Error {report.error()};
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status written = ReportRenderer::writePdf(report.value(), ExportStamp::now(), path);
    QApplication::restoreOverrideCursor();
    return written;
}

Status ExportActions::exportJson(const QString &path)
{
    Result<AssessmentRecord> report = loadReport();
    if (!report)
        return Error {report.error()};
    // A grid added to this Paliers travels with the export: the DANE may not have it.
    const EmbedReferential embed = m_session->storage().catalog().isInstalled(*report->referential)
        ? EmbedReferential::Yes
        : EmbedReferential::No;
    return FileWriter::write(path, AssessmentExport::toJson(report.value(), ExportStamp::now(), embed));
}

Status ExportActions::exportCsv(const QString &path)
{
    Result<AssessmentRecord> report = loadReport();
    if (!report)
        return Error {report.error()};
    return FileWriter::write(path, CsvExport::criteria(report.value()));
}

Status ExportActions::print(QPrinter *printer)
{
    Result<AssessmentRecord> report = loadReport();
    if (!report)
        return Error {report.error()};
    Result<int> pages = ReportRenderer(report.value(), ExportStamp::now()).render(printer);
    if (!pages)
        return Error {pages.error()};
    return Done {};
}

Status ExportActions::keepMeeting(CommissionMeeting &meeting)
{
    if (!m_session || m_assessmentId == 0)
        return Error {tr("Open an assessment first.")};
    meeting.assessmentId = m_assessmentId;
    if (m_session->isReadOnly())
        return Done {}; // the pack is still written, with what was typed
    if (Status saved = m_session->storage().saveCommissionMeeting(meeting); !saved)
        return saved;
    m_session->notifyAssessmentChanged(m_assessmentId);
    return Done {};
}

Status ExportActions::exportCommission(const QString &path, const CommissionMeeting &meeting)
{
    CommissionMeeting kept = meeting;
    if (Status saved = keepMeeting(kept); !saved)
        return saved;
    return writeCommission(path, kept);
}

Status ExportActions::writeCommission(const QString &path, const CommissionMeeting &meeting)
{
    m_session->flushPendingEdits();
    Result<CommissionPack> pack = loadCommissionPack(m_session->storage(), m_assessmentId);
    if (!pack)
        return Error {pack.error()};
    pack.value().meeting = meeting;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status written = CommissionRenderer::writePdf(pack.value(), ExportStamp::now(), path);
    QApplication::restoreOverrideCursor();
    return written;
}

void ExportActions::prepareCommission()
{
    if (!m_session || m_assessmentId == 0)
        return;
    Storage &storage = m_session->storage();
    Result<CommissionMeeting> meeting = storage.commissionMeeting(m_assessmentId);
    if (!meeting) {
        emit errorOccurred(meeting.error());
        return;
    }
    QStringList suggested;
    // A commission's members change little from one year to the next: last
    // year's meeting, when this one has none yet.
    if (meeting->members.trimmed().isEmpty()) {
        const Result<std::optional<Assessment>> previous = storage.predecessor(m_assessmentId);
        if (previous && previous.value()) {
            if (const Result<CommissionMeeting> last = storage.commissionMeeting(previous.value()->id); last)
                suggested = last->memberList();
        }
    }
    const Result<Assessment> assessment = storage.assessment(m_assessmentId);
    const Result<Establishment> school = suggested.isEmpty() && assessment
        ? storage.establishment(assessment->establishmentId)
        : Result<Establishment>(Error {QString()});
    if (school) { // else last year's members, or nobody to suggest
        const QString title = headTitleOf(school.value());
        if (!school->headName.isEmpty())
            suggested.append(title.isEmpty() ? school->headName : tr("%1, %2").arg(school->headName, title));
        if (!school->referentName.isEmpty())
            suggested.append(tr("%1, digital referent").arg(school->referentName));
    }
    CommissionDialog dialog(meeting.value(), suggested, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // Kept at once: what was typed survives a cancelled file dialog.
    CommissionMeeting typed = dialog.meeting();
    if (Status saved = keepMeeting(typed); !saved) {
        emit errorOccurred(saved.error());
        return;
    }
    QString path = QFileDialog::getSaveFileName(m_window, tr("Commission numérique"),
        QDir(m_lastFolder)
            .filePath(suggestedFileName(QStringLiteral("pdf"))
                          .replace(QLatin1String("paliers-"), QLatin1String("commission-"))),
        tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1String(".pdf");
    m_lastFolder = QFileInfo(path).absolutePath();
    if (const Status written = writeCommission(path, typed); !written) {
        emit errorOccurred(written.error());
        return;
    }
    emit notice(tr("Written: %1").arg(QDir::toNativeSeparators(path)));
}

void ExportActions::chooseAndExport(
    const QString &suffix, const QString &filter, Status (ExportActions::*write)(const QString &))
{
    QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export"), QDir(m_lastFolder).filePath(suggestedFileName(suffix)), filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffix;
    m_lastFolder = QFileInfo(path).absolutePath();
    const Status written = (this->*write)(path);
    if (!written) {
        emit errorOccurred(written.error());
        return;
    }
    emit notice(tr("Written: %1").arg(QDir::toNativeSeparators(path)));
}

void ExportActions::choosePrinter()
{
    // At screen resolution the report's fonts and charts measure as they do
    // in the PDF.
    QPrinter printer(QPrinter::ScreenResolution);
    printer.setPageLayout(QPageLayout(
        QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(16, 14, 16, 12), QPageLayout::Millimeter));
    printer.setDocName(suggestedFileName(QStringLiteral("pdf")));
    QPrintDialog dialog(&printer, m_window);
    dialog.setWindowTitle(tr("Print the report"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status printed = print(&printer);
    QApplication::restoreOverrideCursor();
    if (!printed)
        emit errorOccurred(printed.error());
    else
        emit notice(tr("The report was sent to the printer."));
}

void ExportActions::chooseImports()
{
    const QStringList paths
        = QFileDialog::getOpenFileNames(m_window, tr("Import exports"), m_lastFolder, tr("Paliers exports (*.json)"));
    if (paths.isEmpty())
        return;
    m_lastFolder = QFileInfo(paths.constFirst()).absolutePath();
    importAndReport(paths);
}

void ExportActions::importAndReport(const QStringList &paths)
{
    showImportReport(importFiles(paths));
}

QList<ImportFileResult> ExportActions::importFiles(const QStringList &paths)
{
    QList<ImportFileResult> results;
    if (!m_session)
        return results;
    const QStringList files = ExportImporter::expand(paths);
    if (files.isEmpty())
        return results;

    // The import runs on its own thread with its own connection to the
    // database (SQLite in WAL mode); the window shows the progress, modal. Each file is all or nothing;
    // cancelling stops after the batch under way is written.
    const QString databasePath = m_session->path();
    const ReferentialCatalog catalog = m_session->storage().catalog();
    const QString actor = m_session->storage().actor();
    std::atomic<int> done = 0;
    std::atomic<bool> cancelled = false;
    QString openError;
    QList<std::shared_ptr<const Referential>> adopted;
    const int total = static_cast<int>(files.size());
    WorkerProgress progress {tr("Importing the exports…"), total, &done};
    progress.labelAt = [total](int count) {
        return tr("Importing the exports… %1 of %2").arg(count).arg(total);
    };
    progress.cancelled = &cancelled;
    runWithProgress(m_window, progress, [&] {
        Result<std::unique_ptr<Database>> database = Database::open(databasePath);
        if (!database) {
            openError = database.error();
            return;
        }
        Storage storage(*database.value(), catalog);
        storage.setActor(actor);
        ExportImporter importer(storage);
        results = importer.importFiles(files, [&](int count) {
            done = count;
            return !cancelled;
        });
        adopted = importer.adoptedReferentials();
    });

    if (!openError.isEmpty())
        emit errorOccurred(openError);
    // Grids the exports carried were installed: known from now on.
    for (const std::shared_ptr<const Referential> &referential : std::as_const(adopted))
        emit referentialAdded(referential);
    m_session->notifyEstablishmentsChanged();
    return results;
}

void ExportActions::showImportReport(const QList<ImportFileResult> &results)
{
    int imported = 0;
    int skipped = 0;
    int refused = 0;
    QStringList details;
    for (const ImportFileResult &result : results) {
        switch (result.kind) {
        case ImportFileResult::Kind::Imported:
            ++imported;
            break;
        case ImportFileResult::Kind::AlreadyImported:
            ++skipped;
            break;
        case ImportFileResult::Kind::Refused:
            ++refused;
            break;
        }
        details.append(result.message);
    }
    QMessageBox box(refused > 0 ? QMessageBox::Warning : QMessageBox::Information, tr("Import"),
        tr("%n export(s) imported", nullptr, imported) + QStringLiteral("\n")
            + tr("%n already there (skipped)", nullptr, skipped) + QStringLiteral("\n")
            + tr("%n refused", nullptr, refused),
        QMessageBox::Ok, m_window);
    box.setTextFormat(Qt::PlainText);
    box.setDetailedText(details.join(QLatin1Char('\n')));
    box.exec();
}

} // namespace Paliers
