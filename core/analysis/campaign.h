#pragma once

#include "analysis/consolidation.h"
#include "model/establishment.h"

#include <optional>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Paliers {

// Which establishments of the register a campaign expects, or an import of
// the register takes. Empty fields keep everything; text is compared
// without regard to case, and a département matches by its name or code.
struct RegisterFilter
{
    enum class Priority
    {
        Any,
        Prioritaire, // REP or REP+
        Rep,
        RepPlus,
        Outside, // hors éducation prioritaire
    };
    enum class Sector
    {
        Any,
        Public,
        Private,
    };

    QList<EstablishmentKind> kinds;
    QString academie;
    QString departement;
    QString circonscription;
    QString bassin;
    Sector sector = Sector::Any;
    Priority priority = Priority::Any;

    bool matches(const Establishment &establishment) const;
    bool isEmpty() const;

    // The kinds a key chooses: "ecoles" every kind of école, a kind's key
    // (establishmentKindKey) that kind, "" every kind; nullopt when unknown.
    static std::optional<QList<EstablishmentKind>> kindsOfKey(const QString &key);
    // "public", "prive" (or "privé"), "" any; nullopt when unknown.
    static std::optional<Sector> sectorOfKey(const QString &key);
    // "ep", "rep", "rep+", "hors-ep", "" any; nullopt when unknown.
    static std::optional<Priority> priorityOfKey(const QString &key);
    // In words, for a report or a status line: « Écoles élémentaires, 093, public ».
    QString describe() const;

    QJsonObject toJson() const;
    // Unknown keys and values are ignored: a filter saved by a newer Paliers
    // keeps what this one understands.
    static RegisterFilter fromJson(const QJsonObject &object);
};

// The territories a campaign's progress is counted by.
enum class TerritoryLevel
{
    Circonscription, // premier degré
    Bassin,
    Departement,
    Academie,
};
QString territoryLevelKey(TerritoryLevel level);
std::optional<TerritoryLevel> territoryLevelFromKey(const QString &key);
QString territoryLevelLabel(TerritoryLevel level);

// The yearly campaign: the establishments it expects answer the grid for the
// school year.
struct Campaign
{
    qint64 id = 0; // 0 until stored
    QString name; // « Écoles du 93 », « Collèges publics »
    QString schoolYear; // 2025-2026
    // The grid asked for; empty: the checklist grid that fits each kind
    // (the écoles' grid for an école, the établissements' one otherwise).
    QString referentialId;
    RegisterFilter filter;
    QDateTime createdAt;
    QDateTime updatedAt;
};

// Where an expected establishment stands in a campaign.
enum class CampaignState
{
    NotStarted, // no assessment of the year
    Draft, // an assessment, not validated
    Validated,
};
QString campaignStateLabel(CampaignState state);

// The progress of a campaign in one territory (or all of them: `territory`
// empty in the totals).
struct TerritoryProgress
{
    QString territory;
    int expected = 0;
    int validated = 0;
    int draft = 0;
    int notStarted() const { return expected - validated - draft; }
    // Validated over expected, from 0 to 1; 0 when none is expected.
    double rate() const { return expected == 0 ? 0.0 : static_cast<double>(validated) / expected; }
    // The rate as a report prints it: « 62 % ».
    QString rateText() const;
};

struct CampaignProgress
{
    TerritoryLevel level = TerritoryLevel::Departement;
    QList<TerritoryProgress> territories; // by name; « (sans …) » last
    TerritoryProgress total;
};

// An expected establishment and where it stands.
struct CampaignSchool
{
    qint64 establishmentId = 0;
    QString uai;
    QString name;
    EstablishmentKind kind = EstablishmentKind::Other;
    QString commune;
    QString territory; // at the level asked for
    QString mail;
    QString head;
    CampaignState state = CampaignState::NotStarted;
};

// The campaign's overall rate in one school year.
struct YearProgress
{
    QString schoolYear;
    TerritoryProgress progress;
};

// What a report prints of a campaign.
struct CampaignReport
{
    QString description; // « 2025-2026 · écoles · Seine-Saint-Denis »
    CampaignProgress progress;
    QList<YearProgress> years;
};

// The campaign an overview's selection speaks of: its year, kind,
// circonscription and département; counted by circonscription once a
// département or a circonscription is chosen, else by département.
Campaign campaignOfOverview(const QString &schoolYear, const OverviewFilter &filter);
TerritoryLevel campaignLevelOfOverview(const OverviewFilter &filter);

class CampaignText
{
    Q_DECLARE_TR_FUNCTIONS(CampaignText)

public:
    // A territory as it is shown: its name, or « (sans circonscription) »
    // for the establishments with none at that level.
    static QString territoryName(const QString &territory, TerritoryLevel level);
};

} // namespace Paliers
