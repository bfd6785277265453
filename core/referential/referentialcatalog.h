#pragma once

#include "model/result.h"
#include "referential/referential.h"

#include <QCoreApplication>
#include <QList>

namespace Paliers {

// The referentials Paliers ships, compiled in as Qt resources under
// ":/referentials", plus any a user loads from a file.
class ReferentialCatalog
{
    Q_DECLARE_TR_FUNCTIONS(ReferentialCatalog)

public:
    // The bundled grids, sorted by id. Loaded once; a bundled file that fails
    // to load is a packaging error reported here.
    static Result<ReferentialCatalog> bundled();

    const QList<Referential> &referentials() const { return m_referentials; }
    const Referential *find(const QString &id) const;
    // Adds a referential; refuses an id that is already there.
    Status add(Referential referential);

private:
    QList<Referential> m_referentials;
};

} // namespace Paliers
