#include "labelling/committee_permissions.hpp"

#include "labelling/committee_store.hpp"
#include "labelling/permissions.hpp"

namespace essaim::labelling {

CommitteeAccess committee_access(db::Session& session, const auth::Identity& identity, const Committee& committee)
{
    CommitteeAccess access;
    if (!identity.signed_in())
        return access;
    bool administrator = may_administer_labelling(identity);
    bool member = is_committee_member(session, committee.id, identity.user_id);
    access.view = administrator || member;
    access.fill_agenda = administrator || (member && identity.has(auth::Role::Instructeur));
    access.decide = administrator;
    return access;
}

core::Result<VisibleCommittee> find_visible_committee(
    db::Session& session, const auth::Identity& identity, long long committee_id)
{
    auto committee = find_committee(session, committee_id);
    if (!committee)
        return core::Error::not_found("Ce comité n’existe pas.");
    auto access = committee_access(session, identity, *committee);
    if (!access.view)
        return core::Error::not_found("Ce comité n’existe pas.");
    return VisibleCommittee{std::move(*committee), access};
}

} // namespace essaim::labelling
