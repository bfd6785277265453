#pragma once

#include "clicontext.h"

namespace Paliers {

// paliers-cli commands on the database: establishments, assessments, answers
// and the paliers of a stored assessment. What a DANE's scripts and the tests
// drive.
class DatabaseCommands
{
    Q_DECLARE_TR_FUNCTIONS(CliTool)

public:
    static int establishment(CliContext &cli, const QStringList &arguments);
    static int assessment(CliContext &cli, const QStringList &arguments);
    static int answer(CliContext &cli, const QStringList &arguments);
    static int score(CliContext &cli, const QStringList &arguments);

private:
    static int addEstablishment(CliContext &cli, const QStringList &arguments);
    static int listEstablishments(CliContext &cli, const QStringList &arguments);
    static int newAssessment(CliContext &cli, const QStringList &arguments);
    static int listAssessments(CliContext &cli, const QStringList &arguments);
    static int showAssessment(CliContext &cli, const QStringList &arguments);
    static int validateAssessment(CliContext &cli, const QStringList &arguments);
    static int reopenAssessment(CliContext &cli, const QStringList &arguments);
};

} // namespace Paliers
