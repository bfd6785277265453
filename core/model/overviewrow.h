#pragma once

#include "model/assessment.h"
#include "model/establishment.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Paliers {

// One assessment as the overview of many schools shows it: the school, the
// year, the grid and the paliers, without the answers. Storage::overview()
// reads it in one query from the summaries it keeps up to date
// (storage/summaries.cpp); analysis/consolidation.h counts and filters it.
struct OverviewRow
{
    qint64 establishmentId = 0;
    QString uai;
    QString name;
    EstablishmentKind kind = EstablishmentKind::Other;
    QString commune;
    QString circonscription;
    QString departement;
    QString academie;
    qint64 assessmentId = 0;
    QString referentialId;
    QString referentialVersion;
    QString schoolYear;
    AssessmentStatus status = AssessmentStatus::Draft;
    int overallPalier = 0;
    QList<int> domainPaliers; // in the domain order of its referential's version
    // Criteria blocking the next palier, all domains, separated by commas:
    // kept as one string, as 60,000 rows of lists would cost a million
    // small allocations for a column that only the analysis reads.
    QString blockingIds;
    QStringList blocking() const;
    int answered = 0;
    int total = 0;

    double completion() const { return total == 0 ? 0.0 : static_cast<double>(answered) / total; }
};

} // namespace Paliers
