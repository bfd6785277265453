#include "referentialcommands.h"

#include "exchange/answersdocument.h"
#include "exchange/evaluationjson.h"
#include "exchange/referentialinstaller.h"
#include "referential/migration.h"
#include "referential/palierengine.h"
#include "referential/referentialcatalog.h"
#include "referential/referentialloader.h"
#include "scoreformatter.h"

#include <optional>
#include <QJsonDocument>

namespace Paliers {

namespace {

// The one file a command takes; nullopt, with `exitCode` set, when it asked
// for --help or the arguments are wrong.
std::optional<QString> oneFile(CliContext &cli, const QStringList &options, const QString &usage, int *exitCode)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("file"), ReferentialCommands::tr("The referential file."), ReferentialCommands::tr("FILE"));
    if (!cli.parse(parser, options, exitCode))
        return std::nullopt;
    if (parser.positionalArguments().size() != 1) {
        *exitCode = cli.usageError(usage);
        return std::nullopt;
    }
    return parser.positionalArguments().constFirst();
}

} // namespace

int ReferentialCommands::list(CliContext &cli, const QStringList &arguments)
{
    if (!arguments.isEmpty())
        return cli.usageError(tr("\"referentials\" takes no argument."));
    const Result<ReferentialCatalog> catalog = ReferentialCatalog::withInstalled();
    if (!catalog)
        return cli.failure(catalog.error());
    for (const QString &skipped : catalog->skipped())
        cli.err << skipped << '\n';
    for (const Referential *latest : catalog->referentials()) {
        for (const Referential *r : catalog->versions(latest->id())) {
            cli.out << r->id() << '\t' << r->version() << '\t' << audienceKey(r->audience()) << '\t'
                    << r->criteria().size() << '\t' << r->title()
                    << (catalog->isInstalled(*r) ? tr(" (added)") : QString()) << '\n';
        }
    }
    return CliSuccess;
}

int ReferentialCommands::run(CliContext &cli, const QStringList &arguments)
{
    const QString action = arguments.value(0);
    if (action == QLatin1String("show"))
        return show(cli, arguments.mid(1));
    if (action == QLatin1String("check"))
        return check(cli, arguments.mid(1));
    if (action == QLatin1String("install"))
        return install(cli, arguments.mid(1));
    return cli.usageError(action.isEmpty() ? tr("\"referential\" expects \"show\", \"check\" or \"install\".")
                                           : tr("Unknown action \"%1\" for \"referential\".").arg(action));
}

int ReferentialCommands::show(CliContext &cli, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(formatOption(QStringLiteral("text, tsv")));
    parser.addOption(QCommandLineOption(QStringLiteral("version"),
        tr("Show this version of the grid rather than the latest."), QStringLiteral("version")));
    int exitCode = CliSuccess;
    if (!cli.parse(parser, arguments, &exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1)
        return cli.usageError(tr("\"referential show\" expects one referential id."));
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("text") && format != QLatin1String("tsv"))
        return cli.usageError(tr("Unknown format \"%1\".").arg(format));

    const Result<ReferentialCatalog> catalog = ReferentialCatalog::withInstalled();
    if (!catalog)
        return cli.failure(catalog.error());
    const QString id = parser.positionalArguments().constFirst();
    const QString version = parser.value(QStringLiteral("version"));
    const Referential *r = version.isEmpty() ? catalog->latest(id) : catalog->find(id, version);
    if (!r && !catalog->latest(id))
        return cli.failure(tr("No referential has the id \"%1\".").arg(id));
    if (!r)
        return cli.failure(tr("The referential \"%1\" has no version %2.").arg(id, version));

    if (format == QLatin1String("tsv")) {
        for (const Criterion &c : r->criteria())
            cli.out << r->domain(c.domainId)->title << '\t' << c.level << '\t' << c.text << '\n';
        return CliSuccess;
    }

    cli.out << r->title() << '\n' << tr("Referential %1, version %2").arg(r->id(), r->version()) << '\n';
    if (!r->source().isEmpty())
        cli.out << tr("Source: %1").arg(r->source()) << '\n';
    for (const Supersession &older : r->supersedes()) {
        const Referential *from = catalog->find(r->id(), older.version);
        const Result<Migration> migration = from ? Migration::between(*from, *r) : Result<Migration>(Error {QString()});
        if (!migration) {
            cli.out << tr("Replaces version %1.").arg(older.version) << '\n';
            continue;
        }
        cli.out << tr("Replaces version %1: %2 criteria added, %3 removed.")
                       .arg(older.version)
                       .arg(migration->added().size())
                       .arg(migration->removed().size())
                << '\n';
    }
    for (const Domain &domain : r->domains()) {
        cli.out << '\n' << domain.title << '\n';
        for (const Level &level : r->levels()) {
            const QList<const Criterion *> criteria = r->criteriaOf(domain.id, level.number);
            if (criteria.isEmpty())
                continue;
            cli.out << "  " << level.title << QLatin1String(" : ") << level.description << '\n';
            for (const Criterion *c : criteria)
                cli.out << "    " << c->id << "  " << c->text << '\n';
        }
    }
    return CliSuccess;
}

int ReferentialCommands::check(CliContext &cli, const QStringList &options)
{
    int exitCode = CliSuccess;
    const std::optional<QString> file = oneFile(cli, options, tr("\"referential check\" expects one file."), &exitCode);
    if (!file)
        return exitCode;
    const QStringList arguments {*file};
    const Result<Referential> r = ReferentialLoader::loadFile(arguments.constFirst());
    if (!r)
        return cli.failure(r.error());
    cli.out << tr(
        "%1: valid referential \"%2\", version %3, %n criteria.", nullptr, static_cast<int>(r->criteria().size()))
                   .arg(arguments.constFirst(), r->id(), r->version())
            << '\n';
    return CliSuccess;
}

int ReferentialCommands::install(CliContext &cli, const QStringList &options)
{
    int exitCode = CliSuccess;
    const std::optional<QString> file
        = oneFile(cli, options, tr("\"referential install\" expects one file."), &exitCode);
    if (!file)
        return exitCode;
    const QStringList arguments {*file};
    const Result<ReferentialCatalog> catalog = ReferentialCatalog::withInstalled();
    if (!catalog)
        return cli.failure(catalog.error());
    const Result<ReferentialInstaller::Installed> installed
        = ReferentialInstaller::installFile(arguments.constFirst(), catalog.value());
    if (!installed)
        return cli.failure(installed.error());
    const Referential &r = *installed->referential;
    if (installed->alreadyThere)
        cli.out << tr("Version %1 of \"%2\" was already there; nothing changed.").arg(r.version(), r.id()) << '\n';
    else
        cli.out << tr(
            "Added version %1 of \"%2\" (%3), %n criteria, kept in %4.", nullptr, static_cast<int>(r.criteria().size()))
                       .arg(r.version(), r.id(), r.title(), installed->path)
                << '\n';
    return CliSuccess;
}

int ReferentialCommands::scoreFile(CliContext &cli, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(formatOption(QStringLiteral("text, json")));
    parser.addOption(QCommandLineOption(QStringLiteral("referential-file"),
        tr("Score against the referential read from this file."), QStringLiteral("file")));
    parser.addOption(QCommandLineOption(QStringLiteral("version"),
        tr("Score against this version of the grid rather than the latest."), QStringLiteral("version")));
    int exitCode = CliSuccess;
    if (!cli.parse(parser, arguments, &exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1)
        return cli.usageError(tr("\"score\" expects one answers file."));
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        return cli.usageError(tr("Unknown format \"%1\".").arg(format));

    const Result<AnswersDocument> answers = AnswersDocument::loadFile(parser.positionalArguments().constFirst());
    if (!answers)
        return cli.failure(answers.error());

    std::optional<Referential> fromFile;
    const Referential *referential = nullptr;
    const Result<ReferentialCatalog> catalog = ReferentialCatalog::withInstalled();
    if (parser.isSet(QStringLiteral("referential-file"))) {
        Result<Referential> loaded = ReferentialLoader::loadFile(parser.value(QStringLiteral("referential-file")));
        if (!loaded)
            return cli.failure(loaded.error());
        fromFile = std::move(loaded).value();
        if (fromFile->id() != answers->referentialId)
            return cli.failure(tr("The answers are for the referential \"%1\" but the file given is \"%2\".")
                                   .arg(answers->referentialId, fromFile->id()));
        referential = &*fromFile;
    } else {
        if (!catalog)
            return cli.failure(catalog.error());
        const QString version = parser.value(QStringLiteral("version"));
        referential = version.isEmpty() ? catalog->latest(answers->referentialId)
                                        : catalog->find(answers->referentialId, version);
        if (!referential && !version.isEmpty() && catalog->latest(answers->referentialId))
            return cli.failure(tr("The referential \"%1\" has no version %2.").arg(answers->referentialId, version));
        if (!referential)
            return cli.failure(tr("No referential has the id \"%1\"; give its file with --referential-file.")
                                   .arg(answers->referentialId));
    }

    const Result<Evaluation> evaluation = PalierEngine::evaluate(*referential, answers->answers);
    if (!evaluation)
        return cli.failure(evaluation.error());

    if (format == QLatin1String("json"))
        cli.out << QJsonDocument(evaluationToJson(*referential, *evaluation)).toJson(QJsonDocument::Indented);
    else
        ScoreFormatter::writeText(cli.out, *referential, *evaluation);
    return CliSuccess;
}

} // namespace Paliers
