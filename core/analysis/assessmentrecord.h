#pragma once

#include "analysis/reperes.h"
#include "model/assessment.h"
#include "model/establishment.h"
#include "model/result.h"
#include "referential/palierengine.h"

#include <optional>
#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace Paliers {

// Everything a report or an export says about one assessment, read in one go:
// the school, the assessment, its grid, every answer, the computed paliers,
// the action plan and the record of validations. The PDF, the JSON and the
// CSV exports are all written from this, and an import produces one.
struct AssessmentRecord
{
    Q_DECLARE_TR_FUNCTIONS(AssessmentRecord)

public:
    Establishment establishment;
    Assessment assessment;
    const Referential *referential = nullptr; // owned by the catalog
    QList<Answer> answers; // in the referential's order
    QList<ActionItem> actionItems;
    QList<DomainTarget> targets; // in the referential's domain order
    // The académie's repères imported for the grid and year, if any.
    std::optional<Reperes> reperes;
    QList<AssessmentEvent> events;
    Evaluation evaluation;

    // The stored answer to a criterion, or nullptr when it is unanswered.
    const Answer *answer(const QString &criterionId) const;
    AnswerStatus status(const QString &criterionId) const;
    AnswerMap answerMap() const;

    // Puts `answers` in the referential's order and rebuilds the index; call
    // after filling `answers` by hand.
    void indexAnswers();

private:
    QHash<QString, qsizetype> m_answerIndex;
};

} // namespace Paliers
