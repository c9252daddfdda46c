// Pages: /compte/mes-donnees (everything held about me, and its JSON download) and
// /compte/suppression (delete my account). Signed-in only; each shows the member's own data only.

#include "privacy/routes.hpp"

#include "auth/permissions.hpp"
#include "auth/resolve_session.hpp"
#include "auth/route_support.hpp"
#include "auth/time_format.hpp"
#include "core/clock.hpp"
#include "core/text.hpp"
#include "privacy/erase_account.hpp"
#include "privacy/personal_data.hpp"
#include "web/context.hpp"
#include "web/page.hpp"
#include "web/registry.hpp"

#include <boost/json.hpp>

#include <cstdio>
#include <map>

namespace essaim::privacy {

namespace {

std::string when(long long at) { return at == 0 ? std::string("—") : auth::format_paris_time(at); }

std::string size_label(long long bytes)
{
    char text[32];
    if (bytes < 1024)
        return std::to_string(bytes) + " octets";
    if (bytes < 1024 * 1024)
        std::snprintf(text, sizeof text, "%.1f Ko", static_cast<double>(bytes) / 1024.0);
    else
        std::snprintf(text, sizeof text, "%.1f Mo", static_cast<double>(bytes) / (1024.0 * 1024.0));
    std::string out = text;
    for (auto& c : out)
        if (c == '.')
            c = ',';
    return out;
}

//! The questions' labels of a form definition, by key: every object of the definition that has a
//! "key" and a "label" (sections' fields and the fields of repeatable blocks alike).
void collect_question_labels(const boost::json::value& node, std::map<std::string, std::string>& labels)
{
    if (node.is_array()) {
        for (const auto& item : node.as_array())
            collect_question_labels(item, labels);
        return;
    }
    if (!node.is_object())
        return;
    const auto& object = node.as_object();
    const auto* key = object.if_contains("key");
    const auto* label = object.if_contains("label");
    if (key && label && key->is_string() && label->is_string())
        labels[std::string(key->as_string())] = std::string(label->as_string());
    for (const auto& [name, value] : object)
        collect_question_labels(value, labels);
}

std::string question_label(const std::map<std::string, std::string>& labels, const std::string& key)
{
    auto found = labels.find(key);
    return found == labels.end() ? web::readable_code(key) : found->second;
}

//! An answer as it reads: text as typed, lists joined, the rows of a repeatable block one after the
//! other with their questions' labels; never JSON.
std::string answer_text(const boost::json::value& value, const std::map<std::string, std::string>& labels)
{
    switch (value.kind()) {
    case boost::json::kind::string: return value.as_string().empty() ? std::string("—") : std::string(value.as_string());
    case boost::json::kind::null: return "—";
    case boost::json::kind::bool_: return value.as_bool() ? "Oui" : "Non";
    case boost::json::kind::int64: return core::group_digits(value.as_int64());
    case boost::json::kind::uint64: return core::group_digits(static_cast<long long>(value.as_uint64()));
    case boost::json::kind::double_: return core::format_decimal(boost::json::serialize(value));
    case boost::json::kind::array: {
        std::string text;
        for (const auto& item : value.as_array())
            text += (text.empty() ? "" : item.is_object() ? " | " : ", ") + answer_text(item, labels);
        return text.empty() ? std::string("—") : text;
    }
    case boost::json::kind::object: {
        std::string text;
        for (const auto& [key, item] : value.as_object())
            text += (text.empty() ? "" : " ; ") + question_label(labels, std::string(key)) + " : " + answer_text(item, labels);
        return text.empty() ? std::string("—") : text;
    }
    }
    return "—";
}

void fill_answers(ctemplate::TemplateDictionary& dossier, const std::string& answers_json, const std::string& form_json)
{
    boost::system::error_code error;
    auto parsed = boost::json::parse(answers_json, error);
    if (error || !parsed.is_object() || parsed.as_object().empty()) {
        dossier.ShowSection("NO_ANSWER");
        return;
    }
    std::map<std::string, std::string> labels;
    boost::system::error_code form_error;
    auto form = boost::json::parse(form_json, form_error);
    if (!form_error)
        collect_question_labels(form, labels);
    dossier.ShowSection("HAS_ANSWERS");
    for (const auto& [key, value] : parsed.as_object()) {
        auto* row = dossier.AddSectionDictionary("ANSWER");
        row->SetValue("ANSWER_KEY", question_label(labels, std::string(key)));
        row->SetValue("ANSWER_VALUE", answer_text(value, labels));
    }
}

template <typename Rows>
void show_list(ctemplate::TemplateDictionary& content, const Rows& rows, const char* present, const char* absent)
{
    content.ShowSection(rows.empty() ? absent : present);
}

http::Response my_data_page(web::Context& context)
{
    auto data = collect_personal_data(context.db(), context.identity.user_id);
    const auto& words = context.services.registry.vocabulary();
    web::Page page(context, "Mes données", "privacy/my_data.tpl");
    page.add_breadcrumb("Accueil", "/");
    page.add_breadcrumb("Mon compte", "/compte");
    page.add_breadcrumb("Mes données", "");
    auto& content = page.content();
    content.SetValue("ACCOUNT_ID", std::to_string(data.account.id));
    content.SetValue("EMAIL", data.account.email);
    content.SetValue("DISPLAY_NAME", data.account.display_name);
    content.SetValue("CREATED_AT", when(data.account.created_at));
    content.SetValue("CONFIRMED_AT", when(data.account.confirmed_at));
    content.SetValue("PASSWORD_CHANGED_AT", when(data.account.password_changed_at));
    content.AddSectionDictionary("ROLE")->SetValue("ROLE_LABEL", "Membre");
    for (auto role : data.roles)
        content.AddSectionDictionary("ROLE")->SetValue("ROLE_LABEL", std::string(auth::role_label(role)));

    show_list(content, data.sessions, "HAS_SESSIONS", "NO_SESSION");
    for (const auto& row : data.sessions) {
        auto* item = content.AddSectionDictionary("SESSION");
        item->SetValue("OPENED_AT", when(row.created_at));
        item->SetValue("LAST_SEEN_AT", when(row.last_seen_at));
        item->SetValue("ADDRESS", row.remote_address.empty() ? std::string("inconnue") : row.remote_address);
        item->SetValue("USER_AGENT", row.user_agent.empty() ? std::string("inconnu") : row.user_agent);
    }

    show_list(content, data.teams, "HAS_TEAMS", "NO_TEAM");
    for (const auto& row : data.teams) {
        auto* item = content.AddSectionDictionary("TEAM");
        item->SetValue("TEAM_KIND", row.kind == "appel" ? "Équipe d’instruction de l’appel"
                : row.kind == "region"                 ? "Région instruite"
                                                       : "Membre du comité");
        item->SetValue("TEAM_LABEL", row.shown.empty() ? row.label : row.shown);
    }

    show_list(content, data.memberships, "HAS_ORGANISATIONS", "NO_ORGANISATION");
    for (const auto& row : data.memberships) {
        auto* item = content.AddSectionDictionary("ORGANISATION");
        item->SetValue("ORGANISATION_ID", std::to_string(row.organisation_id));
        item->SetValue("ORGANISATION_NAME", row.organisation_name);
        item->SetValue("MEMBERSHIP_ROLE", std::string(auth::membership_role_label(row.role)));
    }

    show_list(content, data.projects, "HAS_PROJECTS", "NO_PROJECT");
    for (const auto& row : data.projects) {
        auto* item = content.AddSectionDictionary("PROJECT");
        item->SetValue("PROJECT_ID", std::to_string(row.id));
        item->SetValue("PROJECT_TITLE", row.title);
        item->SetValue("PROJECT_ORGANISATION", row.organisation_name);
        item->SetValue("PROJECT_STATUS", words.label(web::Term::ProjectStatus, row.status));
    }

    show_list(content, data.dossiers, "HAS_DOSSIERS", "NO_DOSSIER");
    for (const auto& row : data.dossiers) {
        auto* item = content.AddSectionDictionary("DOSSIER");
        item->SetValue("DOSSIER_ID", std::to_string(row.id));
        item->SetValue("DOSSIER_CALL", row.call_title);
        item->SetValue("DOSSIER_ORGANISATION", row.organisation_name);
        item->SetValue("DOSSIER_STATE", words.label(web::Term::DossierState, row.state));
        item->SetValue("DOSSIER_CREATED_AT", when(row.created_at));
        item->SetValue("DOSSIER_UPDATED_AT", when(row.updated_at));
        item->SetValue("DOSSIER_DEPOSITED_AT", when(row.deposited_at));
        fill_answers(*item, row.answers_json, row.form_json);
        item->ShowSection(row.attachments.empty() ? "NO_ATTACHMENT" : "HAS_ATTACHMENTS");
        for (const auto& piece : row.attachments) {
            auto* file = item->AddSectionDictionary("ATTACHMENT");
            file->SetValue("ATTACHMENT_NAME", piece.file_name);
            file->SetValue("ATTACHMENT_SIZE", size_label(piece.size_bytes));
            file->SetValue("ATTACHMENT_TYPE", piece.content_type);
            file->SetValue("ATTACHMENT_HREF", "/dossiers/" + std::to_string(row.id) + "/pieces/" + std::to_string(piece.id));
        }
    }

    show_list(content, data.reviews, "HAS_REVIEWS", "NO_REVIEW");
    for (const auto& row : data.reviews) {
        auto* item = content.AddSectionDictionary("REVIEW");
        item->SetValue("REVIEW_DOSSIER", std::to_string(row.dossier_id));
        item->SetValue("REVIEW_STATE", words.label(web::Term::ReviewState, row.state));
        item->SetValue("REVIEW_DUE_ON", row.due_on);
        item->SetValue("REVIEW_RECOMMENDATION",
            row.recommendation.empty() ? std::string("—") : words.label(web::Term::Recommendation, row.recommendation));
        item->SetValue("REVIEW_COMMENT", row.comment.empty() ? std::string("—") : row.comment);
    }

    show_list(content, data.claims, "HAS_CLAIMS", "NO_CLAIM");
    for (const auto& row : data.claims) {
        auto* item = content.AddSectionDictionary("CLAIM");
        item->SetValue("CLAIM_ORGANISATION", row.organisation_name);
        item->SetValue("CLAIM_STATUS", words.label(web::Term::ClaimStatus, row.status));
        item->SetValue("CLAIM_MESSAGE", row.message.empty() ? std::string("—") : row.message);
        item->SetValue("CLAIM_AT", when(row.created_at));
    }

    show_list(content, data.messages, "HAS_MESSAGES", "NO_MESSAGE");
    for (const auto& row : data.messages) {
        auto* item = content.AddSectionDictionary("MESSAGE");
        item->SetValue("MESSAGE_DOSSIER", std::to_string(row.dossier_id));
        item->SetValue("MESSAGE_AT", when(row.created_at));
        item->SetValue("MESSAGE_BODY", row.body);
    }

    show_list(content, data.journal, "HAS_JOURNAL", "NO_JOURNAL");
    content.SetValue("JOURNAL_LIMIT", std::to_string(journal_export_limit));
    for (const auto& row : data.journal) {
        auto* item = content.AddSectionDictionary("JOURNAL");
        item->SetValue("JOURNAL_AT", when(row.at));
        item->SetValue("JOURNAL_ACTION", words.label(web::Term::AuditAction, row.action));
        item->SetValue("JOURNAL_ADDRESS", row.remote_address.empty() ? std::string("—") : row.remote_address);
    }
    return page.render();
}

http::Response deletion_page(web::Context& context, const core::Error* error, bool confirmed)
{
    web::Page page(context, "Supprimer mon compte", "privacy/delete_account.tpl");
    page.add_breadcrumb("Accueil", "/");
    page.add_breadcrumb("Mon compte", "/compte");
    page.add_breadcrumb("Supprimer mon compte", "");
    auto& content = page.content();
    content.SetValue("EMAIL", context.identity.email);
    if (confirmed)
        content.SetValue("CONFIRMATION_CHECKED", "checked");
    if (error)
        page.set_errors(*error);
    return page.render(error ? core::http_status_of(error->kind) : 200);
}

} // namespace

void register_personal_data_routes(web::Registry& registry)
{
    registry.get("/compte/mes-donnees", auth::signed_in(), [](web::Context& context) { return my_data_page(context); });

    registry.get("/compte/mes-donnees.json", auth::signed_in(), [](web::Context& context) {
        auto data = collect_personal_data(context.db(), context.identity.user_id);
        auto response = http::Response::json(personal_data_json(data, context.services.clock.now()));
        response.set_header("Content-Disposition", "attachment; filename=\"essaim-mes-donnees.json\"");
        response.set_header("Cache-Control", "no-store");
        return response;
    });

    registry.get("/compte/suppression", auth::signed_in(),
        [](web::Context& context) { return deletion_page(context, nullptr, false); });

    registry.post("/compte/suppression", auth::signed_in(), [](web::Context& context) {
        const auto& form = context.form();
        auto confirmation = form.get("confirmation");
        auto result = delete_own_account(context.services, context.db(), context.identity, form.get("password"), confirmation,
            auth::request_info(context));
        if (!result)
            return deletion_page(context, &result.error(), confirmation == "oui");
        // The session rows are gone with the account; the browser forgets its cookie too.
        auth::clear_session_cookie(context);
        return http::Response::redirect("/compte/suppression/effectuee");
    });

    registry.get("/compte/suppression/effectuee", auth::anyone(), [](web::Context& context) {
        return auth::message_page(context, {"Votre compte est supprimé",
            "Votre compte et vos données personnelles ont été supprimés, et vous êtes déconnecté.",
            "Les dossiers déjà déposés et les avis rendus restent dans l’instruction sous le nom « compte supprimé », "
            "sans votre adresse électronique ni votre nom.",
            "/", "Retour à l’accueil", 200});
    });
}

} // namespace essaim::privacy
