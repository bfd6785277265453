#include "clitool.h"

#include "answersdocument.h"
#include "evaluationjson.h"
#include "palierengine.h"
#include "referentialcatalog.h"
#include "referentialloader.h"
#include "scoreformatter.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QTextStream>

#include <optional>

namespace Paliers {

namespace {

// Parses the options of one command; `arguments` starts after the command
// name. Returns the parser's error text, empty on success.
QString parseCommand(QCommandLineParser &parser, const QStringList &arguments)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(QStringList {QStringLiteral("paliers-cli")} + arguments))
        return parser.errorText();
    return QString();
}

QCommandLineOption formatOption(const QString &formats)
{
    return QCommandLineOption(QStringList {QStringLiteral("format"), QStringLiteral("f")},
                              CliTool::tr("Output format: %1.").arg(formats), QStringLiteral("format"),
                              QStringLiteral("text"));
}

} // namespace

CliTool::CliTool(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{
}

int CliTool::run(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return usageError(tr("A command is expected."));
    const QString command = arguments.constFirst();
    const QStringList rest = arguments.mid(1);
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help"))
        return usage();
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        m_out << "paliers-cli " << QCoreApplication::applicationVersion() << '\n';
        return Success;
    }
    if (command == QLatin1String("referentials"))
        return listReferentials(rest);
    if (command == QLatin1String("referential"))
        return referential(rest);
    if (command == QLatin1String("score"))
        return score(rest);
    return usageError(tr("Unknown command \"%1\".").arg(command));
}

int CliTool::usage()
{
    m_out << tr("Usage: paliers-cli COMMAND [OPTIONS]\n"
                "\n"
                "Commands:\n"
                "  referentials                        list the bundled referentials\n"
                "  referential show ID [--format F]    print a referential (F: text or tsv)\n"
                "  referential check FILE              check a referential file\n"
                "  score ANSWERS.json [--format F]     compute the paliers of an answers file (F: text or json)\n"
                "        [--referential-file FILE]     score against a referential read from FILE\n"
                "  --version                           print the version\n"
                "\n"
                "An answers file looks like:\n"
                "  { \"referential\": \"creteil-ecoles\", \"answers\": { \"PIL-1-01\": \"atteint\" } }\n"
                "with the statuses %1.\n")
                .arg(answerStatusKeyList());
    return Success;
}

int CliTool::usageError(const QString &message)
{
    m_err << "paliers-cli: " << message << '\n' << tr("Run \"paliers-cli --help\" for the list of commands.") << '\n';
    return UsageError;
}

int CliTool::failure(const QString &message)
{
    m_err << "paliers-cli: " << message << '\n';
    return Failure;
}

int CliTool::listReferentials(const QStringList &arguments)
{
    if (!arguments.isEmpty())
        return usageError(tr("\"referentials\" takes no argument."));
    const Result<ReferentialCatalog> catalog = ReferentialCatalog::bundled();
    if (!catalog)
        return failure(catalog.error());
    for (const Referential &r : catalog->referentials()) {
        m_out << r.id() << '\t' << r.version() << '\t' << audienceKey(r.audience()) << '\t' << r.criteria().size()
              << '\t' << r.title() << '\n';
    }
    return Success;
}

int CliTool::referential(const QStringList &arguments)
{
    const QString action = arguments.value(0);
    if (action == QLatin1String("show"))
        return showReferential(arguments.mid(1));
    if (action == QLatin1String("check"))
        return checkReferential(arguments.mid(1));
    return usageError(action.isEmpty() ? tr("\"referential\" expects \"show\" or \"check\".")
                                       : tr("Unknown action \"%1\" for \"referential\".").arg(action));
}

int CliTool::showReferential(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(formatOption(QStringLiteral("text, tsv")));
    const QString error = parseCommand(parser, arguments);
    if (!error.isEmpty())
        return usageError(error);
    if (parser.positionalArguments().size() != 1)
        return usageError(tr("\"referential show\" expects one referential id."));
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("text") && format != QLatin1String("tsv"))
        return usageError(tr("Unknown format \"%1\".").arg(format));

    const Result<ReferentialCatalog> catalog = ReferentialCatalog::bundled();
    if (!catalog)
        return failure(catalog.error());
    const QString id = parser.positionalArguments().constFirst();
    const Referential *r = catalog->find(id);
    if (!r)
        return failure(tr("No bundled referential has the id \"%1\".").arg(id));

    if (format == QLatin1String("tsv")) {
        for (const Criterion &c : r->criteria())
            m_out << r->domain(c.domainId)->title << '\t' << c.level << '\t' << c.text << '\n';
        return Success;
    }

    m_out << r->title() << '\n' << tr("Referential %1, version %2").arg(r->id(), r->version()) << '\n';
    if (!r->source().isEmpty())
        m_out << tr("Source: %1").arg(r->source()) << '\n';
    for (const Domain &domain : r->domains()) {
        m_out << '\n' << domain.title << '\n';
        for (const Level &level : r->levels()) {
            const QList<const Criterion *> criteria = r->criteriaOf(domain.id, level.number);
            if (criteria.isEmpty())
                continue;
            m_out << "  " << level.title << QLatin1String(" : ") << level.description << '\n';
            for (const Criterion *c : criteria)
                m_out << "    " << c->id << "  " << c->text << '\n';
        }
    }
    return Success;
}

int CliTool::checkReferential(const QStringList &arguments)
{
    if (arguments.size() != 1)
        return usageError(tr("\"referential check\" expects one file."));
    const Result<Referential> r = ReferentialLoader::loadFile(arguments.constFirst());
    if (!r)
        return failure(r.error());
    m_out << tr("%1: valid referential \"%2\", version %3, %n criteria.", nullptr,
                static_cast<int>(r->criteria().size()))
                 .arg(arguments.constFirst(), r->id(), r->version())
          << '\n';
    return Success;
}

int CliTool::score(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(formatOption(QStringLiteral("text, json")));
    parser.addOption(QCommandLineOption(QStringLiteral("referential-file"),
                                        tr("Score against the referential read from this file."),
                                        QStringLiteral("file")));
    const QString error = parseCommand(parser, arguments);
    if (!error.isEmpty())
        return usageError(error);
    if (parser.positionalArguments().size() != 1)
        return usageError(tr("\"score\" expects one answers file."));
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        return usageError(tr("Unknown format \"%1\".").arg(format));

    const Result<AnswersDocument> answers = AnswersDocument::loadFile(parser.positionalArguments().constFirst());
    if (!answers)
        return failure(answers.error());

    std::optional<Referential> fromFile;
    const Referential *referential = nullptr;
    const Result<ReferentialCatalog> catalog = ReferentialCatalog::bundled();
    if (parser.isSet(QStringLiteral("referential-file"))) {
        Result<Referential> loaded = ReferentialLoader::loadFile(parser.value(QStringLiteral("referential-file")));
        if (!loaded)
            return failure(loaded.error());
        fromFile = std::move(loaded).value();
        if (fromFile->id() != answers->referentialId)
            return failure(tr("The answers are for the referential \"%1\" but the file given is \"%2\".")
                               .arg(answers->referentialId, fromFile->id()));
        referential = &*fromFile;
    } else {
        if (!catalog)
            return failure(catalog.error());
        referential = catalog->find(answers->referentialId);
        if (!referential)
            return failure(tr("No bundled referential has the id \"%1\"; give its file with --referential-file.")
                               .arg(answers->referentialId));
    }

    const Result<Evaluation> evaluation = PalierEngine::evaluate(*referential, answers->answers);
    if (!evaluation)
        return failure(evaluation.error());

    if (format == QLatin1String("json"))
        m_out << QJsonDocument(evaluationToJson(*referential, *evaluation)).toJson(QJsonDocument::Indented);
    else
        ScoreFormatter::writeText(m_out, *referential, *evaluation);
    return Success;
}

} // namespace Paliers
