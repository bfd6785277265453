#pragma once

#include "clicontext.h"

namespace Paliers {

// paliers-cli commands over many schools: the consolidation of a school
// year (text, PDF, CSV) and the generator of plausible test data.
class ConsolidationCommands
{
    Q_DECLARE_TR_FUNCTIONS(CliTool)

public:
    static int consolidate(CliContext &cli, const QStringList &arguments);
    static int generate(CliContext &cli, const QStringList &arguments);
};

} // namespace Paliers
