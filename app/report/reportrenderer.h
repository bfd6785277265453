#pragma once

#include "assessmentexport.h"
#include "assessmentreport.h"
#include "result.h"

#include <QCoreApplication>

class QPagedPaintDevice;

namespace Paliers {

class PageFlow;

// The report of one assessment, as the DANE receives it: page 1 says who,
// when, which grid and which paliers (with the radar chart); then one section
// per domain with every criterion, its status, comment and evidence; then
// what to do next and the action plan; then the signatures. Every page has
// "page X / Y" and a footer naming the version and the export identifier; a
// draft is watermarked. The same painting goes to a PDF file and to a printer.
class ReportRenderer
{
    Q_DECLARE_TR_FUNCTIONS(ReportRenderer)

public:
    ReportRenderer(const AssessmentReport &report, ExportStamp stamp);

    // Paints the whole report on `device` (a QPdfWriter or a QPrinter whose
    // page layout is set). Returns the number of pages.
    Result<int> render(QPagedPaintDevice *device) const;

    // Writes an A4 PDF/A-1b file, all or nothing.
    static Status writePdf(const AssessmentReport &report, const ExportStamp &stamp, const QString &path);
    static QString documentTitle(const AssessmentReport &report);

    // Sections the commission pack shares with the report.
    void palierTable(PageFlow &flow) const;
    void radar(PageFlow &flow) const;
    void actionPlan(PageFlow &flow) const;

private:
    void layOut(PageFlow &flow) const;
    void identity(PageFlow &flow) const;
    void domainSection(PageFlow &flow, const Domain &domain, int number) const;
    void criterionRow(PageFlow &flow, const Criterion &criterion) const;
    void nextSteps(PageFlow &flow) const;
    void signatures(PageFlow &flow) const;

    const AssessmentReport &m_report;
    ExportStamp m_stamp;
};

} // namespace Paliers
