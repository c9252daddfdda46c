#include "auth/route_support.hpp"

#include "auth/session_rules.hpp"
#include "http/cookies.hpp"
#include "web/context.hpp"
#include "web/page.hpp"

namespace essaim::auth {

RequestInfo request_info(const web::Context& context)
{
    return RequestInfo{context.request.remote_address, std::string(context.request.header("user-agent").value_or("")),
        context.request.request_id};
}

void set_session_cookie(web::Context& context, const std::string& token)
{
    http::SetCookie cookie;  // the defaults are the ones wanted: HttpOnly, Secure, SameSite=Lax, Path=/
    cookie.name = session_cookie_name;
    cookie.value = token;
    context.cookies.push_back(std::move(cookie));
}

http::Response message_page(web::Context& context, const MessagePage& message)
{
    web::Page page(context, message.title, "auth/message.tpl");
    page.add_breadcrumb("Accueil", "/");
    page.add_breadcrumb(message.title, "");
    page.content().SetValue("HEADING", message.title);
    page.content().SetValue("LEAD", message.lead);
    if (!message.detail.empty())
        page.content().SetValueAndShowSection("DETAIL_TEXT", message.detail, "DETAIL");
    if (!message.link_href.empty()) {
        auto* link = page.content().AddSectionDictionary("LINK");
        link->SetValue("LINK_HREF", message.link_href);
        link->SetValue("LINK_LABEL", message.link_label);
    }
    return page.render(message.status);
}

bool is_local_path(std::string_view target)
{
    if (target.empty() || target.front() != '/' || target.size() > 2000)
        return false;
    if (target.size() > 1 && (target[1] == '/' || target[1] == '\\'))
        return false;
    for (unsigned char c : target) {
        // Browsers read '\' as '/', and controls can split headers or hide a scheme.
        if (c < 0x20 || c == 0x7f || c == '\\')
            return false;
    }
    return true;
}

} // namespace essaim::auth
