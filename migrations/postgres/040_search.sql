-- Full-text search over the public directory: one document per searchable organisation or
-- project, with a tsvector under a GIN index. Text is lower-cased and unaccented before the
-- 'simple' configuration splits it, so "Économie" is indexed as "economie", as SQLite's FTS5
-- (unicode61 remove_diacritics 2) does.
--
-- Why 'simple' and not 'french': both backends must pass the same tests and give the same
-- answers; FTS5 has no French stemmer, and prefix matching ("econ soli") already covers most
-- plural and derived forms. The french stemmer would also make "associations" find "associé".
--
-- Only published, non-ceased organisations are searchable, and the published projects of such
-- organisations. Triggers keep the index in sync, so every write path (forms, moderation, register
-- imports, merges) is covered without the use cases knowing about search.
--
-- title is weighted A and body B for ts_rank. body: acronym, identifiers, postal code, commune,
-- description; for a project, its texts and its organisation's name.

CREATE EXTENSION IF NOT EXISTS unaccent;

-- unaccent() is STABLE (it reads a dictionary that could change), which an index expression or a
-- generated column refuses; the dictionary is fixed for this database, so the wrapper is IMMUTABLE.
-- The two-argument form names the dictionary instead of relying on the default one.
CREATE FUNCTION essaim_unaccent(value text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$ SELECT unaccent('unaccent'::regdictionary, value) $$;

-- The normalised search vector of a title and a body.
CREATE FUNCTION essaim_search_vector(title text, body text) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT setweight(to_tsvector('simple'::regconfig, essaim_unaccent(lower(coalesce(title, '')))), 'A')
              || setweight(to_tsvector('simple'::regconfig, essaim_unaccent(lower(coalesce(body, '')))), 'B') $$;

CREATE TABLE search_documents (
    kind TEXT NOT NULL CHECK (kind IN ('organisation', 'project')),
    record_id BIGINT NOT NULL,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    document tsvector NOT NULL,
    PRIMARY KEY (kind, record_id)
);
CREATE INDEX search_documents_by_document ON search_documents USING GIN (document);

-- (Re)writes the documents of the projects of organisation `organisation` (all of them) or of the
-- single project `project`, from the current rows.
CREATE FUNCTION essaim_search_reindex_projects(organisation bigint, project bigint) RETURNS void
    LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM search_documents d
    WHERE d.kind = 'project'
      AND d.record_id IN (SELECT p.id FROM projects p
                          WHERE (organisation IS NULL OR p.organisation_id = organisation)
                            AND (project IS NULL OR p.id = project));
    INSERT INTO search_documents (kind, record_id, title, body, document)
    SELECT 'project', p.id, p.title, b.body, essaim_search_vector(p.title, b.body)
    FROM projects p
    JOIN organisations o ON o.id = p.organisation_id
    CROSS JOIN LATERAL (SELECT p.summary || ' ' || p.social_need || ' ' || p.beneficiaries || ' ' || o.name AS body) b
    WHERE (organisation IS NULL OR p.organisation_id = organisation)
      AND (project IS NULL OR p.id = project)
      AND p.status = 'publiee' AND o.status = 'publiee' AND o.ceased = 0;
END
$$;

CREATE FUNCTION essaim_search_organisation_changed() RETURNS trigger
    LANGUAGE plpgsql AS $$
DECLARE
    doc_body text;
BEGIN
    IF TG_OP = 'DELETE' THEN
        DELETE FROM search_documents WHERE kind = 'organisation' AND record_id = OLD.id;
        RETURN NULL;
    END IF;
    IF TG_OP = 'UPDATE' THEN
        -- A register re-import that rewrites identical values leaves the index alone.
        IF OLD.name IS NOT DISTINCT FROM NEW.name AND OLD.acronym IS NOT DISTINCT FROM NEW.acronym
           AND OLD.siren IS NOT DISTINCT FROM NEW.siren AND OLD.rna IS NOT DISTINCT FROM NEW.rna
           AND OLD.postal_code IS NOT DISTINCT FROM NEW.postal_code
           AND OLD.commune_code IS NOT DISTINCT FROM NEW.commune_code
           AND OLD.description IS NOT DISTINCT FROM NEW.description
           AND OLD.status IS NOT DISTINCT FROM NEW.status AND OLD.ceased IS NOT DISTINCT FROM NEW.ceased THEN
            RETURN NULL;
        END IF;
        DELETE FROM search_documents WHERE kind = 'organisation' AND record_id = OLD.id;
    END IF;
    IF NEW.status = 'publiee' AND NEW.ceased = 0 THEN
        doc_body := NEW.acronym || ' ' || coalesce(NEW.siren, '') || ' ' || coalesce(NEW.rna, '') || ' '
            || NEW.postal_code || ' ' || coalesce((SELECT c.name FROM communes c WHERE c.code = NEW.commune_code), '')
            || ' ' || NEW.description;
        INSERT INTO search_documents (kind, record_id, title, body, document)
        VALUES ('organisation', NEW.id, NEW.name, doc_body, essaim_search_vector(NEW.name, doc_body));
    END IF;
    IF TG_OP = 'UPDATE' THEN
        -- The organisation's projects follow its visibility and carry its name.
        PERFORM essaim_search_reindex_projects(NEW.id, NULL);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER search_organisations AFTER INSERT OR UPDATE OR DELETE ON organisations
    FOR EACH ROW EXECUTE FUNCTION essaim_search_organisation_changed();

CREATE FUNCTION essaim_search_project_changed() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        DELETE FROM search_documents WHERE kind = 'project' AND record_id = OLD.id;
        RETURN NULL;
    END IF;
    IF TG_OP = 'UPDATE' AND OLD.title IS NOT DISTINCT FROM NEW.title
       AND OLD.summary IS NOT DISTINCT FROM NEW.summary AND OLD.social_need IS NOT DISTINCT FROM NEW.social_need
       AND OLD.beneficiaries IS NOT DISTINCT FROM NEW.beneficiaries AND OLD.status IS NOT DISTINCT FROM NEW.status
       AND OLD.organisation_id IS NOT DISTINCT FROM NEW.organisation_id THEN
        RETURN NULL;
    END IF;
    PERFORM essaim_search_reindex_projects(NULL, NEW.id);
    RETURN NULL;
END
$$;

CREATE TRIGGER search_projects AFTER INSERT OR UPDATE OR DELETE ON projects
    FOR EACH ROW EXECUTE FUNCTION essaim_search_project_changed();

-- Backfill what existed before this migration.
INSERT INTO search_documents (kind, record_id, title, body, document)
SELECT 'organisation', o.id, o.name, b.body, essaim_search_vector(o.name, b.body)
FROM organisations o
CROSS JOIN LATERAL (SELECT o.acronym || ' ' || coalesce(o.siren, '') || ' ' || coalesce(o.rna, '') || ' '
    || o.postal_code || ' ' || coalesce((SELECT c.name FROM communes c WHERE c.code = o.commune_code), '')
    || ' ' || o.description AS body) b
WHERE o.status = 'publiee' AND o.ceased = 0;

DO $$ BEGIN PERFORM essaim_search_reindex_projects(NULL, NULL); END $$;
