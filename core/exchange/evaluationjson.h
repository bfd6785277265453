#pragma once

#include "referential/palierengine.h"

#include <QJsonObject>

namespace Paliers {

// The machine-readable form of an evaluation, as `paliers-cli score
// --format json` prints it and as exports embed it.
QJsonObject evaluationToJson(const Referential &referential, const Evaluation &evaluation);

} // namespace Paliers
