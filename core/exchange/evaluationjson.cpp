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

// QJsonValue::operator== for each kind of value evaluationToJson writes,
// without making a QJsonValue of it: numbers compare as doubles.
bool same(const QJsonValue &value, double number)
{
    return value.isDouble() && value.toDouble() == number;
}

bool same(const QJsonValue &value, int number)
{
    return same(value, static_cast<double>(number));
}

bool same(const QJsonValue &value, bool flag)
{
    return value.isBool() && value.toBool() == flag;
}

bool same(const QJsonValue &value, const QString &text)
{
    return value.isString() && value.toString() == text;
}

bool same(const QJsonValue &value, const QStringList &texts)
{
    if (!value.isArray())
        return false;
    const QJsonArray array = value.toArray();
    if (array.size() != texts.size())
        return false;
    for (qsizetype i = 0; i < texts.size(); ++i) {
        if (!same(array.at(i), texts.at(i)))
            return false;
    }
    return true;
}

bool sameRule(const QJsonValue &value, const ScoringRule &rule)
{
    if (!value.isObject())
        return false;
    const QJsonObject object = value.toObject();
    if (rule.kind == ScoringRule::Kind::AllMet)
        return object.size() == 1 && same(object.value(QLatin1StringView("type")), QStringLiteral("all"));
    return object.size() == 2 && same(object.value(QLatin1StringView("type")), QStringLiteral("threshold"))
        && same(object.value(QLatin1StringView("threshold")), rule.threshold);
}

bool sameTally(const QJsonValue &value, const LevelTally &tally)
{
    if (!value.isObject())
        return false;
    const QJsonObject object = value.toObject();
    return object.size() == 10 && same(object.value(QLatin1StringView("level")), tally.level)
        && same(object.value(QLatin1StringView("total")), tally.total)
        && same(object.value(QLatin1StringView("applicable")), tally.applicable())
        && same(object.value(QLatin1StringView("required")), tally.required)
        && same(object.value(QLatin1StringView("met")), tally.met)
        && same(object.value(QLatin1StringView("inProgress")), tally.inProgress)
        && same(object.value(QLatin1StringView("notMet")), tally.notMet)
        && same(object.value(QLatin1StringView("notApplicable")), tally.notApplicable)
        && same(object.value(QLatin1StringView("unanswered")), tally.unanswered)
        && same(object.value(QLatin1StringView("satisfied")), tally.satisfied());
}

bool sameDomain(const QJsonValue &value, const Referential &referential, const DomainResult &result)
{
    if (!value.isObject())
        return false;
    const QJsonObject object = value.toObject();
    const Domain *domain = referential.domain(result.domainId);
    if (object.size() != 6 || !same(object.value(QLatin1StringView("id")), result.domainId)
        || !same(object.value(QLatin1StringView("title")), domain ? domain->title : QString())
        || !same(object.value(QLatin1StringView("palier")), result.palier)
        || !same(object.value(QLatin1StringView("blocking")), result.blocking)
        || !same(object.value(QLatin1StringView("missing")), result.missing))
        return false;
    const QJsonValue levels = object.value(QLatin1StringView("levels"));
    if (!levels.isArray() || levels.toArray().size() != result.levels.size())
        return false;
    const QJsonArray array = levels.toArray();
    for (qsizetype i = 0; i < result.levels.size(); ++i) {
        if (!sameTally(array.at(i), result.levels.at(i)))
            return false;
    }
    return true;
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

bool evaluationMatchesJson(const Referential &referential, const Evaluation &evaluation, const QJsonObject &written)
{
    if (written.size() != 7 || !same(written.value(QLatin1StringView("referential")), referential.id())
        || !same(written.value(QLatin1StringView("version")), referential.version())
        || !sameRule(written.value(QLatin1StringView("rule")), referential.rule())
        || !same(written.value(QLatin1StringView("overallPalier")), evaluation.overallPalier)
        || !same(written.value(QLatin1StringView("answered")), evaluation.answered)
        || !same(written.value(QLatin1StringView("total")), evaluation.total))
        return false;
    const QJsonValue domains = written.value(QLatin1StringView("domains"));
    if (!domains.isArray() || domains.toArray().size() != evaluation.domains.size())
        return false;
    const QJsonArray array = domains.toArray();
    for (qsizetype i = 0; i < evaluation.domains.size(); ++i) {
        if (!sameDomain(array.at(i), referential, evaluation.domains.at(i)))
            return false;
    }
    return true;
}

} // namespace Paliers
