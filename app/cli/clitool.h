#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace Paliers {

class ReferentialCatalog;

// paliers-cli: the command-line face of Paliers, for scripts and tests.
// Output goes to `out`, messages to `err`; run() returns the exit code, so the
// whole tool can be driven in-process by the tests.
class CliTool
{
    Q_DECLARE_TR_FUNCTIONS(CliTool)

public:
    enum ExitCode {
        Success = 0,
        Failure = 1, // the command ran into bad data (unknown id, invalid file...)
        UsageError = 2,
    };

    CliTool(QTextStream &out, QTextStream &err);

    // `arguments` excludes the program name.
    int run(const QStringList &arguments);

private:
    int listReferentials(const QStringList &arguments);
    int referential(const QStringList &arguments);
    int showReferential(const QStringList &arguments);
    int checkReferential(const QStringList &arguments);
    int score(const QStringList &arguments);

    int usage();
    int usageError(const QString &message);
    int failure(const QString &message);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace Paliers
