#include "directory/vocabulary.hpp"

#include "directory/claim.hpp"
#include "directory/organisation.hpp"
#include "directory/project.hpp"

namespace essaim::directory {

void register_vocabulary(web::Registry& registry)
{
    using web::Term;
    auto& words = registry.vocabulary();
    const std::pair<const char*, const char*> actions[] = {
        {"directory.organisation_created", "Création d’une organisation"},
        {"directory.organisation_updated", "Modification d’une organisation"},
        {"directory.organisation_published", "Publication d’une organisation"},
        {"directory.organisation_refused", "Refus d’une organisation"},
        {"directory.organisations_merged", "Fusion de deux fiches d’organisation"},
        {"directory.claim_submitted", "Demande de rattachement"},
        {"directory.claim_accepted", "Rattachement accepté"},
        {"directory.claim_refused", "Rattachement refusé"},
        {"directory.identity_change_requested", "Demande de changement d’identité d’une organisation"},
        {"directory.identity_change_accepted", "Changement d’identité accepté"},
        {"directory.identity_change_refused", "Changement d’identité refusé"},
        {"directory.duplicate_dismissed", "Doublon écarté"},
        {"directory.import_sirene", "Import du répertoire SIRENE"},
        {"directory.import_rna", "Import du répertoire national des associations"},
        {"directory.project_created", "Création d’un projet"},
        {"directory.project_edited", "Modification d’un projet"},
        {"directory.project_hidden", "Masquage d’un projet"},
        {"directory.project_republished", "Nouvelle publication d’un projet"},
        {"directory.project_qualified", "Qualification d’un projet"},
    };
    for (const auto& [code, label] : actions)
        words.add(Term::AuditAction, code, label);
    words.add(Term::RecordType, "organisation", "Organisation");
    words.add(Term::RecordType, "project", "Projet");
    words.add(Term::RecordType, "claim", "Demande de rattachement");
    // Projects first: where both name a field, the organisation's label is the one kept.
    for (const char* name : {"title", "summary", "social_need", "beneficiaries", "stage", "growth_mode", "thematics",
             "sdgs", "territories", "beneficiaries_per_year", "jobs_fte_tenths", "annual_budget_euros",
             "funding_sought_euros", "needs_support", "needs_experimentation", "needs_partners", "needs_details",
             "replicates_project_id", "replication_started_on", "hidden_reason", "organisation_id"})
        words.add(Term::Field, name, std::string(project_field_label(name)));
    for (const auto& field : profile_fields())
        words.add(Term::Field, std::string(field.name), std::string(field.label));
    words.add(Term::Field, "actor_types", std::string(field_label("actor_types")));
    words.add(Term::Field, "status", std::string(field_label("status")));
    words.add(Term::Field, "refusal_reason", "Raison du refus");
    words.add(Term::Field, "identity_change", "Demande de changement d’identité");
    for (auto status : {OrganisationStatus::EnAttente, OrganisationStatus::Publiee, OrganisationStatus::Refusee}) {
        words.add(Term::ProjectStatus, std::string(status_code(status)), project_status_label(std::string(status_code(status))));
        words.add(Term::Value, "status:" + std::string(status_code(status)), std::string(status_label(status)));
    }
    const std::pair<ClaimStatus, const char*> claims[] = {
        {ClaimStatus::EnAttente, "En attente"},
        {ClaimStatus::Acceptee, "Acceptée"},
        {ClaimStatus::Refusee, "Refusée"},
    };
    for (const auto& [status, label] : claims)
        words.add(Term::ClaimStatus, std::string(claim_status_code(status)), label);
}

} // namespace essaim::directory
