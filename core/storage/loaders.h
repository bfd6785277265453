#pragma once

#include "analysis/assessmentrecord.h"
#include "analysis/commissionpack.h"
#include "analysis/progress.h"
#include "model/result.h"

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
// The assessment, its commission meeting and its progress.
Result<CommissionPack> loadCommissionPack(const Storage &storage, qint64 assessmentId);

} // namespace Paliers
