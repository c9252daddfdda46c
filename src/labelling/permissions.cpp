#include "labelling/permissions.hpp"

#include "labelling/dossier_store.hpp"

namespace essaim::labelling {

DossierAccess dossier_access(db::Session& session, const auth::Identity& identity, const Dossier& dossier)
{
    DossierAccess access;
    if (!identity.signed_in())
        return access;
    access.applicant = is_organisation_member(session, dossier.organisation_id, identity.user_id);
    // A draft belongs to its authors until it is deposited: the staff, experts and committees of
    // its call do not learn that it exists, whatever their role.
    if (dossier.state == DossierState::Brouillon)
        return access;
    access.staff = identity.has(auth::Role::Administrateur)
        || (identity.has(auth::Role::Instructeur)
            && (dossier.instructor_id == identity.user_id || is_call_instructor(session, dossier.call_id, identity.user_id)));
    access.expert = identity.has(auth::Role::Expert) && has_review_request(session, dossier.id, identity.user_id);
    access.committee = sits_on_committee_for(session, dossier.id, identity.user_id);
    return access;
}

core::Result<VisibleDossier> find_visible_dossier(db::Session& session, const auth::Identity& identity, long long dossier_id)
{
    auto dossier = find_dossier(session, dossier_id);
    if (!dossier)
        return core::Error::not_found("Ce dossier n’existe pas.");
    auto access = dossier_access(session, identity, *dossier);
    if (!access.any())
        return core::Error::not_found("Ce dossier n’existe pas.");
    return VisibleDossier{std::move(*dossier), access};
}

bool may_act_as(const DossierAccess& access, DossierActor actor)
{
    // The committee's moves are made by staff, through the committee's use cases (which check the
    // committee's own rights first).
    return actor == DossierActor::Applicant ? access.applicant : access.staff;
}

bool may_edit_application(const DossierAccess& access, const Dossier& dossier)
{
    return access.applicant
        && (dossier.state == DossierState::Brouillon || dossier.state == DossierState::ComplementsDemandes);
}

bool may_read_messages(const DossierAccess& access) { return access.applicant || access.staff || access.committee; }

bool may_write_message(const DossierAccess& access) { return access.applicant || access.staff; }

bool may_write_note(const DossierAccess& access) { return access.staff; }

bool may_export_call(db::Session& session, const auth::Identity& identity, long long call_id)
{
    if (identity.has(auth::Role::Administrateur))
        return true;
    return identity.has(auth::Role::Instructeur) && is_call_instructor(session, call_id, identity.user_id);
}

bool may_administer_labelling(const auth::Identity& identity) { return identity.has(auth::Role::Administrateur); }

} // namespace essaim::labelling
