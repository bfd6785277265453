#include "model/answerstatus.h"

#include <array>
#include <QCoreApplication>
#include <QStringList>

namespace Paliers {

namespace {

struct StatusKey
{
    AnswerStatus status;
    const char *key;
};

constexpr std::array<StatusKey, 5> StatusKeys {{
    {AnswerStatus::Met, "atteint"},
    {AnswerStatus::InProgress, "en_cours"},
    {AnswerStatus::NotMet, "non_atteint"},
    {AnswerStatus::NotApplicable, "non_concerne"},
    {AnswerStatus::Unanswered, "non_renseigne"},
}};

} // namespace

QString answerStatusKey(AnswerStatus status)
{
    for (const StatusKey &entry : StatusKeys) {
        if (entry.status == status)
            return QString::fromLatin1(entry.key);
    }
    Q_UNREACHABLE();
}

std::optional<AnswerStatus> answerStatusFromKey(const QString &key)
{
    for (const StatusKey &entry : StatusKeys) {
        if (key == QLatin1String(entry.key))
            return entry.status;
    }
    return std::nullopt;
}

QString answerStatusKeyList()
{
    QStringList keys;
    for (const StatusKey &entry : StatusKeys)
        keys << QString::fromLatin1(entry.key);
    return keys.join(QLatin1String(", "));
}

QString answerStatusLabel(AnswerStatus status)
{
    switch (status) {
    case AnswerStatus::Met:
        return QCoreApplication::translate("AnswerStatus", "Met");
    case AnswerStatus::InProgress:
        return QCoreApplication::translate("AnswerStatus", "In progress");
    case AnswerStatus::NotMet:
        return QCoreApplication::translate("AnswerStatus", "Not met");
    case AnswerStatus::NotApplicable:
        return QCoreApplication::translate("AnswerStatus", "Not applicable");
    case AnswerStatus::Unanswered:
        return QCoreApplication::translate("AnswerStatus", "Not answered");
    }
    Q_UNREACHABLE();
}

} // namespace Paliers
