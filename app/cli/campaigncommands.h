#pragma once

#include "clicontext.h"

namespace Paliers {

// paliers-cli commands of a DANE's campaign: importing the ministry's
// register (annuaire import) and the campaign's progress (campaign status).
class CampaignCommands
{
    Q_DECLARE_TR_FUNCTIONS(CliTool)

public:
    static int annuaire(CliContext &cli, const QStringList &arguments);
    static int campaign(CliContext &cli, const QStringList &arguments);

private:
    static int importRegister(CliContext &cli, const QStringList &arguments);
    static int status(CliContext &cli, const QStringList &arguments);
};

} // namespace Paliers
