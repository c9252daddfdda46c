-- The directory's section of the region and department pages (src/directory/territory_section_store.cpp)
-- counts and lists the published, non-ceased organisations of a territory, commune by commune.
-- organisations_by_commune alone would read every organisation of a commune, pending or ceased
-- included, row by row, to keep the public ones; this partial index holds only those, ordered by
-- last update (the "recently updated" list). The queries repeat its conditions as literals, which
-- both SQLite and PostgreSQL need to use a partial index. SQLite reads a partial index's own
-- condition columns from the table unless the index holds them: status and ceased are appended so
-- that counting a region reads the index alone (measured: 47,000 organisations of a region
-- among 1,000,000 counted in 7 ms instead of 69 ms).

CREATE INDEX organisations_published_by_commune ON organisations (commune_code, updated_at, id, status, ceased)
    WHERE status = 'publiee' AND ceased = 0;
