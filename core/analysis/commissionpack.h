#pragma once

#include "analysis/assessmentrecord.h"
#include "analysis/progress.h"
#include "model/assessment.h"
#include "model/result.h"

#include <optional>

namespace Paliers {

// What a référent brings to the commission numérique: the assessment with
// its paliers and action plan, the meeting (date, members), and the progress
// since the previous assessment of the same grid when there is one.
struct CommissionPack
{
    AssessmentRecord report;
    CommissionMeeting meeting;
    std::optional<Progress> progress;
};

} // namespace Paliers
