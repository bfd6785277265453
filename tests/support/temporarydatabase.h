#pragma once

#include "storage/database.h"
#include "storage/storage.h"

#include <memory>
#include <QTemporaryDir>

namespace Paliers::TestSupport {

// The time every test database believes it is: 2026-11-23 09:00 UTC, plus one
// second per call, so that history rows are ordered and predictable.
Database::Clock fixedClock();

// A fresh database in its own temporary folder, opened with a fixed clock,
// and a Storage over it with the bundled referentials and the actor "Test".
class TemporaryDatabase
{
public:
    TemporaryDatabase();

    const QString &path() const { return m_path; }
    QString folder() const { return m_dir.path(); }
    Database &database() { return *m_database; }
    Storage &storage() { return *m_storage; }

    // Closes and opens the file again, as a restart of the app would.
    void reopen();

private:
    void open();

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Storage> m_storage;
};

// Reads a whole file, to check that a refused file was left untouched.
QByteArray fileBytes(const QString &path);

// An établissement and an école ready to be stored.
Establishment sampleCollege();
Establishment sampleEcole();

// Stores sampleEcole() and its 2025-2026 assessment of the écoles grid with
// the palier 1 of PIL met (PIL-1-01 to PIL-1-05) and nothing else; returns
// the assessment, 0 on failure (reported to the test).
qint64 addEcoleAtPilPalierOne(Storage &storage);

} // namespace Paliers::TestSupport
