#pragma once

#include "clicontext.h"

#include <QStringList>

class QTextStream;

namespace Paliers {

// paliers-cli: the command-line face of Paliers, for scripts and tests.
// Output goes to `out`, messages to `err`; run() returns the exit code, so the
// whole tool can be driven in-process by the tests.
class CliTool
{
    Q_DECLARE_TR_FUNCTIONS(CliTool)

public:
    enum ExitCode
    {
        Success = CliSuccess,
        Failure = CliFailure,
        UsageError = CliUsageError,
    };

    CliTool(QTextStream &out, QTextStream &err);

    // `arguments` excludes the program name.
    int run(QStringList arguments);

private:
    int usage();
    // `completion bash`: the script, from the table of --help.
    int completion(const QStringList &arguments);

    CliContext m_cli;
};

} // namespace Paliers
