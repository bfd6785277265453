#pragma once

#include "referential/palierengine.h"

#include <QJsonObject>

namespace Paliers {

// The machine-readable form of an evaluation, as `paliers-cli score
// --format json` prints it and as exports embed it.
QJsonObject evaluationToJson(const Referential &referential, const Evaluation &evaluation);

// Whether `written` is what evaluationToJson(referential, evaluation) gives
// (the same keys, numbers of the same value, the same texts), read without
// building it: an import checks it for every export.
bool evaluationMatchesJson(const Referential &referential, const Evaluation &evaluation, const QJsonObject &written);

} // namespace Paliers
