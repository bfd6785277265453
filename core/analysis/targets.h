#pragma once

#include "model/answerstatus.h"
#include "model/assessment.h"
#include "model/result.h"
#include "referential/palierengine.h"
#include "referential/referential.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace Paliers {

// How far a school stands from one of its targets.
struct TargetState
{
    DomainTarget target;
    int palier = 0; // reached now in the domain
    // The year by which has passed (the assessment is of a later year) and
    // the target is not reached.
    bool late = false;
    // How many criteria are still to be met to reach the target under the
    // grid's rule (for the jalons: how many stages to climb).
    int remaining = 0;
    // The applicable criteria of the paliers between the school and its
    // target that are not met, in the referential's order: what the plan
    // proposes first.
    QStringList criteria;

    bool reached() const { return palier >= target.palier; }
};

// A school's targets, checked against its grid and compared with where it
// stands. Pure: works on values, on any thread.
class Targets
{
    Q_DECLARE_TR_FUNCTIONS(Targets)

public:
    // Refuses a target on a domain the grid lacks, a palier outside 1..the
    // grid's top, a year that is not a school year, or two targets on one
    // domain.
    static Status check(const Referential &referential, const QList<DomainTarget> &targets);
    // The targets in the referential's domain order; those on a domain the
    // grid lacks are left out. `schoolYear` is the assessment's year.
    static QList<TargetState> states(const Referential &referential, const Evaluation &evaluation,
        const AnswerMap &answers, const QList<DomainTarget> &targets, const QString &schoolYear);
    static const DomainTarget *find(const QList<DomainTarget> &targets, const QString &domainId);
    static const TargetState *find(const QList<TargetState> &states, const QString &domainId);
    static int reachedCount(const QList<TargetState> &states);
    // « palier 2 d'ici 2027-2028 »
    static QString describe(const DomainTarget &target);
    // In the palier table's « Cible » column: « 2 en 2027-2028 », « atteinte (2) ».
    static QString cell(const TargetState &state);
    // « 2 domaines sur 6 ont atteint leur cible ; Formation : il reste 2
    // critères ; Ressources : il reste 1 critère » (empty without targets).
    static QString summary(const Referential &referential, const QList<TargetState> &states);
    // The criteria between the school and its targets, every domain, in the
    // referential's order.
    static QStringList criteriaToTargets(const QList<TargetState> &states);
    // A what-if turned into targets: every domain whose simulated palier is
    // above the stored one gets it as target by `schoolYear`; the other
    // domains keep the target they had.
    static QList<DomainTarget> fromSimulation(const Referential &referential, const Evaluation &stored,
        const Evaluation &simulated, const QList<DomainTarget> &current, const QString &schoolYear);
};

} // namespace Paliers
