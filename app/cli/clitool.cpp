#include "clitool.h"

#include "campaigncommands.h"
#include "consolidationcommands.h"
#include "databasecommands.h"
#include "exportcommands.h"
#include "referentialcommands.h"
#include "roadmapcommands.h"

#include <QFileInfo>

namespace Paliers {

CliTool::CliTool(QTextStream &out, QTextStream &err)
    : m_cli(out, err)
{
}

int CliTool::run(QStringList arguments)
{
    // --db PATH (or --db=PATH) may stand anywhere: it applies to every command.
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--db")) {
            if (i + 1 >= arguments.size())
                return m_cli.usageError(tr("--db expects the path of a database."));
            m_cli.databasePath = arguments.at(i + 1);
            arguments.remove(i, 2);
            break;
        }
        if (arguments.at(i).startsWith(QLatin1String("--db="))) {
            m_cli.databasePath = arguments.at(i).mid(5);
            arguments.remove(i);
            break;
        }
    }

    if (arguments.isEmpty())
        return m_cli.usageError(tr("A command is expected."));
    const QString command = arguments.constFirst();
    const QStringList rest = arguments.mid(1);
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help"))
        return usage();
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        m_cli.out << "paliers-cli " << QCoreApplication::applicationVersion() << '\n';
        return Success;
    }
    if (command == QLatin1String("referentials"))
        return ReferentialCommands::list(m_cli, rest);
    if (command == QLatin1String("referential"))
        return ReferentialCommands::run(m_cli, rest);
    if (command == QLatin1String("establishment"))
        return DatabaseCommands::establishment(m_cli, rest);
    if (command == QLatin1String("assessment"))
        return DatabaseCommands::assessment(m_cli, rest);
    if (command == QLatin1String("answer"))
        return DatabaseCommands::answer(m_cli, rest);
    if (command == QLatin1String("consolidate"))
        return ConsolidationCommands::consolidate(m_cli, rest);
    if (command == QLatin1String("annuaire"))
        return CampaignCommands::annuaire(m_cli, rest);
    if (command == QLatin1String("campaign"))
        return CampaignCommands::campaign(m_cli, rest);
    if (command == QLatin1String("indicators"))
        return RoadmapCommands::indicators(m_cli, rest);
    if (command == QLatin1String("reperes"))
        return RoadmapCommands::reperes(m_cli, rest);
    if (command == QLatin1String("generate"))
        return ConsolidationCommands::generate(m_cli, rest);
    if (command == QLatin1String("export"))
        return ExportCommands::exportAssessment(m_cli, rest);
    if (command == QLatin1String("commission"))
        return ExportCommands::commission(m_cli, rest);
    if (command == QLatin1String("import"))
        return ExportCommands::importFiles(m_cli, rest);
    if (command == QLatin1String("score")) {
        // An answers file, or the number of a stored assessment.
        const QString target = rest.isEmpty() ? QString() : rest.constFirst();
        bool isNumber = false;
        target.toLongLong(&isNumber);
        if (isNumber && !QFileInfo::exists(target))
            return DatabaseCommands::score(m_cli, rest);
        return ReferentialCommands::scoreFile(m_cli, rest);
    }
    return m_cli.usageError(tr("Unknown command \"%1\".").arg(command));
}

int CliTool::usage()
{
    m_cli.out << tr(
        "Usage: paliers-cli [--db FILE] COMMAND [OPTIONS]\n"
        "\n"
        "Grids:\n"
        "  referentials                          list the referentials, every version\n"
        "  referential show ID [--format F] [--version V]\n"
        "                                        print a referential (F: text or tsv)\n"
        "  referential check FILE                check a referential file\n"
        "  referential install FILE              add a grid (another académie's, a new version)\n"
        "  score ANSWERS.json [--format F]       compute the paliers of an answers file (F: text or json)\n"
        "        [--referential-file FILE]       against a referential read from FILE\n"
        "        [--version V]                   or against version V of the grid (default: the latest)\n"
        "\n"
        "Database (the app's own, or the one given with --db):\n"
        "  establishment add --uai U --name N --kind K [--commune C] [--circonscription C]\n"
        "        [--departement D] [--academie A] [--head NAME]\n"
        "        [--head-title TITLE] [--referent NAME]\n"
        "  establishment list [--format tsv|json]\n"
        "  assessment new --uai U --year 2025-2026 [--referential ID] [--author A] [--role R]\n"
        "        [--copy-from ASSESSMENT]\n"
        "  assessment list [--uai U]\n"
        "  assessment show ASSESSMENT [--format text|json]\n"
        "  assessment validate ASSESSMENT\n"
        "  assessment reopen ASSESSMENT [--reason TEXT]\n"
        "  answer ASSESSMENT CRITERION STATUS [--comment TEXT] [--evidence TEXT]\n"
        "  score ASSESSMENT [--format text|json]\n"
        "\n"
        "Exchange:\n"
        "  export ASSESSMENT [--pdf FILE] [--json FILE [--with-referential]] [--csv FILE] [--summary-csv FILE]\n"
        "                                        write the report and the exports of an assessment\n"
        "  import FILE|FOLDER...                 import JSON exports (a folder: its .json files)\n"
        "  commission ASSESSMENT --pdf FILE [--date YYYY-MM-DD] [--member NAME]...\n"
        "                                        the pack that prepares the commission numérique\n"
        "\n"
        "Many schools:\n"
        "  consolidate --year 2025-2026 [--kind K] [--circonscription C] [--departement D]\n"
        "        [--status S] [--referential ID] [--search TEXT] [--pdf FILE] [--csv FILE]\n"
        "        [--reperes FILE [--issuer NAME]]  the repères of the académie, for its schools\n"
        "  generate --establishments N [--years Y] [--seed S] [--academie A] [--exports FOLDER]\n"
        "                                        plausible test data, in the database or as exports\n"
        "\n"
        "Campaign (the register of schools, who has answered):\n"
        "  annuaire import FILE [--academie A] [--departement D] [--kind K]... [--sector public|prive]\n"
        "        [--dry-run]                     create or update establishments from the Annuaire\n"
        "                                        de l'éducation's CSV (by UAI; assessments untouched)\n"
        "  campaign status --year 2025-2026 [--by circonscription|bassin|departement|academie]\n"
        "        [--kind K]... [--academie A] [--departement D] [--circonscription C] [--bassin B]\n"
        "        [--sector public|prive] [--ep ep|rep|rep+|hors-ep] [--referential ID]\n"
        "        [--csv FILE] [--remind FILE]    expected, validated, in progress, not started, rate\n"
        "\n"
        "Roadmap (the académie's indicators, the repères its schools stand beside):\n"
        "  indicators [--file FILE [--save]] [--csv FILE]\n"
        "                                        each indicator for each year, and its target\n"
        "  reperes import FILE                   the repères a DANE wrote (consolidate --reperes)\n"
        "\n"
        "  --version                             print the version\n"
        "\n"
        "The statuses are %1.\n"
        "An answers file looks like:\n"
        "  { \"referential\": \"creteil-ecoles\", \"answers\": { \"PIL-1-01\": \"atteint\" } }\n")
                     .arg(answerStatusKeyList());
    return Success;
}

} // namespace Paliers
