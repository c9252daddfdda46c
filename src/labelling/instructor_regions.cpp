#include "labelling/instructor_regions.hpp"

#include "auth/audit_helpers.hpp"
#include "core/clock.hpp"
#include "db/session.hpp"
#include "labelling/assignment_store.hpp"
#include "labelling/instructor_regions_store.hpp"
#include "labelling/permissions.hpp"
#include "web/context.hpp"

#include <algorithm>

namespace essaim::labelling {

namespace {

std::string regions_json(const std::vector<std::string>& regions)
{
    std::string joined;
    for (const auto& code : regions)
        joined += (joined.empty() ? "" : ",") + code;
    return auth::json_object({{"regions", joined}});
}

} // namespace

core::Result<core::Done> save_instructor_regions(web::Services& services, db::Session& session,
    const auth::Identity& identity, long long instructor_id, std::vector<std::string> regions,
    const auth::RequestInfo& request_info)
{
    if (!may_administer_labelling(identity))
        return core::Error::forbidden();
    db::Transaction transaction(session);
    if (!account_has_role(session, instructor_id, "instructeur"))
        return core::Error::not_found("Ce compte n’est pas instructeur.");
    auto known = list_region_choices(session);
    std::sort(regions.begin(), regions.end());
    regions.erase(std::unique(regions.begin(), regions.end()), regions.end());
    for (const auto& code : regions)
        if (std::none_of(known.begin(), known.end(), [&](const RegionChoice& region) { return region.code == code; }))
            return core::Error::invalid({{"regions", "Choisissez des régions dans la liste."}});
    auto before = instructor_regions(session, instructor_id);
    if (before == regions) {
        transaction.commit();
        return core::Done{};
    }
    replace_instructor_regions(session, instructor_id, regions);
    auto now = services.clock.now();
    auto entry = auth::audit_entry(request_info, identity.user_id, "labelling.instructor_regions_changed", "user",
        std::to_string(instructor_id));
    entry.before_json = regions_json(before);
    entry.after_json = regions_json(regions);
    auth::record(session, now, entry);
    transaction.commit();
    return core::Done{};
}

} // namespace essaim::labelling
