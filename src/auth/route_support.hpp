#pragma once
// Helpers shared by the auth module's route files.

#include "auth/request_info.hpp"
#include "http/request.hpp"

#include <string>
#include <string_view>

namespace essaim::web {
struct Context;
class Registry;
}

namespace essaim::auth {

RequestInfo request_info(const web::Context& context);

//! Sets the session cookie (__Host-, HttpOnly, Secure, SameSite=Lax, Path=/; ends with the browser).
void set_session_cookie(web::Context& context, const std::string& token);

//! True for a path on this site ("/compte"), false for anything a redirect could leave the site
//! with ("//evil.example", "https://…", "/\\evil.example") or that holds control characters.
bool is_local_path(std::string_view target);

//! A page that only says something, with an optional call to action (auth/message.tpl).
struct MessagePage {
    std::string title;
    std::string lead;
    std::string detail;
    std::string link_href;
    std::string link_label;
    int status = 200;
};
http::Response message_page(web::Context& context, const MessagePage& message);

//! The registration functions of the auth module's page groups.
void register_sign_up_routes(web::Registry& registry);
void register_sign_in_routes(web::Registry& registry);
void register_password_routes(web::Registry& registry);
void register_account_routes(web::Registry& registry);
void register_admin_routes(web::Registry& registry);
void register_journal_routes(web::Registry& registry);

} // namespace essaim::auth
