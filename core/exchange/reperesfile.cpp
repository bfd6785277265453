#include "exchange/reperesfile.h"

#include "exchange/assessmentexport.h"
#include "model/assessment.h"
#include "model/limits.h"
#include "referential/jsonreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace Paliers {

namespace {

const QString ChecksumKey = QStringLiteral("checksum");
const QString ListKey = QStringLiteral("reperes");

QJsonObject toJson(const Reperes &reperes)
{
    QJsonArray domains;
    for (const DomainReperes &domain : reperes.domains) {
        QJsonArray counts;
        for (const int count : domain.counts)
            counts.append(count);
        domains.append(QJsonObject {{QStringLiteral("domain"), domain.domainId}, {QStringLiteral("counts"), counts},
            {QStringLiteral("median"), domain.median}});
    }
    QJsonArray criteria;
    for (const CriterionShare &share : reperes.criteria) {
        criteria.append(QJsonObject {{QStringLiteral("criterion"), share.criterionId},
            {QStringLiteral("met"), share.met}, {QStringLiteral("applicable"), share.applicable}});
    }
    return QJsonObject {
        {QStringLiteral("referential"), reperes.referentialId},
        {QStringLiteral("schoolYear"), reperes.schoolYear},
        {QStringLiteral("scope"), reperes.scope},
        {QStringLiteral("schools"), reperes.schools},
        {QStringLiteral("domains"), domains},
        {QStringLiteral("criteria"), criteria},
    };
}

class Parser
{
    Q_DECLARE_TR_FUNCTIONS(ReperesFile)

public:
    explicit Parser(JsonReader &json)
        : m_json(json)
    {
    }

    bool read(const QJsonObject &object, const QString &place, Reperes &reperes)
    {
        QJsonArray domains;
        QJsonArray criteria;
        if (!m_json.string(object, QStringLiteral("referential"), place, reperes.referentialId)
            || !m_json.string(object, QStringLiteral("schoolYear"), place, reperes.schoolYear)
            || !m_json.string(object, QStringLiteral("scope"), place, reperes.scope, JsonReader::AllowEmpty)
            || !m_json.integer(object, QStringLiteral("schools"), place, reperes.schools)
            || !m_json.array(object, QStringLiteral("domains"), place, domains)
            || !m_json.array(object, QStringLiteral("criteria"), place, criteria))
            return false;
        if (!SchoolYear::isValid(reperes.schoolYear))
            return m_json.fail(
                JsonReader::join(place, QStringLiteral("schoolYear")), SchoolYear::invalidMessage(reperes.schoolYear));
        if (reperes.referentialId.size() > Limits::MaxFieldLength || reperes.scope.size() > Limits::MaxFieldLength)
            return m_json.fail(place, tr("a text is too long"));
        if (reperes.schools < Reperes::MinSchools || reperes.schools > Limits::MaxEstablishments)
            return m_json.fail(JsonReader::join(place, QStringLiteral("schools")),
                tr("%1 schools: repères count from %2 to %3 schools")
                    .arg(reperes.schools)
                    .arg(Reperes::MinSchools)
                    .arg(Limits::MaxEstablishments));
        QSet<QString> seen;
        for (qsizetype i = 0; i < domains.size(); ++i) {
            const QString here = QStringLiteral("%1.domains[%2]").arg(place).arg(i);
            QJsonObject entry;
            QJsonArray counts;
            DomainReperes domain;
            if (!m_json.element(domains, i, here, entry)
                || !m_json.string(entry, QStringLiteral("domain"), here, domain.domainId)
                || !m_json.array(entry, QStringLiteral("counts"), here, counts)
                || !m_json.number(entry, QStringLiteral("median"), here, domain.median))
                return false;
            if (seen.contains(domain.domainId) || domain.domainId.size() > Limits::MaxFieldLength)
                return m_json.fail(JsonReader::join(here, QStringLiteral("domain")),
                    tr("the domain \"%1\" is given twice").arg(domain.domainId.left(40)));
            seen.insert(domain.domainId);
            if (counts.isEmpty() || counts.size() > Limits::MaxLevels + 1)
                return m_json.fail(JsonReader::join(here, QStringLiteral("counts")),
                    tr("one count per palier is expected, from palier 0"));
            qint64 total = 0;
            for (const auto &value : counts) {
                const double number = value.toDouble(-1);
                if (!value.isDouble() || number < 0 || number != static_cast<int>(number))
                    return m_json.fail(
                        JsonReader::join(here, QStringLiteral("counts")), tr("a count is a whole number from 0"));
                domain.counts.append(static_cast<int>(number));
                total += static_cast<int>(number);
            }
            if (total > reperes.schools)
                return m_json.fail(JsonReader::join(here, QStringLiteral("counts")),
                    tr("the counts add up to %1, more than the %2 schools").arg(total).arg(reperes.schools));
            if (Reperes::median(domain.counts) != domain.median)
                return m_json.fail(JsonReader::join(here, QStringLiteral("median")),
                    tr("the median is not that of the counts (%1)").arg(Reperes::median(domain.counts)));
            reperes.domains.append(domain);
        }
        seen.clear();
        for (qsizetype i = 0; i < criteria.size(); ++i) {
            const QString here = QStringLiteral("%1.criteria[%2]").arg(place).arg(i);
            QJsonObject entry;
            CriterionShare share;
            if (!m_json.element(criteria, i, here, entry)
                || !m_json.string(entry, QStringLiteral("criterion"), here, share.criterionId)
                || !m_json.integer(entry, QStringLiteral("met"), here, share.met)
                || !m_json.integer(entry, QStringLiteral("applicable"), here, share.applicable))
                return false;
            if (seen.contains(share.criterionId) || share.criterionId.size() > Limits::MaxFieldLength)
                return m_json.fail(JsonReader::join(here, QStringLiteral("criterion")),
                    tr("the criterion \"%1\" is given twice").arg(share.criterionId.left(40)));
            seen.insert(share.criterionId);
            if (share.met < 0 || share.met > share.applicable || share.applicable > reperes.schools)
                return m_json.fail(here,
                    tr("%1 met out of %2 applicable, for %3 schools: the counts do not hold together")
                        .arg(share.met)
                        .arg(share.applicable)
                        .arg(reperes.schools));
            reperes.criteria.append(share);
        }
        return true;
    }

private:
    JsonReader &m_json;
};

} // namespace

QString ReperesFile::formatName()
{
    return QStringLiteral("paliers-reperes");
}

QByteArray ReperesFile::write(const Contents &contents)
{
    QJsonArray list;
    for (const Reperes &reperes : contents.reperes)
        list.append(toJson(reperes));
    QJsonObject document {
        {QStringLiteral("format"), formatName()},
        {QStringLiteral("formatVersion"), FormatVersion},
        {QStringLiteral("writtenAt"), contents.writtenAt.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("issuer"), contents.issuer},
        {ListKey, list},
    };
    document.insert(ChecksumKey,
        QJsonObject {{QStringLiteral("algorithm"), QStringLiteral("SHA-256")},
            {QStringLiteral("value"), AssessmentExport::checksum(document)}});
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

Result<ReperesFile::Contents> ReperesFile::read(const QByteArray &data, const QString &fileName)
{
    if (data.size() > MaxFileSize)
        return Error {tr("%1: the file is too large for repères (at most %2 MB).")
                          .arg(fileName)
                          .arg(MaxFileSize / (1024 * 1024))};
    JsonReader json(fileName);
    QJsonObject root;
    if (!json.parseObject(data, root))
        return json.error();
    QString format;
    if (!json.string(root, QStringLiteral("format"), QString(), format) || format != formatName())
        return Error {tr("%1: this is not a file of repères written by Paliers.").arg(fileName)};
    int version = 0;
    if (!json.integer(root, QStringLiteral("formatVersion"), QString(), version))
        return json.error();
    if (version > FormatVersion)
        return Error {tr("%1: these repères were written by a newer Paliers (format version %2). Update Paliers "
                         "to read them.")
                          .arg(fileName)
                          .arg(version)};
    if (version < 1)
        return Error {tr("%1: unknown format version %2.").arg(fileName).arg(version)};

    QJsonObject checksumObject;
    QString algorithm;
    QString value;
    if (!json.object(root, ChecksumKey, QString(), checksumObject)
        || !json.string(checksumObject, QStringLiteral("algorithm"), ChecksumKey, algorithm)
        || !json.string(checksumObject, QStringLiteral("value"), ChecksumKey, value))
        return json.error();
    if (algorithm != QLatin1String("SHA-256") || AssessmentExport::checksumOfText(data, root) != value.toLower())
        return Error {tr("%1: the file was changed after it was written (its SHA-256 checksum does not match). "
                         "Ask the DANE for the file again.")
                          .arg(fileName)};

    Contents contents;
    QString writtenAt;
    QJsonArray list;
    if (!json.string(root, QStringLiteral("writtenAt"), QString(), writtenAt)
        || !json.string(root, QStringLiteral("issuer"), QString(), contents.issuer, JsonReader::AllowEmpty)
        || !json.array(root, ListKey, QString(), list))
        return json.error();
    contents.writtenAt = QDateTime::fromString(writtenAt, Qt::ISODate);
    if (!contents.writtenAt.isValid()) {
        json.fail(QStringLiteral("writtenAt"), tr("\"%1\" is not a date and time").arg(writtenAt.left(40)));
        return json.error();
    }
    if (contents.issuer.size() > Limits::MaxFieldLength) {
        json.fail(QStringLiteral("issuer"), tr("a text is too long"));
        return json.error();
    }
    if (list.isEmpty()) {
        json.fail(ListKey, tr("the file holds no repères"));
        return json.error();
    }
    Parser parser(json);
    QSet<QString> seen;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString place = QStringLiteral("reperes[%1]").arg(i);
        QJsonObject object;
        Reperes reperes;
        if (!json.element(list, i, place, object) || !parser.read(object, place, reperes))
            return json.error();
        const QString key = reperes.referentialId + QLatin1Char('/') + reperes.schoolYear;
        if (seen.contains(key)) {
            json.fail(place,
                tr("the grid \"%1\" and the year %2 are given twice")
                    .arg(reperes.referentialId.left(40), reperes.schoolYear));
            return json.error();
        }
        seen.insert(key);
        contents.reperes.append(reperes);
    }
    return contents;
}

} // namespace Paliers
