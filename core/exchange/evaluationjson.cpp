#include "exchange/evaluationjson.h"

#include <QJsonArray>

namespace Paliers {

namespace {

QJsonObject ruleToJson(const ScoringRule &rule)
{
    QJsonObject object;
    if (rule.kind == ScoringRule::Kind::AllMet) {
        object.insert(QStringLiteral("type"), QStringLiteral("all"));
    } else {
        object.insert(QStringLiteral("type"), QStringLiteral("threshold"));
        object.insert(QStringLiteral("threshold"), rule.threshold);
    }
    return object;
}

QJsonObject tallyToJson(const LevelTally &tally)
{
    return QJsonObject {
        {QStringLiteral("level"), tally.level},
        {QStringLiteral("total"), tally.total},
        {QStringLiteral("applicable"), tally.applicable()},
        {QStringLiteral("required"), tally.required},
        {QStringLiteral("met"), tally.met},
        {QStringLiteral("inProgress"), tally.inProgress},
        {QStringLiteral("notMet"), tally.notMet},
        {QStringLiteral("notApplicable"), tally.notApplicable},
        {QStringLiteral("unanswered"), tally.unanswered},
        {QStringLiteral("satisfied"), tally.satisfied()},
    };
}

} // namespace

QJsonObject evaluationToJson(const Referential &referential, const Evaluation &evaluation)
{
    QJsonArray domains;
    for (const DomainResult &result : evaluation.domains) {
        QJsonArray levels;
        for (const LevelTally &tally : result.levels)
            levels.append(tallyToJson(tally));
        const Domain *domain = referential.domain(result.domainId);
        domains.append(QJsonObject {
            {QStringLiteral("id"), result.domainId},
            {QStringLiteral("title"), domain ? domain->title : QString()},
            {QStringLiteral("palier"), result.palier},
            {QStringLiteral("levels"), levels},
            {QStringLiteral("blocking"), QJsonArray::fromStringList(result.blocking)},
            {QStringLiteral("missing"), result.missing},
        });
    }
    return QJsonObject {
        {QStringLiteral("referential"), referential.id()},
        {QStringLiteral("version"), referential.version()},
        {QStringLiteral("rule"), ruleToJson(referential.rule())},
        {QStringLiteral("domains"), domains},
        {QStringLiteral("overallPalier"), evaluation.overallPalier},
        {QStringLiteral("answered"), evaluation.answered},
        {QStringLiteral("total"), evaluation.total},
    };
}

} // namespace Paliers
