#include "analysis/indicators.h"

#include "model/limits.h"

#include <QLocale>

namespace Paliers {

namespace {

const std::pair<Indicator::Condition, const char *> ConditionKeys[] = {
    {Indicator::Condition::Criterion, "criterion"},
    {Indicator::Condition::Domain, "domain"},
    {Indicator::Condition::Overall, "overall"},
};

} // namespace

QString Indicator::conditionKey(Condition condition)
{
    for (const auto &[value, key] : ConditionKeys) {
        if (value == condition)
            return QLatin1String(key);
    }
    return QString();
}

std::optional<Indicator::Condition> Indicator::conditionFromKey(const QString &key)
{
    for (const auto &[value, name] : ConditionKeys) {
        if (key == QLatin1String(name))
            return value;
    }
    return std::nullopt;
}

Status Indicator::check(const ReferentialCatalog &catalog) const
{
    const QString name = label.trimmed();
    if (name.isEmpty())
        return Error {tr("An indicator needs a label.")};
    if (name.size() > Limits::MaxFieldLength || note.size() > Limits::MaxTextLength)
        return Error {tr("The indicator \"%1…\" has a text that is too long.").arg(name.left(40))};
    const Referential *grid = catalog.latest(referentialId);
    if (!grid)
        return Error {tr("The indicator \"%1\" is about the grid \"%2\", which Paliers does not know.")
                          .arg(name, referentialId.left(60))};
    switch (condition) {
    case Condition::Criterion: {
        bool known = false;
        for (const Referential *version : catalog.versions(referentialId))
            known = known || version->criterion(subject);
        if (!known)
            return Error {tr("The indicator \"%1\": the grid \"%2\" has no criterion \"%3\".")
                              .arg(name, referentialId, subject.left(60))};
        break;
    }
    case Condition::Domain:
        if (!grid->domain(subject))
            return Error {tr("The indicator \"%1\": the grid \"%2\" has no domain \"%3\".")
                              .arg(name, referentialId, subject.left(60))};
        [[fallthrough]];
    case Condition::Overall:
        if (palier < 1 || palier > grid->maxLevel())
            return Error {tr("The indicator \"%1\": the palier must be from 1 to %2.").arg(name).arg(grid->maxLevel())};
        break;
    }
    if (target && (*target < 0 || *target > 100))
        return Error {tr("The indicator \"%1\": a target is a percentage from 0 to 100.").arg(name)};
    if (target && !SchoolYear::isValid(targetYear))
        return Error {tr("The indicator \"%1\": %2").arg(name, SchoolYear::invalidMessage(targetYear))};
    for (const Recorded &value : recorded) {
        if (!SchoolYear::isValid(value.schoolYear))
            return Error {tr("The indicator \"%1\": %2").arg(name, SchoolYear::invalidMessage(value.schoolYear))};
        if (value.percent < 0 || value.percent > 100)
            return Error {tr("The indicator \"%1\": a value is a percentage from 0 to 100.").arg(name)};
    }
    return Done {};
}

QString Indicator::describeCondition(const ReferentialCatalog &catalog) const
{
    const Referential *grid = catalog.latest(referentialId);
    switch (condition) {
    case Condition::Criterion:
        return tr("%1 met").arg(subject);
    case Condition::Domain: {
        const Domain *domain = grid ? grid->domain(subject) : nullptr;
        return tr("%1 at palier %2 or above").arg(domain ? domain->title : subject).arg(palier);
    }
    case Condition::Overall:
        return tr("overall palier %1 or above").arg(palier);
    }
    Q_UNREACHABLE();
}

double IndicatorValue::percent() const
{
    if (schools > 0)
        return 100.0 * meeting / schools;
    return recorded.value_or(0);
}

const IndicatorValue *IndicatorRow::latest() const
{
    // From the last year back.
    for (qsizetype i = values.size(); i-- > 0;) {
        if (values.at(i).hasValue())
            return &values.at(i);
    }
    return nullptr;
}

bool IndicatorRow::targetReached() const
{
    const IndicatorValue *last = latest();
    // Compared as the table prints it, to the unit: 99.6 % shows as 100 %.
    return indicator.target && last && qRound(last->percent()) >= qRound(*indicator.target);
}

QString IndicatorTable::percent(double value)
{
    return tr("%1 %").arg(qRound(value));
}

QString IndicatorTable::cell(const IndicatorValue &value)
{
    if (value.schools > 0)
        return tr("%1 (%2)").arg(percent(value.percent())).arg(value.schools);
    if (value.recorded)
        return tr("%1 (roadmap)").arg(percent(*value.recorded));
    return QStringLiteral("—");
}

QString IndicatorTable::targetCell(const IndicatorRow &row)
{
    if (!row.indicator.target)
        return QStringLiteral("—");
    const QString text = tr("%1 in %2").arg(percent(*row.indicator.target), row.indicator.targetYear);
    return row.targetReached() ? tr("%1 ✓ reached").arg(text) : text;
}

} // namespace Paliers
