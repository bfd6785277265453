#include "exportcommands.h"

#include "assessmentexport.h"
#include "csvexport.h"
#include "exportimporter.h"
#include "filewriter.h"
#include "reportrenderer.h"

namespace Paliers {

int ExportCommands::exportAssessment(CliContext &cli, const QStringList &arguments)
{
    const QCommandLineOption pdf(QStringLiteral("pdf"), tr("Write the PDF report to FILE."), QStringLiteral("file"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Write the JSON export to FILE."),
                                  QStringLiteral("file"));
    const QCommandLineOption csv(QStringLiteral("csv"), tr("Write one CSV row per criterion to FILE."),
                                 QStringLiteral("file"));
    const QCommandLineOption summary(QStringLiteral("summary-csv"), tr("Write a one-row CSV summary to FILE."),
                                     QStringLiteral("file"));
    QCommandLineParser parser;
    parser.addOptions({pdf, json, csv, summary});
    int exitCode = CliSuccess;
    if (!cli.parse(parser, arguments, &exitCode))
        return exitCode;
    bool ok = false;
    const qint64 id = parser.positionalArguments().value(0).toLongLong(&ok);
    if (parser.positionalArguments().size() != 1 || !ok || id <= 0)
        return cli.usageError(tr("\"export\" expects one assessment number."));
    if (!parser.isSet(pdf) && !parser.isSet(json) && !parser.isSet(csv) && !parser.isSet(summary))
        return cli.usageError(tr("\"export\" expects at least one of --pdf, --json, --csv, --summary-csv."));

    Result<OpenedStorage> opened = cli.openStorage();
    if (!opened)
        return cli.failure(opened.error());
    Result<AssessmentReport> report = AssessmentReport::load(*opened->storage, id);
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
    if (parser.isSet(json))
        written(parser.value(json),
                FileWriter::write(parser.value(json), AssessmentExport::toJson(report.value(), stamp)));
    if (parser.isSet(csv))
        written(parser.value(csv), FileWriter::write(parser.value(csv), CsvExport::criteria(report.value())));
    if (parser.isSet(summary))
        written(parser.value(summary),
                FileWriter::write(parser.value(summary), CsvExport::summary({report.value()})));
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
    cli.out << tr("%n file(s) imported", nullptr, imported) << ", " << tr("%n already there", nullptr, skipped)
            << ", " << tr("%n refused", nullptr, refused) << ".\n";
    return refused > 0 ? CliFailure : CliSuccess;
}

} // namespace Paliers
