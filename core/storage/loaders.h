#pragma once

#include "analysis/assessmentrecord.h"
#include "analysis/commissionpack.h"
#include "analysis/progress.h"
#include "model/result.h"
#include "referential/migration.h"

#include <optional>

namespace Paliers {

class Storage;

// What analysis/ computes on, read from a database. The analysis itself
// works on values and never sees a Storage.

// Everything about one assessment, its paliers computed.
Result<AssessmentRecord> loadAssessmentRecord(const Storage &storage, qint64 assessmentId);
// The progress of an assessment since its predecessor (see
// Storage::predecessor), or nothing when it is the first.
Result<std::optional<Progress>> loadProgress(const Storage &storage, const AssessmentRecord &current);
// How an assessment started from one made with an older version of its
// grid: that assessment, the map between the two versions, and the answers
// the map could not carry (to removed criteria), for the people to read.
struct CarriedOver
{
    Assessment previous;
    Migration migration;
    QList<Answer> left;
    // Moved in place (Storage::migrateDraft) rather than started from
    // `previous`, which is then the assessment itself.
    bool inPlace = false;
};
// Nothing when the assessment was not started from another one, or from one
// of the same version.
Result<std::optional<CarriedOver>> loadCarriedOver(const Storage &storage, const Assessment &assessment);

// The assessment, its commission meeting and its progress.
Result<CommissionPack> loadCommissionPack(const Storage &storage, qint64 assessmentId);

} // namespace Paliers
