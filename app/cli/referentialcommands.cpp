#include "referentialcommands.h"

#include "exchange/answersdocument.h"
#include "exchange/evaluationjson.h"
#include "referential/palierengine.h"
#include "referential/referentialcatalog.h"
#include "referential/referentialloader.h"
#include "scoreformatter.h"

#include <optional>
#include <QJsonDocument>

namespace Paliers {

int ReferentialCommands::list(CliContext &cli, const QStringList &arguments)
{
    if (!arguments.isEmpty())
        return cli.usageError(tr("\"referentials\" takes no argument."));
    const Result<ReferentialCatalog> catalog = ReferentialCatalog::bundled();
    if (!catalog)
        return cli.failure(catalog.error());
    for (const Referential &r : catalog->referentials()) {
        cli.out << r.id() << '\t' << r.version() << '\t' << audienceKey(r.audience()) << '\t' << r.criteria().size()
                << '\t' << r.title() << '\n';
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
    return cli.usageError(action.isEmpty() ? tr("\"referential\" expects \"show\" or \"check\".")
                                           : tr("Unknown action \"%1\" for \"referential\".").arg(action));
}

int ReferentialCommands::show(CliContext &cli, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(formatOption(QStringLiteral("text, tsv")));
    int exitCode = CliSuccess;
    if (!cli.parse(parser, arguments, &exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1)
        return cli.usageError(tr("\"referential show\" expects one referential id."));
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("text") && format != QLatin1String("tsv"))
        return cli.usageError(tr("Unknown format \"%1\".").arg(format));

    const Result<ReferentialCatalog> catalog = ReferentialCatalog::bundled();
    if (!catalog)
        return cli.failure(catalog.error());
    const QString id = parser.positionalArguments().constFirst();
    const Referential *r = catalog->find(id);
    if (!r)
        return cli.failure(tr("No bundled referential has the id \"%1\".").arg(id));

    if (format == QLatin1String("tsv")) {
        for (const Criterion &c : r->criteria())
            cli.out << r->domain(c.domainId)->title << '\t' << c.level << '\t' << c.text << '\n';
        return CliSuccess;
    }

    cli.out << r->title() << '\n' << tr("Referential %1, version %2").arg(r->id(), r->version()) << '\n';
    if (!r->source().isEmpty())
        cli.out << tr("Source: %1").arg(r->source()) << '\n';
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

int ReferentialCommands::check(CliContext &cli, const QStringList &arguments)
{
    if (arguments.size() != 1)
        return cli.usageError(tr("\"referential check\" expects one file."));
    const Result<Referential> r = ReferentialLoader::loadFile(arguments.constFirst());
    if (!r)
        return cli.failure(r.error());
    cli.out << tr(
        "%1: valid referential \"%2\", version %3, %n criteria.", nullptr, static_cast<int>(r->criteria().size()))
                   .arg(arguments.constFirst(), r->id(), r->version())
            << '\n';
    return CliSuccess;
}

int ReferentialCommands::scoreFile(CliContext &cli, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(formatOption(QStringLiteral("text, json")));
    parser.addOption(QCommandLineOption(QStringLiteral("referential-file"),
        tr("Score against the referential read from this file."), QStringLiteral("file")));
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
    const Result<ReferentialCatalog> catalog = ReferentialCatalog::bundled();
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
        referential = catalog->find(answers->referentialId);
        if (!referential)
            return cli.failure(tr("No bundled referential has the id \"%1\"; give its file with --referential-file.")
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
