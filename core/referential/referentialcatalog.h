#pragma once

#include "model/result.h"
#include "referential/referential.h"

#include <memory>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace Paliers {

// The referentials Paliers knows, each version of each grid: those it ships,
// compiled in as Qt resources under ":/referentials/<id>/<version>.json", and
// those a user installed (Fichier → Ajouter une grille…, `paliers-cli
// referential install`, or an import that carried its grid), kept as files in
// installedFolder().
//
// An assessment is always read with the version it was made with (find()); a
// new one is made with the latest. Referentials are shared between copies of
// a catalogue and never move: a pointer from find() stays valid as long as a
// catalogue holding it lives, whatever is added later.
class ReferentialCatalog
{
    Q_DECLARE_TR_FUNCTIONS(ReferentialCatalog)

public:
    // The bundled grids. Loaded once; a bundled file that fails to load is a
    // packaging error reported here.
    static Result<ReferentialCatalog> bundled();
    // The bundled grids and those installed in `folder`. An installed file
    // that no longer loads (edited by hand, from a newer Paliers) is left out
    // and named in skipped(); it never stops the program.
    static Result<ReferentialCatalog> withInstalled(const QString &folder = installedFolder());
    // Where installed grids are kept: the application's data folder.
    static QString installedFolder();

    // The latest version of each grid, sorted by id: what a new assessment
    // is offered.
    QList<const Referential *> referentials() const;
    // Every version of a grid, oldest first.
    QList<const Referential *> versions(const QString &id) const;
    const Referential *latest(const QString &id) const;
    const Referential *find(const QString &id, const QString &version) const;
    // A criterion of grid `id` in the latest version that has it (an older
    // version's criterion still blocks schools assessed with it), or null.
    const Criterion *criterion(const QString &id, const QString &criterionId) const;
    // True when `referential` was installed rather than bundled.
    bool isInstalled(const Referential &referential) const;

    // Adds a version; refuses an (id, version) that is already there.
    Status add(Referential referential);
    Status add(std::shared_ptr<const Referential> referential, bool installed = false);

    // Installed files left out, each with the loader's message.
    const QStringList &skipped() const { return m_skipped; }

private:
    struct Entry
    {
        std::shared_ptr<const Referential> referential;
        bool installed = false;
    };
    QList<Entry> m_entries; // sorted by id, then version
    QStringList m_skipped;
};

} // namespace Paliers
