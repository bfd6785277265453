#pragma once

#include "model/answerstatus.h"
#include "model/result.h"
#include "referential/referential.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace Paliers {

// The answers of one domain at one palier, counted.
struct LevelTally
{
    int level = 0;
    int total = 0;
    int met = 0;
    int inProgress = 0;
    int notMet = 0;
    int notApplicable = 0;
    int unanswered = 0;
    // How many criteria must be met for this level to count under the rule.
    int required = 0;

    int applicable() const { return total - notApplicable; }
    bool satisfied() const { return met >= required; }
};

struct DomainResult
{
    QString domainId;
    // 0 means "palier 1 non atteint".
    int palier = 0;
    // One tally per level of the referential, in order.
    QList<LevelTally> levels;
    // What stands between the domain and the next palier: the applicable
    // criteria of that palier not yet met, in the referential's order. Under a
    // threshold rule only `missing` of them need to be met. Empty at the top.
    QStringList blocking;
    int missing = 0;

    // The answers of every palier of the domain added up (level 0).
    LevelTally answers() const
    {
        LevelTally sum;
        for (const LevelTally &tally : levels) {
            sum.total += tally.total;
            sum.met += tally.met;
            sum.inProgress += tally.inProgress;
            sum.notMet += tally.notMet;
            sum.notApplicable += tally.notApplicable;
            sum.unanswered += tally.unanswered;
            sum.required += tally.required;
        }
        return sum;
    }
};

struct Evaluation
{
    QList<DomainResult> domains; // in the referential's domain order
    // The palier reached in every domain: the lowest of them.
    int overallPalier = 0;
    // Criteria with an answer (non concerné counts as an answer) out of all;
    // for a rubric, axes placed at a stage out of all axes.
    int answered = 0;
    int total = 0;

    const DomainResult *domain(const QString &domainId) const;
    double completion() const { return total == 0 ? 0.0 : static_cast<double>(answered) / total; }
};

// Computes the palier each domain reaches, following the referential's rule.
// A domain reaches palier k when the rule holds at every level 1..k; criteria
// marked non concerné are left out, en cours and unanswered count as not met,
// and a level with no applicable criterion does not hold a domain back.
//
// A rubric (ReferentialKind::Rubric, one cell per axis and stage) is read
// differently: the palier of an axis is the stage the team placed it at, the
// highest stage whose cell is met, or 0 when no cell is met; the rule is not
// used for it. The tallies are counted as for a checklist (one cell per level).
// `blocking` is the cell of the next stage and `missing` is 1, both empty at
// the top stage. The overall palier is still the lowest over the axes, but
// `total` counts the axes and `answered` the axes with a met cell.
class PalierEngine
{
    Q_DECLARE_TR_FUNCTIONS(PalierEngine)

public:
    // Refuses answers naming criteria that the referential does not have.
    static Result<Evaluation> evaluate(const Referential &referential, const AnswerMap &answers);
};

} // namespace Paliers
