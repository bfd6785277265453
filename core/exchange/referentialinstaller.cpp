#include "exchange/referentialinstaller.h"

#include "exchange/filewriter.h"
#include "referential/migration.h"
#include "referential/referentialloader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Paliers {

Result<std::shared_ptr<const Referential>> ReferentialInstaller::check(
    const QByteArray &data, const QString &fileName, const ReferentialCatalog &catalog)
{
    Result<Referential> loaded = ReferentialLoader::loadData(data, fileName);
    if (!loaded)
        return Error {loaded.error()};
    auto referential = std::make_shared<const Referential>(std::move(loaded).value());
    if (const Referential *known = catalog.find(referential->id(), referential->version());
        known && known->sha256() != referential->sha256())
        return Error {tr("%1: Paliers already has version %2 of the grid \"%3\", with other content. A grid "
                         "that changes takes a new version number.")
                          .arg(fileName, referential->version(), referential->id())};
    // A map onto a version Paliers knows must match that version's criteria,
    // and so must the map of a known newer version onto this one.
    for (const Supersession &supersession : referential->supersedes()) {
        if (const Referential *older = catalog.find(referential->id(), supersession.version)) {
            Result<Migration> migration = Migration::between(*older, *referential);
            if (!migration)
                return Error {tr("%1: %2").arg(fileName, migration.error())};
        }
    }
    for (const Referential *newer : catalog.versions(referential->id())) {
        if (newer->supersession(referential->version())) {
            Result<Migration> migration = Migration::between(*referential, *newer);
            if (!migration)
                return Error {tr("%1: %2").arg(fileName, migration.error())};
        }
    }
    return referential;
}

Result<ReferentialInstaller::Installed> ReferentialInstaller::install(
    const QByteArray &data, const QString &fileName, const ReferentialCatalog &catalog, const QString &folder)
{
    Result<std::shared_ptr<const Referential>> checked = check(data, fileName, catalog);
    if (!checked)
        return Error {checked.error()};
    Installed installed;
    installed.referential = checked.value();
    installed.path = QDir(folder).filePath(fileNameFor(*installed.referential));
    if (catalog.find(installed.referential->id(), installed.referential->version())) {
        installed.alreadyThere = true;
        return installed;
    }
    if (!QDir().mkpath(folder))
        return Error {tr("Cannot create the folder \"%1\" where added grids are kept.").arg(folder)};
    // Never over another grid's file (ids that differ only by case, on a file
    // system that does not tell them apart).
    if (QFile existing(installed.path); existing.exists()) {
        if (!existing.open(QIODevice::ReadOnly) || existing.readAll() != data)
            return Error {tr("%1: the file \"%2\" of another grid is in the way; Paliers leaves it as it is.")
                              .arg(fileName, installed.path)};
        return installed;
    }
    if (Status written = FileWriter::write(installed.path, data); !written)
        return Error {written.error()};
    return installed;
}

Result<ReferentialInstaller::Installed> ReferentialInstaller::installFile(
    const QString &path, const ReferentialCatalog &catalog, const QString &folder)
{
    Result<QByteArray> data = ReferentialLoader::readFile(path);
    if (!data)
        return Error {data.error()};
    return install(data.value(), QFileInfo(path).fileName(), catalog, folder);
}

QString ReferentialInstaller::fileNameFor(const Referential &referential)
{
    // '@' is in neither an id nor a version: two grids never share a name.
    return QStringLiteral("%1@%2.json").arg(referential.id(), referential.version());
}

} // namespace Paliers
