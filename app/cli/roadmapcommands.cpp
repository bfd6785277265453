#include "roadmapcommands.h"

#include "exchange/csvexport.h"
#include "exchange/filewriter.h"
#include "exchange/indicatorfile.h"
#include "exchange/reperesfile.h"

#include <QFile>

namespace Paliers {

namespace {

Result<QByteArray> readWhole(const QString &path, qint64 maxSize)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {CliContext::tr("Cannot open \"%1\": %2.").arg(path, file.errorString())};
    const QByteArray data = file.read(maxSize + 1);
    if (file.error() != QFileDevice::NoError)
        return Error {CliContext::tr("Cannot read \"%1\": %2.").arg(path, file.errorString())};
    return data;
}

} // namespace

int RoadmapCommands::indicators(CliContext &cli, const QStringList &arguments)
{
    const QCommandLineOption file
        = valueOption("file", tr("Read the indicators from FILE (default: those kept in the database)."), "file");
    const QCommandLineOption save
        = QCommandLineOption(QStringLiteral("save"), tr("Keep the indicators of --file in the database."));
    const QCommandLineOption csv = valueOption("csv", tr("Write the table to FILE (CSV)."), "file");
    QCommandLineParser parser;
    parser.addOptions({file, save, csv});
    int exitCode = CliSuccess;
    if (!cli.parse(parser, arguments, &exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        return cli.usageError(tr("\"indicators\" takes only options."));
    if (parser.isSet(save) && !parser.isSet(file))
        return cli.usageError(tr("--save keeps the indicators of --file: give --file too."));

    Result<OpenedStorage> opened = cli.openStorage();
    if (!opened)
        return cli.failure(opened.error());
    Storage &storage = *opened->storage;
    QList<Indicator> indicators;
    if (parser.isSet(file)) {
        const Result<QByteArray> data = readWhole(parser.value(file), IndicatorFile::MaxFileSize);
        if (!data)
            return cli.failure(data.error());
        const Result<IndicatorFile::Contents> read
            = IndicatorFile::read(data.value(), storage.catalog(), parser.value(file));
        if (!read)
            return cli.failure(read.error());
        indicators = read->indicators;
        if (parser.isSet(save)) {
            if (Status kept = storage.setIndicators(indicators); !kept)
                return cli.failure(kept.error());
            cli.out << tr("Kept in the database: %n indicator(s).", nullptr, static_cast<int>(indicators.size()))
                    << '\n';
        }
    } else {
        const Result<QList<Indicator>> kept = storage.indicators();
        if (!kept)
            return cli.failure(kept.error());
        indicators = kept.value();
        if (indicators.isEmpty())
            return cli.failure(
                tr("The database keeps no indicator: give a file with --file (an example comes with "
                   "Paliers: share/paliers/examples/indicateurs-aix-marseille-2014.json), or add them in the window."));
    }

    const Result<IndicatorTable> table = storage.indicatorTable(indicators);
    if (!table)
        return cli.failure(table.error());
    cli.out << tr("Indicator");
    for (const QString &year : table->years)
        cli.out << '\t' << year;
    cli.out << '\t' << tr("Target") << '\n';
    for (const IndicatorRow &row : table->rows) {
        cli.out << row.indicator.label;
        for (const IndicatorValue &value : row.values)
            cli.out << '\t' << IndicatorTable::cell(value);
        cli.out << '\t' << IndicatorTable::targetCell(row) << '\n';
    }
    cli.out << tr("In brackets: the establishments with a validated assessment of the grid that the share rests on.")
            << '\n';
    if (parser.isSet(csv)) {
        const Status written = FileWriter::write(parser.value(csv), CsvExport::indicators(table.value()));
        if (!written)
            return cli.failure(written.error());
        cli.out << tr("Written: %1").arg(parser.value(csv)) << '\n';
    }
    return CliSuccess;
}

int RoadmapCommands::reperes(CliContext &cli, const QStringList &arguments)
{
    if (arguments.value(0) != QLatin1String("import"))
        return cli.usageError(tr("\"reperes\" expects import FILE (consolidate --reperes FILE writes them)."));
    QCommandLineParser parser;
    int exitCode = CliSuccess;
    if (!cli.parse(parser, arguments.mid(1), &exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1)
        return cli.usageError(tr("\"reperes import\" expects one file."));
    const QString path = parser.positionalArguments().constFirst();
    const Result<QByteArray> data = readWhole(path, ReperesFile::MaxFileSize);
    if (!data)
        return cli.failure(data.error());
    const Result<ReperesFile::Contents> read = ReperesFile::read(data.value(), path);
    if (!read)
        return cli.failure(read.error());
    Result<OpenedStorage> opened = cli.openStorage();
    if (!opened)
        return cli.failure(opened.error());
    if (Status stored = opened->storage->storeReperes(read->reperes); !stored)
        return cli.failure(stored.error());
    for (const Reperes &reperes : read->reperes)
        cli.out << tr("Repères of %1 for %2: %n school(s), %3", nullptr, reperes.schools)
                       .arg(reperes.referentialId, reperes.schoolYear, reperes.scope)
                << '\n';
    return CliSuccess;
}

} // namespace Paliers
