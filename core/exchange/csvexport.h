#pragma once

#include "analysis/assessmentrecord.h"
#include "analysis/campaign.h"
#include "analysis/consolidation.h"
#include "analysis/indicators.h"
#include "referential/referentialcatalog.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace Paliers {

// Spreadsheet files for the people who receive the assessments: UTF-8 with a
// byte-order mark and ';' between fields, which is what a French spreadsheet
// opens without asking. The column names are fixed and French, whatever the
// language of the interface, so that scripts reading them keep working.
class CsvExport
{
public:
    // One row per criterion of the grid (unanswered ones included).
    static QByteArray criteria(const AssessmentRecord &report);
    // One row per assessment: the school, the year, the paliers per domain.
    static QByteArray summary(const QList<AssessmentRecord> &reports);
    // The same, for the rows of an overview; domain columns follow the
    // grids of `catalog`.
    static QByteArray overview(const QList<OverviewRow> &rows, const ReferentialCatalog &catalog);

    // A campaign's progress: one row per territory, then the total.
    static QByteArray campaign(const CampaignProgress &progress);
    // The roadmap's table: one row per indicator, for each year the share
    // (%) and the establishments it rests on, then the target.
    static QByteArray indicators(const IndicatorTable &table);

    // One field, quoted when it must be. A field a spreadsheet would take for
    // a formula (starting with =, +, -, @) gets a leading apostrophe.
    static QString field(const QString &text);
    static QByteArray document(const QList<QStringList> &rows);
};

} // namespace Paliers
