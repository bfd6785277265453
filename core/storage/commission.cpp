#include "storage/storage.h"
#include "storage/storagerows.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Paliers {

using namespace StorageRows;

// Commission numérique

Result<CommissionMeeting> Storage::commissionMeeting(qint64 assessmentId) const
{
    Result<Assessment> found = assessment(assessmentId);
    if (!found)
        return Error {found.error()};
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT meeting_date, members FROM commission_meeting WHERE assessment_id = ?"));
    q.addBindValue(assessmentId);
    if (auto error = failure(q))
        return *error;
    CommissionMeeting meeting;
    meeting.assessmentId = assessmentId;
    if (q.next()) {
        if (!q.value(0).isNull())
            meeting.date = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        meeting.members = q.value(1).toString();
    }
    return meeting;
}

Status Storage::saveCommissionMeeting(const CommissionMeeting &meeting)
{
    if (Status writable = checkWritable(); !writable)
        return writable;
    if (Result<Assessment> found = assessment(meeting.assessmentId); !found)
        return Error {found.error()};
    if (meeting.members.size() > MaxTextLength)
        return Error {tr("The list of members is too long (at most %1 characters).").arg(MaxTextLength)};
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO commission_meeting (assessment_id, meeting_date, members, updated_at)"
                             " VALUES (?, ?, ?, ?) ON CONFLICT (assessment_id) DO UPDATE SET"
                             " meeting_date = excluded.meeting_date, members = excluded.members,"
                             " updated_at = excluded.updated_at"));
    q.addBindValue(meeting.assessmentId);
    q.addBindValue(fromDate(meeting.date));
    q.addBindValue(text(meeting.members.trimmed()));
    q.addBindValue(timestamp());
    if (auto error = failure(q))
        return *error;
    return Done {};
}

} // namespace Paliers
