#include "storage/storage.h"
#include "storage/storagerows.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Paliers {

using namespace StorageRows;

// Campaigns

namespace {

QString territoryColumn(TerritoryLevel level)
{
    switch (level) {
    case TerritoryLevel::Circonscription:
        return QStringLiteral("e.circonscription");
    case TerritoryLevel::Bassin:
        return QStringLiteral("e.bassin");
    case TerritoryLevel::Departement:
        return QStringLiteral("e.departement");
    case TerritoryLevel::Academie:
        return QStringLiteral("e.academie");
    }
    return QStringLiteral("e.departement");
}

QString placeholders(qsizetype count)
{
    QStringList marks(count, QStringLiteral("?"));
    return marks.join(QLatin1Char(','));
}

Campaign readCampaign(const QSqlQuery &q)
{
    Campaign c;
    c.id = q.value(0).toLongLong();
    c.name = q.value(1).toString();
    c.schoolYear = q.value(2).toString();
    c.referentialId = q.value(3).toString();
    c.filter = RegisterFilter::fromJson(QJsonDocument::fromJson(q.value(4).toByteArray()).object());
    c.createdAt = toDateTime(q.value(5));
    c.updatedAt = toDateTime(q.value(6));
    return c;
}

CampaignState stateOf(const QVariant &value)
{
    if (value.isNull())
        return CampaignState::NotStarted;
    return value.toInt() == 2 ? CampaignState::Validated : CampaignState::Draft;
}

} // namespace

QString Storage::campaignSource(const Campaign &campaign, TerritoryLevel level, QVariantList &values) const
{
    // Whether the establishment has an assessment of the year with the grid.
    QString sql = QStringLiteral("SELECT %1 AS territory,"
                                 " (SELECT max(CASE WHEN a.status = '%2' THEN 2 ELSE 1 END) FROM assessment a"
                                 " WHERE a.establishment_id = e.id AND a.school_year = ?")
                      .arg(territoryColumn(level), assessmentStatusKey(AssessmentStatus::Validated));
    values.append(campaign.schoolYear);
    if (!campaign.referentialId.isEmpty()) {
        sql += QLatin1String(" AND a.referential_id = ?");
        values.append(campaign.referentialId);
    } else {
        // The checklist that fits each kind: the écoles' grid for an école.
        QStringList ecoles;
        QStringList others;
        for (const Referential *referential : m_catalog.referentials()) {
            if (referential->kind() != ReferentialKind::Checklist)
                continue;
            (referential->audience() == Audience::Ecole ? ecoles : others).append(referential->id());
        }
        sql += QStringLiteral(" AND CASE WHEN e.kind IN (%1) THEN a.referential_id IN (%2)"
                              " ELSE a.referential_id IN (%3) END")
                   .arg(quotedKinds(firstDegreeKinds()), placeholders(ecoles.size()), placeholders(others.size()));
        for (const QString &id : std::as_const(ecoles))
            values.append(id);
        for (const QString &id : std::as_const(others))
            values.append(id);
    }
    sql += QLatin1String(") AS state, e.id, e.uai, e.name, e.kind, e.commune, e.mail, e.head_name"
                         " FROM establishment e WHERE e.register_state <> 'closed'");

    sql += registerFilterClause(campaign.filter, values);
    return sql;
}

Result<qint64> Storage::saveCampaign(const Campaign &campaign)
{
    if (Status writable = checkWritable(); !writable)
        return Error {writable.error()};
    const QString name = campaign.name.trimmed();
    if (name.isEmpty())
        return Error {tr("A campaign needs a name.")};
    if (name.size() > MaxFieldLength)
        return Error {tr("The name of the campaign is too long (at most %1 characters).").arg(MaxFieldLength)};
    if (!SchoolYear::isValid(campaign.schoolYear))
        return Error {SchoolYear::invalidMessage(campaign.schoolYear)};
    if (!campaign.referentialId.isEmpty() && !m_catalog.latest(campaign.referentialId))
        return Error {tr("The grid \"%1\" is not known to this Paliers.").arg(campaign.referentialId)};

    QSqlQuery same(m_database.connection());
    same.prepare(QStringLiteral("SELECT id FROM campaign WHERE school_year = ? AND name = ? AND id <> ?"));
    same.addBindValue(campaign.schoolYear);
    same.addBindValue(name);
    same.addBindValue(campaign.id);
    if (auto error = failure(same))
        return *error;
    if (same.next())
        return Error {tr("A campaign \"%1\" already exists for %2.").arg(name, campaign.schoolYear)};

    const QString now = timestamp();
    const QString filter = QString::fromUtf8(QJsonDocument(campaign.filter.toJson()).toJson(QJsonDocument::Compact));
    QSqlQuery q(m_database.connection());
    if (campaign.id == 0) {
        q.prepare(QStringLiteral("INSERT INTO campaign (name, school_year, referential_id, filter, created_at,"
                                 " updated_at) VALUES (?, ?, ?, ?, ?, ?)"));
    } else {
        q.prepare(QStringLiteral("UPDATE campaign SET name = ?, school_year = ?, referential_id = ?, filter = ?,"
                                 " updated_at = ? WHERE id = ?"));
    }
    q.addBindValue(name);
    q.addBindValue(campaign.schoolYear);
    q.addBindValue(text(campaign.referentialId));
    q.addBindValue(filter);
    q.addBindValue(now);
    if (campaign.id == 0)
        q.addBindValue(now);
    else
        q.addBindValue(campaign.id);
    if (auto error = failure(q))
        return *error;
    if (campaign.id == 0)
        return q.lastInsertId().toLongLong();
    if (q.numRowsAffected() != 1)
        return Error {tr("No campaign has the number %1.").arg(campaign.id)};
    return campaign.id;
}

Status Storage::removeCampaign(qint64 id)
{
    if (Status writable = checkWritable(); !writable)
        return writable;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("DELETE FROM campaign WHERE id = ?"));
    q.addBindValue(id);
    if (auto error = failure(q))
        return *error;
    if (q.numRowsAffected() != 1)
        return Error {tr("No campaign has the number %1.").arg(id)};
    return Done {};
}

Result<QList<Campaign>> Storage::campaigns() const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (auto error = failure(q,
            QStringLiteral("SELECT id, name, school_year, referential_id, filter, created_at, updated_at FROM campaign"
                           " ORDER BY school_year DESC, name COLLATE NOCASE")))
        return *error;
    QList<Campaign> list;
    while (q.next())
        list.append(readCampaign(q));
    return list;
}

Result<CampaignProgress> Storage::campaignProgress(const Campaign &campaign, TerritoryLevel level) const
{
    QVariantList values;
    const QString source = campaignSource(campaign, level, values);
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT territory, count(*), total(state = 2), total(state = 1) FROM (%1)"
                             " GROUP BY territory COLLATE NOCASE ORDER BY territory = '', territory COLLATE NOCASE")
                  .arg(source));
    for (const QVariant &value : std::as_const(values))
        q.addBindValue(value);
    if (auto error = failure(q))
        return *error;
    CampaignProgress progress;
    progress.level = level;
    while (q.next()) {
        TerritoryProgress territory;
        territory.territory = q.value(0).toString();
        territory.expected = q.value(1).toInt();
        territory.validated = q.value(2).toInt();
        territory.draft = q.value(3).toInt();
        progress.total.expected += territory.expected;
        progress.total.validated += territory.validated;
        progress.total.draft += territory.draft;
        progress.territories.append(territory);
    }
    return progress;
}

Result<QList<CampaignSchool>> Storage::campaignSchools(const Campaign &campaign, TerritoryLevel level,
    const std::optional<QString> &territory, const QList<CampaignState> &states) const
{
    QVariantList values;
    QString sql = QStringLiteral("SELECT * FROM (%1) WHERE 1").arg(campaignSource(campaign, level, values));
    if (territory) {
        sql += QLatin1String(" AND territory = ? COLLATE NOCASE");
        values.append(text(*territory));
    }
    if (!states.isEmpty()) {
        QStringList conditions;
        for (const CampaignState state : states) {
            switch (state) {
            case CampaignState::NotStarted:
                conditions.append(QStringLiteral("state IS NULL"));
                break;
            case CampaignState::Draft:
                conditions.append(QStringLiteral("state = 1"));
                break;
            case CampaignState::Validated:
                conditions.append(QStringLiteral("state = 2"));
                break;
            }
        }
        sql += QStringLiteral(" AND (%1)").arg(conditions.join(QStringLiteral(" OR ")));
    }
    sql += QLatin1String(" ORDER BY territory = '', territory COLLATE NOCASE, name COLLATE NOCASE, uai");
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &value : std::as_const(values))
        q.addBindValue(value);
    if (auto error = failure(q))
        return *error;
    QList<CampaignSchool> schools;
    while (q.next()) {
        CampaignSchool school;
        school.territory = q.value(0).toString();
        school.state = stateOf(q.value(1));
        school.establishmentId = q.value(2).toLongLong();
        school.uai = q.value(3).toString();
        school.name = q.value(4).toString();
        school.kind = establishmentKindFromKey(q.value(5).toString()).value_or(EstablishmentKind::Other);
        school.commune = q.value(6).toString();
        school.mail = q.value(7).toString();
        school.head = q.value(8).toString();
        schools.append(school);
    }
    return schools;
}

Result<QList<YearProgress>> Storage::campaignYears(const Campaign &campaign) const
{
    Result<QStringList> years = schoolYears();
    if (!years)
        return Error {years.error()};
    QStringList all = years.value();
    if (!all.contains(campaign.schoolYear))
        all.append(campaign.schoolYear);
    std::sort(all.begin(), all.end());
    QList<YearProgress> list;
    for (const QString &year : std::as_const(all)) {
        Campaign thatYear = campaign;
        thatYear.schoolYear = year;
        QVariantList values;
        QSqlQuery q(m_database.connection());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT count(*), total(state = 2), total(state = 1) FROM (%1)")
                      .arg(campaignSource(thatYear, TerritoryLevel::Academie, values)));
        for (const QVariant &value : std::as_const(values))
            q.addBindValue(value);
        if (auto error = failure(q))
            return *error;
        q.next(); // one row, always
        YearProgress progress;
        progress.schoolYear = year;
        progress.progress.expected = q.value(0).toInt();
        progress.progress.validated = q.value(1).toInt();
        progress.progress.draft = q.value(2).toInt();
        list.append(progress);
    }
    return list;
}

Result<CampaignReport> Storage::campaignReport(const Campaign &campaign, TerritoryLevel level) const
{
    CampaignReport report;
    Result<CampaignProgress> progress = campaignProgress(campaign, level);
    if (!progress)
        return Error {progress.error()};
    Result<QList<YearProgress>> years = campaignYears(campaign);
    if (!years)
        return Error {years.error()};
    report.description = QStringLiteral("%1 · %2").arg(campaign.schoolYear, campaign.filter.describe());
    report.progress = std::move(progress).value();
    report.years = std::move(years).value();
    return report;
}

Result<QStringList> Storage::territories(TerritoryLevel level) const
{
    const QString column = territoryColumn(level);
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (auto error = failure(q,
            QStringLiteral("SELECT DISTINCT %1 FROM establishment e WHERE %1 <> '' ORDER BY %1 COLLATE NOCASE")
                .arg(column)))
        return *error;
    QStringList names;
    while (q.next())
        names.append(q.value(0).toString());
    return names;
}

} // namespace Paliers
