#pragma once

#include "assessment.h"
#include "assessmentreport.h"
#include "progress.h"
#include "result.h"

#include <optional>

namespace Paliers {

class Storage;

// What a référent brings to the commission numérique: the assessment with
// its paliers and action plan, the meeting (date, members), and the progress
// since the previous assessment of the same grid when there is one.
struct CommissionPack
{
    AssessmentReport report;
    CommissionMeeting meeting;
    std::optional<Progress> progress;

    static Result<CommissionPack> load(const Storage &storage, qint64 assessmentId);
};

} // namespace Paliers
