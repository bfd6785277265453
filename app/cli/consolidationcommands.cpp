#include "consolidationcommands.h"

#include "analysis/consolidation.h"
#include "consolidatedrenderer.h"
#include "exchange/assessmentexport.h"
#include "exchange/csvexport.h"
#include "exchange/filewriter.h"
#include "exchange/reperesfile.h"
#include "storage/datagenerator.h"

#include <algorithm>
#include <QDir>

namespace Paliers {

int ConsolidationCommands::consolidate(CliContext &cli, const QStringList &arguments)
{
    QStringList kinds;
    for (const EstablishmentKind kind : establishmentKinds())
        kinds << establishmentKindKey(kind);
    const QCommandLineOption year = valueOption("year", tr("School year, e.g. 2025-2026 (required)."), "year");
    const QCommandLineOption kind
        = valueOption("kind", tr("Only this kind: %1.").arg(kinds.join(QLatin1String(", "))), "kind");
    const QCommandLineOption circonscription
        = valueOption("circonscription", tr("Only this circonscription or district."), "name");
    const QCommandLineOption departement = valueOption("departement", tr("Only this département."), "name");
    const QCommandLineOption status = valueOption("status", tr("Only this status: brouillon or valide."), "status");
    const QCommandLineOption referential = valueOption("referential", tr("Only this referential."), "id");
    const QCommandLineOption search = valueOption("search", tr("Only names, UAI or communes containing TEXT."), "text");
    const QCommandLineOption pdf = valueOption("pdf", tr("Write the consolidated PDF to FILE."), "file");
    const QCommandLineOption csv = valueOption("csv", tr("Write one CSV row per assessment to FILE."), "file");
    const QCommandLineOption reperes = valueOption(
        "reperes", tr("Write the repères of these assessments to FILE, for the schools to stand beside."), "file");
    const QCommandLineOption issuer
        = valueOption("issuer", tr("Who writes the repères, e.g. \"DANE de Créteil\"."), "name");
    QCommandLineParser parser;
    parser.addOptions(
        {year, kind, circonscription, departement, status, referential, search, pdf, csv, reperes, issuer});
    int exitCode = CliSuccess;
    if (!cli.parse(parser, arguments, &exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        return cli.usageError(tr("\"consolidate\" takes only options."));
    if (!parser.isSet(year))
        return cli.usageError(tr("\"consolidate\" expects --year, e.g. --year 2025-2026."));
    if (!SchoolYear::isValid(parser.value(year)))
        return cli.usageError(SchoolYear::invalidMessage(parser.value(year)));

    OverviewFilter filter;
    QStringList described {parser.value(year)};
    if (parser.isSet(kind)) {
        filter.kind = establishmentKindFromKey(parser.value(kind));
        if (!filter.kind)
            return cli.usageError(tr("Unknown kind \"%1\".").arg(parser.value(kind)));
        described << establishmentKindLabel(*filter.kind);
    }
    if (parser.isSet(status)) {
        filter.status = assessmentStatusFromKey(parser.value(status));
        if (!filter.status)
            return cli.usageError(tr("Unknown status \"%1\" (brouillon or valide).").arg(parser.value(status)));
        described << assessmentStatusLabel(*filter.status);
    }
    filter.circonscription = parser.value(circonscription);
    filter.departement = parser.value(departement);
    filter.referentialId = parser.value(referential);
    filter.search = parser.value(search);
    for (const QString &text : {filter.circonscription, filter.departement, filter.referentialId, filter.search}) {
        if (!text.isEmpty())
            described << text;
    }

    Result<OpenedStorage> opened = cli.openStorage();
    if (!opened)
        return cli.failure(opened.error());
    Storage &storage = *opened->storage;
    Result<QList<OverviewRow>> all = storage.overview(parser.value(year));
    if (!all)
        return cli.failure(all.error());
    const QList<OverviewRow> rows = Consolidation::filtered(std::move(all).value(), filter);
    const QString selection = described.join(QLatin1String(", "));

    cli.out << tr("%n assessment(s): %1", nullptr, static_cast<int>(rows.size())).arg(selection) << '\n';
    for (const Referential *latest : storage.catalog().referentials()) {
        const Referential &grid = *latest;
        // Each count below keeps the rows of this grid itself: no copy of
        // them (a DANE's year is 60,000 rows).
        const auto ofGrid = std::count_if(
            rows.cbegin(), rows.cend(), [&grid](const OverviewRow &row) { return row.referentialId == grid.id(); });
        if (ofGrid == 0)
            continue;
        cli.out << '\n' << grid.title() << " (" << ofGrid << ")\n";
        const QStringList versions = Consolidation::versionsIn(rows, grid.id());
        if (versions.size() > 1)
            cli.out << tr("Versions of the grid mixed here: %1; domains matched by their identifier.")
                           .arg(versions.join(QStringLiteral(", ")))
                    << '\n';
        const bool rubric = grid.kind() == ReferentialKind::Rubric;
        cli.out << (rubric ? tr("Axis") : tr("Domain"));
        for (int level = 0; level <= grid.maxLevel(); ++level)
            cli.out << '\t' << (rubric ? tr("jalon %1") : tr("palier %1")).arg(level);
        cli.out << '\n';
        for (const DomainDistribution &d :
            Consolidation::distribution(rows, grid, storage.catalog().versions(grid.id()))) {
            cli.out << grid.domain(d.domainId)->title;
            for (const int count : d.counts)
                cli.out << '\t' << count;
            cli.out << '\n';
        }
        cli.out << tr("Criteria most often missing for the next palier:") << '\n';
        for (const MissingCriterion &m : Consolidation::mostMissing(rows, 10, grid.id())) {
            const Criterion *criterion = storage.catalog().criterion(grid.id(), m.criterionId);
            cli.out << "  " << m.criterionId << '\t' << m.count << '\t' << (criterion ? criterion->text : QString())
                    << '\n';
        }
    }

    int result = CliSuccess;
    if (parser.isSet(pdf)) {
        ConsolidatedRenderer renderer(rows, storage.catalog(), selection);
        Result<CampaignReport> campaign
            = storage.campaignReport(campaignOfOverview(parser.value(year), filter), campaignLevelOfOverview(filter));
        if (!campaign)
            return cli.failure(campaign.error());
        renderer.setCampaign(std::move(campaign).value());
        Result<QList<Indicator>> indicators = storage.indicators();
        if (!indicators)
            return cli.failure(indicators.error());
        if (!indicators->isEmpty()) {
            Result<IndicatorTable> table = storage.indicatorTable(indicators.value());
            if (!table)
                return cli.failure(table.error());
            renderer.setIndicators(std::move(table).value());
        }
        const Status written = renderer.writePdf(parser.value(pdf));
        if (written)
            cli.out << tr("Written: %1").arg(parser.value(pdf)) << '\n';
        else
            result = cli.failure(written.error());
    }
    if (parser.isSet(csv)) {
        const Status written = FileWriter::write(parser.value(csv), CsvExport::overview(rows, storage.catalog()));
        if (written)
            cli.out << tr("Written: %1").arg(parser.value(csv)) << '\n';
        else
            result = cli.failure(written.error());
    }
    if (parser.isSet(reperes)) {
        // The choice made, without the year each repère carries anyway.
        Result<QList<Reperes>> written = storage.reperesOf(rows, described.mid(1).join(QLatin1String(", ")));
        if (!written)
            return cli.failure(written.error());
        ReperesFile::Contents contents;
        contents.issuer = parser.value(issuer);
        contents.writtenAt = QDateTime::currentDateTimeUtc();
        contents.reperes = written.value();
        const Status saved = FileWriter::write(parser.value(reperes), ReperesFile::write(contents));
        if (saved)
            cli.out << tr("Written: %1 (repères of %n grid(s) and year(s); counts only, no school named)", nullptr,
                static_cast<int>(contents.reperes.size()))
                           .arg(parser.value(reperes))
                    << '\n';
        else
            result = cli.failure(saved.error());
    }
    return result;
}

int ConsolidationCommands::generate(CliContext &cli, const QStringList &arguments)
{
    const QCommandLineOption count = valueOption("establishments", tr("How many establishments (required)."), "n");
    const QCommandLineOption years
        = valueOption("years", tr("How many school years each, ending with this one (default 1)."), "n");
    const QCommandLineOption seed
        = valueOption("seed", tr("Random seed: the same seed gives the same data (default 1)."), "n");
    const QCommandLineOption exports = valueOption("exports",
        tr("Write one JSON export per assessment into FOLDER instead of "
           "the database."),
        "folder");
    const QCommandLineOption academie = valueOption("academie",
        tr("The académie of the establishments: %1 (default Créteil).")
            .arg(DataGenerator::academies().join(QLatin1String(", "))),
        "name");
    QCommandLineParser parser;
    parser.addOptions({count, years, seed, exports, academie});
    int exitCode = CliSuccess;
    if (!cli.parse(parser, arguments, &exitCode))
        return exitCode;
    bool ok = false;
    const int n = parser.value(count).toInt(&ok);
    if (!ok || n <= 0 || n > 100000)
        return cli.usageError(tr("--establishments expects a number from 1 to 100000."));
    const int yearCount = parser.isSet(years) ? parser.value(years).toInt(&ok) : 1;
    if (!ok || yearCount <= 0 || yearCount > 20)
        return cli.usageError(tr("--years expects a number from 1 to 20."));
    const quint32 seedValue = parser.isSet(seed) ? parser.value(seed).toUInt(&ok) : 1;
    if (!ok)
        return cli.usageError(tr("--seed expects a whole number."));

    Result<ReferentialCatalog> catalog = ReferentialCatalog::withInstalled();
    if (!catalog)
        return cli.failure(catalog.error());
    const QString academieName
        = parser.isSet(academie) ? DataGenerator::academie(parser.value(academie)) : QStringLiteral("Créteil");
    if (academieName.isEmpty())
        return cli.usageError(tr("Unknown académie \"%1\" (expected one of: %2).")
                                  .arg(parser.value(academie), DataGenerator::academies().join(QLatin1String(", "))));
    DataGenerator generator(catalog.value(), seedValue, academieName);
    const QStringList schoolYears = DataGenerator::lastYears(yearCount);

    if (parser.isSet(exports)) {
        const QDir folder(parser.value(exports));
        if (!folder.exists() && !QDir().mkpath(folder.path()))
            return cli.failure(tr("Cannot create the folder \"%1\".").arg(folder.path()));
        int written = 0;
        for (int index = 0; index < n; ++index) {
            for (AssessmentRecord &report : generator.school(index, schoolYears)) {
                const ExportStamp stamp {QStringLiteral("%1-0000-4000-8000-%2")
                                             .arg(seedValue, 8, 16, QLatin1Char('0'))
                                             .arg(static_cast<qulonglong>(written), 12, 16, QLatin1Char('0')),
                    report.assessment.updatedAt, QCoreApplication::applicationVersion()};
                const QString path = folder.filePath(
                    QStringLiteral("%1-%2.json").arg(report.establishment.uai, report.assessment.schoolYear));
                if (Status done = FileWriter::write(path, AssessmentExport::toJson(report, stamp)); !done)
                    return cli.failure(done.error());
                ++written;
            }
        }
        cli.out << tr("%n export(s) written to %1", nullptr, written).arg(folder.path()) << '\n';
        return CliSuccess;
    }

    Result<OpenedStorage> opened = cli.openStorage();
    if (!opened)
        return cli.failure(opened.error());
    if (Status done = generator.populate(*opened->storage, n, schoolYears); !done)
        return cli.failure(done.error());
    //: "N establishments generated", "N assessments each", the school years.
    cli.out << tr("%1, %2 (%3).")
                   .arg(tr("%n establishment(s) generated", nullptr, n),
                       tr("%n assessment(s) each", nullptr, yearCount), schoolYears.join(QLatin1String(", ")))
            << '\n';
    return CliSuccess;
}

} // namespace Paliers
