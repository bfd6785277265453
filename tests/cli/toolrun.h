#pragma once

#include "clitool.h"

#include <QStringList>
#include <QTextStream>

namespace Paliers::TestSupport {

// What one in-process run of paliers-cli printed, and its exit code.
struct ToolRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs paliers-cli with `arguments` (the program's name excluded).
inline ToolRun runTool(const QStringList &arguments)
{
    ToolRun run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    CliTool tool(out, err);
    run.exitCode = tool.run(arguments);
    out.flush();
    err.flush();
    return run;
}

} // namespace Paliers::TestSupport
