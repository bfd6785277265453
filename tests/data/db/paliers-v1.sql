-- How paliers-v1.sqlite was made: the schema of database version 1 exactly as
-- the first migration step writes it, with a little data, in the rollback
-- journal mode that the sqlite3 tool uses.
--   sqlite3 paliers-v1.sqlite < paliers-v1.sql
PRAGMA application_id = 1348562025; -- 0x50616C69, "Pali"
CREATE TABLE establishment ( id INTEGER PRIMARY KEY, uai TEXT NOT NULL UNIQUE, name TEXT NOT NULL, kind TEXT NOT NULL, commune TEXT NOT NULL DEFAULT '', circonscription TEXT NOT NULL DEFAULT '', departement TEXT NOT NULL DEFAULT '', academie TEXT NOT NULL DEFAULT '', head_name TEXT NOT NULL DEFAULT '', referent_name TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
CREATE TABLE assessment ( id INTEGER PRIMARY KEY, establishment_id INTEGER NOT NULL REFERENCES establishment(id) ON DELETE CASCADE, referential_id TEXT NOT NULL, referential_version TEXT NOT NULL, school_year TEXT NOT NULL, author TEXT NOT NULL DEFAULT '', author_role TEXT NOT NULL DEFAULT '', status TEXT NOT NULL DEFAULT 'brouillon' CHECK (status IN ('brouillon', 'valide')), created_at TEXT NOT NULL, updated_at TEXT NOT NULL, validated_at TEXT, validated_by TEXT NOT NULL DEFAULT '', previous_id INTEGER REFERENCES assessment(id) ON DELETE SET NULL, UNIQUE (establishment_id, referential_id, school_year));
CREATE TABLE answer ( assessment_id INTEGER NOT NULL REFERENCES assessment(id) ON DELETE CASCADE, criterion_id TEXT NOT NULL, status TEXT NOT NULL, comment TEXT NOT NULL DEFAULT '', evidence TEXT NOT NULL DEFAULT '', changed_by TEXT NOT NULL DEFAULT '', changed_at TEXT NOT NULL, PRIMARY KEY (assessment_id, criterion_id)) WITHOUT ROWID;
CREATE TABLE answer_history ( id INTEGER PRIMARY KEY, assessment_id INTEGER NOT NULL REFERENCES assessment(id) ON DELETE CASCADE, criterion_id TEXT NOT NULL, old_status TEXT, new_status TEXT NOT NULL, old_comment TEXT NOT NULL DEFAULT '', new_comment TEXT NOT NULL DEFAULT '', old_evidence TEXT NOT NULL DEFAULT '', new_evidence TEXT NOT NULL DEFAULT '', changed_by TEXT NOT NULL DEFAULT '', changed_at TEXT NOT NULL);
CREATE INDEX assessment_by_establishment ON assessment (establishment_id, school_year);
CREATE INDEX answer_history_by_assessment ON answer_history (assessment_id, id);
INSERT INTO establishment VALUES (1, '0750655E', 'École élémentaire Jean-Jaurès', 'ecole_elementaire', 'Créteil', 'Créteil 1', 'Val-de-Marne', 'Créteil', 'Mme Dupont', 'M. Martin', '2024-10-01T08:00:00.000Z', '2024-10-01T08:00:00.000Z');
INSERT INTO assessment VALUES (1, 1, 'creteil-ecoles', '2014.1', '2024-2025', 'Mme Dupont', 'directrice', 'valide', '2024-10-01T08:05:00.000Z', '2024-11-02T10:00:00.000Z', '2024-11-02T10:00:00.000Z', 'Mme Dupont', NULL);
INSERT INTO answer VALUES (1, 'PIL-1-01', 'atteint', 'Volet numérique voté en conseil d''école', '', 'Mme Dupont', '2024-10-01T08:10:00.000Z');
INSERT INTO answer VALUES (1, 'PIL-1-02', 'en_cours', '', 'https://ent.example/charte', 'M. Martin', '2024-10-02T09:00:00.000Z');
INSERT INTO answer_history VALUES (1, 1, 'PIL-1-01', NULL, 'atteint', '', 'Volet numérique voté en conseil d''école', '', '', 'Mme Dupont', '2024-10-01T08:10:00.000Z');
INSERT INTO answer_history VALUES (2, 1, 'PIL-1-02', NULL, 'en_cours', '', '', '', 'https://ent.example/charte', 'M. Martin', '2024-10-02T09:00:00.000Z');
PRAGMA user_version = 1;
