-- The directory's section of the region and department pages (src/directory/territory_section_store.cpp)
-- counts and lists the published, non-ceased organisations of a territory, commune by commune.
-- organisations_by_commune alone would read every organisation of a commune, pending or ceased
-- included, row by row, to keep the public ones; this partial index holds only those, ordered by
-- last update (the "recently updated" list), and serves index-only scans (PostgreSQL needs no
-- copy of the condition's columns, unlike SQLite's version of this migration). The queries repeat
-- its conditions as literals, which both SQLite and PostgreSQL need to use a partial index.

CREATE INDEX organisations_published_by_commune ON organisations (commune_code, updated_at, id)
    WHERE status = 'publiee' AND ceased = 0;
