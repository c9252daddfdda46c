#pragma once
// Projects (the social innovations organisations carry): the fixed reference lists (thematics, UN
// sustainable development goals, stages, growth modes) with their French labels, the profile
// members edit, and the pure rules derived from it: the completeness score, the qualification
// decision and the reach of an essaimage family.

#include "directory/organisation.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace essaim::directory {

//! The 16 thematics of the directory, in display order.
const std::vector<CodeLabel>& thematics();
//! Development stages: ideation, experimentation, consolidation, changement_echelle.
const std::vector<CodeLabel>& project_stages();
//! Growth modes: croissance_organique, essaimage.
const std::vector<CodeLabel>& growth_modes();

//! The UN sustainable development goals, 1 to 17, with their official French short names.
struct Sdg {
    int number = 0;
    std::string_view name;
};
const std::vector<Sdg>& sdgs();
//! "ODD 3 — Bonne santé et bien-être", or "" outside 1..17.
std::string sdg_label(int number);

//! A territory of action: a commune (INSEE code), a department or a region.
enum class TerritoryKind { Commune, Departement, Region };
std::string_view territory_kind_code(TerritoryKind kind);  //!< "commune", "departement", "region"
bool territory_kind_from_code(std::string_view code, TerritoryKind& kind);

struct TerritoryRef {
    TerritoryKind kind = TerritoryKind::Commune;
    std::string code;
    bool operator==(const TerritoryRef&) const = default;
    auto operator<=>(const TerritoryRef&) const = default;
};

//! What the form edits. Empty strings and empty optionals mean "not given".
struct ProjectProfile {
    std::string title;
    std::string summary;
    std::string social_need;
    std::string beneficiaries;
    std::string stage;        //!< a code of project_stages()
    std::string growth_mode;  //!< a code of growth_modes()
    std::vector<std::string> thematics;  //!< codes of thematics(), in list order
    std::vector<int> sdgs;               //!< 1..17, ascending
    bool national_scope = false;
    std::vector<TerritoryRef> territories;  //!< sorted, no duplicates
    std::optional<long long> beneficiaries_per_year;
    std::optional<long long> jobs_fte_tenths;  //!< 25 = 2.5 full-time equivalents
    std::optional<long long> annual_budget_euros;
    std::optional<long long> funding_sought_euros;
    bool needs_support = false;
    bool needs_experimentation = false;  //!< experimentation or derogation
    bool needs_partners = false;
    std::string needs_details;
    std::optional<long long> replicates_project_id;  //!< essaimage: the original project
    std::string replication_started_on;              //!< "YYYY-MM-DD"

    bool operator==(const ProjectProfile&) const = default;
};

struct Project {
    long long id = 0;
    long long organisation_id = 0;
    ProjectProfile profile;
    int completeness = 0;
    bool qualified = false;
    //! Publiee, or Refusee once an administrator hid it (with hidden_reason, shown to its members).
    OrganisationStatus status = OrganisationStatus::Publiee;
    std::string hidden_reason;
    long long created_at = 0;
    long long updated_at = 0;
    long long created_by = 0;
};

//! One part of the completeness score.
struct CompletenessItem {
    std::string_view label;  //!< what to fill in, in French
    int weight = 0;
    bool done = false;
};
//! The score's parts; their weights add up to 100:
//! summary 15, social need 15, beneficiaries 10, a thematic 10, an SDG 10, a territory (or
//! national) 10, beneficiaries a year 10, jobs 5, budget 5, needs stated 10.
std::vector<CompletenessItem> completeness_items(const ProjectProfile& profile);
//! 0..100: the sum of the weights of the parts done.
int completeness_score(const ProjectProfile& profile);

//! A review on the grid: each criterion 0..3.
struct QualificationGrid {
    int social_need = 0;
    int innovation = 0;
    int impact_evidence = 0;
    int scaling_potential = 0;
};
//! The rule: "qualifié" when the four scores add up to 8 or more and none is 0.
bool qualification_decision(const QualificationGrid& grid);

//! A project of an essaimage family, for its total reach.
struct LineageNode {
    long long id = 0;
    long long replicates_id = 0;  //!< 0: not a replication
    long long beneficiaries_per_year = 0;
};
//! The ids of `root` and of every project replicating it, directly or through other replications.
std::vector<long long> family_of(const std::vector<LineageNode>& nodes, long long root);
//! The sum of beneficiaries a year over family_of(nodes, root); cycles are counted once.
long long family_reach(const std::vector<LineageNode>& nodes, long long root);

//! "2,5" from 25 tenths; "3" from 30.
std::string format_tenths(long long tenths);

//! The label of a field of a project's revisions and audit entries ("jobs_fte_tenths" → "Emplois en
//! équivalent temps plein"); the name itself when unknown.
std::string_view project_field_label(std::string_view field);

//! How a project's status code reads ("publiee" → "Publié"); the code itself when unknown.
std::string project_status_label(const std::string& code);

} // namespace essaim::directory
