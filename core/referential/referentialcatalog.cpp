#include "referential/referentialcatalog.h"

#include "referential/referentialloader.h"

#include <algorithm>
#include <QDir>

namespace Paliers {

namespace {

Result<ReferentialCatalog> loadBundled()
{
    ReferentialCatalog catalog;
    const QDir dir(QStringLiteral(":/referentials"));
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        Result<Referential> referential = ReferentialLoader::loadFile(dir.filePath(file));
        if (!referential)
            return Error {referential.error()};
        Status added = catalog.add(std::move(referential).value());
        if (!added)
            return Error {added.error()};
    }
    return catalog;
}

} // namespace

Result<ReferentialCatalog> ReferentialCatalog::bundled()
{
    // Resources do not change while the program runs: parse them once.
    static const Result<ReferentialCatalog> catalog = loadBundled();
    return catalog;
}

const Referential *ReferentialCatalog::find(const QString &id) const
{
    const auto it = std::find_if(
        m_referentials.cbegin(), m_referentials.cend(), [&id](const Referential &r) { return r.id() == id; });
    return it == m_referentials.cend() ? nullptr : &*it;
}

Status ReferentialCatalog::add(Referential referential)
{
    if (find(referential.id()))
        return Error {tr("A referential with the id \"%1\" is already loaded.").arg(referential.id())};
    const auto position = std::lower_bound(m_referentials.begin(), m_referentials.end(), referential.id(),
        [](const Referential &r, const QString &id) { return r.id() < id; });
    m_referentials.insert(position, std::move(referential));
    return Done {};
}

} // namespace Paliers
