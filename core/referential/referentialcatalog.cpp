#include "referential/referentialcatalog.h"

#include "referential/referentialloader.h"

#include <algorithm>
#include <QDir>
#include <QDirIterator>
#include <QStandardPaths>

namespace Paliers {

namespace {

bool entryLess(const Referential &a, const Referential &b)
{
    return a.id() != b.id() ? a.id() < b.id() : versionLess(a.version(), b.version());
}

Result<ReferentialCatalog> loadBundled()
{
    ReferentialCatalog catalog;
    QDirIterator it(
        QStringLiteral(":/referentials"), {QStringLiteral("*.json")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        Result<Referential> referential = ReferentialLoader::loadFile(it.next());
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

Result<ReferentialCatalog> ReferentialCatalog::withInstalled(const QString &folder)
{
    Result<ReferentialCatalog> catalog = bundled();
    if (!catalog || folder.isEmpty())
        return catalog;
    const QDir dir(folder);
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        Result<Referential> referential = ReferentialLoader::loadFile(dir.filePath(file));
        if (!referential) {
            catalog.value().m_skipped.append(referential.error());
            continue;
        }
        Status added = catalog.value().add(std::make_shared<const Referential>(std::move(referential).value()), true);
        if (!added)
            catalog.value().m_skipped.append(added.error());
    }
    return catalog;
}

QString ReferentialCatalog::installedFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QLatin1String("/referentials");
}

QList<const Referential *> ReferentialCatalog::referentials() const
{
    QList<const Referential *> latestOfEach;
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const bool last
            = i + 1 == m_entries.size() || m_entries.at(i + 1).referential->id() != m_entries.at(i).referential->id();
        if (last)
            latestOfEach.append(m_entries.at(i).referential.get());
    }
    return latestOfEach;
}

QList<const Referential *> ReferentialCatalog::versions(const QString &id) const
{
    QList<const Referential *> list;
    for (const Entry &entry : m_entries) {
        if (entry.referential->id() == id)
            list.append(entry.referential.get());
    }
    return list;
}

const Referential *ReferentialCatalog::latest(const QString &id) const
{
    // Sorted by version within an id: the last entry of the id. Called per
    // row of large overviews, so without building a list.
    const auto it = std::find_if(
        m_entries.crbegin(), m_entries.crend(), [&id](const Entry &entry) { return entry.referential->id() == id; });
    return it == m_entries.crend() ? nullptr : it->referential.get();
}

const Referential *ReferentialCatalog::find(const QString &id, const QString &version) const
{
    const auto it = std::find_if(m_entries.cbegin(), m_entries.cend(),
        [&](const Entry &entry) { return entry.referential->id() == id && entry.referential->version() == version; });
    return it == m_entries.cend() ? nullptr : it->referential.get();
}

const Criterion *ReferentialCatalog::criterion(const QString &id, const QString &criterionId) const
{
    const auto it = std::find_if(m_entries.crbegin(), m_entries.crend(),
        [&](const Entry &entry) { return entry.referential->id() == id && entry.referential->criterion(criterionId); });
    return it == m_entries.crend() ? nullptr : it->referential->criterion(criterionId);
}

bool ReferentialCatalog::isInstalled(const Referential &referential) const
{
    return std::any_of(m_entries.cbegin(), m_entries.cend(),
        [&referential](const Entry &entry) { return entry.referential.get() == &referential && entry.installed; });
}

Status ReferentialCatalog::add(Referential referential)
{
    return add(std::make_shared<const Referential>(std::move(referential)));
}

Status ReferentialCatalog::add(std::shared_ptr<const Referential> referential, bool installed)
{
    if (find(referential->id(), referential->version()))
        return Error {tr("Version %1 of the referential \"%2\" is already loaded.")
                          .arg(referential->version(), referential->id())};
    const auto position = std::lower_bound(m_entries.begin(), m_entries.end(), *referential,
        [](const Entry &entry, const Referential &r) { return entryLess(*entry.referential, r); });
    m_entries.insert(position, Entry {std::move(referential), installed});
    return Done {};
}

} // namespace Paliers
