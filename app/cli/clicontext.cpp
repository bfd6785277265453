#include "clicontext.h"

#include "storage/fileidentity.h"

#include <QFileInfo>

namespace Paliers {

int CliContext::usageError(const QString &message)
{
    err << "paliers-cli: " << message << '\n' << tr("Run \"paliers-cli --help\" for the list of commands.") << '\n';
    return CliUsageError;
}

int CliContext::failure(const QString &message)
{
    err << "paliers-cli: " << message << '\n';
    return CliFailure;
}

bool CliContext::parse(QCommandLineParser &parser, const QStringList &arguments, int *exitCode)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    // Not QCommandLineParser::addHelpOption(): Qt's catalogues do not
    // translate its texts.
    const QCommandLineOption help(
        QStringList {QStringLiteral("h"), QStringLiteral("help")}, tr("Show the options of this command."));
    parser.addOption(help);
    if (!parser.parse(QStringList {QStringLiteral("paliers-cli")} + arguments)) {
        *exitCode = usageError(parser.errorText());
        return false;
    }
    if (parser.isSet(help)) {
        // Without Qt's first line, which names the program by its path.
        const QString text = parser.helpText();
        out << text.mid(text.indexOf(u'\n') + 1).trimmed() << '\n';
        *exitCode = CliSuccess;
        return false;
    }
    return true;
}

Result<OpenedStorage> CliContext::openStorage() const
{
    Result<ReferentialCatalog> catalog = ReferentialCatalog::withInstalled();
    if (!catalog)
        return Error {catalog.error()};
    // A file that exists and is not a database: say what it is (a missing
    // one becomes a new database).
    if (!databasePath.isEmpty() && QFileInfo::exists(databasePath)) {
        const FileIdentity identity = FileIdentity::of(databasePath);
        switch (identity.kind) {
        case FileIdentity::Kind::Database:
            break;
        case FileIdentity::Kind::AssessmentExport:
            return Error {tr("\"%1\" is an export of an assessment, not a database: import it with "
                             "\"paliers-cli import %1\" (into the database of --db, or the app's own).")
                              .arg(databasePath)};
        case FileIdentity::Kind::Reperes:
        case FileIdentity::Kind::Indicators:
        case FileIdentity::Kind::Referential:
            return Error {tr("\"%1\" is %2, not a database.").arg(databasePath, FileIdentity::describe(identity.kind))};
        case FileIdentity::Kind::Missing:
        case FileIdentity::Kind::Unreadable:
        case FileIdentity::Kind::Other:
            return Error {identity.reason};
        }
    }
    Result<std::unique_ptr<Database>> database
        = databasePath.isEmpty() ? Database::openDefault() : Database::open(databasePath);
    if (!database)
        return Error {database.error()};
    OpenedStorage opened;
    opened.database = std::move(database).value();
    opened.storage = std::make_unique<Storage>(*opened.database, catalog.value());
    return opened;
}

QCommandLineOption formatOption(const QString &formats)
{
    return QCommandLineOption(QStringList {QStringLiteral("format"), QStringLiteral("f")},
        CliContext::tr("Output format: %1.").arg(formats), QStringLiteral("format"), QStringLiteral("text"));
}

std::optional<qint64> idArgument(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

std::optional<qint64> singleIdArgument(const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    return positional.size() == 1 ? idArgument(positional.constFirst()) : std::nullopt;
}

QCommandLineOption valueOption(const char *name, const QString &description, const char *valueName)
{
    return QCommandLineOption(QString::fromLatin1(name), description, QString::fromLatin1(valueName));
}

} // namespace Paliers
