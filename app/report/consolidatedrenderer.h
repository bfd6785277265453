#pragma once

#include "analysis/campaign.h"
#include "analysis/consolidation.h"
#include "analysis/indicators.h"
#include "model/result.h"
#include "referential/referentialcatalog.h"

#include <optional>
#include <QCoreApplication>
#include <QDateTime>

class QPagedPaintDevice;

namespace Paliers {

class PageFlow;

// The summary of many assessments a DANE or an IEN prints: how many schools
// stand at each palier per domain (chart and table), the criteria most often
// missing for the next palier, and the list of establishments with their
// paliers.
class ConsolidatedRenderer
{
    Q_DECLARE_TR_FUNCTIONS(ConsolidatedRenderer)

public:
    // `selection` says in words which assessments these are ("2025-2026,
    // circonscription Vitry 1").
    ConsolidatedRenderer(const QList<OverviewRow> &rows, const ReferentialCatalog &catalog, QString selection);

    // The campaign's response rates, printed first: who was expected, who
    // has validated, per territory, and over the years.
    void setCampaign(CampaignReport campaign) { m_campaign = std::move(campaign); }
    // The roadmap's indicators, printed after the response rates.
    void setIndicators(IndicatorTable indicators) { m_indicators = std::move(indicators); }

    Result<int> render(QPagedPaintDevice *device) const;
    Status writePdf(const QString &path) const;

    static constexpr int MostMissingShown = 15;

private:
    // How many rows of a table stay on the page of its heading.
    static constexpr qsizetype LeadRows = 3;

    void layOut(PageFlow &flow) const;
    void referentialSection(PageFlow &flow, const Referential &referential) const;
    void establishmentList(PageFlow &flow) const;
    void campaignSection(PageFlow &flow) const;
    void indicatorsSection(PageFlow &flow) const;

    const QList<OverviewRow> &m_rows;
    const ReferentialCatalog &m_catalog;
    QString m_selection;
    QDateTime m_generatedAt;
    std::optional<CampaignReport> m_campaign;
    IndicatorTable m_indicators;
};

} // namespace Paliers
