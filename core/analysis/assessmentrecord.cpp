#include "analysis/assessmentrecord.h"

#include <algorithm>

namespace Paliers {

void AssessmentRecord::indexAnswers()
{
    if (referential) {
        QHash<QString, qsizetype> order;
        const QList<Criterion> &criteria = referential->criteria();
        for (qsizetype i = 0; i < criteria.size(); ++i)
            order.insert(criteria.at(i).id, i);
        std::stable_sort(answers.begin(), answers.end(), [&order](const Answer &a, const Answer &b) {
            return order.value(a.criterionId, order.size()) < order.value(b.criterionId, order.size());
        });
    }
    m_answerIndex.clear();
    for (qsizetype i = 0; i < answers.size(); ++i)
        m_answerIndex.insert(answers.at(i).criterionId, i);
}

const Answer *AssessmentRecord::answer(const QString &criterionId) const
{
    const auto found = m_answerIndex.constFind(criterionId);
    return found == m_answerIndex.constEnd() ? nullptr : &answers.at(*found);
}

AnswerStatus AssessmentRecord::status(const QString &criterionId) const
{
    const Answer *found = answer(criterionId);
    return found ? found->status : AnswerStatus::Unanswered;
}

AnswerMap AssessmentRecord::answerMap() const
{
    AnswerMap map;
    map.reserve(answers.size());
    for (const Answer &answer : answers)
        map.insert(answer.criterionId, answer.status);
    return map;
}

} // namespace Paliers
