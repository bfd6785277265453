#pragma once

#include "model/answerstatus.h"

#include <optional>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Paliers {

enum class AssessmentStatus
{
    Draft, // brouillon
    Validated, // validé: read-only until reopened
};

QString assessmentStatusKey(AssessmentStatus status);
std::optional<AssessmentStatus> assessmentStatusFromKey(const QString &key);
QString assessmentStatusLabel(AssessmentStatus status);

// One filling of one grid by one school for one school year.
struct Assessment
{
    qint64 id = 0;
    qint64 establishmentId = 0;
    QString referentialId;
    QString referentialVersion;
    QString schoolYear; // "2025-2026"
    QString author;
    QString authorRole;
    AssessmentStatus status = AssessmentStatus::Draft;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime validatedAt;
    QString validatedBy;
    std::optional<qint64> previousId; // the assessment its answers were copied from
};

// The answer to one criterion as it stands now.
struct Answer
{
    QString criterionId;
    AnswerStatus status = AnswerStatus::Unanswered;
    QString comment;
    QString evidence; // where the proof is: a document, a link
    QString changedBy;
    QDateTime changedAt;
};

// A change to make to one answer; fields left empty stay as they are.
struct AnswerEdit
{
    QString criterionId;
    std::optional<AnswerStatus> status;
    std::optional<QString> comment;
    std::optional<QString> evidence;
};

// One recorded change of an answer: what it was, what it became, who, when.
struct AnswerHistoryEntry
{
    qint64 id = 0;
    QString criterionId;
    std::optional<AnswerStatus> oldStatus; // empty: the answer did not exist
    AnswerStatus newStatus = AnswerStatus::Unanswered;
    QString oldComment;
    QString newComment;
    QString oldEvidence;
    QString newEvidence;
    QString changedBy;
    QDateTime changedAt;
};

// Created, validated, reopened: the life of an assessment, for the record.
struct AssessmentEvent
{
    enum class Kind
    {
        Created,
        Validated,
        Reopened,
        // Moved to another version of its grid; the note is the version it left.
        VersionChanged,
    };
    Kind kind = Kind::Created;
    QString actor;
    QDateTime at;
    QString note;
};

enum class ActionStatus
{
    Todo, // à faire
    InProgress, // en cours
    Done, // fait
    Abandoned, // abandonné
};

enum class Funder
{
    None,
    Etablissement,
    Commune,
    Departement,
    Region,
    Academie,
};

// "created", "validated", "reopened": as stored and exported.
QString eventKindKey(AssessmentEvent::Kind kind);
std::optional<AssessmentEvent::Kind> eventKindFromKey(const QString &key);

QString actionStatusKey(ActionStatus status);
std::optional<ActionStatus> actionStatusFromKey(const QString &key);
QString actionStatusLabel(ActionStatus status);
QString funderKey(Funder funder);
QString funderLabel(Funder funder); // empty for Funder::None
std::optional<Funder> funderFromKey(const QString &key);

// An item of the action plan that follows an assessment.
struct ActionItem
{
    qint64 id = 0;
    qint64 assessmentId = 0;
    QString criterionId; // empty for a free item
    QString title;
    QString owner;
    QDate dueDate;
    ActionStatus status = ActionStatus::Todo;
    Funder funder = Funder::None;
    int priority = 0;
};

// The commission numérique an assessment is prepared for: when it meets and
// who sits on it, as the référent typed them.
struct CommissionMeeting
{
    qint64 assessmentId = 0;
    QDate date; // invalid: not set yet
    QString members; // one per line
    QStringList memberList() const;
};

// Where a school aims in one domain (or jalons axis): the palier to reach
// and the school year by which to reach it, « palier 2 en Formation d'ici
// 2027-2028 ». Kept with each assessment and carried to the next one.
struct DomainTarget
{
    QString domainId;
    int palier = 0;
    QString schoolYear; // the year by which, "2027-2028"

    friend bool operator==(const DomainTarget &, const DomainTarget &) = default;
};

// Whether an action is still to be done: à faire or en cours.
bool isOpen(ActionStatus status);
// An open action whose due date is before `today`.
bool isOverdue(const ActionItem &item, const QDate &today);

// "2025-2026": September to August, two consecutive years.
class SchoolYear
{
    Q_DECLARE_TR_FUNCTIONS(SchoolYear)

public:
    static bool isValid(const QString &text);
    static QString containing(const QDate &date);
    static QString previous(const QString &year);
    static QString next(const QString &year);
    static QString invalidMessage(const QString &text);
};

} // namespace Paliers
