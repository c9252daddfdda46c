#include "directory/routes.hpp"

#include "web/context.hpp"
#include "web/page.hpp"

namespace essaim::directory {

std::string organisation_href(long long id) { return "/organisations/" + std::to_string(id); }

std::optional<auth::MembershipRole> membership_of(web::Context& context, long long organisation_id)
{
    if (!context.identity.signed_in())
        return std::nullopt;
    return auth::load_membership_role(context.db(), context.identity.user_id, organisation_id);
}

http::Response error_response(web::Context& context, int status, const std::string& message)
{
    return web::error_page(context, status, message);
}

} // namespace essaim::directory
