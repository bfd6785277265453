#pragma once

#include "analysis/assessmentrecord.h"
#include "model/assessment.h"
#include "model/result.h"
#include "storage/exportimporter.h"

#include <QObject>
#include <QPointer>

class QAction;
class QPrinter;
class QWidget;

namespace Paliers {

class Session;

// File → Export the PDF report, Export JSON, Export CSV, Print, Import
// exports: the actions that move an assessment in and out of the database.
// The window gives the open session and the assessment on screen; each
// action asks for a file, then calls the matching function below, which the
// tests call directly.
class ExportActions : public QObject
{
    Q_OBJECT

public:
    explicit ExportActions(QWidget *window);

    void setSession(Session *session);
    void setAssessment(qint64 assessmentId);

    QAction *exportPdfAction() const { return m_exportPdf; }
    QAction *exportJsonAction() const { return m_exportJson; }
    QAction *exportCsvAction() const { return m_exportCsv; }
    QAction *printAction() const { return m_print; }
    QAction *importAction() const { return m_import; }
    QAction *commissionAction() const { return m_commission; }

    Status exportPdf(const QString &path);
    Status exportJson(const QString &path);
    Status exportCsv(const QString &path);
    Status print(QPrinter *printer);
    // Keeps `meeting` (when the database is writable) and writes the pack of
    // the commission numérique.
    Status exportCommission(const QString &path, const CommissionMeeting &meeting);
    // Imports each file in turn with a progress dialog that can be
    // cancelled (between files: each file is all or nothing).
    QList<ImportFileResult> importFiles(const QStringList &paths);
    // importFiles(), then the report: how many imported, skipped, refused.
    void importAndReport(const QStringList &paths);

    // The name proposed for an export: "paliers-0750655E-2025-2026.pdf".
    QString suggestedFileName(const QString &suffix) const;

signals:
    void errorOccurred(const QString &message);
    void notice(const QString &message);
    // A grid an imported export carried, now installed.
    void referentialAdded(const std::shared_ptr<const Paliers::Referential> &referential);

private:
    void updateActions();
    Result<AssessmentRecord> loadReport();
    void chooseAndExport(const QString &suffix, const QString &filter, Status (ExportActions::*write)(const QString &));
    void choosePrinter();
    void prepareCommission();
    // Records the meeting of the assessment on screen (not on a read-only
    // database), then writes the pack with it.
    Status keepMeeting(CommissionMeeting &meeting);
    Status writeCommission(const QString &path, const CommissionMeeting &meeting);
    void chooseImports();
    void showImportReport(const QList<ImportFileResult> &results);

    QWidget *m_window;
    QPointer<Session> m_session;
    qint64 m_assessmentId = 0;
    QString m_lastFolder;
    QAction *m_exportPdf;
    QAction *m_exportJson;
    QAction *m_exportCsv;
    QAction *m_print;
    QAction *m_import;
    QAction *m_commission;
};

} // namespace Paliers
