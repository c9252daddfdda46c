#pragma once
// Organisations as the directory sees them: the profile members edit, its moderation status, and
// the fixed code lists (ESS families, actor types, INSEE headcount bands) with their French labels.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace essaim::directory {

//! Moderation: a profile created by a member waits for an administrator, who publishes or refuses it.
enum class OrganisationStatus { EnAttente, Publiee, Refusee };

std::string_view status_code(OrganisationStatus status);   //!< "en_attente", "publiee", "refusee"
std::string_view status_label(OrganisationStatus status);  //!< "En attente de validation", …
bool status_from_code(std::string_view code, OrganisationStatus& status);

//! Who may move a profile from one status to another is for the use cases; this says which moves
//! exist: en attente → publiée or refusée, refusée → en attente (resubmitted by editing it).
bool is_allowed_transition(OrganisationStatus from, OrganisationStatus to);

//! How the record came to exist.
enum class OrganisationSource { Membre, Sirene, Rna };

std::string_view source_code(OrganisationSource source);
bool source_from_code(std::string_view code, OrganisationSource& source);

//! A code of a fixed list and its label.
struct CodeLabel {
    std::string_view code;
    std::string_view label;
};

//! ESS families (économie sociale et solidaire), in display order.
const std::vector<CodeLabel>& ess_families();
//! Actor types; an organisation has one or more.
const std::vector<CodeLabel>& actor_types();
//! INSEE "tranche d'effectifs salariés" codes: NN (non-employer), 00, 01, 02, 03, 11 … 53.
const std::vector<CodeLabel>& headcount_bands();
//! The label of `code` in `list`, or nothing when the code is not listed.
std::optional<std::string_view> label_of(const std::vector<CodeLabel>& list, std::string_view code);

//! What members edit. Empty strings mean "not given". Identifiers are stored in canonical form.
struct OrganisationProfile {
    std::string name;
    std::string acronym;
    std::string siren;            //!< 9 digits
    std::string nic_siege;        //!< 5 digits: the head office's SIRET is siren + nic_siege
    std::string rna;              //!< "W" + 9 characters
    std::string legal_form_code;  //!< INSEE catégorie juridique, 4 digits
    std::string ess_family;       //!< a code of ess_families()
    std::string naf_code;         //!< "88.99B"
    std::string headcount_band;   //!< a code of headcount_bands()
    std::string creation_date;    //!< "YYYY-MM-DD"
    std::string address_line;
    std::string postal_code;
    std::string commune_code;  //!< INSEE code of an existing commune
    std::string website;       //!< http(s) URL
    std::string description;
    std::vector<std::string> actor_types;  //!< codes of actor_types(), sorted, no duplicates

    //! The head office's SIRET, or "" when the NIC is unknown.
    std::string siret() const { return siren.empty() || nic_siege.empty() ? std::string() : siren + nic_siege; }
    bool operator==(const OrganisationProfile&) const = default;
};

//! The text fields of a profile with their French labels, in form order; `actor_types` is apart.
struct ProfileField {
    std::string_view name;
    std::string_view label;
    std::string OrganisationProfile::*member;
};
const std::vector<ProfileField>& profile_fields();
//! The profile's text member named `name` in profile_fields(), or nullptr.
std::string OrganisationProfile::*profile_member(std::string_view name);
//! The label of a field name of profile_fields(), "actor_types" or "status"; the name itself otherwise.
std::string_view field_label(std::string_view name);

struct Organisation {
    long long id = 0;
    OrganisationProfile profile;
    OrganisationStatus status = OrganisationStatus::EnAttente;
    std::string refusal_reason;
    OrganisationSource source = OrganisationSource::Membre;
    bool ceased = false;
    long long created_at = 0;
    long long updated_at = 0;
    long long created_by = 0;  //!< 0 = the system, or an account since deleted
    //! Profile fields set on the platform, which register imports leave alone.
    std::vector<std::string> member_edited_fields;
};

} // namespace essaim::directory
