#include "scoreformatter.h"

#include <algorithm>
#include <QLocale>
#include <QTextStream>

namespace Paliers {

QString ScoreFormatter::ruleDescription(const ScoringRule &rule)
{
    if (rule.kind == ScoringRule::Kind::AllMet)
        return tr("a palier is reached when every applicable criterion of it and of the paliers below is met");
    return tr("a palier is reached when at least %1 of the applicable criteria of it and of each palier below "
              "are met")
        .arg(QLocale().toString(rule.threshold * 100.0, 'g', 3) + QLatin1String(" %"));
}

// The jalons: one line per axis with the jalon chosen and what the next one
// describes.
void ScoreFormatter::writeRubric(QTextStream &out, const Referential &referential, const Evaluation &evaluation)
{
    out << tr("Rule: each axis stands at the jalon whose cell is chosen") << "\n\n";
    int titleWidth = static_cast<int>(tr("Axis").size());
    for (const Domain &domain : referential.domains())
        titleWidth = std::max(titleWidth, static_cast<int>(domain.title.size()));
    out << tr("Axis").leftJustified(titleWidth + 2) << tr("Jalon") << '\n';
    for (const DomainResult &result : evaluation.domains) {
        out << referential.domain(result.domainId)->title.leftJustified(titleWidth + 2)
            << (result.palier == 0 ? tr("not placed yet") : QString::number(result.palier)) << '\n';
    }
    out << '\n' << tr("Lowest jalon: %1").arg(evaluation.overallPalier) << '\n';
    out << tr("Placed: %n of %1 axes", nullptr, evaluation.answered).arg(evaluation.total) << '\n';
    bool headerWritten = false;
    for (const DomainResult &result : evaluation.domains) {
        if (result.blocking.isEmpty())
            continue;
        if (!headerWritten) {
            out << '\n' << tr("The next jalon of each axis:") << '\n';
            headerWritten = true;
        }
        for (const QString &id : result.blocking)
            out << QStringLiteral("  %1  %2\n").arg(id, referential.criterion(id)->text);
    }
}

void ScoreFormatter::writeText(QTextStream &out, const Referential &referential, const Evaluation &evaluation)
{
    out << referential.title() << '\n';
    out << tr("Referential %1, version %2").arg(referential.id(), referential.version()) << '\n';
    if (referential.kind() == ReferentialKind::Rubric) {
        writeRubric(out, referential, evaluation);
        return;
    }
    out << tr("Rule: %1").arg(ruleDescription(referential.rule())) << "\n\n";

    int titleWidth = static_cast<int>(tr("Domain").size());
    for (const Domain &domain : referential.domains())
        titleWidth = std::max(titleWidth, static_cast<int>(domain.title.size()));

    const QString palierHeader = tr("Palier");
    out << tr("Domain").leftJustified(titleWidth + 2) << palierHeader.leftJustified(8);
    for (const Level &level : referential.levels())
        out << level.title.leftJustified(12);
    out << '\n';

    for (const DomainResult &result : evaluation.domains) {
        out << referential.domain(result.domainId)->title.leftJustified(titleWidth + 2)
            << QString::number(result.palier).leftJustified(8);
        for (const LevelTally &tally : result.levels)
            out << QStringLiteral("%1/%2").arg(tally.met).arg(tally.applicable()).leftJustified(12);
        out << '\n';
    }

    out << '\n' << tr("Palier reached in every domain: %1").arg(evaluation.overallPalier) << '\n';
    const int percent = evaluation.total == 0 ? 0 : evaluation.answered * 100 / evaluation.total;
    out << tr("Answered: %n of %1 criteria (%2 %)", nullptr, evaluation.answered).arg(evaluation.total).arg(percent)
        << '\n';

    bool headerWritten = false;
    for (const DomainResult &result : evaluation.domains) {
        if (result.blocking.isEmpty())
            continue;
        if (!headerWritten) {
            out << '\n' << tr("To reach the next palier:") << '\n';
            headerWritten = true;
        }
        const Domain *domain = referential.domain(result.domainId);
        const int next = result.palier + 1;
        if (result.missing < result.blocking.size())
            out << tr("%1, palier %2 (%n more to meet among):", nullptr, result.missing).arg(domain->title).arg(next)
                << '\n';
        else
            out << tr("%1, palier %2:").arg(domain->title).arg(next) << '\n';
        for (const QString &id : result.blocking)
            out << QStringLiteral("  %1  %2\n").arg(id, referential.criterion(id)->text);
    }
}

} // namespace Paliers
