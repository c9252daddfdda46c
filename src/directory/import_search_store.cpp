#include "directory/import_search_store.hpp"

#include "db/session.hpp"

#include <soci/soci.h>

#include <string>

namespace essaim::directory {

namespace {

// The documents' expressions are those of the triggers of migration 040 (SQLite, PostgreSQL);
// a change there must be made here too (tests/directory/import_search_integration_test.cpp
// compares the two paths).

const char* const sqlite_statements[] = {
    "DELETE FROM search_documents WHERE rowid IN (SELECT value * 2 FROM json_each(:ids))",
    "INSERT INTO search_documents (rowid, kind, record_id, title, body)"
    " SELECT o.id * 2, 'organisation', o.id, o.name,"
    " o.acronym || ' ' || coalesce(o.siren, '') || ' ' || coalesce(o.rna, '') || ' '"
    " || o.postal_code || ' ' || coalesce((SELECT name FROM communes WHERE code = o.commune_code), '')"
    " || ' ' || o.description"
    " FROM organisations o"
    " WHERE o.id IN (SELECT value FROM json_each(:ids)) AND o.status = 'publiee' AND o.ceased = 0",
    "DELETE FROM search_documents WHERE rowid IN"
    " (SELECT p.id * 2 + 1 FROM projects p WHERE p.organisation_id IN (SELECT value FROM json_each(:ids)))",
    "INSERT INTO search_documents (rowid, kind, record_id, title, body)"
    " SELECT p.id * 2 + 1, 'project', p.id, p.title,"
    " p.summary || ' ' || p.social_need || ' ' || p.beneficiaries || ' ' || o.name"
    " FROM projects p JOIN organisations o ON o.id = p.organisation_id"
    " WHERE p.organisation_id IN (SELECT value FROM json_each(:ids))"
    " AND p.status = 'publiee' AND o.status = 'publiee' AND o.ceased = 0",
};

const char* const postgres_statements[] = {
    "DELETE FROM search_documents WHERE kind = 'organisation' AND record_id = ANY (CAST(:ids AS bigint[]))",
    "INSERT INTO search_documents (kind, record_id, title, body, document)"
    " SELECT 'organisation', o.id, o.name, b.body, essaim_search_vector(o.name, b.body)"
    " FROM organisations o"
    " CROSS JOIN LATERAL (SELECT o.acronym || ' ' || coalesce(o.siren, '') || ' ' || coalesce(o.rna, '') || ' '"
    " || o.postal_code || ' ' || coalesce((SELECT c.name FROM communes c WHERE c.code = o.commune_code), '')"
    " || ' ' || o.description AS body) b"
    " WHERE o.id = ANY (CAST(:ids AS bigint[])) AND o.status = 'publiee' AND o.ceased = 0",
    "DELETE FROM search_documents d WHERE d.kind = 'project'"
    " AND d.record_id IN (SELECT p.id FROM projects p WHERE p.organisation_id = ANY (CAST(:ids AS bigint[])))",
    "INSERT INTO search_documents (kind, record_id, title, body, document)"
    " SELECT 'project', p.id, p.title, b.body, essaim_search_vector(p.title, b.body)"
    " FROM projects p"
    " JOIN organisations o ON o.id = p.organisation_id"
    " CROSS JOIN LATERAL (SELECT p.summary || ' ' || p.social_need || ' ' || p.beneficiaries || ' ' || o.name AS body) b"
    " WHERE p.organisation_id = ANY (CAST(:ids AS bigint[]))"
    " AND p.status = 'publiee' AND o.status = 'publiee' AND o.ceased = 0",
};

//! The ids as a JSON array (SQLite's json_each) or an array literal (PostgreSQL's bigint[]).
std::string id_list(const std::vector<long long>& ids, bool sqlite)
{
    std::string list(1, sqlite ? '[' : '{');
    for (std::size_t i = 0; i < ids.size(); ++i) {
        if (i > 0)
            list += ',';
        list += std::to_string(ids[i]);
    }
    list += sqlite ? ']' : '}';
    return list;
}

} // namespace

void pause_search_indexing(db::Session& session)
{
    session.sql() << "INSERT INTO search_indexing_paused (paused) VALUES (1)";
}

void index_organisations_and_resume(db::Session& session, const std::vector<long long>& ids)
{
    // Resumed first: the statements below write the documents themselves, and the project rows
    // they read are not written by them, so no trigger of 040 runs twice.
    session.sql() << "DELETE FROM search_indexing_paused";
    if (ids.empty())
        return;
    const std::string list = id_list(ids, session.is_sqlite());
    if (session.is_sqlite()) {
        for (const char* statement : sqlite_statements)
            session.sql() << statement, soci::use(list, "ids");
    } else {
        for (const char* statement : postgres_statements)
            session.sql() << statement, soci::use(list, "ids");
    }
}

} // namespace essaim::directory
