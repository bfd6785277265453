#include "reportrenderer.h"

#include "filewriter.h"
#include "pageflow.h"
#include "palierscharts.h"

#include <QChart>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

#include <cmath>
#include <memory>

namespace Paliers {

namespace {

// The PDF is laid out at screen resolution: fonts, charts and measures then
// agree with what the windows show, and the output stays vector anyway.
constexpr int PdfResolution = 96;

const QColor Ink(0x1a, 0x1a, 0x1a);
const QColor Muted(0x55, 0x55, 0x55);
const QColor Rule(0xb0, 0xb0, 0xb0);
const QColor Shade(0xee, 0xf1, 0xf5);
const QColor Accent(0x00, 0x3a, 0x70); // a sober navy for titles
const QColor Watermark(0xea, 0xea, 0xea);

QFont baseFont(qreal pointSize, bool bold = false, bool italic = false)
{
    QFont font;
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans"), QStringLiteral("Liberation Sans"),
                      QStringLiteral("Arial")});
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    font.setItalic(italic);
    // Qt turns ligatures off when letter spacing is set: with "ﬁ" ligatures
    // a search for "identification" in the PDF would miss.
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0.05); // above 1/64 px, Qt's unit
    return font;
}

// Black or white, whichever contrasts more with `background` (WCAG
// relative luminance: black wins above about 0.18).
QColor textOn(const QColor &background)
{
    const auto linear = [](qreal c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    const qreal luminance = 0.2126 * linear(background.redF()) + 0.7152 * linear(background.greenF())
        + 0.0722 * linear(background.blueF());
    return luminance > 0.179 ? QColor(Qt::black) : QColor(Qt::white);
}

QString dateText(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return QString();
    return QLocale().toString(dateTime.toLocalTime().date(), QStringLiteral("d MMMM yyyy"));
}

QString dateText(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QStringLiteral("d MMMM yyyy")) : QString();
}

// A coloured box with a short text centred in it.
void chip(QPainter &painter, const QRectF &rect, const QColor &color, const QString &text, const QFont &font)
{
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawRoundedRect(rect, 3, 3);
    painter.setPen(textOn(color));
    painter.setFont(font);
    painter.drawText(rect, Qt::AlignCenter, text);
}

} // namespace

ReportRenderer::ReportRenderer(const AssessmentReport &report, ExportStamp stamp)
    : m_report(report)
    , m_stamp(std::move(stamp))
{
    Q_ASSERT(report.referential);
}

QString ReportRenderer::documentTitle(const AssessmentReport &report)
{
    return tr("Digital maturity paliers — %1 (%2) — %3")
        .arg(report.establishment.name, report.establishment.uai, report.assessment.schoolYear);
}

Status ReportRenderer::writePdf(const AssessmentReport &report, const ExportStamp &stamp, const QString &path)
{
    return FileWriter::write(path, [&](QIODevice &device) -> Status {
        QPdfWriter writer(&device);
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setResolution(PdfResolution);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(16, 14, 16, 12), QPageLayout::Millimeter));
        writer.setTitle(documentTitle(report));
        writer.setCreator(QStringLiteral("Paliers %1").arg(stamp.appVersion));
        Result<int> pages = ReportRenderer(report, stamp).render(&writer);
        if (!pages)
            return Error {pages.error()};
        return Done {};
    });
}

Result<int> ReportRenderer::render(QPagedPaintDevice *device) const
{
    const QRectF page(QPointF(0, 0), device->pageLayout().paintRectPixels(device->logicalDpiX()).size());
    const qreal band = PageFlow(device, page).mm(9); // header and footer
    PageFlow flow(device, page.adjusted(0, band, 0, -band));
    layOut(flow);

    QPainter painter;
    if (!painter.begin(device))
        return Error {tr("The report could not be drawn (the output refused to start).")};
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const bool draft = m_report.assessment.status == AssessmentStatus::Draft;
    const QString headerLeft = QStringLiteral("%1 — %2 — %3")
                                   .arg(m_report.establishment.name, m_report.establishment.uai,
                                        m_report.assessment.schoolYear);
    const QString footerLeft = tr("Paliers %1 · export %2 · %3")
                                   .arg(m_stamp.appVersion, m_stamp.exportId, dateText(m_stamp.exportedAt));
    const auto decorate = [&](QPainter &p, int number, int count) {
        if (draft) {
            p.save();
            p.translate(page.center());
            p.rotate(-50);
            QFont big = baseFont(84, true);
            p.setFont(big);
            p.setPen(Watermark);
            p.drawText(QRectF(-page.height() / 2, -80, page.height(), 160), Qt::AlignCenter, tr("DRAFT"));
            p.restore();
        }
        const QFont small = baseFont(7.5);
        p.setFont(small);
        p.setPen(Muted);
        const qreal lineHeight = QFontMetricsF(small, p.device()).height();
        if (number > 1) {
            const QRectF header(page.left(), page.top(), page.width(), lineHeight);
            PageFlow::drawText(p, header.adjusted(0, 0, -page.width() * 0.35, 0), headerLeft, small);
            p.drawText(header, Qt::AlignRight | Qt::AlignTop, tr("Digital maturity paliers"));
            p.setPen(QPen(Rule, 0.5));
            p.drawLine(QPointF(page.left(), header.bottom() + 3), QPointF(page.right(), header.bottom() + 3));
        }
        const QRectF footer(page.left(), page.bottom() - lineHeight, page.width(), lineHeight);
        p.setPen(QPen(Rule, 0.5));
        p.drawLine(QPointF(page.left(), footer.top() - 3), QPointF(page.right(), footer.top() - 3));
        p.setPen(Muted);
        p.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, footerLeft);
        p.drawText(footer, Qt::AlignRight | Qt::AlignVCenter, tr("page %1 / %2").arg(number).arg(count));
    };
    const bool painted = flow.paint(painter, decorate, [device] { return device->newPage(); });
    if (!painter.end() || !painted)
        return Error {tr("The report could not be written completely.")};
    return flow.pageCount();
}

void ReportRenderer::heading(PageFlow &flow, const QString &text, int level) const
{
    const QFont font = level == 1 ? baseFont(14, true) : baseFont(11, true);
    // A heading never stays alone at the foot of a page.
    flow.keepTogether(flow.textHeight(text, font, flow.width()) + flow.mm(level == 1 ? 30 : 20));
    flow.paragraph(text, {font, level == 1 ? Accent : Ink, 0, flow.mm(level == 1 ? 6 : 4), flow.mm(2)});
}

void ReportRenderer::layOut(PageFlow &flow) const
{
    flow.paragraph(tr("Digital maturity paliers"), {baseFont(20, true), Accent, 0, 0, flow.mm(1)});
    flow.paragraph(m_report.referential->title(), {baseFont(11), Muted, 0, 0, flow.mm(4)});
    identity(flow);
    palierTable(flow);
    radar(flow);

    int number = 0;
    for (const Domain &domain : m_report.referential->domains()) {
        flow.newPage();
        domainSection(flow, domain, ++number);
    }
    flow.newPage();
    nextSteps(flow);
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
        {isFirstDegree(e.kind) ? tr("Director") : tr("Head of establishment"), e.headName},
        {tr("Digital referent"), e.referentName},
        {tr("School year"), a.schoolYear},
        {tr("Referential"), tr("%1 (%2, version %3)").arg(m_report.referential->title(), a.referentialId,
                                                         a.referentialVersion)},
        {tr("Filled in by"), filledBy},
        {tr("Started on"), dateText(a.createdAt)},
        {tr("Last change"), dateText(a.updatedAt)},
        {tr("Status"), status},
    };
    const QFont labelFont = baseFont(9, true);
    const QFont valueFont = baseFont(9);
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
            PageFlow::drawText(p, QRectF(r.left() + labelWidth + gap, r.top() + pad, r.width() - labelWidth - gap,
                                         r.height()),
                               value, font);
        });
    }
}

void ReportRenderer::palierTable(PageFlow &flow) const
{
    heading(flow, tr("Paliers reached"), 2);
    const Referential &referential = *m_report.referential;
    const int levels = referential.maxLevel();
    const QFont font = baseFont(8.5);
    const QFont bold = baseFont(8.5, true);
    const qreal pad = flow.mm(1.2);
    const qreal palierWidth = flow.mm(24);
    const qreal levelWidth = flow.mm(22);
    const qreal titleWidth = flow.width() - palierWidth - levels * levelWidth;

    const auto row = [&](const QStringList &cells, const QList<QColor> &fills, bool header) {
        const QFont &f = header ? bold : font;
        qreal height = 0;
        for (qsizetype i = 0; i < cells.size(); ++i)
            height = std::max(height, flow.textHeight(cells.at(i), f, i == 0 ? titleWidth - 2 * pad
                                                                            : (i == 1 ? palierWidth : levelWidth)
                                                                                 - 2 * pad));
        height += 2 * pad;
        flow.block(height, [=](QPainter &p, const QRectF &r) {
            qreal x = r.left();
            for (qsizetype i = 0; i < cells.size(); ++i) {
                const qreal w = i == 0 ? titleWidth : (i == 1 ? palierWidth : levelWidth);
                const QRectF cell(x, r.top(), w, r.height());
                // Plain cells stay unfilled: a draft's watermark shows through.
                const QColor fill = fills.value(i, header ? Shade : QColor());
                if (fill.isValid())
                    p.fillRect(cell, fill);
                p.setPen(QPen(Rule, 0.5));
                p.setBrush(Qt::NoBrush);
                p.drawRect(cell);
                p.setPen(!fill.isValid() || fill == Shade ? Ink : textOn(fill));
                PageFlow::drawText(p, cell.adjusted(pad, pad, -pad, -pad), cells.at(i), f,
                                   i == 0 ? Qt::AlignLeft | Qt::AlignVCenter : Qt::AlignHCenter | Qt::AlignVCenter);
                x += w;
            }
        });
    };

    QStringList header {tr("Domain"), tr("Palier reached")};
    for (const Level &level : referential.levels())
        header.append(tr("%1\nmet / applicable").arg(level.title));
    row(header, {}, true);
    for (const DomainResult &result : m_report.evaluation.domains) {
        const Domain *domain = referential.domain(result.domainId);
        QStringList cells {domain ? domain->title : result.domainId, QString::number(result.palier)};
        for (const LevelTally &tally : result.levels)
            cells.append(QStringLiteral("%1 / %2").arg(tally.met).arg(tally.applicable()));
        row(cells, {QColor(), PaliersCharts::palierColor(result.palier)}, false);
    }
    QStringList overall {tr("Overall palier (the lowest of the domains)"),
                         QString::number(m_report.evaluation.overallPalier)};
    for (int i = 0; i < levels; ++i)
        overall.append(QString());
    row(overall, {Shade, PaliersCharts::palierColor(m_report.evaluation.overallPalier)}, true);

    flow.paragraph(tr("%1 of %2 criteria answered (non concerné counts as an answer). A domain reaches palier k "
                      "when the conditions of every palier up to k are met.")
                       .arg(m_report.evaluation.answered)
                       .arg(m_report.evaluation.total),
                   {baseFont(8), Muted, 0, flow.mm(1.5), flow.mm(2)});
}

void ReportRenderer::radar(PageFlow &flow) const
{
    const qreal height = std::min(flow.remaining(), flow.mm(100));
    if (height < flow.mm(62)) {
        flow.newPage();
        return radar(flow);
    }
    std::shared_ptr<QChart> chart(PaliersCharts::createRadarChart(*m_report.referential, m_report.evaluation));
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
    heading(flow, tr("%1. %2").arg(number).arg(domain.title), 1);

    const QFont badgeFont = baseFont(10, true);
    const int palier = result->palier;
    const QString badge = palier == 0 ? tr("Palier 1 not reached") : tr("Palier %1 reached").arg(palier);
    flow.block(flow.mm(8), [=](QPainter &p, const QRectF &r) {
        chip(p, QRectF(r.left(), r.top(), r.width() * 0.45, r.height() - 2), PaliersCharts::palierColor(palier),
             badge, badgeFont);
    });
    flow.space(flow.mm(2));

    const PageFlow::TextStyle tallyStyle {baseFont(8.5), Ink, 0, 0, flow.mm(0.5)};
    for (const LevelTally &tally : result->levels) {
        const Level *level = m_report.referential->level(tally.level);
        QString line = tr("%1: %2 met of %3 applicable (%4 required)")
                           .arg(level ? level->title : QString::number(tally.level))
                           .arg(tally.met)
                           .arg(tally.applicable())
                           .arg(tally.required);
        if (tally.inProgress + tally.notMet + tally.unanswered + tally.notApplicable > 0)
            line += tr(" — in progress %1, not met %2, unanswered %3, not concerned %4")
                        .arg(tally.inProgress)
                        .arg(tally.notMet)
                        .arg(tally.unanswered)
                        .arg(tally.notApplicable);
        flow.paragraph(line, tallyStyle);
    }
    if (!result->blocking.isEmpty()) {
        flow.paragraph(tr("To reach palier %1: %n criterion/criteria still to meet (%2).", nullptr, result->missing)
                           .arg(palier + 1)
                           .arg(result->blocking.join(QLatin1String(", "))),
                       {baseFont(8.5, true), Ink, 0, flow.mm(1), flow.mm(1)});
    } else {
        flow.paragraph(tr("The highest palier is reached in this domain."),
                       {baseFont(8.5, true), Ink, 0, flow.mm(1), flow.mm(1)});
    }

    for (const Level &level : m_report.referential->levels()) {
        const QList<const Criterion *> criteria = m_report.referential->criteriaOf(domain.id, level.number);
        if (criteria.isEmpty())
            continue;
        const QString title = level.description.isEmpty() ? level.title
                                                           : tr("%1 — %2").arg(level.title, level.description);
        heading(flow, title, 2);
        for (const Criterion *criterion : criteria)
            criterionRow(flow, *criterion);
    }
}

void ReportRenderer::criterionRow(PageFlow &flow, const Criterion &criterion) const
{
    const Answer *answer = m_report.answer(criterion.id);
    const AnswerStatus status = answer ? answer->status : AnswerStatus::Unanswered;
    const QFont textFont = baseFont(9);
    const QFont idFont = baseFont(7.5, true);
    const QFont chipFont = baseFont(7.5, true);
    const qreal chipWidth = flow.mm(24);
    const qreal gap = flow.mm(3);
    const qreal textWidth = flow.width() - chipWidth - gap;
    const qreal idHeight = QFontMetricsF(idFont, flow.device()).height();
    const qreal height = idHeight + flow.textHeight(criterion.text, textFont, textWidth) + flow.mm(1.5);
    const QString label = answerStatusLabel(status);
    const QColor color = PaliersCharts::statusColor(status);
    const QString id = criterion.id;
    const QString text = criterion.text;
    flow.block(height, [=](QPainter &p, const QRectF &r) {
        chip(p, QRectF(r.left(), r.top() + 1, chipWidth, idHeight * 1.6), color, label, chipFont);
        p.setPen(Muted);
        p.setFont(idFont);
        p.drawText(QRectF(r.left() + chipWidth + gap, r.top(), textWidth, idHeight), Qt::AlignLeft, id);
        p.setPen(Ink);
        PageFlow::drawText(p, QRectF(r.left() + chipWidth + gap, r.top() + idHeight, textWidth, r.height()), text,
                           textFont);
    });
    const PageFlow::TextStyle noteStyle {baseFont(8.5, false, true), QColor(0x33, 0x33, 0x33), chipWidth + gap, 0,
                                         flow.mm(0.5)};
    if (answer && !answer->comment.isEmpty())
        flow.paragraph(tr("Comment: %1").arg(answer->comment), noteStyle);
    if (answer && !answer->evidence.isEmpty())
        flow.paragraph(tr("Evidence: %1").arg(answer->evidence), noteStyle);
    if (!criterion.note.isEmpty())
        flow.paragraph(tr("Note on the grid: %1").arg(criterion.note),
                       {baseFont(7.5), Muted, chipWidth + gap, 0, flow.mm(0.5)});
    flow.space(flow.mm(2));
}

void ReportRenderer::nextSteps(PageFlow &flow) const
{
    heading(flow, tr("Next steps"), 1);
    flow.paragraph(tr("For each domain, the criteria of the next palier that are not met yet."),
                   {baseFont(9), Muted, 0, 0, flow.mm(2)});
    const Referential &referential = *m_report.referential;
    const PageFlow::TextStyle itemStyle {baseFont(9), Ink, flow.mm(4), 0, flow.mm(1)};
    for (const DomainResult &result : m_report.evaluation.domains) {
        const Domain *domain = referential.domain(result.domainId);
        const QString title = domain ? domain->title : result.domainId;
        if (result.blocking.isEmpty()) {
            heading(flow, title, 2);
            flow.paragraph(tr("The highest palier is reached."), itemStyle);
            continue;
        }
        heading(flow, tr("%1 — towards palier %2").arg(title).arg(result.palier + 1), 2);
        for (const QString &id : result.blocking) {
            const Criterion *criterion = referential.criterion(id);
            if (!criterion)
                continue;
            flow.paragraph(tr("• %1 — %2 (now: %3)")
                               .arg(id, criterion->text, answerStatusLabel(m_report.status(id)).toLower()),
                           itemStyle);
        }
    }
}

void ReportRenderer::actionPlan(PageFlow &flow) const
{
    heading(flow, tr("Action plan"), 1);
    if (m_report.actionItems.isEmpty()) {
        flow.paragraph(tr("No action has been written in the action plan yet."), {baseFont(9), Muted, 0, 0, 0});
        return;
    }
    const QFont font = baseFont(8.5);
    const QFont bold = baseFont(8.5, true);
    const qreal pad = flow.mm(1.2);
    const QList<qreal> widths {flow.width() * 0.38, flow.width() * 0.18, flow.width() * 0.15, flow.width() * 0.14,
                               flow.width() * 0.15};
    const auto row = [&](const QStringList &cells, bool header) {
        const QFont &f = header ? bold : font;
        qreal height = 0;
        for (qsizetype i = 0; i < cells.size(); ++i)
            height = std::max(height, flow.textHeight(cells.at(i), f, widths.at(i) - 2 * pad));
        height += 2 * pad;
        flow.block(height, [=](QPainter &p, const QRectF &r) {
            qreal x = r.left();
            for (qsizetype i = 0; i < cells.size(); ++i) {
                const QRectF cell(x, r.top(), widths.at(i), r.height());
                if (header)
                    p.fillRect(cell, Shade);
                p.setPen(QPen(Rule, 0.5));
                p.setBrush(Qt::NoBrush);
                p.drawRect(cell);
                p.setPen(Ink);
                PageFlow::drawText(p, cell.adjusted(pad, pad, -pad, -pad), cells.at(i), f);
                x += widths.at(i);
            }
        });
    };
    row({tr("Action"), tr("Owner"), tr("Due date"), tr("Funder"), tr("Status")}, true);
    const QDate today = QDate::currentDate();
    for (const ActionItem &item : m_report.actionItems) {
        QString title = item.title;
        if (!item.criterionId.isEmpty())
            title = tr("%1 (criterion %2)").arg(item.title, item.criterionId);
        QString status = actionStatusLabel(item.status);
        const bool open = item.status == ActionStatus::Todo || item.status == ActionStatus::InProgress;
        if (open && item.dueDate.isValid() && item.dueDate < today)
            status = tr("%1 — overdue").arg(status);
        row({title, item.owner, dateText(item.dueDate), funderLabel(item.funder), status}, false);
    }
}

void ReportRenderer::signatures(PageFlow &flow) const
{
    const bool ecole = isFirstDegree(m_report.establishment.kind);
    const qreal boxHeight = flow.mm(38);
    const QFont font = baseFont(9);
    const QFont bold = baseFont(9, true);
    flow.keepTogether(boxHeight + flow.mm(30));
    heading(flow, tr("Signatures"), 1);
    flow.paragraph(tr("Done at ______________________________, on ____ / ____ / ________"),
                   {font, Ink, 0, 0, flow.mm(4)});
    const QString leftRole = ecole ? tr("The school director") : tr("The head of establishment");
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
            const qreal line = QFontMetricsF(font, p.device()).height() * 1.4;
            PageFlow::drawText(p, inner.adjusted(0, line * 1.2, 0, 0),
                               name.isEmpty() ? nameLabel : QStringLiteral("%1 %2").arg(nameLabel, name), font);
            PageFlow::drawText(p, inner.adjusted(0, line * 2.4, 0, 0), signatureLabel, font);
            x += w + gap;
        }
    });
}

} // namespace Paliers
