#pragma once

#include "model/result.h"
#include "referential/referentialcatalog.h"

#include <memory>
#include <QCoreApplication>

namespace Paliers {

// Keeps a grid an académie wrote (or one an import carried) among the
// installed referentials, after checking it as the loader does and against
// the versions already known: an (id, version) already there with other
// content is refused, and so is a map onto an older version whose criteria
// it does not match. The file is kept byte for byte, so that its SHA-256 is
// the one exports name.
class ReferentialInstaller
{
    Q_DECLARE_TR_FUNCTIONS(ReferentialInstaller)

public:
    struct Installed
    {
        std::shared_ptr<const Referential> referential;
        QString path; // where it is kept
        bool alreadyThere = false; // the same file was installed or bundled before
    };

    static Result<Installed> install(const QByteArray &data, const QString &fileName, const ReferentialCatalog &catalog,
        const QString &folder = ReferentialCatalog::installedFolder());
    static Result<Installed> installFile(const QString &path, const ReferentialCatalog &catalog,
        const QString &folder = ReferentialCatalog::installedFolder());
    // Checks what install() checks, without writing anything.
    static Result<std::shared_ptr<const Referential>> check(
        const QByteArray &data, const QString &fileName, const ReferentialCatalog &catalog);

    // "<id>@<version>.json"
    static QString fileNameFor(const Referential &referential);
};

} // namespace Paliers
