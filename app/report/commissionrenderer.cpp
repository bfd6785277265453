#include "commissionrenderer.h"

#include "pageflow.h"
#include "palierscharts.h"
#include "reportstyle.h"

#include <QPagedPaintDevice>
#include <QPainter>

namespace Paliers {

using namespace ReportStyle;

namespace {

const QColor Regression {0xb0, 0x1c, 0x1c};
const QColor Gain {0x1b, 0x6e, 0x2e};

} // namespace

CommissionRenderer::CommissionRenderer(const CommissionPack &pack, ExportStamp stamp)
    : m_pack(pack)
    , m_stamp(stamp)
    , m_report(pack.report, std::move(stamp))
{
}

QString CommissionRenderer::documentTitle(const CommissionPack &pack)
{
    return tr("Commission numérique — %1 (%2) — %3")
        .arg(pack.report.establishment.name, pack.report.establishment.uai, pack.report.assessment.schoolYear);
}

Status CommissionRenderer::writePdf(const CommissionPack &pack, const ExportStamp &stamp, const QString &path)
{
    return ReportStyle::writePdf(path, documentTitle(pack), QStringLiteral("Paliers %1").arg(stamp.appVersion),
        [&](QPagedPaintDevice *device) -> Status {
            Result<int> pages = CommissionRenderer(pack, stamp).render(device);
            if (!pages)
                return Error {pages.error()};
            return Done {};
        });
}

Result<int> CommissionRenderer::render(QPagedPaintDevice *device) const
{
    PageFlow flow(device, contentRect(device));
    layOut(flow);
    const AssessmentRecord &report = m_pack.report;
    PageDecoration decoration;
    decoration.headerLeft
        = QStringLiteral("%1 — %2 — %3")
              .arg(PageFlow::isolated(report.establishment.name), PageFlow::isolated(report.establishment.uai),
                  PageFlow::isolated(report.assessment.schoolYear));
    decoration.headerRight = tr("Commission numérique");
    decoration.footerLeft = tr("Paliers %1 · prepared on %2").arg(m_stamp.appVersion, dateText(m_stamp.exportedAt));
    return paintPages(device, flow, decoration, tr("The commission pack"));
}

QString CommissionRenderer::domainTitle(const QString &id) const
{
    const Domain *domain = m_pack.report.referential->domain(id);
    return domain ? domain->title : id;
}

QString CommissionRenderer::criterionLine(const QString &id) const
{
    const Criterion *criterion = m_pack.report.referential->criterion(id);
    return criterion ? tr("%1 — %2").arg(id, criterion->text) : id;
}

void CommissionRenderer::layOut(PageFlow &flow) const
{
    const AssessmentRecord &report = m_pack.report;
    flow.paragraph(tr("Commission numérique — preparation pack"), {font(20, true), Accent, 0, 0, flow.mm(1)});
    flow.paragraph(tr("%1 (%2) — school year %3")
                       .arg(report.establishment.name, report.establishment.uai, report.assessment.schoolYear),
        {font(12, true), Ink, 0, 0, flow.mm(1)});
    QString status = report.assessment.status == AssessmentStatus::Validated
        ? tr("assessment validated on %1").arg(dateText(report.assessment.validatedAt))
        : tr("assessment in progress (draft)");
    flow.paragraph(tr("%1 — %2").arg(report.referential->title(), status), {font(9), Muted, 0, 0, flow.mm(4)});

    meeting(flow);
    ReportStyle::heading(flow, tr("Where things stand"), 1);
    m_report.palierTable(flow);
    m_report.targetsTable(flow);
    m_report.radar(flow);
    progress(flow);
    m_report.actionPlan(flow);
    toDiscuss(flow);
    decisions(flow);
}

void CommissionRenderer::meeting(PageFlow &flow) const
{
    ReportStyle::heading(flow, tr("Meeting"), 1);
    const CommissionMeeting &meeting = m_pack.meeting;
    const PageFlow::TextStyle text {font(10), Ink, 0, 0, flow.mm(1)};
    flow.paragraph(
        meeting.date.isValid() ? tr("Date: %1").arg(dateText(meeting.date)) : tr("Date: ____ / ____ / ________"), text);
    const QStringList members = meeting.memberList();
    if (members.isEmpty()) {
        flow.paragraph(tr("Members present:"), text);
        writingLines(flow, 3, flow.mm(4));
    } else {
        flow.paragraph(tr("Members:"), text);
        for (const QString &member : members)
            flow.paragraph(tr("☐ %1").arg(member), {font(10), Ink, flow.mm(4), 0, flow.mm(0.5)});
        flow.paragraph(tr("Tick those present."), {font(8), Muted, flow.mm(4), 0, flow.mm(2)});
    }
}

void CommissionRenderer::progress(PageFlow &flow) const
{
    flow.newPage();
    ReportStyle::heading(flow, tr("Progress since last time"), 1);
    if (!m_pack.progress) {
        flow.paragraph(tr("This is the first assessment of this grid here: there is nothing to compare with yet."),
            {font(9), Muted, 0, 0, flow.mm(3)});
        return;
    }
    const Progress &progress = *m_pack.progress;
    const bool rubric = m_pack.report.referential->kind() == ReferentialKind::Rubric;
    flow.paragraph(tr("Compared with the assessment of %1.").arg(progress.previous.schoolYear),
        {font(9), Muted, 0, 0, flow.mm(2)});

    Table table;
    table.widths = {flow.width() - 3 * flow.mm(30), flow.mm(30), flow.mm(30), flow.mm(30)};
    table.alignments = {Qt::AlignLeft, Qt::AlignHCenter, Qt::AlignHCenter, Qt::AlignHCenter};
    table.row(flow,
        {rubric ? tr("Axis") : tr("Domain"), progress.previous.schoolYear, m_pack.report.assessment.schoolYear,
            tr("Change")},
        {}, true);
    const auto changeText = [](int delta) {
        if (delta > 0)
            return tr("▲ +%1").arg(delta);
        if (delta < 0)
            return tr("▼ %1").arg(delta);
        return tr("=");
    };
    const int top = m_pack.report.referential->maxLevel();
    const auto color = [top](int level) {
        return PaliersCharts::stageColor(level, top);
    };
    for (const DomainChange &change : progress.domains) {
        const QColor deltaFill = change.delta() > 0 ? QColor(0xd8, 0xf0, 0xdc)
            : change.delta() < 0                    ? QColor(0xf8, 0xd7, 0xd7)
                                                    : QColor();
        table.row(flow,
            {domainTitle(change.domainId), QString::number(change.before), QString::number(change.after),
                changeText(change.delta())},
            {QColor(), color(change.before), color(change.after), deltaFill});
    }
    table.row(flow,
        {rubric ? tr("Lowest jalon") : tr("Overall palier"), QString::number(progress.overallBefore),
            QString::number(progress.overallAfter), changeText(progress.overallAfter - progress.overallBefore)},
        {Shade, color(progress.overallBefore), color(progress.overallAfter), Shade}, true);
    flow.space(flow.mm(3));

    const PageFlow::TextStyle item {font(9), Ink, flow.mm(4), 0, flow.mm(1)};
    const int newlyMet = static_cast<int>(progress.newlyMet.size());
    ReportStyle::heading(flow,
        rubric ? tr("Axes that moved up (%n)", nullptr, newlyMet) : tr("Criteria newly met (%n)", nullptr, newlyMet),
        2);
    if (progress.newlyMet.isEmpty())
        flow.paragraph(tr("None."), item);
    for (const QString &id : progress.newlyMet)
        flow.paragraph(tr("▲ %1").arg(criterionLine(id)), {font(9), Gain, flow.mm(4), 0, flow.mm(1)});

    const int lost = static_cast<int>(progress.lost.size());
    ReportStyle::heading(flow,
        rubric ? tr("Axes that moved down (%n)", nullptr, lost) : tr("Criteria no longer met (%n)", nullptr, lost), 2);
    if (progress.lost.isEmpty())
        flow.paragraph(tr("None: no regression."), item);
    for (const QString &id : progress.lost) {
        const QString line = rubric
            ? tr("▼ %1").arg(criterionLine(id))
            : tr("▼ %1 (now: %2)").arg(criterionLine(id), answerStatusLabel(m_pack.report.status(id)).toLower());
        flow.paragraph(line, {font(9, true), Regression, flow.mm(4), 0, flow.mm(1)});
    }
    if (!progress.notReviewed.isEmpty()) {
        ReportStyle::heading(
            flow, tr("Not answered yet this time (%n)", nullptr, static_cast<int>(progress.notReviewed.size())), 2);
        flow.paragraph(rubric ? tr("These axes were placed last time and are not placed yet this time; the lowest "
                                   "jalon waits for them.")
                              : tr("These criteria were met last time and have no answer yet this time: not a "
                                   "regression, but the paliers wait for them."),
            {font(8.5), Muted, 0, 0, flow.mm(1)});
        for (const QString &id : progress.notReviewed)
            flow.paragraph(tr("• %1").arg(criterionLine(id)), item);
    }
    if (!progress.fell().isEmpty()) {
        QStringList domains;
        for (const DomainChange &change : progress.fell())
            domains.append(domainTitle(change.domainId));
        flow.paragraph(tr("Regression: the palier fell in %1.").arg(domains.join(QLatin1String(", "))),
            {font(9, true), Regression, 0, flow.mm(1), flow.mm(2)});
    }

    ReportStyle::heading(flow, tr("Actions done (%n)", nullptr, static_cast<int>(progress.actionsDone.size())), 2);
    if (progress.actionsDone.isEmpty())
        flow.paragraph(tr("No action of the plans is marked done."), item);
    for (const ActionItem &action : progress.actionsDone) {
        QString line = action.title;
        if (!action.owner.isEmpty())
            line = tr("%1 (%2)").arg(line, action.owner);
        flow.paragraph(tr("✓ %1").arg(line), item);
    }
}

void CommissionRenderer::toDiscuss(PageFlow &flow) const
{
    flow.newPage();
    ReportStyle::heading(flow, tr("Criteria to discuss"), 1);
    const bool rubric = m_pack.report.referential->kind() == ReferentialKind::Rubric;
    flow.paragraph(rubric ? tr("For each axis, what the next jalon describes. Write down what the commission decides: "
                               "an action, an owner, a date.")
                          : tr("For each domain, what is still missing for the next palier. Write down what the "
                               "commission decides: an action, an owner, a date."),
        {font(9), Muted, 0, 0, flow.mm(2)});
    const Referential &referential = *m_pack.report.referential;
    bool any = false;
    for (const DomainResult &result : m_pack.report.evaluation.domains) {
        if (result.blocking.isEmpty())
            continue;
        any = true;
        ReportStyle::heading(flow,
            (rubric ? tr("%1 — towards jalon %2") : tr("%1 — towards palier %2"))
                .arg(domainTitle(result.domainId))
                .arg(result.palier + 1),
            2);
        for (const QString &id : result.blocking) {
            const Criterion *criterion = referential.criterion(id);
            if (!criterion)
                continue;
            flow.keepTogether(flow.mm(26));
            flow.paragraph(rubric
                    ? tr("%1 — %2").arg(id, criterion->text)
                    : tr("%1 — %2 (now: %3)")
                          .arg(id, criterion->text, answerStatusLabel(m_pack.report.status(id)).toLower()),
                {font(9), Ink, flow.mm(2), 0, flow.mm(1)});
            // What the plan already says about it, so that the commission
            // decides knowing it.
            for (const ActionItem &action : m_pack.report.actionItems) {
                if (action.criterionId != id || action.status == ActionStatus::Abandoned)
                    continue;
                QStringList details {actionStatusLabel(action.status).toLower()};
                if (!action.owner.isEmpty())
                    details.append(action.owner);
                if (action.dueDate.isValid())
                    details.append(tr("due %1").arg(dateText(action.dueDate)));
                flow.paragraph(tr("Action planned: %1 (%2)").arg(action.title, details.join(QLatin1String(", "))),
                    {font(8.5, false, true), Muted, flow.mm(6), 0, flow.mm(1)});
            }
            flow.paragraph(tr("Decision:"), {font(8.5, true), Muted, flow.mm(6), 0, 0});
            writingLines(flow, 2, flow.mm(6));
            flow.space(flow.mm(3));
        }
    }
    if (!any)
        flow.paragraph(rubric ? tr("The last jalon is reached on every axis.")
                              : tr("The highest palier is reached in every domain."),
            {font(9), Ink, 0, 0, flow.mm(2)});
}

void CommissionRenderer::decisions(PageFlow &flow) const
{
    flow.keepTogether(flow.mm(90));
    ReportStyle::heading(flow, tr("Decisions of the commission"), 1);
    writingLines(flow, 10, 0);
    flow.space(flow.mm(4));
    flow.paragraph(tr("Next meeting: ____ / ____ / ________"), {font(10), Ink, 0, 0, flow.mm(1)});
}

void CommissionRenderer::writingLines(PageFlow &flow, int count, qreal indent) const
{
    const qreal lineHeight = flow.mm(7);
    for (int i = 0; i < count; ++i) {
        flow.block(lineHeight, [indent](QPainter &p, const QRectF &r) {
            p.setPen(QPen(Rule, 0.6, Qt::DotLine));
            p.drawLine(QPointF(r.left() + indent, r.bottom() - 1), QPointF(r.right(), r.bottom() - 1));
        });
    }
}

} // namespace Paliers
