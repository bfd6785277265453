#pragma once

#include "model/result.h"
#include "storage/database.h"
#include "storage/storage.h"

#include <memory>
#include <optional>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace Paliers {

enum CliExitCode
{
    CliSuccess = 0,
    CliFailure = 1, // the command ran into bad data (unknown id, invalid file...)
    CliUsageError = 2, // the command line itself is wrong
};

// A database opened for one command, with the storage over it.
struct OpenedStorage
{
    std::unique_ptr<Database> database;
    std::unique_ptr<Storage> storage;
};

// What every command of paliers-cli shares: where to write, which database
// (--db, or the app's default one), and how to report a problem.
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(CliTool)

public:
    CliContext(QTextStream &output, QTextStream &errors)
        : out(output)
        , err(errors)
    {
    }

    QTextStream &out;
    QTextStream &err;
    QString databasePath; // empty: the default database

    int usageError(const QString &message);
    int failure(const QString &message);
    // Parses the options of one command; `arguments` start after its name.
    // Returns false, having reported the problem, when they are wrong, or
    // having printed the command's options, when asked with --help.
    bool parse(QCommandLineParser &parser, const QStringList &arguments, int *exitCode);
    // Opens the database (created on first use; read-only when the file is).
    Result<OpenedStorage> openStorage() const;
};

QCommandLineOption formatOption(const QString &formats);
// An option taking a value: --name VALUE.
QCommandLineOption valueOption(const char *name, const QString &description, const char *valueName);
// A positive number given on the command line, or nullopt.
std::optional<qint64> idArgument(const QString &text);
// The one positional argument of `parser`, when it is a positive number.
std::optional<qint64> singleIdArgument(const QCommandLineParser &parser);

} // namespace Paliers
