// Pages: /admin (dashboard) and /admin/utilisateurs (accounts and their roles).

#include "auth/email_address.hpp"
#include "auth/manage_roles.hpp"
#include "auth/route_support.hpp"
#include "auth/session_store.hpp"
#include "auth/user_store.hpp"
#include "core/text.hpp"
#include "http/form.hpp"
#include "web/context.hpp"
#include "web/page.hpp"
#include "web/registry.hpp"

#include <charconv>

namespace essaim::auth {

namespace {

constexpr int users_per_page = 25;

int parse_positive(const std::string& text, int fallback)
{
    int value = 0;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    return error == std::errc() && end == text.data() + text.size() && value > 0 ? value : fallback;
}

std::string users_href(const std::string& query, int page)
{
    std::string href = "/admin/utilisateurs?page=" + std::to_string(page);
    if (!query.empty())
        href += "&q=" + http::percent_encode(query);
    return href;
}

//! The search text, lower-cased like stored addresses; dropped when it is not clean text.
std::string search_text(const std::string& raw)
{
    std::string text;
    if (raw.size() > 254 || !http::is_clean_utf8(raw))
        return text;
    for (char c : raw)
        text += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    auto first = text.find_first_not_of(' ');
    return first == std::string::npos ? std::string() : text.substr(first, text.find_last_not_of(' ') - first + 1);
}

http::Response users_page(web::Context& context)
{
    auto query = search_text(context.request.query_parameter("q").value_or(""));
    auto total = count_matching_users(context.db(), query);
    int page_count = static_cast<int>(std::max<long long>(1, (total + users_per_page - 1) / users_per_page));
    int page_number = std::min(parse_positive(context.request.query_parameter("page").value_or(""), 1), page_count);
    auto users = search_users(context.db(), query, users_per_page, (page_number - 1) * users_per_page);

    web::Page page(context, "Utilisateurs et rôles", "admin/users.tpl");
    page.add_breadcrumb("Accueil", "/");
    page.add_breadcrumb("Administration", "/admin");
    page.add_breadcrumb("Utilisateurs", "");
    auto& content = page.content();
    content.SetValue("QUERY", query);
    content.SetValue("TOTAL", core::count_of(total, "compte trouvé", "comptes trouvés"));
    content.SetValue("PAGE", std::to_string(page_number));
    for (const auto& user : users) {
        auto* row = content.AddSectionDictionary("USER");
        row->SetValue("USER_ID", std::to_string(user.id));
        row->SetValue("EMAIL", user.email);
        // An address beyond ASCII may imitate another one letter for letter: the badge says so.
        if (!is_ascii_email(user.email))
            row->ShowSection("NON_ASCII");
        row->SetValue("DISPLAY_NAME", user.display_name);
        row->SetValue("CONFIRMED", user.confirmed_at != 0 ? "Oui" : "Non");
        for (Role role : user.roles)
            row->AddSectionDictionary("USER_ROLE")->SetValue("ROLE_LABEL", std::string(role_label(role)));
        for (Role role : all_roles) {
            if (role == Role::Membre)
                continue;
            auto* option = row->AddSectionDictionary("ROLE_OPTION");
            option->SetValue("CODE", std::string(role_code(role)));
            option->SetValue("LABEL", std::string(role_label(role)));
        }
    }
    if (page_count > 1) {
        auto* pagination = content.AddSectionDictionary("PAGINATION");
        pagination->SetValue("PAGE_COUNT", std::to_string(page_count));
        if (page_number > 1)
            pagination->SetValueAndShowSection("PREVIOUS_HREF", users_href(query, page_number - 1), "PREVIOUS");
        if (page_number < page_count)
            pagination->SetValueAndShowSection("NEXT_HREF", users_href(query, page_number + 1), "NEXT");
    }
    return page.render();
}

} // namespace

void register_admin_routes(web::Registry& registry)
{
    registry.get("/admin", administrators(), [](web::Context& context) {
        web::Page page(context, "Administration", "admin/dashboard.tpl");
        page.add_breadcrumb("Accueil", "/");
        page.add_breadcrumb("Administration", "");
        page.content().SetValue("USER_COUNT", core::count_of(count_users(context.db()), "compte", "comptes"));
        page.content().SetValue(
            "SESSION_COUNT", core::count_of(count_sessions(context.db()), "session ouverte", "sessions ouvertes"));
        for (const auto& tile : context.services.registry.admin_tiles()) {
            auto* entry = page.content().AddSectionDictionary("TILE");
            entry->SetValue("TILE_TITLE", tile.title);
            entry->SetValue("TILE_HREF", tile.href);
            entry->SetValue("TILE_DESCRIPTION", tile.description);
        }
        return page.render();
    });

    registry.get("/admin/utilisateurs", administrators(), users_page);

    registry.post("/admin/utilisateurs/{id}/roles", administrators(), [](web::Context& context) {
        const auto& form = context.form();
        long long user_id = parse_positive(context.request.path_parameter("id"), 0);
        Role role;
        auto action = form.get("action");
        if (user_id == 0 || !role_from_code(form.get("role"), role) || (action != "accorder" && action != "retirer"))
            return message_page(context, {"Demande invalide", "Le compte, le rôle ou l’action demandés ne sont pas reconnus.",
                                             "", "/admin/utilisateurs", "Retour aux utilisateurs", 400});
        auto change = action == "accorder" ? RoleChange::Grant : RoleChange::Revoke;
        auto result = change_role(context.services, context.db(), context.identity, user_id, role, change, request_info(context));
        if (!result)
            return message_page(context, {"Rôle inchangé", result.error().message, "", "/admin/utilisateurs",
                                             "Retour aux utilisateurs", core::http_status_of(result.error().kind)});
        context.flash(change == RoleChange::Grant ? "role-accorde" : "role-retire");
        return http::Response::redirect(
            users_href(search_text(form.get("q")), parse_positive(form.get("page"), 1)));
    });
}

} // namespace essaim::auth
