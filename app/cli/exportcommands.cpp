#include "exportcommands.h"

#include "commissionrenderer.h"
#include "exchange/assessmentexport.h"
#include "exchange/csvexport.h"
#include "exchange/filewriter.h"
#include "reportrenderer.h"
#include "storage/exportimporter.h"
#include "storage/loaders.h"

namespace Paliers {

int ExportCommands::exportAssessment(CliContext &cli, const QStringList &arguments)
{
    const QCommandLineOption pdf(QStringLiteral("pdf"), tr("Write the PDF report to FILE."), QStringLiteral("file"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Write the JSON export to FILE."), QStringLiteral("file"));
    const QCommandLineOption csv(
        QStringLiteral("csv"), tr("Write one CSV row per criterion to FILE."), QStringLiteral("file"));
    const QCommandLineOption summary(
        QStringLiteral("summary-csv"), tr("Write a one-row CSV summary to FILE."), QStringLiteral("file"));
    QCommandLineParser parser;
    const QCommandLineOption withReferential(QStringLiteral("with-referential"),
        tr("Put the grid in the JSON export, for a receiver that may lack it (always done for an added grid)."));
    parser.addOptions({pdf, json, csv, summary, withReferential});
    int exitCode = CliSuccess;
    if (!cli.parse(parser, arguments, &exitCode))
        return exitCode;
    const std::optional<qint64> id = singleIdArgument(parser);
    if (!id)
        return cli.usageError(tr("\"export\" expects one assessment number."));
    if (!parser.isSet(pdf) && !parser.isSet(json) && !parser.isSet(csv) && !parser.isSet(summary))
        return cli.usageError(tr("\"export\" expects at least one of --pdf, --json, --csv, --summary-csv."));

    Result<OpenedStorage> opened = cli.openStorage();
    if (!opened)
        return cli.failure(opened.error());
    Result<AssessmentRecord> report = loadAssessmentRecord(*opened->storage, *id);
    if (!report)
        return cli.failure(report.error());

    // One stamp for every file of this export: they name the same export.
    const ExportStamp stamp = ExportStamp::now();
    int result = CliSuccess;
    const auto written = [&](const QString &path, const Status &status) {
        if (status) {
            cli.out << tr("Written: %1").arg(path) << '\n';
        } else {
            cli.err << status.error() << '\n';
            result = CliFailure;
        }
    };
    if (parser.isSet(pdf))
        written(parser.value(pdf), ReportRenderer::writePdf(report.value(), stamp, parser.value(pdf)));
    const EmbedReferential embed
        = parser.isSet(withReferential) || opened->storage->catalog().isInstalled(*report->referential)
        ? EmbedReferential::Yes
        : EmbedReferential::No;
    if (parser.isSet(json))
        written(parser.value(json),
            FileWriter::write(parser.value(json), AssessmentExport::toJson(report.value(), stamp, embed)));
    if (parser.isSet(csv))
        written(parser.value(csv), FileWriter::write(parser.value(csv), CsvExport::criteria(report.value())));
    if (parser.isSet(summary))
        written(parser.value(summary), FileWriter::write(parser.value(summary), CsvExport::summary({report.value()})));
    return result;
}

int ExportCommands::importFiles(CliContext &cli, const QStringList &arguments)
{
    QCommandLineParser parser;
    int exitCode = CliSuccess;
    if (!cli.parse(parser, arguments, &exitCode))
        return exitCode;
    const QStringList files = ExportImporter::expand(parser.positionalArguments());
    if (parser.positionalArguments().isEmpty())
        return cli.usageError(tr("\"import\" expects JSON export files or folders."));
    if (files.isEmpty())
        return cli.failure(tr("No .json file was found in the folders given."));

    Result<OpenedStorage> opened = cli.openStorage();
    if (!opened)
        return cli.failure(opened.error());
    ExportImporter importer(*opened->storage);
    int imported = 0;
    int skipped = 0;
    int refused = 0;
    for (const ImportFileResult &result : importer.importFiles(files)) {
        switch (result.kind) {
        case ImportFileResult::Kind::Imported:
            ++imported;
            cli.out << result.message << '\n';
            break;
        case ImportFileResult::Kind::AlreadyImported:
            ++skipped;
            cli.out << result.message << '\n';
            break;
        case ImportFileResult::Kind::Refused:
            ++refused;
            cli.err << tr("Refused: %1").arg(result.message) << '\n';
            break;
        }
    }
    cli.out << tr("%n file(s) imported", nullptr, imported) << ", " << tr("%n already there", nullptr, skipped) << ", "
            << tr("%n refused", nullptr, refused) << ".\n";
    return refused > 0 ? CliFailure : CliSuccess;
}

int ExportCommands::commission(CliContext &cli, const QStringList &arguments)
{
    const QCommandLineOption pdf(
        QStringLiteral("pdf"), tr("Write the commission pack to FILE (PDF)."), QStringLiteral("file"));
    const QCommandLineOption date(
        QStringLiteral("date"), tr("Date of the meeting (YYYY-MM-DD), kept for next time."), QStringLiteral("date"));
    const QCommandLineOption member(QStringLiteral("member"),
        tr("A member of the commission (repeat for each), kept for next time."), QStringLiteral("name"));
    QCommandLineParser parser;
    parser.addOptions({pdf, date, member});
    int exitCode = CliSuccess;
    if (!cli.parse(parser, arguments, &exitCode))
        return exitCode;
    const std::optional<qint64> id = singleIdArgument(parser);
    if (!id)
        return cli.usageError(tr("\"commission\" expects one assessment number."));
    if (!parser.isSet(pdf))
        return cli.usageError(tr("\"commission\" expects --pdf FILE."));
    QDate meetingDate;
    if (parser.isSet(date)) {
        meetingDate = QDate::fromString(parser.value(date), Qt::ISODate);
        if (!meetingDate.isValid())
            return cli.usageError(tr("--date expects a date written YYYY-MM-DD, not \"%1\".").arg(parser.value(date)));
    }

    Result<OpenedStorage> opened = cli.openStorage();
    if (!opened)
        return cli.failure(opened.error());
    Result<CommissionPack> pack = loadCommissionPack(*opened->storage, *id);
    if (!pack)
        return cli.failure(pack.error());
    if (parser.isSet(date) || parser.isSet(member)) {
        if (parser.isSet(date))
            pack.value().meeting.date = meetingDate;
        if (parser.isSet(member))
            pack.value().meeting.members = parser.values(member).join(QLatin1Char('\n'));
        // Kept so that the window and the next run show the same meeting; a
        // database opened read-only still gets its pack.
        if (Status saved = opened->storage->saveCommissionMeeting(pack->meeting); !saved)
            cli.err << tr("The meeting was not kept: %1").arg(saved.error()) << '\n';
    }
    if (Status written = CommissionRenderer::writePdf(pack.value(), ExportStamp::now(), parser.value(pdf)); !written)
        return cli.failure(written.error());
    cli.out << tr("Written: %1").arg(parser.value(pdf)) << '\n';
    return CliSuccess;
}

} // namespace Paliers
