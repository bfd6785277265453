// libFuzzer target: a JSON export of an assessment, as a DANE receives
// hundreds of them.
#include "exchange/assessmentexport.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const Paliers::ReferentialCatalog catalog = Paliers::ReferentialCatalog::bundled().value();
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const Paliers::Result<Paliers::ImportedExport> parsed
        = Paliers::AssessmentExport::parse(bytes, catalog, QStringLiteral("fuzz.json"));
    if (parsed) {
        // What was accepted writes back to an export that reads the same.
        const QJsonObject content = Paliers::AssessmentExport::content(parsed->report);
        // A grid the file carried goes with it again: this catalogue lacks it.
        const Paliers::EmbedReferential embed
            = parsed->embeddedReferential ? Paliers::EmbedReferential::Yes : Paliers::EmbedReferential::No;
        const Paliers::Result<Paliers::ImportedExport> again
            = Paliers::AssessmentExport::parse(Paliers::AssessmentExport::toJson(parsed->report, parsed->stamp, embed),
                catalog, QStringLiteral("again.json"));
        if (!again || Paliers::AssessmentExport::content(again->report) != content)
            __builtin_trap();
    }
    return 0;
}
