// Pages: /compte (my account, my sessions) and its actions.

#include "auth/change_password.hpp"
#include "auth/end_sessions.hpp"
#include "auth/permissions.hpp"
#include "auth/resolve_session.hpp"
#include "auth/route_support.hpp"
#include "auth/session_rules.hpp"
#include "auth/session_store.hpp"
#include "auth/time_format.hpp"
#include "auth/user_store.hpp"
#include "http/cookies.hpp"
#include "web/context.hpp"
#include "web/page.hpp"
#include "web/registry.hpp"

namespace essaim::auth {

namespace {

http::Response account_page(web::Context& context, const core::Error* error)
{
    auto& db = context.db();
    const auto& identity = context.identity;
    web::Page page(context, "Mon compte", "auth/account.tpl");
    page.add_breadcrumb("Accueil", "/");
    page.add_breadcrumb("Mon compte", "");
    auto& content = page.content();
    content.SetValue("EMAIL", identity.email);
    content.SetValue("DISPLAY_NAME", identity.display_name);
    if (auto user = find_user_by_id(db, identity.user_id))
        content.SetValue("CREATED_AT", format_paris_time(user->created_at));
    for (Role role : identity.roles)
        content.AddSectionDictionary("ROLE")->SetValue("ROLE_LABEL", std::string(role_label(role)));

    auto memberships = load_memberships(db, identity.user_id);
    content.ShowSection(memberships.empty() ? "NO_ORGANISATION" : "HAS_ORGANISATIONS");
    for (const auto& membership : memberships) {
        auto* row = content.AddSectionDictionary("ORGANISATION");
        row->SetValue("ORGANISATION_ID", std::to_string(membership.organisation_id));
        row->SetValue("ORGANISATION_NAME", membership.organisation_name);
        row->SetValue("MEMBERSHIP_ROLE", std::string(membership_role_label(membership.role)));
    }

    for (const auto& session : list_user_sessions(db, identity.user_id)) {
        auto* row = content.AddSectionDictionary("SESSION");
        row->SetValue("BROWSER", describe_user_agent(session.user_agent));
        row->SetValue("ADDRESS", session.remote_address.empty() ? std::string("inconnue") : session.remote_address);
        row->SetValue("OPENED_AT", format_paris_time(session.created_at));
        row->SetValue("LAST_SEEN_AT", format_paris_time(session.last_seen_at));
        row->SetValue("PUBLIC_ID", session.public_id);
        if (session.key == identity.session_key)
            row->ShowSection("CURRENT");
    }
    if (error)
        page.set_errors(*error);
    return page.render(error ? core::http_status_of(error->kind) : 200);
}

} // namespace

void register_account_routes(web::Registry& registry)
{
    registry.get("/compte", signed_in(), [](web::Context& context) { return account_page(context, nullptr); });

    registry.post("/compte/mot-de-passe", signed_in(), [](web::Context& context) {
        const auto& form = context.form();
        auto result = change_password(context.services, context.db(), context.identity, form.get("current_password"),
            form.get("new_password"), request_info(context));
        if (!result)
            return account_page(context, &result.error());
        set_session_cookie(context, *result);
        context.flash("mot-de-passe-change");
        return http::Response::redirect("/compte");
    });

    registry.post("/compte/sessions/{id}/fin", signed_in(), [](web::Context& context) {
        auto public_id = context.request.path_parameter("id");
        // Checked before the query: a path segment may hold any bytes, a public id never does.
        if (public_id.size() > 32 || !http::is_cookie_token(public_id))
            public_id.clear();
        auto ended = end_session(context.services, context.db(), context.identity, public_id, request_info(context));
        if (!ended)
            return message_page(context, {"Session introuvable", ended.error().message, "", "/compte",
                                             "Retour à mon compte", core::http_status_of(ended.error().kind)});
        if (*ended == EndedSession::Current) {
            clear_session_cookie(context);
            context.flash("deconnecte");
            return http::Response::redirect("/connexion");
        }
        context.flash("session-fermee");
        return http::Response::redirect("/compte");
    });

    registry.post("/compte/deconnexion-partout", signed_in(), [](web::Context& context) {
        sign_out_everywhere(context.services, context.db(), context.identity, request_info(context));
        clear_session_cookie(context);
        context.flash("deconnecte-partout");
        return http::Response::redirect("/connexion");
    });
}

} // namespace essaim::auth
