#include "directory/routes.hpp"

#include "web/context.hpp"
#include "web/page.hpp"

#include <charconv>

namespace essaim::directory {

std::optional<long long> id_parameter(const web::Context& context)
{
    auto text = context.request.path_parameter("id");
    long long id = 0;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), id);
    if (error != std::errc() || end != text.data() + text.size() || id <= 0)
        return std::nullopt;
    return id;
}

std::string organisation_href(long long id) { return "/organisations/" + std::to_string(id); }

std::string french_date(const std::string& iso)
{
    static const char* months[] = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
        "septembre", "octobre", "novembre", "décembre"};
    if (iso.size() != 10)
        return iso;
    int month = (iso[5] - '0') * 10 + (iso[6] - '0');
    int day = (iso[8] - '0') * 10 + (iso[9] - '0');
    if (month < 1 || month > 12 || day < 1 || day > 31)
        return iso;
    return (day == 1 ? std::string("1er") : std::to_string(day)) + " " + months[month - 1] + " " + iso.substr(0, 4);
}

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
