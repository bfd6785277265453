#pragma once

#include <optional>
#include <QByteArray>
#include <QByteArrayView>
#include <QLatin1StringView>

namespace Paliers {

// The checksums of exports are of the compact form Qt writes of a JSON
// object (QJsonDocument::toJson(QJsonDocument::Compact): no whitespace, the
// keys of every object sorted, strings and numbers written Qt's way). Reading
// an export would otherwise build that form back from the parsed
// QJsonObject, which costs about as much as parsing it.
//
// compactJsonFromText() writes it straight from the text of the document, in
// one pass, for the documents Paliers writes: keys of printable ASCII without
// escapes, integers of up to 18 digits, strings of valid UTF-8 whose escapes
// stand for ASCII characters. For anything else (a fraction, an exponent,
// "-0", a key outside ASCII, an escape past ASCII, a noncharacter, the same
// key twice, text that is not JSON) it returns nothing, and the caller takes
// Qt's way: it never returns bytes that differ from Qt's.
//
// `text` is one JSON object; `droppedKey`, when not empty, is left out of its
// top level (the "checksum" an export carries is not part of what it hashes).
std::optional<QByteArray> compactJsonFromText(QByteArrayView text, QLatin1StringView droppedKey = {});

} // namespace Paliers
