// libFuzzer target: the register of schools (Annuaire de l'éducation) as a
// DANE downloads it from the open-data portal, or as anything else.
#include "exchange/annuairereader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const Paliers::Result<Paliers::AnnuaireFile> file
        = Paliers::AnnuaireReader::parse(bytes, QStringLiteral("fuzz.csv"));
    if (file) {
        // Every row is kept or refused with a reason, and a kept one has a UAI and a name.
        for (const Paliers::AnnuaireRecord &record : file->records) {
            if (record.uai.size() != 8 || record.name.isEmpty())
                __builtin_trap();
        }
        for (const Paliers::AnnuaireRejection &rejection : file->rejected) {
            if (rejection.reason.isEmpty())
                __builtin_trap();
        }
    } else if (file.error().isEmpty()) {
        __builtin_trap();
    }
    return 0;
}
