// libFuzzer target: the answers file of `paliers-cli score`, scored against
// the bundled grids.
#include "exchange/answersdocument.h"
#include "referential/palierengine.h"
#include "referential/referentialcatalog.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const Paliers::ReferentialCatalog catalog = Paliers::ReferentialCatalog::bundled().value();
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const Paliers::Result<Paliers::AnswersDocument> document
        = Paliers::AnswersDocument::parse(bytes, QStringLiteral("fuzz.json"));
    if (document) {
        if (const Paliers::Referential *referential = catalog.latest(document->referentialId))
            static_cast<void>(Paliers::PalierEngine::evaluate(*referential, document->answers));
    }
    return 0;
}
