#pragma once
// SQL for the register imports: prepared statements made once per import and executed for every
// row (one parse and plan for millions of rows), and the set of known commune codes. The writer
// expects the caller's transaction around each batch.

#include "directory/organisation.hpp"

#include <memory>
#include <optional>
#include <string>
#include <unordered_set>

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
};

//! Every INSEE commune code of the territory tables.
std::unordered_set<std::string> load_commune_codes(db::Session& session);

class ImportWriter {
public:
    //! Prepares the statements on `session`, which must outlive the writer.
    ImportWriter(db::Session& session);
    ~ImportWriter();
    ImportWriter(const ImportWriter&) = delete;
    ImportWriter& operator=(const ImportWriter&) = delete;

    std::optional<StoredOrganisation> find_by_siren(const std::string& siren);
    std::optional<StoredOrganisation> find_by_rna(const std::string& rna);
    //! Inserts a published organisation from a register; returns its id.
    long long insert(const OrganisationProfile& profile, OrganisationSource source, bool ceased, long long now);
    //! Writes the profile columns, ceased and updated_at (status, source and edits list untouched).
    void update(long long id, const OrganisationProfile& profile, bool ceased, long long now);

private:
    struct Statements;
    std::unique_ptr<Statements> m_statements;
};

} // namespace essaim::directory
