#include "exchange/indicatorfile.h"

#include "model/limits.h"
#include "referential/jsonreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Paliers {

QString IndicatorFile::formatName()
{
    return QStringLiteral("paliers-indicators");
}

QJsonObject IndicatorFile::toJson(const Indicator &indicator)
{
    QJsonObject object {
        {QStringLiteral("label"), indicator.label},
        {QStringLiteral("referential"), indicator.referentialId},
        {QStringLiteral("condition"), Indicator::conditionKey(indicator.condition)},
    };
    const QJsonObject scope = indicator.scope.toJson();
    if (!scope.isEmpty())
        object.insert(QStringLiteral("scope"), scope);
    switch (indicator.condition) {
    case Indicator::Condition::Criterion:
        object.insert(QStringLiteral("criterion"), indicator.subject);
        break;
    case Indicator::Condition::Domain:
        object.insert(QStringLiteral("domain"), indicator.subject);
        object.insert(QStringLiteral("palier"), indicator.palier);
        break;
    case Indicator::Condition::Overall:
        object.insert(QStringLiteral("palier"), indicator.palier);
        break;
    }
    if (indicator.target) {
        object.insert(QStringLiteral("target"),
            QJsonObject {
                {QStringLiteral("percent"), *indicator.target}, {QStringLiteral("schoolYear"), indicator.targetYear}});
    }
    if (!indicator.recorded.isEmpty()) {
        QJsonArray recorded;
        for (const Indicator::Recorded &value : indicator.recorded)
            recorded.append(QJsonObject {
                {QStringLiteral("schoolYear"), value.schoolYear}, {QStringLiteral("percent"), value.percent}});
        object.insert(QStringLiteral("recorded"), recorded);
    }
    if (!indicator.note.isEmpty())
        object.insert(QStringLiteral("note"), indicator.note);
    return object;
}

Result<Indicator> IndicatorFile::fromJson(
    const QJsonObject &object, const ReferentialCatalog &catalog, const QString &fileName, const QString &place)
{
    JsonReader json(fileName);
    Indicator indicator;
    QString condition;
    if (!json.string(object, QStringLiteral("label"), place, indicator.label)
        || !json.string(object, QStringLiteral("referential"), place, indicator.referentialId)
        || !json.string(object, QStringLiteral("condition"), place, condition))
        return json.error();
    const std::optional<Indicator::Condition> parsed = Indicator::conditionFromKey(condition);
    if (!parsed) {
        json.fail(JsonReader::join(place, QStringLiteral("condition")),
            tr("\"%1\" is not a condition (criterion, domain or overall)").arg(condition.left(40)));
        return json.error();
    }
    indicator.condition = *parsed;
    switch (indicator.condition) {
    case Indicator::Condition::Criterion:
        if (!json.string(object, QStringLiteral("criterion"), place, indicator.subject))
            return json.error();
        break;
    case Indicator::Condition::Domain:
        if (!json.string(object, QStringLiteral("domain"), place, indicator.subject))
            return json.error();
        [[fallthrough]];
    case Indicator::Condition::Overall:
        if (!json.integer(object, QStringLiteral("palier"), place, indicator.palier))
            return json.error();
        break;
    }
    const QJsonValue scope = object.value(QStringLiteral("scope"));
    if (!scope.isUndefined()) {
        if (!scope.isObject()) {
            json.fail(JsonReader::join(place, QStringLiteral("scope")), tr("an object is expected"));
            return json.error();
        }
        indicator.scope = RegisterFilter::fromJson(scope.toObject());
    }
    const QJsonValue target = object.value(QStringLiteral("target"));
    if (!target.isUndefined()) {
        QJsonObject targetObject;
        double percent = 0;
        const QString here = JsonReader::join(place, QStringLiteral("target"));
        if (!json.object(object, QStringLiteral("target"), place, targetObject)
            || !json.number(targetObject, QStringLiteral("percent"), here, percent)
            || !json.string(targetObject, QStringLiteral("schoolYear"), here, indicator.targetYear))
            return json.error();
        indicator.target = percent;
    }
    const QJsonValue recorded = object.value(QStringLiteral("recorded"));
    if (!recorded.isUndefined()) {
        QJsonArray values;
        if (!json.array(object, QStringLiteral("recorded"), place, values))
            return json.error();
        for (qsizetype i = 0; i < values.size(); ++i) {
            const QString here = QStringLiteral("%1.recorded[%2]").arg(place).arg(i);
            QJsonObject entry;
            Indicator::Recorded value;
            if (!json.element(values, i, here, entry)
                || !json.string(entry, QStringLiteral("schoolYear"), here, value.schoolYear)
                || !json.number(entry, QStringLiteral("percent"), here, value.percent))
                return json.error();
            indicator.recorded.append(value);
        }
    }
    if (object.contains(QStringLiteral("note"))
        && !json.string(object, QStringLiteral("note"), place, indicator.note, JsonReader::AllowEmpty))
        return json.error();
    if (Status valid = indicator.check(catalog); !valid) {
        json.fail(place, valid.error());
        return json.error();
    }
    return indicator;
}

QByteArray IndicatorFile::write(const Contents &contents)
{
    QJsonArray list;
    for (const Indicator &indicator : contents.indicators)
        list.append(toJson(indicator));
    QJsonObject document {
        {QStringLiteral("format"), formatName()},
        {QStringLiteral("formatVersion"), FormatVersion},
        {QStringLiteral("indicators"), list},
    };
    if (!contents.title.isEmpty())
        document.insert(QStringLiteral("title"), contents.title);
    if (!contents.source.isEmpty())
        document.insert(QStringLiteral("source"), contents.source);
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

Result<IndicatorFile::Contents> IndicatorFile::read(
    const QByteArray &data, const ReferentialCatalog &catalog, const QString &fileName)
{
    if (data.size() > MaxFileSize)
        return Error {tr("%1: the file is too large for indicators (at most %2 MB).")
                          .arg(fileName)
                          .arg(MaxFileSize / (1024 * 1024))};
    JsonReader json(fileName);
    QJsonObject root;
    if (!json.parseObject(data, root))
        return json.error();
    QString format;
    if (!json.string(root, QStringLiteral("format"), QString(), format) || format != formatName())
        return Error {tr("%1: this is not a file of Paliers indicators (its \"format\" should be \"%2\").")
                          .arg(fileName, formatName())};
    int version = 0;
    if (!json.integer(root, QStringLiteral("formatVersion"), QString(), version))
        return json.error();
    if (version > FormatVersion || version < 1)
        return Error {tr("%1: format version %2 is not one this Paliers reads (it reads version %3).")
                          .arg(fileName)
                          .arg(version)
                          .arg(FormatVersion)};
    Contents contents;
    QJsonArray list;
    if (!json.array(root, QStringLiteral("indicators"), QString(), list))
        return json.error();
    if ((root.contains(QStringLiteral("title"))
            && !json.string(root, QStringLiteral("title"), QString(), contents.title, JsonReader::AllowEmpty))
        || (root.contains(QStringLiteral("source"))
            && !json.string(root, QStringLiteral("source"), QString(), contents.source, JsonReader::AllowEmpty)))
        return json.error();
    if (list.size() > MaxIndicators)
        return Error {tr("%1: %2 indicators; at most %3 are read.").arg(fileName).arg(list.size()).arg(MaxIndicators)};
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString place = QStringLiteral("indicators[%1]").arg(i);
        QJsonObject object;
        if (!json.element(list, i, place, object))
            return json.error();
        Result<Indicator> indicator = fromJson(object, catalog, fileName, place);
        if (!indicator)
            return Error {indicator.error()};
        contents.indicators.append(indicator.value());
    }
    return contents;
}

} // namespace Paliers
