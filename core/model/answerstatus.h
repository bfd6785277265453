#pragma once

#include <optional>
#include <QHash>
#include <QString>

namespace Paliers {

// How far a school is with one criterion of the grid.
enum class AnswerStatus
{
    Unanswered,
    Met, // atteint
    InProgress, // en cours
    NotMet, // non atteint
    NotApplicable, // non concerné
};

// Criterion id -> status. A criterion missing from the map is unanswered.
using AnswerMap = QHash<QString, AnswerStatus>;

// The stable key written in files and accepted on the command line
// ("atteint", "en_cours", "non_atteint", "non_concerne", "non_renseigne").
QString answerStatusKey(AnswerStatus status);
std::optional<AnswerStatus> answerStatusFromKey(const QString &key);
// The keys above, joined for error messages.
QString answerStatusKeyList();
// The translated label shown to users ("Atteint", "En cours"...).
QString answerStatusLabel(AnswerStatus status);

} // namespace Paliers
