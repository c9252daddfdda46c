#pragma once
// Who may see and act on a dossier. Deny by default: each flag is true only for the relation it
// names, and a user with none of them must not learn that the dossier exists.

#include "auth/identity.hpp"
#include "core/result.hpp"
#include "labelling/dossier.hpp"

namespace essaim::db {
class Session;
}

namespace essaim::labelling {

struct DossierAccess {
    bool applicant = false;  //!< member of the applying organisation
    bool staff = false;      //!< administrator, the assigned instructeur, or an instructeur of the call's team
    bool expert = false;     //!< an expert whose opinion was requested (and not cancelled)
    bool committee = false;  //!< a member of a committee that has the dossier on its agenda

    bool any() const { return applicant || staff || expert || committee; }
    //! May read the applicant's answers and attachments.
    bool may_read_application() const { return any(); }
    //! May read the staff's private notes and every opinion given.
    bool may_read_instruction() const { return staff || committee; }
};

DossierAccess dossier_access(db::Session& session, const auth::Identity& identity, const Dossier& dossier);

//! A dossier with what the user may do with it.
struct VisibleDossier {
    Dossier dossier;
    DossierAccess access;
};
//! The dossier `dossier_id` when `identity` has any relation to it; NotFound "Ce dossier n’existe pas."
//! otherwise, alike whether the id exists or not, so that ids cannot be probed.
core::Result<VisibleDossier> find_visible_dossier(db::Session& session, const auth::Identity& identity, long long dossier_id);

//! Whether `actor` is what `access` is: the applicant's moves need a member, the staff's need staff.
bool may_act_as(const DossierAccess& access, DossierActor actor);

//! The applicant edits the answers and attachments while the dossier is a draft or awaits completions.
bool may_edit_application(const DossierAccess& access, const Dossier& dossier);
//! The exchanges between the applicant and the staff; experts see neither them nor the notes.
bool may_read_messages(const DossierAccess& access);
bool may_write_message(const DossierAccess& access);
//! Private notes: written by the staff only (read: may_read_instruction).
bool may_write_note(const DossierAccess& access);
//! Administrators, and the instructeurs of the call's team, export its dossiers.
bool may_export_call(db::Session& session, const auth::Identity& identity, long long call_id);

//! Administrators run calls, committees and labels.
bool may_administer_labelling(const auth::Identity& identity);

} // namespace essaim::labelling
