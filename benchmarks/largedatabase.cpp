#include "largedatabase.h"

#include "storage/database.h"

#include <algorithm>
#include <memory>
#include <QSqlError>
#include <QSqlQuery>

namespace Paliers::Bench::LargeDatabase {

namespace {

void execOrDie(QSqlQuery &q, const QString &statement)
{
    if (!q.exec(statement))
        qFatal("%s: %s", qPrintable(statement), qPrintable(q.lastError().text()));
}

} // namespace

QString create(const QString &path, const ReferentialCatalog &catalog, int establishments, int years)
{
    std::unique_ptr<Database> database = Database::open(path).value();
    QSqlQuery q(database->connection());
    execOrDie(q, QStringLiteral("BEGIN"));
    execOrDie(q, QStringLiteral("CREATE TEMP TABLE criterion (id TEXT, referential TEXT)"));
    for (const Referential *r : catalog.referentials()) {
        for (const Criterion &c : r->criteria())
            execOrDie(q, QStringLiteral("INSERT INTO criterion VALUES ('%1', '%2')").arg(c.id, r->id()));
    }
    execOrDie(q,
        QStringLiteral(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1)"
            " INSERT INTO establishment (uai, name, kind, commune, circonscription, departement, academie,"
            " head_name, referent_name, created_at, updated_at)"
            " SELECT printf('%07d', 900000 + i) || substr('ABCDEFGHJKLMNPRSTUVWXYZ', (900000 + i) % 23 + 1, 1),"
            " CASE WHEN i % 2 THEN 'École ' ELSE 'Collège ' END || i,"
            " CASE WHEN i % 2 THEN 'ecole_elementaire' ELSE 'college' END,"
            " 'Commune ' || (i % 400), 'Circonscription ' || (i % 150), 'Val-de-Marne', 'Créteil',"
            " 'Direction ' || i, 'Référent ' || i, '2023-09-01T08:00:00.000Z', '2023-09-01T08:00:00.000Z'"
            " FROM n")
            .arg(establishments));
    execOrDie(q,
        QStringLiteral(
            "INSERT INTO assessment (establishment_id, referential_id, referential_version, school_year,"
            " author, author_role, status, created_at, updated_at)"
            " SELECT e.id, CASE WHEN e.kind = 'college' THEN 'creteil-etablissements' ELSE 'creteil-ecoles' END,"
            " '2014.1', y.year, e.head_name, 'direction', 'valide', '2023-09-01T08:00:00.000Z',"
            " '2023-09-01T08:00:00.000Z'"
            " FROM establishment e, (WITH RECURSIVE y(k, year) AS (SELECT 0, '2024-2025'"
            "  UNION ALL SELECT k + 1, printf('%d-%d', 2023 - k, 2024 - k) FROM y WHERE k + 1 < %1)"
            "  SELECT year FROM y) y")
            .arg(std::max(years, 1)));
    execOrDie(q,
        QStringLiteral(
            "INSERT INTO answer (assessment_id, criterion_id, status, comment, evidence, changed_by, changed_at)"
            " SELECT a.id, c.id, CASE abs(random()) % 4 WHEN 0 THEN 'atteint' WHEN 1 THEN 'en_cours'"
            " WHEN 2 THEN 'non_atteint' ELSE 'non_concerne' END, 'Commentaire', '', 'bench',"
            " '2023-09-01T08:00:00.000Z'"
            " FROM assessment a JOIN criterion c ON c.referential = a.referential_id"));
    execOrDie(q,
        QStringLiteral(
            "INSERT INTO answer_history (assessment_id, criterion_id, new_status, new_comment, changed_by,"
            " changed_at) SELECT assessment_id, criterion_id, status, comment, changed_by, changed_at FROM answer"));
    execOrDie(q,
        QStringLiteral("INSERT INTO assessment_event (assessment_id, kind, actor, at)"
                       " SELECT id, 'created', author, created_at FROM assessment"));
    execOrDie(q, QStringLiteral("COMMIT"));
    execOrDie(q, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return path;
}

} // namespace Paliers::Bench::LargeDatabase
