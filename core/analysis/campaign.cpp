#include "analysis/campaign.h"

#include <QJsonArray>
#include <QLocale>

namespace Paliers {

namespace {

bool sameText(const QString &value, const QString &wanted)
{
    return value.trimmed().compare(wanted.trimmed(), Qt::CaseInsensitive) == 0;
}

struct PriorityEntry
{
    RegisterFilter::Priority priority;
    const char *key;
};
constexpr PriorityEntry Priorities[] = {
    {RegisterFilter::Priority::Any, ""},
    {RegisterFilter::Priority::Prioritaire, "ep"},
    {RegisterFilter::Priority::Rep, "rep"},
    {RegisterFilter::Priority::RepPlus, "rep+"},
    {RegisterFilter::Priority::Outside, "hors-ep"},
};

} // namespace

bool RegisterFilter::matches(const Establishment &e) const
{
    if (!kinds.isEmpty() && !kinds.contains(e.kind))
        return false;
    if (!academie.isEmpty() && !sameText(e.academie, academie))
        return false;
    if (!departement.isEmpty() && !sameText(e.departement, departement) && !sameText(e.departementCode, departement))
        return false;
    if (!circonscription.isEmpty() && !sameText(e.circonscription, circonscription))
        return false;
    if (!bassin.isEmpty() && !sameText(e.bassin, bassin))
        return false;
    if (sector != Sector::Any && isPrivateSector(e.sector) != (sector == Sector::Private))
        return false;
    const QString ep = e.educationPrioritaire.trimmed().toUpper();
    switch (priority) {
    case Priority::Any:
        break;
    case Priority::Prioritaire:
        if (ep.isEmpty())
            return false;
        break;
    case Priority::Rep:
        if (ep != QLatin1String("REP"))
            return false;
        break;
    case Priority::RepPlus:
        if (ep != QLatin1String("REP+"))
            return false;
        break;
    case Priority::Outside:
        if (!ep.isEmpty())
            return false;
        break;
    }
    return true;
}

std::optional<QList<EstablishmentKind>> RegisterFilter::kindsOfKey(const QString &key)
{
    if (key.isEmpty())
        return QList<EstablishmentKind>();
    if (key == QLatin1String("ecoles"))
        return firstDegreeKinds();
    if (const std::optional<EstablishmentKind> kind = establishmentKindFromKey(key))
        return QList<EstablishmentKind> {*kind};
    return std::nullopt;
}

std::optional<RegisterFilter::Sector> RegisterFilter::sectorOfKey(const QString &key)
{
    const QString lower = key.toLower();
    if (lower.isEmpty())
        return Sector::Any;
    if (lower == QLatin1String("public"))
        return Sector::Public;
    if (lower == QLatin1String("prive") || lower == QStringLiteral("privé"))
        return Sector::Private;
    return std::nullopt;
}

std::optional<RegisterFilter::Priority> RegisterFilter::priorityOfKey(const QString &key)
{
    for (const PriorityEntry &entry : Priorities) {
        if (key.compare(QLatin1String(entry.key), Qt::CaseInsensitive) == 0)
            return entry.priority;
    }
    return std::nullopt;
}

bool RegisterFilter::isEmpty() const
{
    return kinds.isEmpty() && academie.isEmpty() && departement.isEmpty() && circonscription.isEmpty()
        && bassin.isEmpty() && sector == Sector::Any && priority == Priority::Any;
}

QString RegisterFilter::describe() const
{
    QStringList parts;
    QStringList kindNames;
    const QList<EstablishmentKind> ecoles = firstDegreeKinds();
    const bool allEcoles
        = std::all_of(ecoles.cbegin(), ecoles.cend(), [this](EstablishmentKind kind) { return kinds.contains(kind); });
    if (allEcoles)
        kindNames.append(CampaignText::tr("écoles"));
    for (const EstablishmentKind kind : kinds) {
        if (!allEcoles || !isFirstDegree(kind))
            kindNames.append(establishmentKindLabel(kind));
    }
    if (!kindNames.isEmpty())
        parts.append(kindNames.join(QStringLiteral(", ")));
    for (const QString *place : {&academie, &departement, &circonscription, &bassin}) {
        if (!place->isEmpty())
            parts.append(*place);
    }
    if (sector == Sector::Public)
        parts.append(CampaignText::tr("public"));
    else if (sector == Sector::Private)
        parts.append(CampaignText::tr("private"));
    switch (priority) {
    case Priority::Any:
        break;
    case Priority::Prioritaire:
        parts.append(CampaignText::tr("éducation prioritaire"));
        break;
    case Priority::Rep:
        parts.append(QStringLiteral("REP"));
        break;
    case Priority::RepPlus:
        parts.append(QStringLiteral("REP+"));
        break;
    case Priority::Outside:
        parts.append(CampaignText::tr("outside éducation prioritaire"));
        break;
    }
    if (parts.isEmpty())
        return CampaignText::tr("every establishment");
    return parts.join(QStringLiteral(" · "));
}

QJsonObject RegisterFilter::toJson() const
{
    QJsonObject object;
    QJsonArray kindKeys;
    for (const EstablishmentKind kind : kinds)
        kindKeys.append(establishmentKindKey(kind));
    if (!kindKeys.isEmpty())
        object.insert(QStringLiteral("kinds"), kindKeys);
    const auto put = [&object](const char *key, const QString &value) {
        if (!value.isEmpty())
            object.insert(QLatin1String(key), value);
    };
    put("academie", academie);
    put("departement", departement);
    put("circonscription", circonscription);
    put("bassin", bassin);
    if (sector != Sector::Any)
        object.insert(
            QStringLiteral("sector"), sector == Sector::Private ? QStringLiteral("prive") : QStringLiteral("public"));
    for (const PriorityEntry &entry : Priorities) {
        if (entry.priority == priority && priority != Priority::Any)
            object.insert(QStringLiteral("educationPrioritaire"), QLatin1String(entry.key));
    }
    return object;
}

RegisterFilter RegisterFilter::fromJson(const QJsonObject &object)
{
    RegisterFilter filter;
    const QJsonArray kindKeys = object.value(QStringLiteral("kinds")).toArray();
    for (const auto &key : kindKeys) {
        if (const std::optional<EstablishmentKind> kind = establishmentKindFromKey(key.toString()))
            filter.kinds.append(*kind);
    }
    filter.academie = object.value(QStringLiteral("academie")).toString();
    filter.departement = object.value(QStringLiteral("departement")).toString();
    filter.circonscription = object.value(QStringLiteral("circonscription")).toString();
    filter.bassin = object.value(QStringLiteral("bassin")).toString();
    filter.sector = sectorOfKey(object.value(QStringLiteral("sector")).toString()).value_or(Sector::Any);
    filter.priority
        = priorityOfKey(object.value(QStringLiteral("educationPrioritaire")).toString()).value_or(Priority::Any);
    return filter;
}

QString territoryLevelKey(TerritoryLevel level)
{
    switch (level) {
    case TerritoryLevel::Circonscription:
        return QStringLiteral("circonscription");
    case TerritoryLevel::Bassin:
        return QStringLiteral("bassin");
    case TerritoryLevel::Departement:
        return QStringLiteral("departement");
    case TerritoryLevel::Academie:
        return QStringLiteral("academie");
    }
    return QString();
}

std::optional<TerritoryLevel> territoryLevelFromKey(const QString &key)
{
    for (const TerritoryLevel level : {TerritoryLevel::Circonscription, TerritoryLevel::Bassin,
             TerritoryLevel::Departement, TerritoryLevel::Academie}) {
        if (key.compare(territoryLevelKey(level), Qt::CaseInsensitive) == 0)
            return level;
    }
    return std::nullopt;
}

QString territoryLevelLabel(TerritoryLevel level)
{
    switch (level) {
    case TerritoryLevel::Circonscription:
        return CampaignText::tr("Circonscription");
    case TerritoryLevel::Bassin:
        return CampaignText::tr("Bassin");
    case TerritoryLevel::Departement:
        return CampaignText::tr("Département");
    case TerritoryLevel::Academie:
        return CampaignText::tr("Académie");
    }
    return QString();
}

QString campaignStateLabel(CampaignState state)
{
    switch (state) {
    case CampaignState::NotStarted:
        return CampaignText::tr("not started");
    case CampaignState::Draft:
        return CampaignText::tr("in progress");
    case CampaignState::Validated:
        return CampaignText::tr("validated");
    }
    return QString();
}

Campaign campaignOfOverview(const QString &schoolYear, const OverviewFilter &filter)
{
    Campaign campaign;
    campaign.schoolYear = schoolYear;
    campaign.referentialId = filter.referentialId;
    if (filter.kind)
        campaign.filter.kinds = {*filter.kind};
    campaign.filter.circonscription = filter.circonscription;
    campaign.filter.departement = filter.departement;
    return campaign;
}

TerritoryLevel campaignLevelOfOverview(const OverviewFilter &filter)
{
    return filter.departement.isEmpty() && filter.circonscription.isEmpty() ? TerritoryLevel::Departement
                                                                            : TerritoryLevel::Circonscription;
}

QString TerritoryProgress::rateText() const
{
    return CampaignText::tr("%1 %").arg(qRound(rate() * 100));
}

QString CampaignText::territoryName(const QString &territory, TerritoryLevel level)
{
    if (!territory.isEmpty())
        return territory;
    switch (level) {
    case TerritoryLevel::Circonscription:
        return tr("(no circonscription)");
    case TerritoryLevel::Bassin:
        return tr("(no bassin)");
    case TerritoryLevel::Departement:
        return tr("(no département)");
    case TerritoryLevel::Academie:
        return tr("(no académie)");
    }
    return QString();
}

} // namespace Paliers
