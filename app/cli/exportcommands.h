#pragma once

#include "clicontext.h"

namespace Paliers {

// paliers-cli export and import: the files an assessment travels in (PDF
// report, JSON export, CSV tables) and the import of JSON exports.
class ExportCommands
{
    Q_DECLARE_TR_FUNCTIONS(CliTool)

public:
    static int exportAssessment(CliContext &cli, const QStringList &arguments);
    static int importFiles(CliContext &cli, const QStringList &arguments);
    static int commission(CliContext &cli, const QStringList &arguments);
};

} // namespace Paliers
