-- Full-text search over the public directory: one FTS5 document per searchable organisation or
-- project. The tokenizer lower-cases and strips accents ("Économie" is indexed as "economie");
-- prefix indexes of 2 to 4 characters keep the prefix queries of search-as-you-type ("econ*") cheap.
--
-- Only published, non-ceased organisations are searchable, and the published projects of such
-- organisations. Triggers keep the index in sync, so every write path (forms, moderation, register
-- imports, merges) is covered without the use cases knowing about search.
--
-- rowid is derived from the record, not allocated: organisation N is 2N, project N is 2N + 1. A
-- trigger thus removes a document by rowid, which FTS5 does without scanning the table (a
-- condition on the UNINDEXED columns would read every document).
--
-- title: the name (weighted 10 in bm25); body: the other words worth finding (acronym,
-- identifiers, commune, description; for a project, its texts and its organisation's name).
-- Note for maintainers: the migration splitter counts BEGIN … END words to find the end of a
-- trigger, so trigger bodies below avoid CASE … END.

CREATE VIRTUAL TABLE search_documents USING fts5 (
    kind UNINDEXED,
    record_id UNINDEXED,
    title,
    body,
    tokenize = "unicode61 remove_diacritics 2",
    prefix = '2 3 4'
);

CREATE TRIGGER search_organisations_insert AFTER INSERT ON organisations
BEGIN
    INSERT INTO search_documents (rowid, kind, record_id, title, body)
    SELECT NEW.id * 2, 'organisation', NEW.id, NEW.name,
        NEW.acronym || ' ' || coalesce(NEW.siren, '') || ' ' || coalesce(NEW.rna, '') || ' '
            || NEW.postal_code || ' ' || coalesce((SELECT name FROM communes WHERE code = NEW.commune_code), '')
            || ' ' || NEW.description
    WHERE NEW.status = 'publiee' AND NEW.ceased = 0;
END;

-- Fires only when a searched field or the visibility changes: a register re-import that rewrites
-- identical values does not rewrite the index.
CREATE TRIGGER search_organisations_update AFTER UPDATE ON organisations
WHEN OLD.name IS NOT NEW.name OR OLD.acronym IS NOT NEW.acronym OR OLD.siren IS NOT NEW.siren
    OR OLD.rna IS NOT NEW.rna OR OLD.postal_code IS NOT NEW.postal_code OR OLD.commune_code IS NOT NEW.commune_code
    OR OLD.description IS NOT NEW.description OR OLD.status IS NOT NEW.status OR OLD.ceased IS NOT NEW.ceased
BEGIN
    DELETE FROM search_documents WHERE rowid = OLD.id * 2;
    INSERT INTO search_documents (rowid, kind, record_id, title, body)
    SELECT NEW.id * 2, 'organisation', NEW.id, NEW.name,
        NEW.acronym || ' ' || coalesce(NEW.siren, '') || ' ' || coalesce(NEW.rna, '') || ' '
            || NEW.postal_code || ' ' || coalesce((SELECT name FROM communes WHERE code = NEW.commune_code), '')
            || ' ' || NEW.description
    WHERE NEW.status = 'publiee' AND NEW.ceased = 0;
    -- The organisation's projects follow its visibility and carry its name.
    DELETE FROM search_documents WHERE rowid IN (SELECT id * 2 + 1 FROM projects WHERE organisation_id = NEW.id);
    INSERT INTO search_documents (rowid, kind, record_id, title, body)
    SELECT p.id * 2 + 1, 'project', p.id, p.title,
        p.summary || ' ' || p.social_need || ' ' || p.beneficiaries || ' ' || NEW.name
    FROM projects p
    WHERE p.organisation_id = NEW.id AND p.status = 'publiee' AND NEW.status = 'publiee' AND NEW.ceased = 0;
END;

CREATE TRIGGER search_organisations_delete AFTER DELETE ON organisations
BEGIN
    DELETE FROM search_documents WHERE rowid = OLD.id * 2;
END;

CREATE TRIGGER search_projects_insert AFTER INSERT ON projects
BEGIN
    INSERT INTO search_documents (rowid, kind, record_id, title, body)
    SELECT NEW.id * 2 + 1, 'project', NEW.id, NEW.title,
        NEW.summary || ' ' || NEW.social_need || ' ' || NEW.beneficiaries || ' ' || o.name
    FROM organisations o
    WHERE o.id = NEW.organisation_id AND NEW.status = 'publiee' AND o.status = 'publiee' AND o.ceased = 0;
END;

CREATE TRIGGER search_projects_update AFTER UPDATE ON projects
WHEN OLD.title IS NOT NEW.title OR OLD.summary IS NOT NEW.summary OR OLD.social_need IS NOT NEW.social_need
    OR OLD.beneficiaries IS NOT NEW.beneficiaries OR OLD.status IS NOT NEW.status
    OR OLD.organisation_id IS NOT NEW.organisation_id
BEGIN
    DELETE FROM search_documents WHERE rowid = OLD.id * 2 + 1;
    INSERT INTO search_documents (rowid, kind, record_id, title, body)
    SELECT NEW.id * 2 + 1, 'project', NEW.id, NEW.title,
        NEW.summary || ' ' || NEW.social_need || ' ' || NEW.beneficiaries || ' ' || o.name
    FROM organisations o
    WHERE o.id = NEW.organisation_id AND NEW.status = 'publiee' AND o.status = 'publiee' AND o.ceased = 0;
END;

CREATE TRIGGER search_projects_delete AFTER DELETE ON projects
BEGIN
    DELETE FROM search_documents WHERE rowid = OLD.id * 2 + 1;
END;

-- Backfill what existed before this migration.
INSERT INTO search_documents (rowid, kind, record_id, title, body)
SELECT o.id * 2, 'organisation', o.id, o.name,
    o.acronym || ' ' || coalesce(o.siren, '') || ' ' || coalesce(o.rna, '') || ' ' || o.postal_code || ' '
        || coalesce((SELECT name FROM communes WHERE code = o.commune_code), '') || ' ' || o.description
FROM organisations o
WHERE o.status = 'publiee' AND o.ceased = 0;

INSERT INTO search_documents (rowid, kind, record_id, title, body)
SELECT p.id * 2 + 1, 'project', p.id, p.title,
    p.summary || ' ' || p.social_need || ' ' || p.beneficiaries || ' ' || o.name
FROM projects p JOIN organisations o ON o.id = p.organisation_id
WHERE p.status = 'publiee' AND o.status = 'publiee' AND o.ceased = 0;
