#pragma once

#include "clicontext.h"

namespace Paliers {

// paliers-cli commands about grids: list and show the bundled referentials,
// check a referential file, score an answers file.
class ReferentialCommands
{
    Q_DECLARE_TR_FUNCTIONS(CliTool)

public:
    static int list(CliContext &cli, const QStringList &arguments);
    // "referential show|check ..."
    static int run(CliContext &cli, const QStringList &arguments);
    static int scoreFile(CliContext &cli, const QStringList &arguments);

private:
    static int show(CliContext &cli, const QStringList &arguments);
    static int check(CliContext &cli, const QStringList &arguments);
    static int install(CliContext &cli, const QStringList &arguments);
};

} // namespace Paliers
