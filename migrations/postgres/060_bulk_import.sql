-- Bulk imports index the search documents of a batch in one set-based statement instead of one
-- trigger run per row (measured: the per-row triggers of 040 made the register import several
-- times slower).
--
-- search_indexing_paused: an import inserts a row at the start of each batch transaction and
-- deletes it before the commit, after writing the batch's documents itself (src/directory/
-- import_search_store.cpp, which must write exactly what the trigger writes). The row is never
-- committed, so no other transaction ever sees it: the live site keeps indexing every write.
--
-- The organisation trigger of 040 is recreated with that guard; its function is unchanged. A
-- trigger's WHEN cannot hold a subquery, hence the function. The project trigger is left alone:
-- imports never write projects.

CREATE TABLE search_indexing_paused (
    paused INTEGER NOT NULL DEFAULT 1
);

CREATE FUNCTION essaim_search_indexing_paused() RETURNS boolean
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$ SELECT EXISTS (SELECT 1 FROM search_indexing_paused) $$;

DROP TRIGGER search_organisations ON organisations;

CREATE TRIGGER search_organisations AFTER INSERT OR UPDATE OR DELETE ON organisations
    FOR EACH ROW WHEN (NOT essaim_search_indexing_paused())
    EXECUTE FUNCTION essaim_search_organisation_changed();
