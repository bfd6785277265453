#include "consolidatedrenderer.h"

#include "pageflow.h"
#include "palierscharts.h"
#include "reportstyle.h"

#include <memory>
#include <QChart>
#include <QHash>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QSet>

namespace Paliers {

using namespace ReportStyle;

ConsolidatedRenderer::ConsolidatedRenderer(
    const QList<OverviewRow> &rows, const ReferentialCatalog &catalog, QString selection)
    : m_rows(rows)
    , m_catalog(catalog)
    , m_selection(std::move(selection))
    , m_generatedAt(QDateTime::currentDateTime())
{
}

Status ConsolidatedRenderer::writePdf(const QString &path) const
{
    return ReportStyle::writePdf(
        path, tr("Consolidation of the digital maturity paliers — %1").arg(m_selection),
        QStringLiteral("Paliers %1").arg(QCoreApplication::applicationVersion()),
        [this](QPagedPaintDevice *device) -> Status {
            Result<int> pages = render(device);
            if (!pages)
                return Error {pages.error()};
            return Done {};
        },
        QPageLayout::Landscape);
}

Result<int> ConsolidatedRenderer::render(QPagedPaintDevice *device) const
{
    PageFlow flow(device, contentRect(device));
    layOut(flow);
    PageDecoration decoration;
    decoration.headerLeft = PageFlow::isolated(m_selection);
    decoration.headerRight = tr("Consolidation of the paliers");
    decoration.footerLeft
        = tr("Paliers %1 · consolidation of %n assessment(s) · %2", nullptr, static_cast<int>(m_rows.size()))
              .arg(QCoreApplication::applicationVersion(), dateText(m_generatedAt));
    return paintPages(device, flow, decoration, tr("The consolidation"));
}

void ConsolidatedRenderer::layOut(PageFlow &flow) const
{
    flow.paragraph(tr("Consolidation of the digital maturity paliers"), {font(18, true), Accent, 0, 0, flow.mm(1)});
    flow.paragraph(m_selection, {font(11), Muted, 0, 0, flow.mm(4)});

    QSet<qint64> establishments;
    int validated = 0;
    for (const OverviewRow &row : m_rows) {
        establishments.insert(row.establishmentId);
        if (row.status == AssessmentStatus::Validated)
            ++validated;
    }
    const int assessments = static_cast<int>(m_rows.size());
    //: "N assessments", "of N establishments", "N validated", "N drafts", the date.
    flow.paragraph(tr("%1 %2: %3, %4. Made on %5.")
                       .arg(tr("%n assessment(s)", nullptr, assessments),
                           tr("of %n establishment(s)", nullptr, static_cast<int>(establishments.size())),
                           tr("%n validated", nullptr, validated), tr("%n draft(s)", nullptr, assessments - validated),
                           dateText(m_generatedAt)),
        {font(9.5), Ink, 0, 0, flow.mm(3)});
    if (m_campaign)
        campaignSection(flow);
    if (!m_indicators.isEmpty())
        indicatorsSection(flow);
    if (m_rows.isEmpty()) {
        flow.paragraph(tr("No assessment matches this selection."), {font(10, true), Ink, 0, 0, 0});
        return;
    }

    // The overall palier of the paliers grids; the jalons have their own
    // section below.
    std::array<int, 4> overall {};
    int paliers = 0;
    for (const OverviewRow &row : m_rows) {
        const Referential *referential = m_catalog.latest(row.referentialId);
        if (!referential || referential->kind() != ReferentialKind::Checklist)
            continue;
        ++overall[std::clamp(row.overallPalier, 0, 3)];
        ++paliers;
    }
    Table table;
    for (int i = 0; i < 4; ++i)
        table.widths.append(flow.width() / 4);
    table.alignments = {Qt::AlignHCenter, Qt::AlignHCenter, Qt::AlignHCenter, Qt::AlignHCenter};
    flow.keepOnOnePage([&] {
        ReportStyle::heading(flow, tr("Overall palier"), 2);
        table.row(flow, {tr("Palier 1 not reached"), tr("Palier 1"), tr("Palier 2"), tr("Palier 3")}, {}, true);
    });
    QStringList counts;
    QList<QColor> fills;
    for (int palier = 0; palier <= 3; ++palier) {
        counts.append(
            tr("%1 (%2 %)").arg(overall[palier]).arg(100.0 * overall[palier] / std::max(paliers, 1), 0, 'f', 0));
        fills.append(PaliersCharts::palierColor(palier));
    }
    table.row(flow, counts, fills);

    for (const Referential *referential : m_catalog.referentials()) {
        const bool present = std::any_of(m_rows.cbegin(), m_rows.cend(),
            [&](const OverviewRow &row) { return row.referentialId == referential->id(); });
        if (present)
            referentialSection(flow, *referential);
    }
    establishmentList(flow);
}

void ConsolidatedRenderer::referentialSection(PageFlow &flow, const Referential &referential) const
{
    QList<OverviewRow> rows;
    for (const OverviewRow &row : m_rows) {
        if (row.referentialId == referential.id())
            rows.append(row);
    }
    const QList<DomainDistribution> distribution
        = Consolidation::distribution(rows, referential, m_catalog.versions(referential.id()));

    // The chart on the left, the same counts in a table on its right.
    const qreal gap = flow.mm(6);
    const qreal tableWidth = std::min(flow.width() * 0.45, flow.mm(125));
    const qreal chartWidth = flow.width() - tableWidth - gap;
    Table table;
    const bool rubric = referential.kind() == ReferentialKind::Rubric;
    const int columns = referential.maxLevel() + 1;
    const qreal numberWidth = std::min(flow.mm(17), tableWidth * 0.6 / columns);
    table.widths = {tableWidth - columns * numberWidth};
    table.alignments = {Qt::AlignLeft};
    QStringList header {rubric ? tr("Axis") : tr("Domain"), rubric ? tr("Not placed yet") : tr("Palier 1 not reached")};
    for (const Level &level : referential.levels())
        header.append(level.title);
    for (int i = 0; i < columns; ++i) {
        table.widths.append(numberWidth);
        table.alignments.append(Qt::AlignHCenter);
    }
    table.fitHeader(flow, header);
    QList<QStringList> cells {header};
    for (const DomainDistribution &d : distribution) {
        const Domain *domain = referential.domain(d.domainId);
        QStringList row {domain ? domain->title : d.domainId};
        for (const int count : d.counts)
            row.append(QString::number(count));
        cells.append(row);
    }
    QList<qreal> heights;
    qreal tableHeight = 0;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        heights.append(table.rowHeight(flow, cells.at(i), i == 0));
        tableHeight += heights.last();
    }
    std::shared_ptr<QChart> chart(PaliersCharts::createDistributionChart(referential, distribution));
    chart->setTitle(QString());
    chart->setBackgroundVisible(false);
    const qreal height = std::max(flow.mm(80), tableHeight);
    flow.keepOnOnePage([&] {
        ReportStyle::heading(
            flow, tr("%1 — %n assessment(s)", nullptr, static_cast<int>(rows.size())).arg(referential.title()), 1);
        flow.block(height, [=](QPainter &p, const QRectF &r) {
            PaliersCharts::render(chart.get(), &p, QRectF(r.left(), r.top(), chartWidth, r.height()));
            qreal y = r.top();
            for (qsizetype i = 0; i < cells.size(); ++i) {
                table.paintRow(
                    p, QRectF(r.right() - tableWidth, y, tableWidth, heights.at(i)), cells.at(i), {}, i == 0);
                y += heights.at(i);
            }
        });
    });
    const QStringList versions = Consolidation::versionsIn(rows, referential.id());
    if (versions.size() > 1)
        flow.paragraph(tr("These assessments follow %n versions of the grid (%1): the domains are matched by "
                          "their identifier and titled as in version %2.",
                           nullptr, static_cast<int>(versions.size()))
                           .arg(versions.join(QStringLiteral(", ")), referential.version()),
            {font(9), Ink, 0, flow.mm(2), flow.mm(3)});

    Table missing;
    missing.widths = {flow.mm(22), flow.width() - flow.mm(22) - flow.mm(30), flow.mm(30)};
    missing.alignments = {Qt::AlignLeft, Qt::AlignLeft, Qt::AlignHCenter};
    const QStringList missingHeader {tr("Criterion"), tr("Wording"), tr("Establishments")};
    missing.fitHeader(flow, missingHeader, 1);
    const QList<MissingCriterion> mostMissing = Consolidation::mostMissing(rows, MostMissingShown);
    const auto missingRow = [&](const MissingCriterion &m) {
        const Criterion *criterion = m_catalog.criterion(referential.id(), m.criterionId);
        missing.row(flow,
            {m.criterionId, criterion ? criterion->text : QString(),
                tr("%1 (%2 %)").arg(m.count).arg(100.0 * m.count / rows.size(), 0, 'f', 0)});
    };
    // The heading stays with the table's header and first rows.
    flow.keepOnOnePage([&] {
        ReportStyle::heading(flow, tr("Criteria most often missing for the next palier"), 2);
        flow.paragraph(tr("What to train or fund first: the criteria that block the next palier in the most "
                          "establishments."),
            {font(8.5), Muted, 0, 0, flow.mm(2)});
        missing.row(flow, missingHeader, {}, true);
        for (const MissingCriterion &m : mostMissing.mid(0, LeadRows))
            missingRow(m);
    });
    for (const MissingCriterion &m : mostMissing.mid(LeadRows))
        missingRow(m);
}

void ConsolidatedRenderer::establishmentList(PageFlow &flow) const
{
    const QList<const Referential *> grids = m_catalog.referentials();
    const Referential *first = grids.isEmpty() ? nullptr : grids.constFirst();
    const qsizetype domains = first ? first->domains().size() : 0;
    const qreal palierWidth = flow.mm(11);
    Table table;
    table.fontSize = 7.5;
    table.widths = {
        flow.width() - flow.mm(45) - flow.mm(20) - (domains + 1) * palierWidth, flow.mm(45), flow.mm(20), palierWidth};
    table.alignments = {Qt::AlignLeft, Qt::AlignLeft, Qt::AlignLeft, Qt::AlignHCenter};
    QStringList header {tr("Establishment"), tr("Circonscription or district"), tr("Status"), tr("Overall")};
    for (qsizetype i = 0; i < domains; ++i) {
        table.widths.append(palierWidth);
        table.alignments.append(Qt::AlignHCenter);
        header.append(first->domains().at(i).id);
    }
    table.fitHeader(flow, header);
    const QString legend = tr("Domain columns: %1.").arg([&] {
        QStringList names;
        for (qsizetype i = 0; i < domains; ++i)
            names.append(QStringLiteral("%1 %2").arg(first->domains().at(i).id, first->domains().at(i).title));
        return names.join(QLatin1String(", "));
    }());
    // Columns follow the first grid's domains; other grids, and other
    // versions, are matched by id.
    QHash<QString, QList<qsizetype>> columns; // "id version"
    const auto key = [](const QString &id, const QString &version) {
        return id + u' ' + version;
    };
    for (const Referential *latest : grids) {
        for (const Referential *referential : m_catalog.versions(latest->id())) {
            QList<qsizetype> indexes;
            for (qsizetype i = 0; i < domains; ++i)
                indexes.append(referential->domainIndex(first->domains().at(i).id));
            columns.insert(key(referential->id(), referential->version()), indexes);
        }
    }
    const auto listRow = [&](const OverviewRow &row) {
        const QList<qsizetype> indexes = columns.value(key(row.referentialId, row.referentialVersion));
        QStringList cells {QStringLiteral("%1 (%2)").arg(row.name, row.uai), row.circonscription,
            assessmentStatusLabel(row.status), QString::number(row.overallPalier)};
        QList<QColor> fills {QColor(), QColor(), QColor(), PaliersCharts::palierColor(row.overallPalier)};
        for (qsizetype i = 0; i < domains; ++i) {
            const int palier = row.domainPaliers.value(indexes.value(i, -1), -1);
            cells.append(palier < 0 ? QString() : QString::number(palier));
            fills.append(palier < 0 ? QColor() : PaliersCharts::palierColor(palier));
        }
        // The header again at the top of each page the list runs over.
        if (table.rowHeight(flow, cells) > flow.remaining() && !flow.atPageTop()) {
            flow.newPage();
            table.row(flow, header, {}, true);
        }
        table.row(flow, cells, fills);
    };
    flow.keepOnOnePage([&] {
        ReportStyle::heading(flow, tr("Establishments"), 1);
        flow.paragraph(legend, {font(7), Muted, 0, 0, flow.mm(1)});
        table.row(flow, header, {}, true);
        for (const OverviewRow &r : m_rows.mid(0, LeadRows))
            listRow(r);
    });
    for (const OverviewRow &r : m_rows.mid(LeadRows))
        listRow(r);
}

void ConsolidatedRenderer::campaignSection(PageFlow &flow) const
{
    const CampaignProgress &progress = m_campaign->progress;
    const TerritoryProgress &total = progress.total;
    flow.keepOnOnePage([&] {
        ReportStyle::heading(flow, tr("Response rates of the campaign"), 2);
        flow.paragraph(m_campaign->description, {font(9), Muted, 0, 0, flow.mm(1)});
        flow.paragraph(tr("%1: %2 validated (%3), %4 in progress, %5 not started.")
                           .arg(tr("%n establishment(s) expected", nullptr, total.expected))
                           .arg(total.validated)
                           .arg(total.rateText())
                           .arg(total.draft)
                           .arg(total.notStarted()),
            {font(9.5), Ink, 0, 0, flow.mm(2)});
    });
    if (total.expected == 0)
        return;

    const qreal number = flow.mm(24);
    const qreal bar = flow.mm(50);
    Table table;
    table.widths = {flow.width() - 5 * number - bar, number, number, number, number, number, bar};
    table.alignments = {
        Qt::AlignLeft, Qt::AlignRight, Qt::AlignRight, Qt::AlignRight, Qt::AlignRight, Qt::AlignRight, Qt::AlignLeft};
    const QStringList header {territoryLevelLabel(progress.level), tr("Expected"), tr("Validated"), tr("In progress"),
        tr("Not started"), tr("Rate"), QString()};
    table.fitHeader(flow, header);
    // A row whose last cell is the rate drawn as a bar: vector shapes, the
    // figure itself is the text of the cell before.
    const auto rateRow = [&](const QString &name, const TerritoryProgress &p) {
        const QStringList cells {name, QString::number(p.expected), QString::number(p.validated),
            QString::number(p.draft), QString::number(p.notStarted()), p.rateText(), QString()};
        const double rate = p.rate();
        const qreal height = table.rowHeight(flow, cells);
        const qreal barWidth = table.widths.constLast();
        flow.block(height, [table, cells, rate, barWidth](QPainter &painter, const QRectF &rect) {
            table.paintRow(painter, rect, cells);
            const qreal pad = std::min(rect.height() / 4, barWidth / 20);
            const QRectF track(
                rect.right() - barWidth + pad, rect.top() + pad, barWidth - 2 * pad, rect.height() - 2 * pad);
            painter.fillRect(track, Shade);
            painter.fillRect(QRectF(track.topLeft(), QSizeF(track.width() * rate, track.height())), Accent);
        });
    };
    flow.keepOnOnePage([&] {
        table.row(flow, header, {}, true);
        for (const TerritoryProgress &territory : progress.territories.mid(0, LeadRows))
            rateRow(CampaignText::territoryName(territory.territory, progress.level), territory);
    });
    for (const TerritoryProgress &territory : progress.territories.mid(LeadRows)) {
        if (table.rowHeight(flow, header) * 2 > flow.remaining()) {
            flow.newPage();
            table.row(flow, header, {}, true);
        }
        rateRow(CampaignText::territoryName(territory.territory, progress.level), territory);
    }
    rateRow(tr("Total"), total);

    if (m_campaign->years.size() > 1) {
        QStringList years;
        for (const YearProgress &year : m_campaign->years)
            years.append(tr("%1: %2 (%3 of %4)")
                             .arg(year.schoolYear, year.progress.rateText())
                             .arg(year.progress.validated)
                             .arg(year.progress.expected));
        flow.paragraph(tr("Validated over the years: %1.").arg(years.join(QStringLiteral(" · "))),
            {font(9), Ink, 0, flow.mm(2), flow.mm(3)});
    }
    flow.space(flow.mm(3));
}

void ConsolidatedRenderer::indicatorsSection(PageFlow &flow) const
{
    // As the roadmap prints it: one column per year, the target last.
    const qsizetype columns = m_indicators.years.size() + 1;
    const qreal column = std::min(flow.mm(24), flow.width() * 0.62 / static_cast<qreal>(columns));
    Table table;
    table.fontSize = 8;
    table.widths = {flow.width() - static_cast<qreal>(columns) * column};
    table.alignments = {Qt::AlignLeft};
    QStringList header {tr("Indicator")};
    for (const QString &year : m_indicators.years) {
        table.widths.append(column);
        table.alignments.append(Qt::AlignHCenter);
        header.append(year);
    }
    table.widths.append(column);
    table.alignments.append(Qt::AlignHCenter);
    header.append(tr("Target"));
    const QColor reached(0xd4, 0xed, 0xda);
    const auto cellsOf = [](const IndicatorRow &row) {
        QStringList cells {row.indicator.label};
        for (const IndicatorValue &value : row.values)
            cells.append(IndicatorTable::cell(value));
        cells.append(IndicatorTable::targetCell(row));
        return cells;
    };
    const auto fillsOf = [&](const IndicatorRow &row) {
        QList<QColor> fills(columns + 1);
        if (row.targetReached())
            fills.last() = reached;
        return fills;
    };
    flow.keepOnOnePage([&] {
        ReportStyle::heading(flow, tr("Indicators of the roadmap"), 2);
        table.row(flow, header, {}, true);
        for (const IndicatorRow &row : m_indicators.rows.mid(0, LeadRows))
            table.row(flow, cellsOf(row), fillsOf(row));
    });
    for (const IndicatorRow &row : m_indicators.rows.mid(LeadRows)) {
        if (table.rowHeight(flow, header) * 2 > flow.remaining()) {
            flow.newPage();
            table.row(flow, header, {}, true);
        }
        table.row(flow, cellsOf(row), fillsOf(row));
    }
    flow.paragraph(tr("Each share counts the establishments with a validated assessment of the grid that year, "
                      "their number in brackets; « roadmap » marks the roadmap's own figure for a year Paliers has no "
                      "data for. ✓: the latest value reaches the target."),
        {font(8), Muted, 0, flow.mm(1.5), flow.mm(3)});
}

} // namespace Paliers
