#include "storage/storagerows.h"

#include "storage/sqlitestatement.h"

#include <QSqlQuery>

namespace Paliers::StorageRows {

QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

void bindEstablishment(QSqlQuery &q, const Establishment &e)
{
    q.bindValue(QStringLiteral(":uai"), e.uai);
    q.bindValue(QStringLiteral(":head"), text(e.headName.trimmed()));
    q.bindValue(QStringLiteral(":headTitle"), text(e.headTitle.trimmed()));
    q.bindValue(QStringLiteral(":referent"), text(e.referentName.trimmed()));
    bindRegisterFields(q, e);
}

void bindRegisterFields(QSqlQuery &q, const Establishment &e)
{
    q.bindValue(QStringLiteral(":name"), e.name);
    q.bindValue(QStringLiteral(":kind"), establishmentKindKey(e.kind));
    q.bindValue(QStringLiteral(":commune"), text(e.commune.trimmed()));
    q.bindValue(QStringLiteral(":circonscription"), text(e.circonscription.trimmed()));
    q.bindValue(QStringLiteral(":departement"), text(e.departement.trimmed()));
    q.bindValue(QStringLiteral(":academie"), text(e.academie.trimmed()));
    q.bindValue(QStringLiteral(":sector"), text(e.sector.trimmed()));
    q.bindValue(QStringLiteral(":departementCode"), text(e.departementCode.trimmed()));
    q.bindValue(QStringLiteral(":bassin"), text(e.bassin.trimmed()));
    q.bindValue(QStringLiteral(":ep"), text(e.educationPrioritaire.trimmed()));
    q.bindValue(QStringLiteral(":mail"), text(e.mail.trimmed()));
    q.bindValue(QStringLiteral(":registerState"), text(registerStateKey(e.registerState)));
    q.bindValue(QStringLiteral(":registeredAt"),
        e.registeredAt.isValid() ? QVariant(e.registeredAt.toUTC().toString(Qt::ISODateWithMs)) : QVariant());
}

QDateTime toDateTime(const QVariant &value)
{
    return value.isNull() ? QDateTime() : timestampFromText(value.toString());
}

QString SharedTexts::text(const SqliteStatement &q, int column)
{
    const QByteArrayView utf8 = q.utf8(column);
    if (utf8.isNull())
        return QString();
    if (utf8.isEmpty()) // most optional fields: nothing to look up
        return QStringLiteral("");
    if (column >= m_last.size())
        m_last.resize(column + 1);
    Last &last = m_last[column];
    if (QByteArrayView(last.utf8) == utf8)
        return last.text;
    const auto found = m_texts.constFind(QByteArray::fromRawData(utf8.data(), utf8.size()));
    if (found != m_texts.constEnd()) {
        last = {found.key(), found.value()};
        return last.text;
    }
    last = {utf8.toByteArray(), QString::fromUtf8(utf8)};
    m_texts.insert(last.utf8, last.text);
    return last.text;
}

QVariant fromDate(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

void bindActionItem(QSqlQuery &q, const ActionItem &item, qint64 assessmentId)
{
    q.addBindValue(assessmentId);
    bindActionItemFields(q, item);
}

void bindActionItemFields(QSqlQuery &q, const ActionItem &item)
{
    q.addBindValue(text(item.criterionId));
    q.addBindValue(item.title.trimmed());
    q.addBindValue(text(item.owner.trimmed()));
    q.addBindValue(fromDate(item.dueDate));
    q.addBindValue(actionStatusKey(item.status));
    q.addBindValue(funderKey(item.funder));
    q.addBindValue(item.priority);
}

Establishment readEstablishment(const SqliteStatement &q, SharedTexts &shared)
{
    Establishment e;
    e.id = q.int64(0);
    e.uai = q.text(1);
    e.name = q.text(2);
    e.kind = establishmentKindFromKey(shared.text(q, 3)).value_or(EstablishmentKind::Other);
    e.commune = shared.text(q, 4);
    e.circonscription = shared.text(q, 5);
    e.departement = shared.text(q, 6);
    e.academie = shared.text(q, 7);
    e.headName = q.text(8);
    e.referentName = q.text(9);
    e.createdAt = timestampFromText(q.utf8(10));
    e.updatedAt = timestampFromText(q.utf8(11));
    e.headTitle = shared.text(q, 12);
    e.sector = shared.text(q, 13);
    e.departementCode = shared.text(q, 14);
    e.bassin = shared.text(q, 15);
    e.educationPrioritaire = shared.text(q, 16);
    e.mail = q.text(17);
    e.registerState = registerStateFromKey(shared.text(q, 18));
    e.registeredAt = timestampFromText(q.utf8(19));
    return e;
}

Assessment readAssessment(const QSqlQuery &q)
{
    Assessment a;
    a.id = q.value(0).toLongLong();
    a.establishmentId = q.value(1).toLongLong();
    a.referentialId = q.value(2).toString();
    a.referentialVersion = q.value(3).toString();
    a.schoolYear = q.value(4).toString();
    a.author = q.value(5).toString();
    a.authorRole = q.value(6).toString();
    a.status = assessmentStatusFromKey(q.value(7).toString()).value_or(AssessmentStatus::Draft);
    a.createdAt = toDateTime(q.value(8));
    a.updatedAt = toDateTime(q.value(9));
    a.validatedAt = toDateTime(q.value(10));
    a.validatedBy = q.value(11).toString();
    if (!q.value(12).isNull())
        a.previousId = q.value(12).toLongLong();
    return a;
}

ActionItem readActionItem(const QSqlQuery &q)
{
    ActionItem item;
    item.id = q.value(0).toLongLong();
    item.assessmentId = q.value(1).toLongLong();
    item.criterionId = q.value(2).toString();
    item.title = q.value(3).toString();
    item.owner = q.value(4).toString();
    item.dueDate = q.value(5).isNull() ? QDate() : QDate::fromString(q.value(5).toString(), Qt::ISODate);
    item.status = actionStatusFromKey(q.value(6).toString()).value_or(ActionStatus::Todo);
    item.funder = funderFromKey(q.value(7).toString()).value_or(Funder::None);
    item.priority = q.value(8).toInt();
    return item;
}

AnswerStatus statusFromKey(const QString &key)
{
    return answerStatusFromKey(key).value_or(AnswerStatus::Unanswered);
}

QString quotedKinds(const QList<EstablishmentKind> &kinds)
{
    QStringList keys;
    for (const EstablishmentKind kind : kinds)
        keys.append(QLatin1Char('\'') + establishmentKindKey(kind) + QLatin1Char('\'')); // our own keys: [a-z_]
    return keys.join(QLatin1Char(','));
}

QString registerFilterClause(const RegisterFilter &filter, QVariantList &values)
{
    QString sql;
    if (!filter.kinds.isEmpty())
        sql += QStringLiteral(" AND e.kind IN (%1)").arg(quotedKinds(filter.kinds));
    const auto place = [&](const char *column, const QString &value) {
        if (value.isEmpty())
            return;
        sql += QStringLiteral(" AND e.%1 = ? COLLATE NOCASE").arg(QLatin1String(column));
        values.append(value.trimmed());
    };
    place("academie", filter.academie);
    if (!filter.departement.isEmpty()) {
        sql += QLatin1String(" AND (e.departement = ? COLLATE NOCASE OR e.departement_code = ? COLLATE NOCASE)");
        values.append(filter.departement.trimmed());
        values.append(filter.departement.trimmed());
    }
    place("circonscription", filter.circonscription);
    place("bassin", filter.bassin);
    if (filter.sector == RegisterFilter::Sector::Private)
        sql += QLatin1String(" AND e.sector LIKE 'priv%'");
    else if (filter.sector == RegisterFilter::Sector::Public)
        sql += QLatin1String(" AND e.sector NOT LIKE 'priv%'");
    switch (filter.priority) {
    case RegisterFilter::Priority::Any:
        break;
    case RegisterFilter::Priority::Prioritaire:
        sql += QLatin1String(" AND e.education_prioritaire <> ''");
        break;
    case RegisterFilter::Priority::Rep:
        sql += QLatin1String(" AND upper(e.education_prioritaire) = 'REP'");
        break;
    case RegisterFilter::Priority::RepPlus:
        sql += QLatin1String(" AND upper(e.education_prioritaire) = 'REP+'");
        break;
    case RegisterFilter::Priority::Outside:
        sql += QLatin1String(" AND e.education_prioritaire = ''");
        break;
    }
    return sql;
}

} // namespace Paliers::StorageRows
