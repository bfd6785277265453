#include "campaigncommands.h"

#include "exchange/csvexport.h"
#include "exchange/filewriter.h"
#include "exchange/registerplan.h"
#include "exchange/reminder.h"

namespace Paliers {

namespace {

// The options that choose establishments of the register, shared by the
// import and the campaign.
struct FilterOptions
{
    QCommandLineOption kind = valueOption("kind",
        CampaignCommands::tr("Only this kind (repeatable): %1, or ecoles for every école.")
            .arg(kindKeys().join(QStringLiteral(", "))),
        "kind");
    QCommandLineOption academie = valueOption("academie", CampaignCommands::tr("Only this académie."), "name");
    QCommandLineOption departement
        = valueOption("departement", CampaignCommands::tr("Only this département, by name or code (093)."), "name");
    QCommandLineOption circonscription
        = valueOption("circonscription", CampaignCommands::tr("Only this circonscription."), "name");
    QCommandLineOption bassin = valueOption("bassin", CampaignCommands::tr("Only this bassin."), "name");
    QCommandLineOption sector = valueOption("sector", CampaignCommands::tr("Only public or prive."), "sector");
    QCommandLineOption priority = valueOption(
        "ep", CampaignCommands::tr("Éducation prioritaire: ep (REP or REP+), rep, rep+ or hors-ep."), "ep");

    static QStringList kindKeys()
    {
        QStringList keys;
        for (const EstablishmentKind kind : establishmentKinds())
            keys << establishmentKindKey(kind);
        return keys;
    }

    QList<QCommandLineOption> all() const
    {
        return {kind, academie, departement, circonscription, bassin, sector, priority};
    }

    // The filter the options give, or the message saying what is wrong.
    Result<RegisterFilter> read(const QCommandLineParser &parser) const
    {
        RegisterFilter filter;
        for (const QString &key : parser.values(kind)) {
            const std::optional<QList<EstablishmentKind>> kinds = RegisterFilter::kindsOfKey(key);
            if (!kinds || kinds->isEmpty())
                return Error {CampaignCommands::tr("Unknown kind \"%1\".").arg(key)};
            for (const EstablishmentKind k : *kinds) {
                if (!filter.kinds.contains(k))
                    filter.kinds.append(k);
            }
        }
        filter.academie = parser.value(academie);
        filter.departement = parser.value(departement);
        filter.circonscription = parser.value(circonscription);
        filter.bassin = parser.value(bassin);
        if (parser.isSet(sector)) {
            const std::optional<RegisterFilter::Sector> chosen = RegisterFilter::sectorOfKey(parser.value(sector));
            if (!chosen || parser.value(sector).isEmpty())
                return Error {
                    CampaignCommands::tr("--sector expects public or prive, not \"%1\".").arg(parser.value(sector))};
            filter.sector = *chosen;
        }
        if (parser.isSet(priority)) {
            const std::optional<RegisterFilter::Priority> chosen
                = RegisterFilter::priorityOfKey(parser.value(priority));
            if (!chosen || parser.value(priority).isEmpty())
                return Error {CampaignCommands::tr("--ep expects ep, rep, rep+ or hors-ep, not \"%1\".")
                                  .arg(parser.value(priority))};
            filter.priority = *chosen;
        }
        return filter;
    }
};

} // namespace

int CampaignCommands::annuaire(CliContext &cli, const QStringList &arguments)
{
    if (!arguments.isEmpty() && arguments.constFirst() == QLatin1String("import"))
        return importRegister(cli, arguments.mid(1));
    return cli.usageError(tr("\"annuaire\" expects import FILE."));
}

int CampaignCommands::campaign(CliContext &cli, const QStringList &arguments)
{
    if (!arguments.isEmpty() && arguments.constFirst() == QLatin1String("status"))
        return status(cli, arguments.mid(1));
    return cli.usageError(tr("\"campaign\" expects status --year 2025-2026."));
}

int CampaignCommands::importRegister(CliContext &cli, const QStringList &arguments)
{
    const FilterOptions filters;
    const QCommandLineOption dryRun(
        QStringLiteral("dry-run"), tr("Show what the import would change, and change nothing."));
    QCommandLineParser parser;
    parser.addOptions(filters.all());
    parser.addOption(dryRun);
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The register's CSV, as the open-data portal exports it."));
    int exitCode = CliSuccess;
    if (!cli.parse(parser, arguments, &exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1)
        return cli.usageError(tr("\"annuaire import\" expects one file."));
    const Result<RegisterFilter> filter = filters.read(parser);
    if (!filter)
        return cli.usageError(filter.error());

    const QString path = parser.positionalArguments().constFirst();
    const Result<AnnuaireFile> file = AnnuaireReader::readFile(path);
    if (!file)
        return cli.failure(file.error());
    Result<OpenedStorage> opened = cli.openStorage();
    if (!opened)
        return cli.failure(opened.error());
    Storage &storage = *opened->storage;
    const Result<QList<Establishment>> existing = storage.establishments();
    if (!existing)
        return cli.failure(existing.error());
    const RegisterPlan plan = RegisterPlanner::plan(existing.value(), file.value(), filter.value());

    cli.out << tr("%1 (%2): %n row(s) read", nullptr, plan.rows).arg(path, plan.encoding) << '\n';
    if (!filter->isEmpty())
        cli.out << tr("Chosen: %1").arg(filter->describe()) << '\n';
    cli.out << tr("To create: %1, to update: %2, unchanged: %3, not chosen: %4, refused: %5")
                   .arg(plan.created())
                   .arg(plan.updated())
                   .arg(plan.unchanged)
                   .arg(plan.filteredOut)
                   .arg(plan.rejected.size())
            << '\n';
    if (plan.closed() > 0)
        cli.out << tr("%n establishment(s) closed in the register: marked, not deleted.", nullptr, plan.closed())
                << '\n';
    for (const AnnuaireRejection &rejection : plan.rejected)
        cli.out << tr("  line %1: %2").arg(rejection.line).arg(rejection.reason) << '\n';
    for (const RegisterChange &change : plan.changes) {
        if (change.kind != RegisterChange::Kind::Update)
            continue;
        cli.out << "  " << change.establishment.uai << ' ' << change.establishment.name << '\n';
        for (const FieldChange &field : change.fields)
            cli.out << tr("    %1: « %2 » → « %3 »").arg(field.field, field.before, field.after) << '\n';
    }
    if (parser.isSet(dryRun)) {
        cli.out << tr("Nothing was changed (--dry-run).") << '\n';
        return CliSuccess;
    }
    const Result<RegisterOutcome> outcome = storage.applyRegister(plan);
    if (!outcome)
        return cli.failure(outcome.error());
    cli.out << tr("Done: %1, %2.")
                   .arg(tr("%n created", nullptr, outcome->created), tr("%n updated", nullptr, outcome->updated))
            << '\n';
    return CliSuccess;
}

int CampaignCommands::status(CliContext &cli, const QStringList &arguments)
{
    const FilterOptions filters;
    const QCommandLineOption year = valueOption("year", tr("School year, e.g. 2025-2026 (required)."), "year");
    const QCommandLineOption by
        = valueOption("by", tr("Count by circonscription, bassin, departement (the default) or academie."), "level");
    const QCommandLineOption referential
        = valueOption("referential", tr("The grid asked for (default: the one that fits each kind)."), "id");
    const QCommandLineOption csv = valueOption("csv", tr("Write the table per territory to FILE (CSV)."), "file");
    const QCommandLineOption remind = valueOption(
        "remind", tr("Write the establishments not validated yet to FILE (CSV), with their e-mail."), "file");
    QCommandLineParser parser;
    parser.addOptions(filters.all());
    parser.addOptions({year, by, referential, csv, remind});
    int exitCode = CliSuccess;
    if (!cli.parse(parser, arguments, &exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        return cli.usageError(tr("\"campaign status\" takes only options."));
    if (!parser.isSet(year))
        return cli.usageError(tr("\"campaign status\" expects --year, e.g. --year 2025-2026."));
    if (!SchoolYear::isValid(parser.value(year)))
        return cli.usageError(SchoolYear::invalidMessage(parser.value(year)));
    TerritoryLevel level = TerritoryLevel::Departement;
    if (parser.isSet(by)) {
        const std::optional<TerritoryLevel> chosen = territoryLevelFromKey(parser.value(by));
        if (!chosen)
            return cli.usageError(
                tr("--by expects circonscription, bassin, departement or academie, not \"%1\".").arg(parser.value(by)));
        level = *chosen;
    }
    const Result<RegisterFilter> filter = filters.read(parser);
    if (!filter)
        return cli.usageError(filter.error());

    Result<OpenedStorage> opened = cli.openStorage();
    if (!opened)
        return cli.failure(opened.error());
    Storage &storage = *opened->storage;
    Campaign campaign;
    campaign.schoolYear = parser.value(year);
    campaign.referentialId = parser.value(referential);
    campaign.filter = filter.value();
    if (!campaign.referentialId.isEmpty() && !storage.catalog().latest(campaign.referentialId))
        return cli.failure(tr("Unknown referential \"%1\".").arg(campaign.referentialId));

    const Result<CampaignProgress> progress = storage.campaignProgress(campaign, level);
    if (!progress)
        return cli.failure(progress.error());
    cli.out << tr("Campaign %1: %2").arg(campaign.schoolYear, campaign.filter.describe()) << '\n';
    cli.out << territoryLevelLabel(level) << '\t' << tr("Expected") << '\t' << tr("Validated") << '\t'
            << tr("In progress") << '\t' << tr("Not started") << '\t' << tr("Rate") << '\n';
    const auto line = [&cli](const QString &name, const TerritoryProgress &p) {
        cli.out << name << '\t' << p.expected << '\t' << p.validated << '\t' << p.draft << '\t' << p.notStarted()
                << '\t' << p.rateText() << '\n';
    };
    for (const TerritoryProgress &territory : progress->territories)
        line(CampaignText::territoryName(territory.territory, level), territory);
    line(tr("Total"), progress->total);
    if (progress->total.expected == 0)
        cli.out << tr("No establishment is expected: import the register first (paliers-cli annuaire import FILE), "
                      "or choose others.")
                << '\n';

    const Result<QList<YearProgress>> years = storage.campaignYears(campaign);
    if (!years)
        return cli.failure(years.error());
    if (years->size() > 1) {
        cli.out << tr("Over the years:") << '\n';
        for (const YearProgress &y : years.value())
            cli.out << "  " << y.schoolYear << '\t' << y.progress.validated << '/' << y.progress.expected << '\t'
                    << y.progress.rateText() << '\n';
    }

    int result = CliSuccess;
    if (parser.isSet(csv)) {
        const Status written = FileWriter::write(parser.value(csv), CsvExport::campaign(progress.value()));
        if (written)
            cli.out << tr("Written: %1").arg(parser.value(csv)) << '\n';
        else
            result = cli.failure(written.error());
    }
    if (parser.isSet(remind)) {
        const Result<QList<CampaignSchool>> late
            = storage.campaignSchools(campaign, level, std::nullopt, {CampaignState::NotStarted, CampaignState::Draft});
        if (!late)
            return cli.failure(late.error());
        const Status written = FileWriter::write(parser.value(remind), Reminder::csv(late.value(), level));
        if (written)
            cli.out << tr("Written: %1 (%n establishment(s) to remind)", nullptr, static_cast<int>(late->size()))
                           .arg(parser.value(remind))
                    << '\n';
        else
            result = cli.failure(written.error());
    }
    return result;
}

} // namespace Paliers
