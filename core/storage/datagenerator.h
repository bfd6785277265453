#pragma once

#include "analysis/assessmentrecord.h"
#include "model/result.h"
#include "referential/referentialcatalog.h"

#include <functional>
#include <QCoreApplication>
#include <QRandomGenerator>
#include <QStringList>

namespace Paliers {

class Storage;

// Random but plausible schools and assessments, for trying the
// consolidation views and for the benchmarks: mostly écoles, some collèges
// and lycées, valid UAI numbers, communes, circonscriptions and districts
// of the départements of one académie, and answers that follow a school's maturity (palier 1 met
// more often than palier 3) and improve a little from one year to the next.
// The same seed gives the same data.
class DataGenerator
{
    Q_DECLARE_TR_FUNCTIONS(DataGenerator)

public:
    // `academie` is one of academies(); another name gives Créteil.
    DataGenerator(const ReferentialCatalog &catalog, quint32 seed, const QString &academie = QStringLiteral("Créteil"));

    // The académies whose départements and communes it knows.
    static QStringList academies();
    // The name of the académie `name` designates, whatever its case and
    // accents ("creteil": "Créteil"), or an empty string.
    static QString academie(const QString &name);

    // The assessments of one school for each of `years` (oldest first), as
    // exports would carry them; establishment `index` is a stable identity.
    QList<AssessmentRecord> school(int index, const QStringList &years);

    // Writes `count` schools with `years` into `storage`, in batches of one
    // transaction; `progress(done)` after each batch, false to stop.
    Status populate(
        Storage &storage, int count, const QStringList &years, const std::function<bool(int done)> &progress = {});

    // "2023-2024", "2024-2025"... ending with the current school year.
    static QStringList lastYears(int count);

private:
    Establishment establishment(int index);
    AnswerMap answers(const Referential &referential, double maturity);

    const ReferentialCatalog &m_catalog;
    quint32 m_seed;
    QRandomGenerator m_random;
    QString m_academie;
};

} // namespace Paliers
