#include "referential/referentialloader.h"

#include "model/limits.h"
#include "referential/jsonreader.h"

#include <algorithm>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <utility>

namespace Paliers {

namespace {

const QString FormatName = QStringLiteral("paliers-referential");

// Letters, digits, '.', '_' and '-' (ASCII), a letter or a digit first, at
// most 64. Checked by hand: compiling a regular expression took a sixth of
// the bundled grids' loading at start-up.
bool isValidId(const QString &id)
{
    const auto alphanumeric = [](char16_t c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
    };
    if (id.isEmpty() || id.size() > 64 || !alphanumeric(id.front().unicode()))
        return false;
    return std::all_of(id.cbegin(), id.cend(), [&](QChar c) {
        const char16_t u = c.unicode();
        return alphanumeric(u) || u == u'.' || u == u'_' || u == u'-';
    });
}

// Walks the JSON document and stops at the first problem, remembering where.
class Parser
{
    Q_DECLARE_TR_FUNCTIONS(ReferentialLoader)

public:
    explicit Parser(const QString &fileName)
        : m_json(fileName)
    {
    }

    Result<Referential> parse(const QByteArray &data);

private:
    bool parseRule(const QJsonObject &root, ScoringRule &rule);
    bool parseLevels(const QJsonArray &array, QList<Level> &levels);
    bool parseDomains(const QJsonArray &array, QList<Domain> &domains);
    bool parseCriteria(
        const QJsonArray &array, const QList<Level> &levels, const QList<Domain> &domains, QList<Criterion> &criteria);
    bool checkRubric(const QList<Level> &levels, const QList<Domain> &domains, const QList<Criterion> &criteria);
    bool checkId(const QString &place, const QString &id);
    bool parseSupersedes(const QJsonArray &array, const QString &version, const QList<Criterion> &criteria,
        QList<Supersession> &supersedes);
    bool idList(const QJsonArray &array, const QString &place, const QSet<QString> &known, QStringList &ids);

    JsonReader m_json;
};

Result<Referential> Parser::parse(const QByteArray &data)
{
    QJsonObject root;
    if (!m_json.parseObject(data, root))
        return m_json.error();

    QString format;
    if (!m_json.string(root, QStringLiteral("format"), QString(), format))
        return m_json.error();
    if (format != FormatName) {
        m_json.fail(QStringLiteral("format"),
            tr("this is not a Paliers referential (format \"%1\", expected \"%2\")").arg(format, FormatName));
        return m_json.error();
    }
    int formatVersion = 0;
    if (!m_json.integer(root, QStringLiteral("formatVersion"), QString(), formatVersion))
        return m_json.error();
    if (formatVersion < 1 || formatVersion > ReferentialLoader::FormatVersion) {
        m_json.fail(QStringLiteral("formatVersion"),
            tr("format version %1 is not supported (this version of Paliers reads version %2)")
                .arg(formatVersion)
                .arg(ReferentialLoader::FormatVersion));
        return m_json.error();
    }

    QString id;
    QString version;
    QString title;
    QString audienceText;
    QString kindText;
    if (!m_json.string(root, QStringLiteral("id"), QString(), id) || !checkId(QStringLiteral("id"), id)
        || !m_json.string(root, QStringLiteral("version"), QString(), version)
        || !checkId(QStringLiteral("version"), version) // it names files: no '/' in it
        || !m_json.string(root, QStringLiteral("title"), QString(), title)
        || !m_json.string(root, QStringLiteral("audience"), QString(), audienceText)
        || !m_json.string(root, QStringLiteral("kind"), QString(), kindText))
        return m_json.error();

    Audience audience = Audience::Etablissement;
    if (audienceText == audienceKey(Audience::Etablissement)) {
        audience = Audience::Etablissement;
    } else if (audienceText == audienceKey(Audience::Ecole)) {
        audience = Audience::Ecole;
    } else {
        m_json.fail(QStringLiteral("audience"),
            tr("unknown audience \"%1\" (expected \"etablissement\" or \"ecole\")").arg(audienceText));
        return m_json.error();
    }
    ReferentialKind kind = ReferentialKind::Checklist;
    if (kindText == referentialKindKey(ReferentialKind::Checklist)) {
        kind = ReferentialKind::Checklist;
    } else if (kindText == referentialKindKey(ReferentialKind::Rubric)) {
        kind = ReferentialKind::Rubric;
    } else {
        m_json.fail(QStringLiteral("kind"),
            tr("the kind of referential \"%1\" is not supported by this version of Paliers").arg(kindText));
        return m_json.error();
    }

    ScoringRule rule;
    if (!parseRule(root, rule))
        return m_json.error();

    QJsonArray levelArray;
    QJsonArray domainArray;
    QJsonArray criterionArray;
    if (!m_json.array(root, QStringLiteral("levels"), QString(), levelArray)
        || !m_json.array(root, QStringLiteral("domains"), QString(), domainArray)
        || !m_json.array(root, QStringLiteral("criteria"), QString(), criterionArray))
        return m_json.error();
    if (criterionArray.isEmpty()) {
        m_json.fail(QStringLiteral("criteria"), tr("the referential has no criterion"));
        return m_json.error();
    }
    if (criterionArray.size() > ReferentialLoader::MaxCriteria) {
        m_json.fail(QStringLiteral("criteria"),
            tr("%1 criteria: a referential has at most %2")
                .arg(criterionArray.size())
                .arg(ReferentialLoader::MaxCriteria));
        return m_json.error();
    }
    if (domainArray.size() > ReferentialLoader::MaxDomains) {
        m_json.fail(QStringLiteral("domains"),
            tr("%1 domains: a referential has at most %2").arg(domainArray.size()).arg(ReferentialLoader::MaxDomains));
        return m_json.error();
    }

    QList<Level> levels;
    QList<Domain> domains;
    QList<Criterion> criteria;
    if (!parseLevels(levelArray, levels) || !parseDomains(domainArray, domains)
        || !parseCriteria(criterionArray, levels, domains, criteria))
        return m_json.error();
    if (kind == ReferentialKind::Rubric && !checkRubric(levels, domains, criteria))
        return m_json.error();

    Referential referential(id, version, title, audience, kind, rule, levels, domains, criteria);
    QString source;
    if (root.contains(QLatin1String("source")) && !m_json.string(root, QStringLiteral("source"), QString(), source))
        return m_json.error();
    referential.setSource(source);
    if (root.contains(QLatin1String("supersedes"))) {
        QJsonArray supersedesArray;
        QList<Supersession> supersedes;
        if (!m_json.array(root, QStringLiteral("supersedes"), QString(), supersedesArray)
            || !parseSupersedes(supersedesArray, version, criteria, supersedes))
            return m_json.error();
        referential.setSupersedes(std::move(supersedes));
    }
    return referential;
}

// "supersedes": [ { "version": "2014.1",
//                   "criteria": [ { "from": "PIL-1-01", "to": ["PIL-1-02"], "note": "…" }, … ],
//                   "added": ["PIL-2-06"] } ]
// The map is checked against this version here; that every "from" exists in
// the older version is checked when both are in one catalogue (Migration).
bool Parser::parseSupersedes(
    const QJsonArray &array, const QString &version, const QList<Criterion> &criteria, QList<Supersession> &supersedes)
{
    QSet<QString> known;
    for (const Criterion &criterion : criteria)
        known.insert(criterion.id);
    QSet<QString> versions;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString place = QStringLiteral("supersedes[%1]").arg(i);
        QJsonObject object;
        if (!m_json.element(array, i, place, object))
            return false;
        Supersession supersession;
        QJsonArray mappingArray;
        if (!m_json.string(object, QStringLiteral("version"), place, supersession.version)
            || !m_json.array(object, QStringLiteral("criteria"), place, mappingArray))
            return false;
        if (supersession.version == version || versions.contains(supersession.version)) {
            m_json.fail(JsonReader::join(place, QStringLiteral("version")),
                supersession.version == version
                    ? tr("a version cannot supersede itself (\"%1\")").arg(version)
                    : tr("the version \"%1\" is superseded twice").arg(supersession.version));
            return false;
        }
        versions.insert(supersession.version);

        QSet<QString> from;
        QSet<QString> targets;
        for (qsizetype j = 0; j < mappingArray.size(); ++j) {
            const QString mappingPlace = QStringLiteral("%1.criteria[%2]").arg(place).arg(j);
            QJsonObject mappingObject;
            CriterionMapping mapping;
            QJsonArray toArray;
            if (!m_json.element(mappingArray, j, mappingPlace, mappingObject)
                || !m_json.string(mappingObject, QStringLiteral("from"), mappingPlace, mapping.from)
                || !checkId(JsonReader::join(mappingPlace, QStringLiteral("from")), mapping.from)
                || !m_json.array(mappingObject, QStringLiteral("to"), mappingPlace, toArray)
                || !idList(toArray, JsonReader::join(mappingPlace, QStringLiteral("to")), known, mapping.to))
                return false;
            if (mappingObject.contains(QLatin1String("note"))
                && !m_json.string(
                    mappingObject, QStringLiteral("note"), mappingPlace, mapping.note, JsonReader::AllowEmpty))
                return false;
            if (from.contains(mapping.from)) {
                m_json.fail(JsonReader::join(mappingPlace, QStringLiteral("from")),
                    tr("the criterion \"%1\" of version %2 is mapped twice").arg(mapping.from, supersession.version));
                return false;
            }
            from.insert(mapping.from);
            for (const QString &target : std::as_const(mapping.to))
                targets.insert(target);
            supersession.criteria.append(mapping);
        }
        if (object.contains(QLatin1String("added"))) {
            QJsonArray addedArray;
            const QString addedPlace = JsonReader::join(place, QStringLiteral("added"));
            if (!m_json.array(object, QStringLiteral("added"), place, addedArray)
                || !idList(addedArray, addedPlace, known, supersession.added))
                return false;
            for (const QString &id : std::as_const(supersession.added)) {
                if (targets.contains(id)) {
                    m_json.fail(addedPlace,
                        tr("the criterion \"%1\" is listed as added but an older criterion maps onto it").arg(id));
                    return false;
                }
            }
        }
        supersedes.append(supersession);
    }
    return true;
}

// An array of distinct criterion ids of this grid.
bool Parser::idList(const QJsonArray &array, const QString &place, const QSet<QString> &known, QStringList &ids)
{
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString elementPlace = QStringLiteral("%1[%2]").arg(place).arg(i);
        const QString id = array.at(i).toString();
        if (!array.at(i).isString()) {
            m_json.fail(elementPlace, tr("a criterion id (text) is expected"));
            return false;
        }
        if (!known.contains(id)) {
            m_json.fail(elementPlace, tr("this version has no criterion \"%1\"").arg(id));
            return false;
        }
        if (ids.contains(id)) {
            m_json.fail(elementPlace, tr("the criterion \"%1\" is listed twice").arg(id));
            return false;
        }
        ids.append(id);
    }
    return true;
}

bool Parser::parseRule(const QJsonObject &root, ScoringRule &rule)
{
    QJsonObject object;
    if (!m_json.object(root, QStringLiteral("rule"), QString(), object))
        return false;
    const QString place = QStringLiteral("rule");
    QString type;
    if (!m_json.string(object, QStringLiteral("type"), place, type))
        return false;
    if (type == QLatin1String("all")) {
        rule.kind = ScoringRule::Kind::AllMet;
        rule.threshold = 1.0;
        return true;
    }
    if (type == QLatin1String("threshold")) {
        rule.kind = ScoringRule::Kind::Threshold;
        if (!m_json.number(object, QStringLiteral("threshold"), place, rule.threshold))
            return false;
        if (!(rule.threshold > 0.0 && rule.threshold <= 1.0)) {
            m_json.fail(place + QLatin1String(".threshold"),
                tr("the threshold must be greater than 0 and at most 1 (found %1)").arg(rule.threshold));
            return false;
        }
        return true;
    }
    m_json.fail(
        place + QLatin1String(".type"), tr("unknown rule \"%1\" (expected \"all\" or \"threshold\")").arg(type));
    return false;
}

bool Parser::parseLevels(const QJsonArray &array, QList<Level> &levels)
{
    if (array.isEmpty()) {
        m_json.fail(QStringLiteral("levels"), tr("the referential defines no level"));
        return false;
    }
    // A palier is one digit wherever Paliers keeps it (the summaries of the
    // overview, which the indicators read in SQL).
    if (array.size() > Limits::MaxLevels) {
        m_json.fail(QStringLiteral("levels"),
            tr("the referential defines %1 levels; at most %2 are allowed").arg(array.size()).arg(Limits::MaxLevels));
        return false;
    }
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString place = QStringLiteral("levels[%1]").arg(i);
        QJsonObject object;
        if (!m_json.element(array, i, place, object))
            return false;
        Level level;
        if (!m_json.integer(object, QStringLiteral("number"), place, level.number)
            || !m_json.string(object, QStringLiteral("title"), place, level.title)
            || !m_json.string(object, QStringLiteral("description"), place, level.description))
            return false;
        // Levels are paliers 1, 2, 3...: numbered from 1 without gaps, in order.
        if (level.number != i + 1) {
            m_json.fail(place + QLatin1String(".number"),
                tr("level %1 found where level %2 was expected (levels are numbered 1, 2, 3... in order)")
                    .arg(level.number)
                    .arg(i + 1));
            return false;
        }
        levels.append(level);
    }
    return true;
}

bool Parser::parseDomains(const QJsonArray &array, QList<Domain> &domains)
{
    if (array.isEmpty()) {
        m_json.fail(QStringLiteral("domains"), tr("the referential defines no domain"));
        return false;
    }
    QSet<QString> ids;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString place = QStringLiteral("domains[%1]").arg(i);
        QJsonObject object;
        if (!m_json.element(array, i, place, object))
            return false;
        Domain domain;
        if (!m_json.string(object, QStringLiteral("id"), place, domain.id)
            || !checkId(place + QLatin1String(".id"), domain.id)
            || !m_json.string(object, QStringLiteral("title"), place, domain.title))
            return false;
        domain.order = static_cast<int>(i) + 1;
        if (object.contains(QLatin1String("order"))
            && !m_json.integer(object, QStringLiteral("order"), place, domain.order))
            return false;
        // Identifiers differing only by case would be confused by people and
        // by case-insensitive file systems and spreadsheets.
        if (ids.contains(domain.id.toUpper())) {
            m_json.fail(place + QLatin1String(".id"), tr("the domain id \"%1\" is used twice").arg(domain.id));
            return false;
        }
        ids.insert(domain.id.toUpper());
        domains.append(domain);
    }
    return true;
}

bool Parser::parseCriteria(
    const QJsonArray &array, const QList<Level> &levels, const QList<Domain> &domains, QList<Criterion> &criteria)
{
    QSet<QString> ids;
    QHash<QString, int> perDomain;
    for (const Domain &domain : domains)
        perDomain.insert(domain.id, 0);

    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString place = QStringLiteral("criteria[%1]").arg(i);
        QJsonObject object;
        if (!m_json.element(array, i, place, object))
            return false;
        Criterion criterion;
        if (!m_json.string(object, QStringLiteral("id"), place, criterion.id)
            || !checkId(place + QLatin1String(".id"), criterion.id))
            return false;
        const QString named = QStringLiteral("%1 (%2)").arg(place, criterion.id);
        if (!m_json.string(object, QStringLiteral("domain"), named, criterion.domainId)
            || !m_json.integer(object, QStringLiteral("level"), named, criterion.level)
            || !m_json.string(object, QStringLiteral("text"), named, criterion.text))
            return false;
        if (object.contains(QLatin1String("note"))
            && !m_json.string(object, QStringLiteral("note"), named, criterion.note, JsonReader::AllowEmpty))
            return false;

        if (ids.contains(criterion.id.toUpper())) {
            m_json.fail(named + QLatin1String(".id"), tr("the criterion id \"%1\" is used twice").arg(criterion.id));
            return false;
        }
        if (!perDomain.contains(criterion.domainId)) {
            m_json.fail(named + QLatin1String(".domain"),
                tr("the domain \"%1\" does not exist in this referential").arg(criterion.domainId));
            return false;
        }
        if (criterion.level < 1 || criterion.level > levels.size()) {
            m_json.fail(named + QLatin1String(".level"),
                tr("level %1 does not exist in this referential (it has levels 1 to %2)")
                    .arg(criterion.level)
                    .arg(levels.size()));
            return false;
        }
        ids.insert(criterion.id.toUpper());
        ++perDomain[criterion.domainId];
        criteria.append(criterion);
    }

    for (qsizetype i = 0; i < domains.size(); ++i) {
        if (perDomain.value(domains.at(i).id) == 0) {
            m_json.fail(QStringLiteral("domains[%1] (%2)").arg(i).arg(domains.at(i).id),
                tr("the domain \"%1\" has no criterion").arg(domains.at(i).title));
            return false;
        }
    }
    return true;
}

// A rubric is a table: one cell per axis (domain) and stage (level), no gap
// and no second cell, or a team could not place an axis at a single stage.
bool Parser::checkRubric(const QList<Level> &levels, const QList<Domain> &domains, const QList<Criterion> &criteria)
{
    QHash<std::pair<QString, int>, int> cells;
    for (const Criterion &criterion : criteria)
        ++cells[{criterion.domainId, criterion.level}];

    for (qsizetype i = 0; i < domains.size(); ++i) {
        const Domain &domain = domains.at(i);
        for (const Level &level : levels) {
            const int count = cells.value({domain.id, level.number});
            if (count == 1)
                continue;
            const QString place = QStringLiteral("domains[%1] (%2)").arg(i).arg(domain.id);
            if (count == 0)
                m_json.fail(place,
                    tr("the axis \"%1\" has no cell at stage %2; a rubric has exactly one per stage")
                        .arg(domain.title)
                        .arg(level.number));
            else
                m_json.fail(place,
                    tr("the axis \"%1\" has %2 cells at stage %3; a rubric has exactly one per stage")
                        .arg(domain.title)
                        .arg(count)
                        .arg(level.number));
            return false;
        }
    }
    return true;
}

bool Parser::checkId(const QString &place, const QString &id)
{
    if (isValidId(id))
        return true;
    m_json.fail(place,
        tr("\"%1\" is not a valid identifier (letters, digits, '.', '_' and '-', at most 64 characters)").arg(id));
    return false;
}

} // namespace

Result<QByteArray> ReferentialLoader::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {tr("Cannot read the referential file \"%1\": %2").arg(path, file.errorString())};
    if (file.size() > MaxFileSize)
        return Error {tr("The referential file \"%1\" is too large (%2 bytes; at most %3 are accepted).")
                          .arg(path)
                          .arg(file.size())
                          .arg(MaxFileSize)};
    return file.readAll();
}

Result<Referential> ReferentialLoader::loadFile(const QString &path)
{
    Result<QByteArray> data = readFile(path);
    if (!data)
        return Error {data.error()};
    return loadData(data.value(), QFileInfo(path).fileName());
}

Result<Referential> ReferentialLoader::loadData(const QByteArray &data, const QString &fileName)
{
    if (data.size() > MaxFileSize)
        return Error {tr("The referential file \"%1\" is too large (%2 bytes; at most %3 are accepted).")
                          .arg(fileName)
                          .arg(data.size())
                          .arg(MaxFileSize)};
    Result<Referential> referential = Parser(fileName).parse(data);
    if (referential)
        referential.value().setFileData(data);
    return referential;
}

} // namespace Paliers
