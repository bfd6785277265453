#include "exchange/assessmentexport.h"

#include "analysis/targets.h"
#include "exchange/compactjson.h"
#include "exchange/evaluationjson.h"
#include "model/limits.h"
#include "model/timestamp.h"
#include "model/uai.h"
#include "referential/jsonreader.h"
#include "referential/referentialloader.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QUuid>

namespace Paliers {

namespace {

const QString Content = QStringLiteral("content");
const QString ChecksumKey = QStringLiteral("checksum");
const QString ReferentialFileKey = QStringLiteral("referentialFile");

// The referential an export carries, when the receiver may lack it:
// "referentialFile": { "encoding": "base64", "data": "…" }, its SHA-256 the
// one named in content.assessment.referential.sha256. Checked and loaded
// before the content is read; null when the file carries none.
Result<std::shared_ptr<const Referential>> embeddedReferential(const QJsonObject &root, const QString &fileName)
{
    if (!root.contains(ReferentialFileKey))
        return std::shared_ptr<const Referential>();
    JsonReader json(fileName);
    QJsonObject file;
    QString encoding;
    QString data;
    if (!json.object(root, ReferentialFileKey, QString(), file)
        || !json.string(file, QStringLiteral("encoding"), ReferentialFileKey, encoding)
        || !json.string(file, QStringLiteral("data"), ReferentialFileKey, data))
        return json.error();
    if (encoding != QLatin1String("base64"))
        return Error {
            AssessmentExport::tr("%1: unknown encoding \"%2\" of the embedded grid.").arg(fileName, encoding)};
    const QByteArray::FromBase64Result decoded = QByteArray::fromBase64Encoding(data.toLatin1());
    if (!decoded)
        return Error {AssessmentExport::tr("%1: the embedded grid is not valid base64.").arg(fileName)};
    const QJsonObject named = root.value(Content)
                                  .toObject()
                                  .value(QStringLiteral("assessment"))
                                  .toObject()
                                  .value(QStringLiteral("referential"))
                                  .toObject();
    const QString sha256 = named.value(QStringLiteral("sha256")).toString().toLower();
    const QString actual = QString::fromLatin1(QCryptographicHash::hash(*decoded, QCryptographicHash::Sha256).toHex());
    if (sha256 != actual)
        return Error {AssessmentExport::tr("%1: the grid embedded in the file does not match the checksum the "
                                           "assessment names (SHA-256 %2, the grid's is %3): the file was altered. "
                                           "Ask for a new export.")
                          .arg(fileName, sha256.isEmpty() ? AssessmentExport::tr("missing") : sha256, actual)};
    Result<Referential> loaded
        = ReferentialLoader::loadData(*decoded, AssessmentExport::tr("%1 (the grid it carries)").arg(fileName));
    if (!loaded)
        return Error {loaded.error()};
    if (loaded->id() != named.value(QStringLiteral("id")).toString()
        || loaded->version() != named.value(QStringLiteral("version")).toString())
        return Error {AssessmentExport::tr("%1: the embedded grid is version %2 of \"%3\", not the grid the "
                                           "assessment names.")
                          .arg(fileName, loaded->version(), loaded->id())};
    return std::make_shared<const Referential>(std::move(loaded).value());
}

QJsonValue fromDateTime(const QDateTime &dateTime)
{
    return dateTime.isValid() ? QJsonValue(timestampText(dateTime)) : QJsonValue();
}

QJsonValue fromDate(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

} // namespace

QJsonObject establishmentToJson(const Establishment &e)
{
    return QJsonObject {
        {QStringLiteral("uai"), e.uai},
        {QStringLiteral("name"), e.name},
        {QStringLiteral("kind"), establishmentKindKey(e.kind)},
        {QStringLiteral("commune"), e.commune},
        {QStringLiteral("circonscription"), e.circonscription},
        {QStringLiteral("departement"), e.departement},
        {QStringLiteral("academie"), e.academie},
        {QStringLiteral("headName"), e.headName},
        {QStringLiteral("headTitle"), e.headTitle},
        {QStringLiteral("referentName"), e.referentName},
    };
}

namespace {

QJsonObject assessmentToJson(const Assessment &a, const Referential &referential)
{
    return QJsonObject {
        {QStringLiteral("schoolYear"), a.schoolYear},
        {QStringLiteral("status"), assessmentStatusKey(a.status)},
        {QStringLiteral("author"), a.author},
        {QStringLiteral("authorRole"), a.authorRole},
        {QStringLiteral("createdAt"), fromDateTime(a.createdAt)},
        {QStringLiteral("updatedAt"), fromDateTime(a.updatedAt)},
        {QStringLiteral("validatedAt"), fromDateTime(a.validatedAt)},
        {QStringLiteral("validatedBy"), a.validatedBy},
        {QStringLiteral("referential"),
            QJsonObject {
                {QStringLiteral("id"), referential.id()},
                {QStringLiteral("version"), referential.version()},
                {QStringLiteral("title"), referential.title()},
                {QStringLiteral("sha256"), referential.sha256()},
            }},
    };
}

QString versionList(const ReferentialCatalog &catalog, const QString &id)
{
    QStringList list;
    for (const Referential *referential : catalog.versions(id))
        list.append(referential->version());
    return list.join(QStringLiteral(", "));
}

// Reads the content of an export back, checking each field against the
// catalogue's referential. Every problem names its place in the file.
class ContentReader
{
    Q_DECLARE_TR_FUNCTIONS(AssessmentExport)

public:
    ContentReader(JsonReader &json, const ReferentialCatalog &catalog)
        : m_json(json)
        , m_catalog(catalog)
    {
    }

    bool read(const QJsonObject &content, AssessmentRecord &report)
    {
        QJsonObject establishment;
        QJsonObject assessment;
        QJsonArray answers;
        QJsonArray actions;
        QJsonArray events;
        QJsonObject evaluation;
        const QString place = Content;
        return m_json.object(content, QStringLiteral("establishment"), place, establishment)
            && readEstablishment(establishment, report.establishment)
            && m_json.object(content, QStringLiteral("assessment"), place, assessment)
            && readAssessment(assessment, report) && m_json.array(content, QStringLiteral("answers"), place, answers)
            && readAnswers(answers, report) && m_json.array(content, QStringLiteral("actionItems"), place, actions)
            && readActionItems(actions, report) && m_json.array(content, QStringLiteral("events"), place, events)
            && readEvents(events, report) && readTargets(content, report)
            && m_json.object(content, QStringLiteral("evaluation"), place, evaluation)
            && checkEvaluation(evaluation, report);
    }

private:
    static QString at(const QString &place, qsizetype index)
    {
        return place + u'[' + QString::number(index) + u']'; // once per answer: not QString::arg's parsing
    }

    bool optionalString(
        const QJsonObject &object, const QString &key, const QString &place, QString &out, qsizetype maxLength)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull()) {
            out.clear();
            return true;
        }
        if (!value.isString())
            return m_json.fail(JsonReader::join(place, key), tr("a text is expected"));
        out = value.toString();
        if (out.size() > maxLength)
            return m_json.fail(JsonReader::join(place, key),
                tr("the text is too long (%1 characters; at most %2)").arg(out.size()).arg(maxLength));
        return true;
    }

    bool dateTime(const QJsonObject &object, const QString &key, const QString &place, QDateTime &out, bool required)
    {
        const QJsonValue value = object.value(key);
        if (!required && (value.isUndefined() || value.isNull())) {
            out = QDateTime();
            return true;
        }
        QString text;
        if (!m_json.string(object, key, place, text))
            return false;
        out = timestampFromText(text);
        if (!out.isValid())
            return m_json.fail(JsonReader::join(place, key),
                tr("\"%1\" is not a date and time such as 2025-09-01T08:00:00.000Z").arg(text));
        out = out.toUTC();
        return true;
    }

    bool readEstablishment(const QJsonObject &object, Establishment &e)
    {
        const QString place = JsonReader::join(Content, QStringLiteral("establishment"));
        QString uai;
        QString kind;
        if (!m_json.string(object, QStringLiteral("uai"), place, uai)
            || !m_json.string(object, QStringLiteral("name"), place, e.name)
            || !m_json.string(object, QStringLiteral("kind"), place, kind))
            return false;
        Result<QString> normalized = Uai::normalize(uai);
        if (!normalized)
            return m_json.fail(JsonReader::join(place, QStringLiteral("uai")), normalized.error());
        e.uai = normalized.value();
        const std::optional<EstablishmentKind> parsedKind = establishmentKindFromKey(kind);
        if (!parsedKind)
            return m_json.fail(
                JsonReader::join(place, QStringLiteral("kind")), tr("unknown kind of establishment \"%1\"").arg(kind));
        e.kind = *parsedKind;
        if (e.name.size() > MaxFieldLength)
            return m_json.fail(JsonReader::join(place, QStringLiteral("name")), tr("the name is too long"));
        return optionalString(object, QStringLiteral("commune"), place, e.commune, MaxFieldLength)
            && optionalString(object, QStringLiteral("circonscription"), place, e.circonscription, MaxFieldLength)
            && optionalString(object, QStringLiteral("departement"), place, e.departement, MaxFieldLength)
            && optionalString(object, QStringLiteral("academie"), place, e.academie, MaxFieldLength)
            && optionalString(object, QStringLiteral("headName"), place, e.headName, MaxFieldLength)
            && optionalString(object, QStringLiteral("headTitle"), place, e.headTitle, MaxFieldLength)
            && optionalString(object, QStringLiteral("referentName"), place, e.referentName, MaxFieldLength);
    }

    bool readAssessment(const QJsonObject &object, AssessmentRecord &report)
    {
        const QString place = JsonReader::join(Content, QStringLiteral("assessment"));
        Assessment &a = report.assessment;
        QString status;
        QJsonObject referential;
        if (!m_json.string(object, QStringLiteral("schoolYear"), place, a.schoolYear))
            return false;
        if (!SchoolYear::isValid(a.schoolYear))
            return m_json.fail(
                JsonReader::join(place, QStringLiteral("schoolYear")), SchoolYear::invalidMessage(a.schoolYear));
        if (!m_json.string(object, QStringLiteral("status"), place, status))
            return false;
        const std::optional<AssessmentStatus> parsedStatus = assessmentStatusFromKey(status);
        if (!parsedStatus)
            return m_json.fail(
                JsonReader::join(place, QStringLiteral("status")), tr("unknown status \"%1\"").arg(status));
        a.status = *parsedStatus;
        if (!optionalString(object, QStringLiteral("author"), place, a.author, MaxFieldLength)
            || !optionalString(object, QStringLiteral("authorRole"), place, a.authorRole, MaxFieldLength)
            || !optionalString(object, QStringLiteral("validatedBy"), place, a.validatedBy, MaxFieldLength)
            || !dateTime(object, QStringLiteral("createdAt"), place, a.createdAt, true)
            || !dateTime(object, QStringLiteral("updatedAt"), place, a.updatedAt, true)
            || !dateTime(object, QStringLiteral("validatedAt"), place, a.validatedAt, false))
            return false;
        if (a.status == AssessmentStatus::Validated && !a.validatedAt.isValid())
            return m_json.fail(JsonReader::join(place, QStringLiteral("validatedAt")),
                tr("a validated assessment needs its validation date"));

        const QString referentialPlace = JsonReader::join(place, QStringLiteral("referential"));
        QString id;
        QString version;
        if (!m_json.object(object, QStringLiteral("referential"), place, referential)
            || !m_json.string(referential, QStringLiteral("id"), referentialPlace, id)
            || !m_json.string(referential, QStringLiteral("version"), referentialPlace, version))
            return false;
        report.referential = m_catalog.find(id, version);
        if (!report.referential && !m_catalog.latest(id))
            return m_json.fail(referentialPlace,
                tr("this Paliers does not know the grid \"%1\" and the file does not carry it; add the grid "
                   "(File → Add a grid…) or ask for an export that carries it")
                    .arg(id));
        if (!report.referential)
            return m_json.fail(referentialPlace,
                tr("the file follows version %1 of \"%2\", which this Paliers lacks (it has %3) and the file "
                   "does not carry; add that version (File → Add a grid…)")
                    .arg(version, id, versionList(m_catalog, id)));
        a.referentialId = id;
        a.referentialVersion = version;
        return true;
    }

    bool readAnswers(const QJsonArray &array, AssessmentRecord &report)
    {
        const QString place = JsonReader::join(Content, QStringLiteral("answers"));
        QSet<QString> seen;
        seen.reserve(array.size());
        report.answers.reserve(array.size());
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString here = at(place, i);
            QJsonObject object;
            Answer answer;
            QString status;
            if (!m_json.element(array, i, here, object)
                || !m_json.string(object, QStringLiteral("criterion"), here, answer.criterionId)
                || !m_json.string(object, QStringLiteral("status"), here, status))
                return false;
            if (!report.referential->criterion(answer.criterionId))
                return m_json.fail(JsonReader::join(here, QStringLiteral("criterion")),
                    tr("the referential \"%1\" has no criterion \"%2\"")
                        .arg(report.referential->id(), answer.criterionId));
            if (seen.contains(answer.criterionId))
                return m_json.fail(JsonReader::join(here, QStringLiteral("criterion")),
                    tr("the criterion \"%1\" is answered twice").arg(answer.criterionId));
            seen.insert(answer.criterionId);
            const std::optional<AnswerStatus> parsed = answerStatusFromKey(status);
            if (!parsed)
                return m_json.fail(JsonReader::join(here, QStringLiteral("status")),
                    tr("unknown status \"%1\" (expected %2)").arg(status, answerStatusKeyList()));
            answer.status = *parsed;
            if (!optionalString(object, QStringLiteral("comment"), here, answer.comment, Limits::MaxTextLength)
                || !optionalString(object, QStringLiteral("evidence"), here, answer.evidence, Limits::MaxTextLength)
                || !optionalString(object, QStringLiteral("changedBy"), here, answer.changedBy, MaxFieldLength)
                || !dateTime(object, QStringLiteral("changedAt"), here, answer.changedAt, true))
                return false;
            report.answers.append(answer);
        }
        report.indexAnswers();
        return true;
    }

    bool readActionItems(const QJsonArray &array, AssessmentRecord &report)
    {
        const QString place = JsonReader::join(Content, QStringLiteral("actionItems"));
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString here = at(place, i);
            QJsonObject object;
            ActionItem item;
            QString status;
            QString funder;
            QString due;
            if (!m_json.element(array, i, here, object)
                || !m_json.string(object, QStringLiteral("title"), here, item.title)
                || !m_json.string(object, QStringLiteral("status"), here, status)
                || !m_json.integer(object, QStringLiteral("priority"), here, item.priority)
                || !optionalString(object, QStringLiteral("criterion"), here, item.criterionId, MaxFieldLength)
                || !optionalString(object, QStringLiteral("owner"), here, item.owner, MaxFieldLength)
                || !optionalString(object, QStringLiteral("funder"), here, funder, MaxFieldLength)
                || !optionalString(object, QStringLiteral("dueDate"), here, due, MaxFieldLength))
                return false;
            if (item.title.size() > MaxFieldLength)
                return m_json.fail(JsonReader::join(here, QStringLiteral("title")), tr("the title is too long"));
            if (!item.criterionId.isEmpty() && !report.referential->criterion(item.criterionId))
                return m_json.fail(JsonReader::join(here, QStringLiteral("criterion")),
                    tr("the referential \"%1\" has no criterion \"%2\"")
                        .arg(report.referential->id(), item.criterionId));
            const std::optional<ActionStatus> parsedStatus = actionStatusFromKey(status);
            if (!parsedStatus)
                return m_json.fail(
                    JsonReader::join(here, QStringLiteral("status")), tr("unknown status \"%1\"").arg(status));
            item.status = *parsedStatus;
            const std::optional<Funder> parsedFunder = funderFromKey(funder);
            if (!parsedFunder)
                return m_json.fail(
                    JsonReader::join(here, QStringLiteral("funder")), tr("unknown funder \"%1\"").arg(funder));
            item.funder = *parsedFunder;
            if (!due.isEmpty()) {
                item.dueDate = QDate::fromString(due, Qt::ISODate);
                if (!item.dueDate.isValid())
                    return m_json.fail(JsonReader::join(here, QStringLiteral("dueDate")),
                        tr("\"%1\" is not a date such as 2026-03-31").arg(due));
            }
            report.actionItems.append(item);
        }
        return true;
    }

    bool readEvents(const QJsonArray &array, AssessmentRecord &report)
    {
        const QString place = JsonReader::join(Content, QStringLiteral("events"));
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString here = at(place, i);
            QJsonObject object;
            AssessmentEvent event;
            QString kind;
            if (!m_json.element(array, i, here, object) || !m_json.string(object, QStringLiteral("kind"), here, kind)
                || !dateTime(object, QStringLiteral("at"), here, event.at, true)
                || !optionalString(object, QStringLiteral("actor"), here, event.actor, MaxFieldLength)
                || !optionalString(object, QStringLiteral("note"), here, event.note, Limits::MaxTextLength))
                return false;
            const std::optional<AssessmentEvent::Kind> parsed = eventKindFromKey(kind);
            if (!parsed)
                return m_json.fail(
                    JsonReader::join(here, QStringLiteral("kind")), tr("unknown event \"%1\"").arg(kind));
            event.kind = *parsed;
            report.events.append(event);
        }
        return true;
    }

    // Optional: exports written before targets existed have none.
    bool readTargets(const QJsonObject &content, AssessmentRecord &report)
    {
        const QString place = JsonReader::join(Content, QStringLiteral("targets"));
        const QJsonValue value = content.value(QStringLiteral("targets"));
        if (value.isUndefined())
            return true;
        if (!value.isArray())
            return m_json.fail(place, tr("a list is expected"));
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString here = at(place, i);
            QJsonObject object;
            DomainTarget target;
            if (!m_json.element(array, i, here, object)
                || !m_json.string(object, QStringLiteral("domain"), here, target.domainId)
                || !m_json.integer(object, QStringLiteral("palier"), here, target.palier)
                || !m_json.string(object, QStringLiteral("schoolYear"), here, target.schoolYear))
                return false;
            report.targets.append(target);
        }
        if (Status valid = Targets::check(*report.referential, report.targets); !valid)
            return m_json.fail(place, valid.error());
        return true;
    }

    // The paliers written in the file must be those its answers give under
    // the referential: a file whose checksum was recomputed after editing
    // the answers by hand is caught here.
    bool checkEvaluation(const QJsonObject &written, AssessmentRecord &report)
    {
        Result<Evaluation> evaluation = PalierEngine::evaluate(*report.referential, report.answerMap());
        if (!evaluation)
            return m_json.fail(JsonReader::join(Content, QStringLiteral("answers")), evaluation.error());
        report.evaluation = evaluation.value();
        if (!evaluationMatchesJson(*report.referential, report.evaluation, written))
            return m_json.fail(JsonReader::join(Content, QStringLiteral("evaluation")),
                tr("the paliers written in the file are not those its answers give"));
        return true;
    }

    static constexpr qsizetype MaxFieldLength = Limits::MaxFieldLength;

    JsonReader &m_json;
    const ReferentialCatalog &m_catalog;
};

} // namespace

ExportStamp ExportStamp::now()
{
    return {QUuid::createUuid().toString(QUuid::WithoutBraces), QDateTime::currentDateTimeUtc(),
        QCoreApplication::applicationVersion()};
}

QString AssessmentExport::formatName()
{
    return QStringLiteral("paliers-assessment-export");
}

QJsonObject AssessmentExport::content(const AssessmentRecord &report)
{
    Q_ASSERT(report.referential);
    QJsonArray answers;
    for (const Answer &answer : report.answers) {
        answers.append(QJsonObject {
            {QStringLiteral("criterion"), answer.criterionId},
            {QStringLiteral("status"), answerStatusKey(answer.status)},
            {QStringLiteral("comment"), answer.comment},
            {QStringLiteral("evidence"), answer.evidence},
            {QStringLiteral("changedBy"), answer.changedBy},
            {QStringLiteral("changedAt"), fromDateTime(answer.changedAt)},
        });
    }
    QJsonArray actions;
    for (const ActionItem &item : report.actionItems) {
        actions.append(QJsonObject {
            {QStringLiteral("criterion"), item.criterionId},
            {QStringLiteral("title"), item.title},
            {QStringLiteral("owner"), item.owner},
            {QStringLiteral("dueDate"), fromDate(item.dueDate)},
            {QStringLiteral("status"), actionStatusKey(item.status)},
            {QStringLiteral("funder"), funderKey(item.funder)},
            {QStringLiteral("priority"), item.priority},
        });
    }
    QJsonArray events;
    for (const AssessmentEvent &event : report.events) {
        events.append(QJsonObject {
            {QStringLiteral("kind"), eventKindKey(event.kind)},
            {QStringLiteral("actor"), event.actor},
            {QStringLiteral("at"), fromDateTime(event.at)},
            {QStringLiteral("note"), event.note},
        });
    }
    QJsonArray targets;
    for (const DomainTarget &target : report.targets) {
        targets.append(QJsonObject {
            {QStringLiteral("domain"), target.domainId},
            {QStringLiteral("palier"), target.palier},
            {QStringLiteral("schoolYear"), target.schoolYear},
        });
    }
    QJsonObject content {
        {QStringLiteral("establishment"), establishmentToJson(report.establishment)},
        {QStringLiteral("assessment"), assessmentToJson(report.assessment, *report.referential)},
        {QStringLiteral("answers"), answers},
        {QStringLiteral("actionItems"), actions},
        {QStringLiteral("events"), events},
        {QStringLiteral("evaluation"), evaluationToJson(*report.referential, report.evaluation)},
    };
    // Written only when there are some, so that an export without targets
    // reads in a Paliers that knows none.
    if (!targets.isEmpty())
        content.insert(QStringLiteral("targets"), targets);
    return content;
}

QJsonObject AssessmentExport::document(const AssessmentRecord &report, const ExportStamp &stamp, EmbedReferential embed)
{
    QJsonObject document {
        {QStringLiteral("format"), formatName()},
        {QStringLiteral("formatVersion"), FormatVersion},
        {QStringLiteral("exportId"), stamp.exportId},
        {QStringLiteral("exportedAt"), fromDateTime(stamp.exportedAt)},
        {QStringLiteral("application"),
            QJsonObject {
                {QStringLiteral("name"), QStringLiteral("Paliers")}, {QStringLiteral("version"), stamp.appVersion}}},
        {Content, content(report)},
    };
    if (embed == EmbedReferential::Yes && !report.referential->fileData().isEmpty()) {
        document.insert(ReferentialFileKey,
            QJsonObject {{QStringLiteral("encoding"), QStringLiteral("base64")},
                {QStringLiteral("data"), QString::fromLatin1(report.referential->fileData().toBase64())}});
    }
    document.insert(ChecksumKey,
        QJsonObject {
            {QStringLiteral("algorithm"), QStringLiteral("SHA-256")}, {QStringLiteral("value"), checksum(document)}});
    return document;
}

QByteArray AssessmentExport::toJson(const AssessmentRecord &report, const ExportStamp &stamp, EmbedReferential embed)
{
    // "format" and "formatVersion" first (QJsonDocument sorts the keys), so
    // that the first bytes of the file say what it is: the shared-mime-info
    // type of packaging/ reads 256 of them. The checksum is unchanged: it is
    // of the canonical form, where the keys are sorted.
    QJsonObject rest = document(report, stamp, embed);
    rest.remove(QLatin1String("format"));
    rest.remove(QLatin1String("formatVersion"));
    const QByteArray body = QJsonDocument(rest).toJson(QJsonDocument::Indented);
    Q_ASSERT(body.startsWith("{\n"));
    return QByteArrayLiteral("{\n    \"format\": \"") + formatName().toUtf8() + QByteArrayLiteral("\",\n")
        + QByteArrayLiteral("    \"formatVersion\": ") + QByteArray::number(FormatVersion) + QByteArrayLiteral(",\n")
        + body.mid(2);
}

QByteArray AssessmentExport::canonical(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString AssessmentExport::checksum(const QJsonObject &documentWithoutChecksum)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(canonical(documentWithoutChecksum), QCryptographicHash::Sha256).toHex());
}

QString AssessmentExport::checksumOfText(QByteArrayView text, const QJsonObject &root)
{
    if (const std::optional<QByteArray> compact = compactJsonFromText(text, QLatin1StringView("checksum")))
        return QString::fromLatin1(QCryptographicHash::hash(*compact, QCryptographicHash::Sha256).toHex());
    QJsonObject withoutChecksum = root;
    withoutChecksum.remove(ChecksumKey);
    return checksum(withoutChecksum);
}

Result<ImportedExport> AssessmentExport::parse(
    const QByteArray &data, const ReferentialCatalog &catalog, const QString &fileName)
{
    JsonReader json(fileName);
    if (data.size() > MaxFileSize)
        return Error {tr("%1: the file is too large for an export (%2 MB; at most %3 MB).")
                          .arg(fileName)
                          .arg(data.size() / (1024 * 1024))
                          .arg(MaxFileSize / (1024 * 1024))};
    QJsonObject root;
    if (!json.parseObject(data, root))
        return json.error();

    QString format;
    int version = 0;
    if (!json.string(root, QStringLiteral("format"), QString(), format))
        return Error {tr("%1: this is not a Paliers export (no \"format\" field).").arg(fileName)};
    if (format != formatName())
        return Error {tr("%1: this is not a Paliers export (format \"%2\").").arg(fileName, format)};
    if (!json.integer(root, QStringLiteral("formatVersion"), QString(), version))
        return json.error();
    if (version > FormatVersion)
        return Error {tr("%1: this export was written by a newer Paliers (format version %2; this one reads up to "
                         "%3). Update Paliers to import it.")
                          .arg(fileName)
                          .arg(version)
                          .arg(FormatVersion)};
    if (version < 1)
        return Error {tr("%1: unknown format version %2.").arg(fileName).arg(version)};

    QJsonObject checksumObject;
    QString algorithm;
    ImportedExport imported;
    if (!json.object(root, ChecksumKey, QString(), checksumObject)
        || !json.string(checksumObject, QStringLiteral("algorithm"), ChecksumKey, algorithm)
        || !json.string(checksumObject, QStringLiteral("value"), ChecksumKey, imported.checksum))
        return json.error();
    if (algorithm != QLatin1String("SHA-256"))
        return Error {tr("%1: unknown checksum algorithm \"%2\".").arg(fileName, algorithm)};
    if (checksumOfText(data, root) != imported.checksum.toLower())
        return Error {tr("%1: the file was changed after it was exported (its SHA-256 checksum does not match). "
                         "Ask for a new export.")
                          .arg(fileName)};
    imported.checksum = imported.checksum.toLower();

    QString exportedAt;
    QJsonObject application;
    if (!json.string(root, QStringLiteral("exportId"), QString(), imported.stamp.exportId)
        || !json.string(root, QStringLiteral("exportedAt"), QString(), exportedAt)
        || !json.object(root, QStringLiteral("application"), QString(), application)
        || !json.string(
            application, QStringLiteral("version"), QStringLiteral("application"), imported.stamp.appVersion))
        return json.error();
    if (QUuid::fromString(imported.stamp.exportId).isNull())
        return Error {tr("%1: \"%2\" is not an export identifier.").arg(fileName, imported.stamp.exportId)};
    imported.stamp.exportedAt = timestampFromText(exportedAt);
    if (!imported.stamp.exportedAt.isValid()) {
        json.fail(QStringLiteral("exportedAt"), tr("\"%1\" is not a date and time").arg(exportedAt));
        return json.error();
    }

    // A grid the file carries and this Paliers lacks is read with the export.
    Result<std::shared_ptr<const Referential>> embedded = embeddedReferential(root, fileName);
    if (!embedded)
        return Error {embedded.error()};
    ReferentialCatalog known = catalog;
    if (embedded.value() && !catalog.find(embedded.value()->id(), embedded.value()->version())) {
        imported.embeddedReferential = embedded.value();
        static_cast<void>(known.add(imported.embeddedReferential)); // not there: cannot be refused
    }

    QJsonObject content;
    if (!json.object(root, Content, QString(), content))
        return json.error();
    ContentReader reader(json, known);
    if (!reader.read(content, imported.report))
        return json.error();
    return imported;
}

Result<ImportedExport> AssessmentExport::readFile(const QString &path, const ReferentialCatalog &catalog)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {tr("Cannot open \"%1\": %2.").arg(path, file.errorString())};
    const qint64 size = file.size();
    if (size > MaxFileSize)
        return Error {tr("%1: the file is too large for an export (%2 MB; at most %3 MB).")
                          .arg(name)
                          .arg(size / (1024 * 1024))
                          .arg(MaxFileSize / (1024 * 1024))};
    // As much as the file says it holds, and a byte more to see whether it
    // grew meanwhile: read(MaxFileSize + 1) at once would allocate 32 MB (the
    // kernel mapping, then unmapping them) for each file of an import of
    // thousands. A file that grew, or tells no size, is read on up to the
    // limit, as it was.
    QByteArray data = file.read(size + 1);
    if (file.error() == QFileDevice::NoError && data.size() > size && data.size() <= MaxFileSize)
        data += file.read(MaxFileSize + 1 - data.size());
    if (file.error() != QFileDevice::NoError)
        return Error {tr("Cannot read \"%1\": %2.").arg(path, file.errorString())};
    return parse(data, catalog, name);
}

} // namespace Paliers
