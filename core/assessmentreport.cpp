#include "assessmentreport.h"

#include "storage.h"

#include <algorithm>

namespace Paliers {

Result<AssessmentReport> AssessmentReport::load(const Storage &storage, qint64 assessmentId)
{
    AssessmentReport report;
    Result<Assessment> assessment = storage.assessment(assessmentId);
    if (!assessment)
        return Error {assessment.error()};
    report.assessment = assessment.value();
    report.referential = storage.referentialOf(report.assessment);
    if (!report.referential)
        return Error {tr("Paliers does not know the referential \"%1\".").arg(report.assessment.referentialId)};

    Result<Establishment> establishment = storage.establishment(report.assessment.establishmentId);
    if (!establishment)
        return Error {establishment.error()};
    report.establishment = establishment.value();

    Result<QList<Answer>> answers = storage.answers(assessmentId);
    if (!answers)
        return Error {answers.error()};
    report.answers = answers.value();
    report.indexAnswers();

    Result<QList<ActionItem>> items = storage.actionItems(assessmentId);
    if (!items)
        return Error {items.error()};
    report.actionItems = items.value();

    Result<QList<AssessmentEvent>> events = storage.events(assessmentId);
    if (!events)
        return Error {events.error()};
    report.events = events.value();

    Result<Evaluation> evaluation = PalierEngine::evaluate(*report.referential, report.answerMap());
    if (!evaluation)
        return Error {evaluation.error()};
    report.evaluation = evaluation.value();
    return report;
}

void AssessmentReport::indexAnswers()
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

const Answer *AssessmentReport::answer(const QString &criterionId) const
{
    const auto found = m_answerIndex.constFind(criterionId);
    return found == m_answerIndex.constEnd() ? nullptr : &answers.at(*found);
}

AnswerStatus AssessmentReport::status(const QString &criterionId) const
{
    const Answer *found = answer(criterionId);
    return found ? found->status : AnswerStatus::Unanswered;
}

AnswerMap AssessmentReport::answerMap() const
{
    AnswerMap map;
    map.reserve(answers.size());
    for (const Answer &answer : answers)
        map.insert(answer.criterionId, answer.status);
    return map;
}

} // namespace Paliers
