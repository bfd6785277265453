#pragma once

#include "referential/palierengine.h"

#include <QCoreApplication>

class QTextStream;

namespace Paliers {

// Writes an evaluation for people: a table of domains with the palier reached
// and the criteria met per palier, then what stands before the next palier.
class ScoreFormatter
{
    Q_DECLARE_TR_FUNCTIONS(ScoreFormatter)

public:
    static void writeText(QTextStream &out, const Referential &referential, const Evaluation &evaluation);
    static QString ruleDescription(const ScoringRule &rule);

private:
    static void writeRubric(QTextStream &out, const Referential &referential, const Evaluation &evaluation);
};

} // namespace Paliers
