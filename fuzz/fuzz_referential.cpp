// libFuzzer target: a referential file as an académie would publish it.
#include "referential/referentialloader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const Paliers::Result<Paliers::Referential> loaded
        = Paliers::ReferentialLoader::loadData(bytes, QStringLiteral("fuzz.json"));
    if (loaded) {
        // A referential that loads must be usable: every criterion findable.
        for (const Paliers::Criterion &criterion : loaded->criteria()) {
            if (!loaded->criterion(criterion.id) || !loaded->domain(criterion.domainId))
                __builtin_trap();
        }
    }
    return 0;
}
