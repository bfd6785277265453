// An import checks that the paliers an export carries are those its answers
// give, without building the evaluation's JSON again: the check must accept
// exactly what evaluationToJson writes, and nothing that differs from it.
#include "exchange/evaluationjson.h"
#include "referential/referentialcatalog.h"
#include "referential/referentialloader.h"
#include "testdata.h"

#include <gtest/gtest.h>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Paliers;
using namespace Paliers::TestSupport;

namespace {

// Every value `value` could become by one change: each member or element
// dropped, changed (a number moved, a flag flipped, a text altered, or a
// value of another type) or added.
QList<QJsonValue> changesOf(const QJsonValue &value)
{
    QList<QJsonValue> changes;
    switch (value.type()) {
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            QJsonObject without = object;
            without.remove(it.key());
            changes.append(without);
            for (const QJsonValue &changed : changesOf(it.value())) {
                QJsonObject copy = object;
                copy.insert(it.key(), changed);
                changes.append(copy);
            }
        }
        QJsonObject extra = object;
        extra.insert(QStringLiteral("extra"), 0);
        changes.append(extra);
        break;
    }
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            QJsonArray without = array;
            without.removeAt(i);
            changes.append(without);
            for (const QJsonValue &changed : changesOf(array.at(i))) {
                QJsonArray copy = array;
                copy.replace(i, changed);
                changes.append(copy);
            }
        }
        QJsonArray longer = array;
        longer.append(array.isEmpty() ? QJsonValue(QStringLiteral("x")) : array.last());
        changes.append(longer);
        break;
    }
    case QJsonValue::Double:
        changes.append(value.toDouble() + 1);
        changes.append(value.toDouble() + 0.25);
        changes.append(QString::number(value.toDouble()));
        break;
    case QJsonValue::Bool:
        changes.append(!value.toBool());
        changes.append(value.toBool() ? 1 : 0);
        break;
    case QJsonValue::String:
        changes.append(value.toString() + QLatin1Char('x'));
        changes.append(QJsonValue());
        break;
    default:
        changes.append(0);
        break;
    }
    return changes;
}

// Answers for every criterion of `referential`, varied by `seed`.
AnswerMap answersFor(const Referential &referential, int seed)
{
    const AnswerStatus statuses[]
        = {AnswerStatus::Met, AnswerStatus::InProgress, AnswerStatus::NotMet, AnswerStatus::NotApplicable};
    AnswerMap answers;
    int index = 0;
    for (const Criterion &criterion : referential.criteria()) {
        ++index;
        if ((index + seed) % 5 == 0)
            continue; // unanswered
        answers.insert(criterion.id, statuses[(index * (seed + 1)) % 4]);
    }
    return answers;
}

TEST(EvaluationJson, AcceptsWhatEvaluationToJsonWritesAndNothingElse)
{
    const ReferentialCatalog catalog = ReferentialCatalog::bundled().value();
    QList<Referential> referentials;
    for (const Referential *referential : catalog.referentials())
        referentials.append(*referential);
    // A grid under the threshold rule.
    const Result<Referential> threshold
        = ReferentialLoader::loadFile(dataPath(QStringLiteral("referentials/valid-small.json")));
    ASSERT_TRUE(threshold.ok()) << threshold.error().toStdString();
    ASSERT_EQ(threshold->rule().kind, ScoringRule::Kind::Threshold);
    referentials.append(threshold.value());

    int rejected = 0;
    for (const Referential &referential : referentials) {
        for (int seed = 0; seed < 3; ++seed) {
            const Result<Evaluation> evaluation = PalierEngine::evaluate(referential, answersFor(referential, seed));
            ASSERT_TRUE(evaluation.ok()) << evaluation.error().toStdString();
            const QJsonObject written = evaluationToJson(referential, *evaluation);
            EXPECT_TRUE(evaluationMatchesJson(referential, *evaluation, written)) << referential.id().toStdString();
            // As an import reads it: from text, numbers as integers.
            const QJsonObject read = QJsonDocument::fromJson(QJsonDocument(written).toJson()).object();
            EXPECT_TRUE(evaluationMatchesJson(referential, *evaluation, read)) << referential.id().toStdString();

            for (const QJsonValue &changed : changesOf(written)) {
                const QJsonObject object = changed.toObject();
                ASSERT_NE(object, written); // a real change
                EXPECT_FALSE(evaluationMatchesJson(referential, *evaluation, object))
                    << QJsonDocument(object).toJson(QJsonDocument::Compact).toStdString();
                ++rejected;
            }
        }
    }
    EXPECT_GT(rejected, 1000);
}

} // namespace
