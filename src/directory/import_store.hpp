#pragma once
// SQL for the register imports: prepared statements made once per import (one parse and plan for
// millions of rows), and the set of known commune codes. Per chunk of rows, the organisations the
// rows name are loaded in one query; new organisations are written a hundred per INSERT. The
// writer expects the caller's transaction around each batch, opened by begin_batch() and closed
// by end_batch(), which writes what is pending and the batch's search documents.

#include "directory/commune_codes.hpp"
#include "directory/organisation.hpp"

#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace essaim::db {
class Session;
}

namespace essaim::directory {

//! What the importer needs of a stored organisation to merge a register's row into it.
struct StoredOrganisation {
    long long id = 0;
    OrganisationProfile profile;  //!< without actor types (imports never touch them)
    bool ceased = false;
    std::string member_edited_fields;  //!< the JSON array as stored
    std::string commune_part_code;     //!< see RegisterPlace; "" when none
};

//! Every current commune of the territory tables, and the parts of communes.
CommuneCodes load_commune_codes(db::Session& session);

//! The identifiers a chunk of register rows will look up.
struct RegisterKeys {
    std::vector<std::string> sirens;
    std::vector<std::string> rnas;
    void clear()
    {
        sirens.clear();
        rnas.clear();
    }
};

class ImportWriter {
public:
    //! Prepares the statements on `session`, which must outlive the writer.
    ImportWriter(db::Session& session);
    ~ImportWriter();
    ImportWriter(const ImportWriter&) = delete;
    ImportWriter& operator=(const ImportWriter&) = delete;

    //! Loads the organisations holding `keys` in two queries, so that the rows of a chunk are
    //! looked up in memory rather than by one query each (a round trip each on PostgreSQL). Keys
    //! that are not plain letters and digits are left to the per-row lookup.
    void prefetch(const RegisterKeys& keys);
    std::optional<StoredOrganisation> find_by_siren(const std::string& siren);
    std::optional<StoredOrganisation> find_by_rna(const std::string& rna);
    //! Inserts a published organisation from a register. The row is written with others in one
    //! multi-row INSERT, at the latest when a lookup names one of its identifiers or the batch ends.
    void insert(const OrganisationProfile& profile, const std::string& commune_part_code, OrganisationSource source,
        bool ceased, long long now);
    //! Writes the profile columns, the commune's part, ceased and updated_at (status, source and
    //! edits list untouched).
    void update(long long id, const OrganisationProfile& profile, const std::string& commune_part_code, bool ceased,
        long long now);

    //! At the start of a batch's transaction: holds the search triggers back (migration 060).
    void begin_batch();
    //! Before the batch's commit: indexes the organisations the batch wrote, in one go.
    void end_batch();

private:
    struct Statements;
    db::Session& m_session;
    std::unique_ptr<Statements> m_statements;
    void forget(const std::string& siren, const std::string& rna, long long id);
    //! Writes the pending inserts.
    void flush();

    struct PendingInsert {
        OrganisationProfile profile;
        std::string commune_part_code;
        std::string source;
        bool ceased = false;
        long long now = 0;
    };
    std::vector<PendingInsert> m_pending;
    std::unordered_set<std::string> m_pending_sirens;
    std::unordered_set<std::string> m_pending_rnas;

    std::vector<long long> m_written;  //!< organisations inserted or updated in this batch
    // What prefetch() loaded: a key in m_known_* is answered from the maps (absent = no such
    // organisation). Writes make their keys unknown again, so the next lookup reads the row.
    std::unordered_set<std::string> m_known_sirens;
    std::unordered_set<std::string> m_known_rnas;
    std::unordered_map<std::string, StoredOrganisation> m_by_siren;
    std::unordered_map<std::string, StoredOrganisation> m_by_rna;
};

} // namespace essaim::directory
