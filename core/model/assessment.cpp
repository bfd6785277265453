#include "model/assessment.h"

#include <QRegularExpression>

namespace Paliers {

QString assessmentStatusKey(AssessmentStatus status)
{
    return status == AssessmentStatus::Validated ? QStringLiteral("valide") : QStringLiteral("brouillon");
}

std::optional<AssessmentStatus> assessmentStatusFromKey(const QString &key)
{
    if (key == QLatin1String("brouillon"))
        return AssessmentStatus::Draft;
    if (key == QLatin1String("valide"))
        return AssessmentStatus::Validated;
    return std::nullopt;
}

QString assessmentStatusLabel(AssessmentStatus status)
{
    return status == AssessmentStatus::Validated ? QCoreApplication::translate("Assessment", "Validated")
                                                 : QCoreApplication::translate("Assessment", "Draft");
}

namespace {

template<typename Enum, std::size_t N> QString keyOf(const std::pair<Enum, const char *> (&table)[N], Enum value)
{
    for (const auto &[e, key] : table) {
        if (e == value)
            return QString::fromLatin1(key);
    }
    Q_UNREACHABLE();
}

template<typename Enum, std::size_t N>
std::optional<Enum> fromKey(const std::pair<Enum, const char *> (&table)[N], const QString &key)
{
    for (const auto &[e, k] : table) {
        if (key == QLatin1String(k))
            return e;
    }
    return std::nullopt;
}

const std::pair<ActionStatus, const char *> ActionStatusKeys[] = {
    {ActionStatus::Todo, "a_faire"},
    {ActionStatus::InProgress, "en_cours"},
    {ActionStatus::Done, "fait"},
    {ActionStatus::Abandoned, "abandonne"},
};

const std::pair<Funder, const char *> FunderKeys[] = {
    {Funder::None, ""},
    {Funder::Etablissement, "etablissement"},
    {Funder::Commune, "commune"},
    {Funder::Departement, "departement"},
    {Funder::Region, "region"},
    {Funder::Academie, "academie"},
};

const std::pair<AssessmentEvent::Kind, const char *> EventKindKeys[] = {
    {AssessmentEvent::Kind::Created, "created"},
    {AssessmentEvent::Kind::Validated, "validated"},
    {AssessmentEvent::Kind::Reopened, "reopened"},
    {AssessmentEvent::Kind::VersionChanged, "version_changed"},
};

} // namespace

QString actionStatusKey(ActionStatus status)
{
    return keyOf(ActionStatusKeys, status);
}

std::optional<ActionStatus> actionStatusFromKey(const QString &key)
{
    return fromKey(ActionStatusKeys, key);
}

QString funderKey(Funder funder)
{
    return keyOf(FunderKeys, funder);
}

std::optional<Funder> funderFromKey(const QString &key)
{
    return fromKey(FunderKeys, key);
}

QString eventKindKey(AssessmentEvent::Kind kind)
{
    return keyOf(EventKindKeys, kind);
}

std::optional<AssessmentEvent::Kind> eventKindFromKey(const QString &key)
{
    return fromKey(EventKindKeys, key);
}

QString actionStatusLabel(ActionStatus status)
{
    switch (status) {
    case ActionStatus::Todo:
        return QCoreApplication::translate("Assessment", "To do");
    case ActionStatus::InProgress:
        return QCoreApplication::translate("Assessment", "In progress");
    case ActionStatus::Done:
        return QCoreApplication::translate("Assessment", "Done");
    case ActionStatus::Abandoned:
        return QCoreApplication::translate("Assessment", "Abandoned");
    }
    Q_UNREACHABLE();
}

bool isOpen(ActionStatus status)
{
    return status == ActionStatus::Todo || status == ActionStatus::InProgress;
}

bool isOverdue(const ActionItem &item, const QDate &today)
{
    return isOpen(item.status) && item.dueDate.isValid() && item.dueDate < today;
}

QStringList CommissionMeeting::memberList() const
{
    QStringList list;
    for (const QString &line : members.split(QLatin1Char('\n'))) {
        if (const QString member = line.trimmed(); !member.isEmpty())
            list.append(member);
    }
    return list;
}

QString funderLabel(Funder funder)
{
    switch (funder) {
    case Funder::None:
        return QString();
    case Funder::Etablissement:
        return QCoreApplication::translate("Assessment", "Establishment");
    case Funder::Commune:
        return QCoreApplication::translate("Assessment", "Commune");
    case Funder::Departement:
        return QCoreApplication::translate("Assessment", "Département");
    case Funder::Region:
        return QCoreApplication::translate("Assessment", "Région");
    case Funder::Academie:
        return QCoreApplication::translate("Assessment", "Académie");
    }
    Q_UNREACHABLE();
}

bool SchoolYear::isValid(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(\\d{4})$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return false;
    const int first = match.captured(1).toInt();
    return first >= 1990 && first <= 2200 && match.captured(2).toInt() == first + 1;
}

QString SchoolYear::containing(const QDate &date)
{
    const int first = date.month() >= 9 ? date.year() : date.year() - 1;
    return QStringLiteral("%1-%2").arg(first).arg(first + 1);
}

QString SchoolYear::previous(const QString &year)
{
    const int first = year.left(4).toInt();
    return QStringLiteral("%1-%2").arg(first - 1).arg(first);
}

QString SchoolYear::next(const QString &year)
{
    const int first = year.left(4).toInt();
    return QStringLiteral("%1-%2").arg(first + 1).arg(first + 2);
}

QString SchoolYear::invalidMessage(const QString &text)
{
    return tr("\"%1\" is not a school year; write it as two consecutive years, e.g. 2025-2026.").arg(text);
}

} // namespace Paliers
