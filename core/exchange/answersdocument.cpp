#include "exchange/answersdocument.h"

#include "referential/jsonreader.h"

#include <QFile>
#include <QFileInfo>

namespace Paliers {

Result<AnswersDocument> AnswersDocument::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {tr("Cannot read the answers file \"%1\": %2").arg(path, file.errorString())};
    if (file.size() > MaxFileSize)
        return Error {tr("The answers file \"%1\" is too large (%2 bytes; at most %3 are accepted).")
                          .arg(path)
                          .arg(file.size())
                          .arg(MaxFileSize)};
    return parse(file.readAll(), QFileInfo(path).fileName());
}

Result<AnswersDocument> AnswersDocument::parse(const QByteArray &data, const QString &fileName)
{
    JsonReader json(fileName);
    QJsonObject root;
    AnswersDocument document;
    QJsonObject answers;
    if (!json.parseObject(data, root)
        || !json.string(root, QStringLiteral("referential"), QString(), document.referentialId)
        || !json.object(root, QStringLiteral("answers"), QString(), answers))
        return json.error();

    for (auto it = answers.constBegin(); it != answers.constEnd(); ++it) {
        const QString place = JsonReader::join(QStringLiteral("answers"), it.key());
        if (!it->isString()) {
            json.fail(place, tr("a status is expected (one of: %1)").arg(answerStatusKeyList()));
            return json.error();
        }
        const std::optional<AnswerStatus> status = answerStatusFromKey(it->toString());
        if (!status) {
            json.fail(
                place, tr("unknown status \"%1\" (expected one of: %2)").arg(it->toString(), answerStatusKeyList()));
            return json.error();
        }
        document.answers.insert(it.key(), *status);
    }
    return document;
}

} // namespace Paliers
