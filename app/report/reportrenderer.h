#pragma once

#include "analysis/assessmentrecord.h"
#include "exchange/assessmentexport.h"
#include "model/result.h"

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
//
// A rubric (the jalons) reads differently after page 1: the jalon reached on
// each axis and a bar chart, then every axis with its jalons, the chosen one
// marked, then the next jalon of each axis as what to do next.
class ReportRenderer
{
    Q_DECLARE_TR_FUNCTIONS(ReportRenderer)

public:
    ReportRenderer(const AssessmentRecord &report, ExportStamp stamp);

    // Paints the whole report on `device` (a QPdfWriter or a QPrinter whose
    // page layout is set). Returns the number of pages.
    Result<int> render(QPagedPaintDevice *device) const;

    // Writes an A4 PDF/A-1b file, all or nothing.
    static Status writePdf(const AssessmentRecord &report, const ExportStamp &stamp, const QString &path);
    static QString documentTitle(const AssessmentRecord &report);

    // Sections the commission pack shares with the report. For a rubric,
    // palierTable() gives the jalons reached and radar() the jalons chart.
    void palierTable(PageFlow &flow) const;
    void radar(PageFlow &flow) const;
    // Each domain's target and where it stands beside the académie's
    // median, when the school has targets or imported repères.
    void targetsTable(PageFlow &flow) const;
    void actionPlan(PageFlow &flow) const;

private:
    // How many criteria of a palier stay on the page of its heading.
    static constexpr qsizetype LeadCriteria = 2;

    // "Digital maturity paliers", or its counterpart for the jalons.
    static QString reportTitle(const AssessmentRecord &report);
    bool isRubric() const;

    void layOut(PageFlow &flow) const;
    void identity(PageFlow &flow) const;
    void domainSection(PageFlow &flow, const Domain &domain, int number) const;
    // The domain's title, its palier, the counts per palier and what blocks.
    void domainHeading(PageFlow &flow, const Domain &domain, const DomainResult &result, int number) const;
    void criterionRow(PageFlow &flow, const Criterion &criterion) const;
    // The comment and evidence of a cell and the grid's note on it, indented.
    void answerNotes(PageFlow &flow, const Criterion &criterion, qreal indent) const;
    void nextSteps(PageFlow &flow) const;
    void stageTable(PageFlow &flow) const;
    void stageChart(PageFlow &flow) const;
    void axisPosition(PageFlow &flow, const Domain &axis, int number) const;
    void stageRow(PageFlow &flow, const Level &level, const Criterion *cell, bool chosen) const;
    void nextStages(PageFlow &flow) const;
    void signatures(PageFlow &flow) const;

    const AssessmentRecord &m_report;
    ExportStamp m_stamp;
};

} // namespace Paliers
