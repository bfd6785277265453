// libFuzzer target: the compact form an export's checksum is computed on,
// written straight from the text (compactJsonFromText), against Qt's own
// writer. Whatever the text, it either declines or gives Qt's bytes.
#include "exchange/compactjson.h"

#include <cstddef>
#include <cstdint>
#include <QJsonDocument>
#include <QJsonObject>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const std::optional<QByteArray> compact = Paliers::compactJsonFromText(text, QLatin1StringView("checksum"));
    if (!compact)
        return 0;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    // Accepted: the text is a JSON object for Qt too, and Qt writes it the same.
    if (error.error != QJsonParseError::NoError || !document.isObject())
        __builtin_trap();
    QJsonObject object = document.object();
    object.remove(QStringLiteral("checksum"));
    if (QJsonDocument(object).toJson(QJsonDocument::Compact) != *compact)
        __builtin_trap();
    return 0;
}
