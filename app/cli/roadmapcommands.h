#pragma once

#include "clicontext.h"

namespace Paliers {

// paliers-cli commands of the académie's roadmap: its indicators computed
// over the years (indicators), and the repères a school imports to stand
// beside the académie (reperes import; consolidate --reperes writes them).
class RoadmapCommands
{
    Q_DECLARE_TR_FUNCTIONS(CliTool)

public:
    static int indicators(CliContext &cli, const QStringList &arguments);
    static int reperes(CliContext &cli, const QStringList &arguments);
};

} // namespace Paliers
