#include "clitool.h"

#include "campaigncommands.h"
#include "commandtable.h"
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
    if (command == QLatin1String("completion"))
        return completion(rest);
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
    m_cli.out << CommandTable::helpText();
    return Success;
}

int CliTool::completion(const QStringList &arguments)
{
    if (arguments != QStringList {QStringLiteral("bash")})
        return m_cli.usageError(tr("\"completion\" expects \"bash\", the one shell it writes for."));
    m_cli.out << CommandTable::bashCompletion();
    return Success;
}

} // namespace Paliers
