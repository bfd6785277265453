#include "commissionpack.h"

#include "storage.h"

namespace Paliers {

Result<CommissionPack> CommissionPack::load(const Storage &storage, qint64 assessmentId)
{
    Result<AssessmentReport> report = AssessmentReport::load(storage, assessmentId);
    if (!report)
        return Error {report.error()};
    Result<CommissionMeeting> meeting = storage.commissionMeeting(assessmentId);
    if (!meeting)
        return Error {meeting.error()};
    Result<std::optional<Progress>> progress = Progress::load(storage, report.value());
    if (!progress)
        return Error {progress.error()};
    return CommissionPack {std::move(report.value()), meeting.value(), std::move(progress.value())};
}

} // namespace Paliers
