-- The orders of the directory page (/annuaire) without words. When more records match than the
-- page counts exactly (directory_page_store.hpp), it cuts its page of rows by walking these
-- indexes in order, one kind of record at a time, and stops after offset + limit matches: its
-- cost follows the page, not the size of the directory. The expressions are the ones the page
-- sorts by (lower(title), then id; updated_at, then id), so the engine can use them for ORDER BY.

CREATE INDEX organisations_by_listing_name ON organisations (lower(name), id);
CREATE INDEX organisations_by_listing_date ON organisations (updated_at, id);
CREATE INDEX projects_by_listing_name ON projects (lower(title), id);
CREATE INDEX projects_by_listing_date ON projects (updated_at, id);
