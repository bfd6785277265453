#include "databasecommands.h"

#include "exchange/assessmentexport.h"
#include "exchange/evaluationjson.h"
#include "scoreformatter.h"
#include "storage/loaders.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Paliers {

namespace {

// One line per value: tabs and line breaks inside a field would break rows.
QString cell(const QString &text)
{
    QString flat = text;
    flat.replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
    return flat.remove(QLatin1Char('\r'));
}

// The export's form, with the local number that other commands take.
QJsonObject establishmentWithId(const Establishment &e)
{
    QJsonObject object = establishmentToJson(e);
    object.insert(QStringLiteral("id"), e.id);
    return object;
}

} // namespace

// ---------------------------------------------------------------------------
// establishment add|list

int DatabaseCommands::establishment(CliContext &cli, const QStringList &arguments)
{
    const QString action = arguments.value(0);
    if (action == QLatin1String("add"))
        return addEstablishment(cli, arguments.mid(1));
    if (action == QLatin1String("list"))
        return listEstablishments(cli, arguments.mid(1));
    return cli.usageError(action.isEmpty() ? tr("\"establishment\" expects \"add\" or \"list\".")
                                           : tr("Unknown action \"%1\" for \"establishment\".").arg(action));
}

int DatabaseCommands::addEstablishment(CliContext &cli, const QStringList &arguments)
{
    QStringList kinds;
    for (const EstablishmentKind kind : establishmentKinds())
        kinds << establishmentKindKey(kind);

    QCommandLineParser parser;
    parser.addOptions({
        valueOption("uai", tr("UAI number, e.g. 0750655E (required)."), "uai"),
        valueOption("name", tr("Name of the establishment (required)."), "name"),
        valueOption("kind", tr("Kind: %1 (required).").arg(kinds.join(QLatin1String(", "))), "kind"),
        valueOption("commune", tr("Commune."), "commune"),
        valueOption("circonscription", tr("Circonscription, district or bassin."), "name"),
        valueOption("departement", tr("Département."), "name"),
        valueOption("academie", tr("Académie."), "name"),
        valueOption("head", tr("Name of the head (chef d'établissement, directrice or directeur d'école)."), "name"),
        valueOption("head-title", tr("Title of the head as they write it, e.g. « principale »."), "title"),
        valueOption("referent", tr("Référent numérique."), "name"),
    });
    int exitCode = CliSuccess;
    if (!cli.parse(parser, arguments, &exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        return cli.usageError(tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst()));
    for (const char *required : {"uai", "name", "kind"}) {
        if (!parser.isSet(QString::fromLatin1(required)))
            return cli.usageError(tr("The option --%1 is required.").arg(QString::fromLatin1(required)));
    }
    const std::optional<EstablishmentKind> kind = establishmentKindFromKey(parser.value(QStringLiteral("kind")));
    if (!kind)
        return cli.usageError(tr("Unknown kind \"%1\" (expected one of: %2).")
                                  .arg(parser.value(QStringLiteral("kind")), kinds.join(QLatin1String(", "))));

    Establishment e;
    e.uai = parser.value(QStringLiteral("uai"));
    e.name = parser.value(QStringLiteral("name"));
    e.kind = *kind;
    e.commune = parser.value(QStringLiteral("commune"));
    e.circonscription = parser.value(QStringLiteral("circonscription"));
    e.departement = parser.value(QStringLiteral("departement"));
    e.academie = parser.value(QStringLiteral("academie"));
    e.headName = parser.value(QStringLiteral("head"));
    e.headTitle = parser.value(QStringLiteral("head-title"));
    e.referentName = parser.value(QStringLiteral("referent"));

    Result<OpenedStorage> opened = cli.openStorage();
    if (!opened)
        return cli.failure(opened.error());
    const Result<qint64> id = opened->storage->addEstablishment(e);
    if (!id)
        return cli.failure(id.error());
    cli.out << id.value() << '\n';
    return CliSuccess;
}

int DatabaseCommands::listEstablishments(CliContext &cli, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(formatOption(QStringLiteral("tsv, json")));
    int exitCode = CliSuccess;
    if (!cli.parse(parser, arguments, &exitCode))
        return exitCode;
    const QString format
        = parser.isSet(QStringLiteral("format")) ? parser.value(QStringLiteral("format")) : QStringLiteral("tsv");
    if (format != QLatin1String("tsv") && format != QLatin1String("json"))
        return cli.usageError(tr("Unknown format \"%1\".").arg(format));

    Result<OpenedStorage> opened = cli.openStorage();
    if (!opened)
        return cli.failure(opened.error());
    const Result<QList<Establishment>> list = opened->storage->establishments();
    if (!list)
        return cli.failure(list.error());

    if (format == QLatin1String("json")) {
        QJsonArray array;
        for (const Establishment &e : list.value())
            array.append(establishmentWithId(e));
        cli.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return CliSuccess;
    }
    for (const Establishment &e : list.value()) {
        cli.out << e.id << '\t' << e.uai << '\t' << establishmentKindKey(e.kind) << '\t' << cell(e.name) << '\t'
                << cell(e.commune) << '\t' << cell(e.circonscription) << '\t' << cell(e.departement) << '\t'
                << cell(e.academie) << '\n';
    }
    return CliSuccess;
}

// ---------------------------------------------------------------------------
// assessment new|list|show|validate|reopen

int DatabaseCommands::assessment(CliContext &cli, const QStringList &arguments)
{
    const QString action = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (action == QLatin1String("new"))
        return newAssessment(cli, rest);
    if (action == QLatin1String("list"))
        return listAssessments(cli, rest);
    if (action == QLatin1String("show"))
        return showAssessment(cli, rest);
    if (action == QLatin1String("validate"))
        return validateAssessment(cli, rest);
    if (action == QLatin1String("reopen"))
        return reopenAssessment(cli, rest);
    return cli.usageError(action.isEmpty()
            ? tr("\"assessment\" expects \"new\", \"list\", \"show\", \"validate\" or \"reopen\".")
            : tr("Unknown action \"%1\" for \"assessment\".").arg(action));
}

int DatabaseCommands::newAssessment(CliContext &cli, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions({
        valueOption("uai", tr("UAI of the establishment."), "uai"),
        valueOption("year", tr("School year, e.g. 2025-2026 (required)."), "year"),
        valueOption("referential", tr("Referential id (default: the grid that fits the establishment)."), "id"),
        valueOption("author", tr("Who fills the grid."), "name"),
        valueOption("role", tr("Their role, e.g. principal, directrice, référent numérique."), "role"),
        valueOption("copy-from", tr("Start from the answers of this assessment."), "assessment"),
    });
    int exitCode = CliSuccess;
    if (!cli.parse(parser, arguments, &exitCode))
        return exitCode;
    if (!parser.isSet(QStringLiteral("uai")) || !parser.isSet(QStringLiteral("year")))
        return cli.usageError(tr("\"assessment new\" needs --uai and --year."));

    Result<OpenedStorage> opened = cli.openStorage();
    if (!opened)
        return cli.failure(opened.error());
    Storage &storage = *opened->storage;
    const Result<std::optional<Establishment>> found = storage.findEstablishment(parser.value(QStringLiteral("uai")));
    if (!found)
        return cli.failure(found.error());
    if (!found.value())
        return cli.failure(tr("No establishment has the UAI %1.").arg(parser.value(QStringLiteral("uai"))));

    NewAssessment request;
    request.establishmentId = found.value()->id;
    request.schoolYear = parser.value(QStringLiteral("year"));
    request.author = parser.value(QStringLiteral("author"));
    request.authorRole = parser.value(QStringLiteral("role"));
    request.referentialId = parser.value(QStringLiteral("referential"));
    if (request.referentialId.isEmpty()) {
        // Écoles fill Annexe 7, collèges and lycées Annexe 1.
        const Audience audience = isFirstDegree(found.value()->kind) ? Audience::Ecole : Audience::Etablissement;
        for (const Referential *r : storage.catalog().referentials()) {
            if (r->audience() == audience) {
                request.referentialId = r->id();
                break;
            }
        }
    }
    if (parser.isSet(QStringLiteral("copy-from"))) {
        request.copyFrom = idArgument(parser.value(QStringLiteral("copy-from")));
        if (!request.copyFrom)
            return cli.usageError(
                tr("\"%1\" is not an assessment number.").arg(parser.value(QStringLiteral("copy-from"))));
    }
    const Result<qint64> id = storage.createAssessment(request);
    if (!id)
        return cli.failure(id.error());
    cli.out << id.value() << '\n';
    // Carried across versions of the grid: said on the side, as stdout is the number.
    const Result<Assessment> created = storage.assessment(id.value());
    const Result<std::optional<CarriedOver>> carried
        = created ? loadCarriedOver(storage, created.value()) : Result<std::optional<CarriedOver>>(std::nullopt);
    if (carried && carried.value()) {
        const CarriedOver &over = *carried.value();
        cli.err << tr("Answers of %1 carried over from version %2 to version %3 of the grid.")
                       .arg(over.previous.schoolYear, over.migration.from().version(), over.migration.to().version())
                << '\n';
        if (!over.migration.added().isEmpty())
            cli.err << tr("New criteria, to answer: %1.").arg(over.migration.added().join(QStringLiteral(", ")))
                    << '\n';
        for (const Answer &left : over.left)
            cli.err << tr("Not carried over (criterion removed): %1, %2%3")
                           .arg(left.criterionId, answerStatusLabel(left.status),
                               left.comment.isEmpty() ? QString() : tr(" — %1").arg(left.comment))
                    << '\n';
    }
    return CliSuccess;
}

int DatabaseCommands::listAssessments(CliContext &cli, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(valueOption("uai", tr("Only the assessments of this establishment."), "uai"));
    int exitCode = CliSuccess;
    if (!cli.parse(parser, arguments, &exitCode))
        return exitCode;

    Result<OpenedStorage> opened = cli.openStorage();
    if (!opened)
        return cli.failure(opened.error());
    Storage &storage = *opened->storage;
    std::optional<qint64> establishmentId;
    if (parser.isSet(QStringLiteral("uai"))) {
        const Result<std::optional<Establishment>> found
            = storage.findEstablishment(parser.value(QStringLiteral("uai")));
        if (!found)
            return cli.failure(found.error());
        if (!found.value())
            return cli.failure(tr("No establishment has the UAI %1.").arg(parser.value(QStringLiteral("uai"))));
        establishmentId = found.value()->id;
    }
    const Result<QList<Establishment>> establishments = storage.establishments();
    const Result<QList<Assessment>> list = storage.assessments(establishmentId);
    if (!establishments || !list)
        return cli.failure(!establishments ? establishments.error() : list.error());
    QHash<qint64, QString> uais;
    for (const Establishment &e : establishments.value())
        uais.insert(e.id, e.uai);

    // id, UAI, year, referential, status, overall palier, answered/total
    for (const Assessment &a : list.value()) {
        const Result<Evaluation> evaluation = storage.evaluate(a.id);
        cli.out << a.id << '\t' << uais.value(a.establishmentId) << '\t' << a.schoolYear << '\t' << a.referentialId
                << '\t' << a.referentialVersion << '\t' << assessmentStatusKey(a.status) << '\t';
        if (evaluation)
            cli.out << evaluation->overallPalier << '\t' << evaluation->answered << '/' << evaluation->total;
        else
            cli.out << "-\t-";
        cli.out << '\n';
    }
    return CliSuccess;
}

int DatabaseCommands::showAssessment(CliContext &cli, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(formatOption(QStringLiteral("text, json")));
    int exitCode = CliSuccess;
    if (!cli.parse(parser, arguments, &exitCode))
        return exitCode;
    const std::optional<qint64> id = idArgument(parser.positionalArguments().value(0));
    if (parser.positionalArguments().size() != 1 || !id)
        return cli.usageError(tr("\"assessment show\" expects one assessment number."));
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        return cli.usageError(tr("Unknown format \"%1\".").arg(format));

    Result<OpenedStorage> opened = cli.openStorage();
    if (!opened)
        return cli.failure(opened.error());
    // The school, the assessment, its grid, its answers and their paliers,
    // read as the report reads them.
    const Result<AssessmentRecord> record = loadAssessmentRecord(*opened->storage, *id);
    if (!record)
        return cli.failure(record.error());
    const Assessment &a = record->assessment;
    const Establishment &e = record->establishment;
    const Referential *referential = record->referential;
    const Evaluation &evaluation = record->evaluation;
    const auto answerTo = [&record](const QString &criterionId) {
        const Answer *answer = record->answer(criterionId);
        return answer ? *answer : Answer {};
    };

    if (format == QLatin1String("json")) {
        QJsonArray answerArray;
        for (const Criterion &c : referential->criteria()) {
            const Answer answer = answerTo(c.id);
            answerArray.append(QJsonObject {{QStringLiteral("criterion"), c.id},
                {QStringLiteral("status"), answerStatusKey(answer.status)}, {QStringLiteral("comment"), answer.comment},
                {QStringLiteral("evidence"), answer.evidence}});
        }
        const QJsonObject root {
            {QStringLiteral("id"), a.id},
            {QStringLiteral("establishment"), establishmentWithId(e)},
            {QStringLiteral("schoolYear"), a.schoolYear},
            {QStringLiteral("status"), assessmentStatusKey(a.status)},
            {QStringLiteral("author"), a.author},
            {QStringLiteral("authorRole"), a.authorRole},
            {QStringLiteral("answers"), answerArray},
            {QStringLiteral("evaluation"), evaluationToJson(*referential, evaluation)},
        };
        cli.out << QJsonDocument(root).toJson(QJsonDocument::Indented);
        return CliSuccess;
    }

    cli.out << tr("%1 (%2), %3").arg(e.name, e.uai, a.schoolYear) << '\n';
    cli.out << tr("Status: %1").arg(assessmentStatusLabel(a.status)) << '\n';
    if (!a.author.isEmpty())
        cli.out << tr("Filled by: %1")
                       .arg(a.authorRole.isEmpty() ? a.author : QStringLiteral("%1, %2").arg(a.author, a.authorRole))
                << '\n';
    cli.out << '\n';
    ScoreFormatter::writeText(cli.out, *referential, evaluation);
    cli.out << '\n';
    for (const Criterion &c : referential->criteria()) {
        const Answer answer = answerTo(c.id);
        cli.out << c.id << '\t' << answerStatusLabel(answer.status) << '\t' << c.text << '\n';
        if (!answer.comment.isEmpty())
            cli.out << '\t' << tr("Comment: %1").arg(answer.comment) << '\n';
        if (!answer.evidence.isEmpty())
            cli.out << '\t' << tr("Evidence: %1").arg(answer.evidence) << '\n';
    }
    return CliSuccess;
}

int DatabaseCommands::validateAssessment(CliContext &cli, const QStringList &options)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("assessment"), tr("The number of the assessment."), tr("ASSESSMENT"));
    int exitCode = CliSuccess;
    if (!cli.parse(parser, options, &exitCode))
        return exitCode;
    const QStringList arguments = parser.positionalArguments();
    const std::optional<qint64> id = idArgument(arguments.value(0));
    if (arguments.size() != 1 || !id)
        return cli.usageError(tr("\"assessment validate\" expects one assessment number."));
    Result<OpenedStorage> opened = cli.openStorage();
    if (!opened)
        return cli.failure(opened.error());
    if (const Status done = opened->storage->validateAssessment(*id); !done)
        return cli.failure(done.error());
    return CliSuccess;
}

int DatabaseCommands::reopenAssessment(CliContext &cli, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(valueOption("reason", tr("Why the assessment is reopened (recorded)."), "text"));
    int exitCode = CliSuccess;
    if (!cli.parse(parser, arguments, &exitCode))
        return exitCode;
    const std::optional<qint64> id = idArgument(parser.positionalArguments().value(0));
    if (parser.positionalArguments().size() != 1 || !id)
        return cli.usageError(tr("\"assessment reopen\" expects one assessment number."));
    Result<OpenedStorage> opened = cli.openStorage();
    if (!opened)
        return cli.failure(opened.error());
    if (const Status done = opened->storage->reopenAssessment(*id, parser.value(QStringLiteral("reason"))); !done)
        return cli.failure(done.error());
    return CliSuccess;
}

// ---------------------------------------------------------------------------
// answer ASSESSMENT CRITERION STATUS, score ASSESSMENT

int DatabaseCommands::answer(CliContext &cli, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions({
        valueOption("comment", tr("A comment on the answer."), "text"),
        valueOption("evidence", tr("Where the proof is: a document, a link."), "text"),
    });
    int exitCode = CliSuccess;
    if (!cli.parse(parser, arguments, &exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    const std::optional<qint64> id = idArgument(positional.value(0));
    if (positional.size() != 3 || !id)
        return cli.usageError(tr("\"answer\" expects an assessment number, a criterion id and a status."));
    const std::optional<AnswerStatus> status = answerStatusFromKey(positional.at(2));
    if (!status)
        return cli.usageError(
            tr("Unknown status \"%1\" (expected one of: %2).").arg(positional.at(2), answerStatusKeyList()));

    AnswerEdit edit {positional.at(1), *status, std::nullopt, std::nullopt};
    if (parser.isSet(QStringLiteral("comment")))
        edit.comment = parser.value(QStringLiteral("comment"));
    if (parser.isSet(QStringLiteral("evidence")))
        edit.evidence = parser.value(QStringLiteral("evidence"));

    Result<OpenedStorage> opened = cli.openStorage();
    if (!opened)
        return cli.failure(opened.error());
    if (const Status done = opened->storage->editAnswer(*id, edit); !done)
        return cli.failure(done.error());
    return CliSuccess;
}

int DatabaseCommands::score(CliContext &cli, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption(formatOption(QStringLiteral("text, json")));
    int exitCode = CliSuccess;
    if (!cli.parse(parser, arguments, &exitCode))
        return exitCode;
    const std::optional<qint64> id = idArgument(parser.positionalArguments().value(0));
    if (parser.positionalArguments().size() != 1 || !id)
        return cli.usageError(tr("\"score\" expects one answers file or assessment number."));
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        return cli.usageError(tr("Unknown format \"%1\".").arg(format));

    Result<OpenedStorage> opened = cli.openStorage();
    if (!opened)
        return cli.failure(opened.error());
    const Result<Assessment> a = opened->storage->assessment(*id);
    if (!a)
        return cli.failure(a.error());
    const Referential *referential = opened->storage->referentialOf(a.value());
    const Result<Evaluation> evaluation = opened->storage->evaluate(*id);
    if (!referential || !evaluation)
        return cli.failure(evaluation ? tr("Paliers does not know the referential \"%1\".").arg(a->referentialId)
                                      : evaluation.error());
    if (format == QLatin1String("json"))
        cli.out << QJsonDocument(evaluationToJson(*referential, evaluation.value())).toJson(QJsonDocument::Indented);
    else
        ScoreFormatter::writeText(cli.out, *referential, evaluation.value());
    return CliSuccess;
}

} // namespace Paliers
