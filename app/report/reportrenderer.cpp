#include "reportrenderer.h"

#include "analysis/targets.h"
#include "pageflow.h"
#include "palierscharts.h"
#include "reportstyle.h"

#include <memory>
#include <QChart>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPageLayout>
#include <QPainter>

namespace Paliers {

using namespace ReportStyle;

namespace {

// The head's title as the heading of their name (« Principale »,
// « Directrice d'école »), else the generic words.
QString headHeading(const Establishment &establishment, const QString &generic)
{
    QString title = headTitleOf(establishment);
    if (title.isEmpty())
        return generic;
    title[0] = title.at(0).toUpper();
    return title;
}

} // namespace

ReportRenderer::ReportRenderer(const AssessmentRecord &report, ExportStamp stamp)
    : m_report(report)
    , m_stamp(std::move(stamp))
{
    Q_ASSERT(report.referential);
}

QString ReportRenderer::reportTitle(const AssessmentRecord &report)
{
    return report.referential && report.referential->kind() == ReferentialKind::Rubric
        ? tr("Jalons of digital implementation")
        : tr("Digital maturity paliers");
}

QString ReportRenderer::documentTitle(const AssessmentRecord &report)
{
    const QString title = report.referential && report.referential->kind() == ReferentialKind::Rubric
        ? tr("Jalons of digital implementation — %1 (%2) — %3")
        : tr("Digital maturity paliers — %1 (%2) — %3");
    return title.arg(report.establishment.name, report.establishment.uai, report.assessment.schoolYear);
}

bool ReportRenderer::isRubric() const
{
    return m_report.referential->kind() == ReferentialKind::Rubric;
}

Status ReportRenderer::writePdf(const AssessmentRecord &report, const ExportStamp &stamp, const QString &path)
{
    return ReportStyle::writePdf(path, documentTitle(report), QStringLiteral("Paliers %1").arg(stamp.appVersion),
        [&](QPagedPaintDevice *device) -> Status {
            Result<int> pages = ReportRenderer(report, stamp).render(device);
            if (!pages)
                return Error {pages.error()};
            return Done {};
        });
}

Result<int> ReportRenderer::render(QPagedPaintDevice *device) const
{
    PageFlow flow(device, contentRect(device));
    layOut(flow);

    PageDecoration decoration;
    decoration.headerLeft
        = QStringLiteral("%1 — %2 — %3")
              .arg(PageFlow::isolated(m_report.establishment.name), PageFlow::isolated(m_report.establishment.uai),
                  PageFlow::isolated(m_report.assessment.schoolYear));
    decoration.headerRight = reportTitle(m_report);
    decoration.footerLeft
        = tr("Paliers %1 · export %2 · %3").arg(m_stamp.appVersion, m_stamp.exportId, dateText(m_stamp.exportedAt));
    if (m_report.assessment.status == AssessmentStatus::Draft)
        decoration.watermark = tr("DRAFT");
    return paintPages(device, flow, decoration, tr("The report"));
}

void ReportRenderer::layOut(PageFlow &flow) const
{
    flow.paragraph(reportTitle(m_report), {font(20, true), Accent, 0, 0, flow.mm(1)});
    flow.paragraph(m_report.referential->title(), {font(11), Muted, 0, 0, flow.mm(4)});
    identity(flow);
    palierTable(flow);
    targetsTable(flow);
    radar(flow);

    int number = 0;
    if (isRubric()) {
        ReportStyle::heading(flow, tr("Position on each axis"), 1);
        flow.paragraph(tr("For each axis, the jalons of the grid from the first to the last; the one the team "
                          "placed the establishment at is marked."),
            {font(9), Muted, 0, 0, flow.mm(2)});
        for (const Domain &axis : m_report.referential->domains())
            axisPosition(flow, axis, ++number);
        flow.newPage();
        nextStages(flow);
    } else {
        // The domains follow one another on the pages after the first: a
        // page break before each would leave pages with a criterion or two.
        flow.newPage();
        for (const Domain &domain : m_report.referential->domains())
            domainSection(flow, domain, ++number);
        nextSteps(flow);
    }
    actionPlan(flow);
    signatures(flow);
}

void ReportRenderer::identity(PageFlow &flow) const
{
    const Establishment &e = m_report.establishment;
    const Assessment &a = m_report.assessment;
    QString status;
    if (a.status == AssessmentStatus::Validated) {
        status = a.validatedBy.isEmpty() ? tr("Validated on %1").arg(dateText(a.validatedAt))
                                         : tr("Validated on %1 by %2").arg(dateText(a.validatedAt), a.validatedBy);
    } else {
        status = tr("Draft — working document, not validated");
    }
    QString filledBy = a.author;
    if (!a.authorRole.isEmpty())
        filledBy = filledBy.isEmpty() ? a.authorRole : tr("%1, %2").arg(a.author, a.authorRole);
    const QList<std::pair<QString, QString>> rows {
        {tr("Establishment"), e.name},
        {tr("UAI"), e.uai},
        {tr("Kind"), establishmentKindLabel(e.kind)},
        {tr("Commune"), e.commune},
        {isFirstDegree(e.kind) ? tr("Circonscription") : tr("District or bassin"), e.circonscription},
        {tr("Département"), e.departement},
        {tr("Académie"), e.academie},
        {headHeading(e, isFirstDegree(e.kind) ? tr("Director") : tr("Head of establishment")), e.headName},
        {tr("Digital referent"), e.referentName},
        {tr("School year"), a.schoolYear},
        {tr("Referential"),
            tr("%1 (%2, version %3)").arg(m_report.referential->title(), a.referentialId, a.referentialVersion)},
        {tr("Filled in by"), filledBy},
        {tr("Started on"), dateText(a.createdAt)},
        {tr("Last change"), dateText(a.updatedAt)},
        {tr("Status"), status},
    };
    const QFont labelFont = font(9, true);
    const QFont valueFont = font(9);
    const qreal labelWidth = flow.mm(48);
    const qreal gap = flow.mm(3);
    const qreal pad = flow.mm(1);
    for (const auto &[label, value] : rows) {
        if (value.trimmed().isEmpty())
            continue;
        const bool isStatus = label == tr("Status");
        const QFont font = isStatus ? labelFont : valueFont;
        const qreal height = std::max(flow.textHeight(label, labelFont, labelWidth),
                                 flow.textHeight(value, font, flow.width() - labelWidth - gap))
            + 2 * pad;
        const bool draft = isStatus && m_report.assessment.status == AssessmentStatus::Draft;
        flow.block(height, [=](QPainter &p, const QRectF &r) {
            if (draft) {
                p.fillRect(r, QColor(0xfd, 0xec, 0xc8));
            }
            p.setPen(QPen(Rule, 0.5));
            p.drawLine(r.bottomLeft(), r.bottomRight());
            p.setPen(Muted);
            PageFlow::drawText(p, QRectF(r.left(), r.top() + pad, labelWidth, r.height()), label, labelFont);
            p.setPen(Ink);
            PageFlow::drawText(p,
                QRectF(r.left() + labelWidth + gap, r.top() + pad, r.width() - labelWidth - gap, r.height()), value,
                font);
        });
    }
}

void ReportRenderer::palierTable(PageFlow &flow) const
{
    if (isRubric()) {
        stageTable(flow);
        return;
    }
    ReportStyle::heading(flow, tr("Paliers reached"), 2);
    const Referential &referential = *m_report.referential;
    const int levels = referential.maxLevel();
    Table table;
    table.widths = {flow.width() - flow.mm(24) - levels * flow.mm(22), flow.mm(24)};
    table.alignments = {Qt::AlignLeft};
    for (int i = 0; i < levels; ++i)
        table.widths.append(flow.mm(22));
    for (int i = 1; i < table.widths.size(); ++i)
        table.alignments.append(Qt::AlignHCenter);

    QStringList header {tr("Domain"), tr("Palier reached")};
    for (const Level &level : referential.levels())
        header.append(tr("%1\nmet / applicable").arg(level.title));
    table.row(flow, header, {}, true);
    for (const DomainResult &result : m_report.evaluation.domains) {
        const Domain *domain = referential.domain(result.domainId);
        QStringList cells {domain ? domain->title : result.domainId, QString::number(result.palier)};
        for (const LevelTally &tally : result.levels)
            cells.append(QStringLiteral("%1 / %2").arg(tally.met).arg(tally.applicable()));
        table.row(flow, cells, {QColor(), PaliersCharts::palierColor(result.palier)});
    }
    QStringList overall {
        tr("Overall palier (the lowest of the domains)"), QString::number(m_report.evaluation.overallPalier)};
    for (int i = 0; i < levels; ++i)
        overall.append(QString());
    table.row(flow, overall, {Shade, PaliersCharts::palierColor(m_report.evaluation.overallPalier)}, true);

    flow.paragraph(tr("%n of %1 criteria answered (non concerné counts as an answer). A domain reaches palier k "
                      "when the conditions of every palier up to k are met.",
                       nullptr, m_report.evaluation.answered)
                       .arg(m_report.evaluation.total),
        {font(8), Muted, 0, flow.mm(1.5), flow.mm(2)});
}

void ReportRenderer::targetsTable(PageFlow &flow) const
{
    if (m_report.targets.isEmpty() && !m_report.reperes)
        return;
    const Referential &referential = *m_report.referential;
    const bool rubric = isRubric();
    const QList<TargetState> targets = Targets::states(
        referential, m_report.evaluation, m_report.answerMap(), m_report.targets, m_report.assessment.schoolYear);
    flow.keepOnOnePage([&] {
        ReportStyle::heading(flow,
            m_report.reperes ? tr("Where the school aims, where the académie stands") : tr("Where the school aims"), 2);
        Table table;
        QStringList header {rubric ? tr("Axis") : tr("Domain"), rubric ? tr("Jalon") : tr("Palier")};
        if (!targets.isEmpty())
            header.append(tr("Target"));
        if (m_report.reperes)
            header.append(tr("Académie's median"));
        const qreal rest = flow.width() - flow.mm(60) - flow.mm(16);
        table.widths = {flow.mm(60), flow.mm(16)};
        table.alignments = {Qt::AlignLeft, Qt::AlignHCenter};
        const qsizetype extra = header.size() - 2;
        for (qsizetype i = 0; i < extra; ++i) {
            table.widths.append(rest / static_cast<qreal>(extra));
            table.alignments.append(Qt::AlignLeft);
        }
        table.row(flow, header, {}, true);
        for (const DomainResult &result : m_report.evaluation.domains) {
            const Domain *domain = referential.domain(result.domainId);
            QStringList cells {domain ? domain->title : result.domainId, QString::number(result.palier)};
            if (!targets.isEmpty()) {
                const TargetState *state = Targets::find(targets, result.domainId);
                cells.append(state ? Targets::cell(*state) : QStringLiteral("—"));
            }
            if (m_report.reperes) {
                const DomainReperes *median = m_report.reperes->domain(result.domainId);
                cells.append(median ? Reperes::standingShort(result.palier, median->median) : QStringLiteral("—"));
            }
            table.row(flow, cells);
        }
    });
    QStringList said;
    if (!targets.isEmpty())
        said.append(Targets::summary(referential, targets) + QLatin1Char('.'));
    if (m_report.reperes)
        said.append(tr("Académie's repères: %n school(s), %1, %2.", nullptr, m_report.reperes->schools)
                        .arg(m_report.reperes->schoolYear, m_report.reperes->scope));
    flow.paragraph(said.join(QLatin1Char(' ')), {font(8), Muted, 0, flow.mm(1.5), flow.mm(2)});
}

void ReportRenderer::radar(PageFlow &flow) const
{
    if (isRubric()) {
        stageChart(flow);
        return;
    }
    const qreal height = std::min(flow.remaining(), flow.mm(100));
    if (height < flow.mm(62)) {
        flow.newPage();
        return radar(flow);
    }
    std::shared_ptr<QChart> chart(PaliersCharts::createRadarChart(
        *m_report.referential, m_report.evaluation, RadarComparison {m_report.targets, m_report.reperes}));
    chart->setTitle(QString());
    chart->setBackgroundVisible(false);
    flow.block(height, [chart](QPainter &p, const QRectF &r) {
        const qreal width = std::min(r.width(), r.height() * 1.6);
        PaliersCharts::render(chart.get(), &p, QRectF(r.center().x() - width / 2, r.top(), width, r.height()));
    });
}

void ReportRenderer::domainSection(PageFlow &flow, const Domain &domain, int number) const
{
    const DomainResult *result = m_report.evaluation.domain(domain.id);
    if (!result)
        return;
    QList<std::pair<QString, QList<const Criterion *>>> groups;
    for (const Level &level : m_report.referential->levels()) {
        const QList<const Criterion *> criteria = m_report.referential->criteriaOf(domain.id, level.number);
        if (!criteria.isEmpty())
            groups.append(
                {level.description.isEmpty() ? level.title : tr("%1 — %2").arg(level.title, level.description),
                    criteria});
    }
    // A palier's heading stays with its first criteria, and the domain's
    // heading and counts with the first palier's.
    const auto lead = [&](const std::pair<QString, QList<const Criterion *>> &group) {
        ReportStyle::heading(flow, group.first, 2);
        for (const Criterion *criterion : group.second.mid(0, LeadCriteria))
            criterionRow(flow, *criterion);
    };
    flow.keepOnOnePage([&] {
        domainHeading(flow, domain, *result, number);
        if (!groups.isEmpty())
            lead(groups.constFirst());
    });
    for (qsizetype i = 0; i < groups.size(); ++i) {
        if (i > 0)
            flow.keepOnOnePage([&] { lead(groups.at(i)); });
        for (const Criterion *criterion : groups.at(i).second.mid(LeadCriteria))
            criterionRow(flow, *criterion);
    }
}

void ReportRenderer::domainHeading(PageFlow &flow, const Domain &domain, const DomainResult &result, int number) const
{
    ReportStyle::heading(flow, tr("%1. %2").arg(number).arg(domain.title), 1);

    const QFont badgeFont = font(10, true);
    const int palier = result.palier;
    const QString badge = palier == 0 ? tr("Palier 1 not reached") : tr("Palier %1 reached").arg(palier);
    flow.block(flow.mm(8), [=](QPainter &p, const QRectF &r) {
        chip(p, QRectF(r.left(), r.top(), r.width() * 0.45, r.height() - 2), PaliersCharts::palierColor(palier), badge,
            badgeFont);
    });
    flow.space(flow.mm(2));

    const PageFlow::TextStyle tallyStyle {font(8.5), Ink, 0, 0, flow.mm(0.5)};
    for (const LevelTally &tally : result.levels) {
        const Level *level = m_report.referential->level(tally.level);
        // Each count in its own phrase, so that each agrees with its number.
        //: A palier's tally: the palier, "N met", "of N applicable", "N required".
        QString line
            = tr("%1: %2 %3 (%4)")
                  .arg(level ? level->title : QString::number(tally.level), tr("%n met", nullptr, tally.met),
                      tr("of %n applicable", nullptr, tally.applicable()), tr("%n required", nullptr, tally.required));
        if (tally.inProgress + tally.notMet + tally.unanswered + tally.notApplicable > 0)
            line += QStringLiteral(" — ")
                + QStringList {tr("%n in progress", nullptr, tally.inProgress), tr("%n not met", nullptr, tally.notMet),
                    tr("%n unanswered", nullptr, tally.unanswered),
                    tr("%n not concerned", nullptr, tally.notApplicable)}
                      .join(QLatin1String(", "));
        flow.paragraph(line, tallyStyle);
    }
    if (!result.blocking.isEmpty()) {
        flow.paragraph(tr("To reach palier %1: %n criterion/criteria still to meet (%2).", nullptr, result.missing)
                           .arg(palier + 1)
                           .arg(result.blocking.join(QLatin1String(", "))),
            {font(8.5, true), Ink, 0, flow.mm(1), flow.mm(1)});
    } else {
        flow.paragraph(
            tr("The highest palier is reached in this domain."), {font(8.5, true), Ink, 0, flow.mm(1), flow.mm(1)});
    }
}

void ReportRenderer::criterionRow(PageFlow &flow, const Criterion &criterion) const
{
    const Answer *answer = m_report.answer(criterion.id);
    const AnswerStatus status = answer ? answer->status : AnswerStatus::Unanswered;
    const QFont textFont = font(9);
    const QFont idFont = font(7.5, true);
    const QFont chipFont = font(7.5, true);
    const qreal chipWidth = flow.mm(24);
    const qreal gap = flow.mm(3);
    const qreal textWidth = flow.width() - chipWidth - gap;
    const qreal idHeight = QFontMetricsF(idFont, flow.device()).height();
    const qreal height = idHeight + flow.textHeight(criterion.text, textFont, textWidth) + flow.mm(1.5);
    const QString label = answerStatusLabel(status);
    const QColor color = PaliersCharts::statusColor(status);
    const QString id = criterion.id;
    const QString text = criterion.text;
    // The chip, the wording, the comment and the evidence stay on one page.
    flow.keepOnOnePage([&] {
        flow.block(height, [=](QPainter &p, const QRectF &r) {
            chip(p, QRectF(r.left(), r.top() + 1, chipWidth, idHeight * 1.6), color, label, chipFont);
            p.setPen(Muted);
            p.setFont(idFont);
            p.drawText(QRectF(r.left() + chipWidth + gap, r.top(), textWidth, idHeight), Qt::AlignLeft, id);
            p.setPen(Ink);
            PageFlow::drawText(
                p, QRectF(r.left() + chipWidth + gap, r.top() + idHeight, textWidth, r.height()), text, textFont);
        });
        answerNotes(flow, criterion, chipWidth + gap);
    });
    flow.space(flow.mm(2));
}

void ReportRenderer::answerNotes(PageFlow &flow, const Criterion &criterion, qreal indent) const
{
    const Answer *answer = m_report.answer(criterion.id);
    const PageFlow::TextStyle noteStyle {font(8.5, false, true), QColor(0x33, 0x33, 0x33), indent, 0, flow.mm(0.5)};
    if (answer && !answer->comment.isEmpty())
        flow.paragraph(tr("Comment: %1").arg(answer->comment), noteStyle);
    if (answer && !answer->evidence.isEmpty())
        flow.paragraph(tr("Evidence: %1").arg(answer->evidence), noteStyle);
    // The grid's notes (criterion.note) say how its source text was read:
    // the report's readers need none of that.
}

void ReportRenderer::nextSteps(PageFlow &flow) const
{
    const Referential &referential = *m_report.referential;
    const PageFlow::TextStyle itemStyle {font(9), Ink, flow.mm(4), 0, flow.mm(1)};
    // Each domain's heading stays with its first items, and the section's
    // heading with the first domain's.
    const auto domainSteps = [&](const DomainResult &result, qsizetype from, qsizetype to) {
        const Domain *domain = referential.domain(result.domainId);
        const QString title = domain ? domain->title : result.domainId;
        if (from == 0) {
            ReportStyle::heading(flow,
                result.blocking.isEmpty() ? title : tr("%1 — towards palier %2").arg(title).arg(result.palier + 1), 2);
            if (result.blocking.isEmpty())
                flow.paragraph(tr("The highest palier is reached."), itemStyle);
        }
        for (const QString &id : result.blocking.mid(from, to - from)) {
            const Criterion *criterion = referential.criterion(id);
            if (!criterion)
                continue;
            flow.paragraph(
                tr("• %1 — %2 (now: %3)").arg(id, criterion->text, answerStatusLabel(m_report.status(id)).toLower()),
                itemStyle);
        }
    };
    const QList<DomainResult> &domains = m_report.evaluation.domains;
    if (domains.isEmpty())
        ReportStyle::heading(flow, tr("Next steps"), 1);
    for (qsizetype i = 0; i < domains.size(); ++i) {
        flow.keepOnOnePage([&] {
            if (i == 0) {
                ReportStyle::heading(flow, tr("Next steps"), 1);
                flow.paragraph(tr("For each domain, the criteria of the next palier that are not met yet."),
                    {font(9), Muted, 0, 0, flow.mm(2)});
            }
            domainSteps(domains.at(i), 0, LeadCriteria);
        });
        domainSteps(domains.at(i), LeadCriteria, domains.at(i).blocking.size());
    }
}

void ReportRenderer::stageTable(PageFlow &flow) const
{
    ReportStyle::heading(flow, tr("Jalons reached"), 2);
    const Referential &referential = *m_report.referential;
    const int maxStage = referential.maxLevel();
    Table table;
    const qreal axisWidth = flow.width() * 0.40;
    const qreal stageWidth = flow.mm(24);
    table.widths = {axisWidth, stageWidth, flow.width() - axisWidth - stageWidth};
    table.alignments = {Qt::AlignLeft, Qt::AlignHCenter, Qt::AlignLeft};
    table.row(flow, {tr("Axis"), tr("Jalon reached"), tr("What the jalon stands for")}, {}, true);
    const auto meaning = [&](int stage) {
        const Level *level = referential.level(stage);
        if (stage == 0 || !level)
            return tr("Not placed yet");
        return level->description.isEmpty() ? level->title : tr("%1 — %2").arg(level->title, level->description);
    };
    for (const DomainResult &result : m_report.evaluation.domains) {
        const Domain *axis = referential.domain(result.domainId);
        table.row(flow, {axis ? axis->title : result.domainId, QString::number(result.palier), meaning(result.palier)},
            {QColor(), PaliersCharts::stageColor(result.palier, maxStage)});
    }
    const int lowest = m_report.evaluation.overallPalier;
    table.row(flow,
        {tr("Lowest jalon (over the axes)"), QString::number(lowest),
            lowest == 0 ? tr("Not every axis is placed yet") : meaning(lowest)},
        {Shade, PaliersCharts::stageColor(lowest, maxStage), Shade}, true);

    flow.paragraph(tr("%n of %1 axes placed. Each axis is placed at the one jalon whose description fits the "
                      "establishment's practice; 0 means not placed yet.",
                       nullptr, m_report.evaluation.answered)
                       .arg(m_report.evaluation.total),
        {font(8), Muted, 0, flow.mm(1.5), flow.mm(2)});
}

void ReportRenderer::stageChart(PageFlow &flow) const
{
    const qreal height = std::min(flow.remaining(), flow.mm(85));
    if (height < flow.mm(60)) {
        flow.newPage();
        return stageChart(flow);
    }
    // The chart keeps its title: it often starts the next page, away from
    // the table it goes with.
    std::shared_ptr<QChart> chart(PaliersCharts::createStageChart(*m_report.referential, m_report.evaluation));
    chart->setBackgroundVisible(false);
    flow.block(height, [chart](QPainter &p, const QRectF &r) { PaliersCharts::render(chart.get(), &p, r); });
}

void ReportRenderer::axisPosition(PageFlow &flow, const Domain &axis, int number) const
{
    const DomainResult *result = m_report.evaluation.domain(axis.id);
    if (!result)
        return;
    const Referential &referential = *m_report.referential;
    ReportStyle::heading(flow, tr("%1. %2").arg(number).arg(axis.title), 2);
    const int stage = result->palier;
    const QString badge = stage == 0 ? tr("Not placed yet") : tr("Placed at jalon %1").arg(stage);
    const QColor color = PaliersCharts::stageColor(stage, referential.maxLevel());
    const QFont badgeFont = font(9.5, true);
    flow.block(flow.mm(7), [=](QPainter &p, const QRectF &r) {
        chip(p, QRectF(r.left(), r.top(), r.width() * 0.35, r.height() - 2), color, badge, badgeFont);
    });
    flow.space(flow.mm(1.5));
    for (const Level &level : referential.levels()) {
        const QList<const Criterion *> cells = referential.criteriaOf(axis.id, level.number);
        stageRow(flow, level, cells.value(0), level.number == stage);
    }
    flow.space(flow.mm(2));
}

void ReportRenderer::stageRow(PageFlow &flow, const Level &level, const Criterion *cell, bool chosen) const
{
    const QFont textFont = font(9, chosen);
    const QFont idFont = font(7.5, true);
    const QFont chipFont = font(7.5, true);
    const qreal chipWidth = flow.mm(24);
    const qreal gap = flow.mm(3);
    const qreal pad = flow.mm(1);
    const qreal textWidth = flow.width() - chipWidth - gap - pad;
    const qreal idHeight = QFontMetricsF(idFont, flow.device()).height();
    const QString text = cell ? cell->text : QString();
    const QString id = cell ? tr("%1 · %2").arg(level.title, cell->id) : level.title;
    const qreal height = idHeight + flow.textHeight(text, textFont, textWidth) + 2 * pad;
    const QColor color = PaliersCharts::stageColor(level.number, m_report.referential->maxLevel());
    const QString label = chosen ? tr("Chosen") : level.title;
    flow.block(height, [=](QPainter &p, const QRectF &r) {
        if (chosen) {
            // A tint of the jalon's colour behind the whole row, and a chip.
            // Mixed by hand: PDF/A-1 has no transparency.
            const QColor tint = QColor::fromRgbF(
                1 - (1 - color.redF()) * 0.22, 1 - (1 - color.greenF()) * 0.22, 1 - (1 - color.blueF()) * 0.22);
            p.fillRect(r, tint);
            chip(p, QRectF(r.left() + pad, r.top() + pad, chipWidth - pad, idHeight * 1.6), color, label, chipFont);
        } else {
            p.setPen(QPen(Rule, 0.6));
            p.setBrush(Qt::NoBrush);
            p.drawRoundedRect(QRectF(r.left() + pad, r.top() + pad, chipWidth - pad, idHeight * 1.6), 3, 3);
            p.setPen(Muted);
            p.setFont(chipFont);
            p.drawText(QRectF(r.left() + pad, r.top() + pad, chipWidth - pad, idHeight * 1.6), Qt::AlignCenter, label);
        }
        const qreal x = r.left() + chipWidth + gap;
        p.setPen(Muted);
        p.setFont(idFont);
        p.drawText(QRectF(x, r.top() + pad, textWidth, idHeight), Qt::AlignLeft, id);
        p.setPen(chosen ? Ink : Muted);
        PageFlow::drawText(p, QRectF(x, r.top() + pad + idHeight, textWidth, r.height()), text, textFont);
    });
    if (cell)
        answerNotes(flow, *cell, chipWidth + gap);
    flow.space(flow.mm(1.5));
}

void ReportRenderer::nextStages(PageFlow &flow) const
{
    ReportStyle::heading(flow, tr("Next steps"), 1);
    flow.paragraph(tr("For each axis, what the next jalon describes."), {font(9), Muted, 0, 0, flow.mm(2)});
    const Referential &referential = *m_report.referential;
    const PageFlow::TextStyle itemStyle {font(9), Ink, flow.mm(4), 0, flow.mm(1)};
    for (const DomainResult &result : m_report.evaluation.domains) {
        const Domain *axis = referential.domain(result.domainId);
        ReportStyle::heading(flow, axis ? axis->title : result.domainId, 2);
        const Criterion *next = result.blocking.isEmpty() ? nullptr : referential.criterion(result.blocking.first());
        if (!next) {
            flow.paragraph(tr("The last jalon is reached."), itemStyle);
            continue;
        }
        flow.paragraph(tr("Towards jalon %1: %2").arg(result.palier + 1).arg(next->text), itemStyle);
    }
}

void ReportRenderer::actionPlan(PageFlow &flow) const
{
    if (m_report.actionItems.isEmpty()) {
        flow.keepOnOnePage([&] {
            ReportStyle::heading(flow, tr("Action plan"), 1);
            flow.paragraph(tr("No action has been written in the action plan yet."), {font(9), Muted, 0, 0, 0});
        });
        return;
    }
    Table table;
    for (const qreal share : {0.38, 0.18, 0.15, 0.14, 0.15})
        table.widths.append(flow.width() * share);
    const QDate today = QDate::currentDate();
    const auto row = [&](const ActionItem &item) {
        QString title = item.title;
        if (!item.criterionId.isEmpty())
            title = tr("%1 (criterion %2)").arg(item.title, item.criterionId);
        QString status = actionStatusLabel(item.status);
        if (isOverdue(item, today))
            status = tr("%1 — overdue").arg(status);
        table.row(flow, {title, item.owner, dateText(item.dueDate), funderLabel(item.funder), status});
    };
    // The heading stays with the table's header and first rows.
    flow.keepOnOnePage([&] {
        ReportStyle::heading(flow, tr("Action plan"), 1);
        table.row(flow, {tr("Action"), tr("Owner"), tr("Due date"), tr("Funder"), tr("Status")}, {}, true);
        for (const ActionItem &item : m_report.actionItems.mid(0, LeadCriteria))
            row(item);
    });
    for (const ActionItem &item : m_report.actionItems.mid(LeadCriteria))
        row(item);
}

void ReportRenderer::signatures(PageFlow &flow) const
{
    const bool ecole = isFirstDegree(m_report.establishment.kind);
    const qreal boxHeight = flow.mm(38);
    const QFont text = font(9);
    const QFont bold = font(9, true);
    flow.keepTogether(boxHeight + flow.mm(30));
    ReportStyle::heading(flow, tr("Signatures"), 1);
    flow.paragraph(
        tr("Done at ______________________________, on ____ / ____ / ________"), {text, Ink, 0, 0, flow.mm(4)});
    const QString leftRole
        = headHeading(m_report.establishment, ecole ? tr("The school director") : tr("The head of establishment"));
    const QString leftName = m_report.establishment.headName;
    const QString rightRole = ecole ? tr("Seen by the IEN of the circonscription") : tr("Stamp of the establishment");
    const QString nameLabel = tr("Name:");
    const QString signatureLabel = tr("Signature:");
    flow.block(boxHeight, [=](QPainter &p, const QRectF &r) {
        const qreal gap = r.width() * 0.04;
        const qreal w = (r.width() - gap) / 2;
        const QList<std::pair<QString, QString>> boxes {{leftRole, leftName}, {rightRole, QString()}};
        qreal x = r.left();
        for (const auto &[role, name] : boxes) {
            const QRectF box(x, r.top(), w, r.height());
            p.setPen(QPen(Rule, 0.8));
            p.setBrush(Qt::NoBrush);
            p.drawRect(box);
            const QRectF inner = box.adjusted(6, 6, -6, -6);
            p.setPen(Ink);
            PageFlow::drawText(p, inner, role, bold);
            const qreal line = QFontMetricsF(text, p.device()).height() * 1.4;
            PageFlow::drawText(p, inner.adjusted(0, line * 1.2, 0, 0),
                name.isEmpty() ? nameLabel : QStringLiteral("%1 %2").arg(nameLabel, name), text);
            PageFlow::drawText(p, inner.adjusted(0, line * 2.4, 0, 0), signatureLabel, text);
            x += w + gap;
        }
    });
}

} // namespace Paliers
