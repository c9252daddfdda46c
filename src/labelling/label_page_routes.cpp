// /labels/{id}: the public verification page of a label (stable URL), its printable certificate,
// /labels/verifier (a code typed from a certificate), and the actions on a label: withdrawal by an
// administrator, renewal by a member of the holder organisation.

#include "auth/route_support.hpp"
#include "core/calendar.hpp"
#include "core/clock.hpp"
#include "core/config.hpp"
#include "http/form.hpp"
#include "labelling/dossier_store.hpp"
#include "labelling/label.hpp"
#include "labelling/label_mail.hpp"
#include "labelling/label_routes.hpp"
#include "labelling/label_store.hpp"
#include "labelling/permissions.hpp"
#include "labelling/renew_label.hpp"
#include "labelling/withdraw_label.hpp"
#include "territory/territory_store.hpp"
#include "web/context.hpp"
#include "web/page.hpp"
#include "web/path_parameters.hpp"
#include "web/registry.hpp"

#include <cctype>

namespace essaim::labelling {

namespace {

const char* territory_kind_label(const std::string& kind)
{
    if (kind == "region")
        return "Région";
    if (kind == "departement")
        return "Département";
    if (kind == "commune")
        return "Commune";
    return "";
}

std::string territory_text(const Label& label)
{
    if (label.territory_kind.empty())
        return "";
    auto name = label.territory_name.empty() ? label.territory_code : label.territory_name;
    return std::string(territory_kind_label(label.territory_kind)) + " : " + name + " (" + label.territory_code + ")";
}

std::string region_name(web::Context& context, const std::string& code)
{
    if (code.empty())
        return "";
    auto region = territory::find_region(context.db(), code);
    return region ? region->name : code;
}

//! The status of the label in words, for the page and the certificate.
std::string status_sentence(const Label& label, LabelStatus status)
{
    switch (status) {
    case LabelStatus::Current: return "Label en cours de validité";
    case LabelStatus::Expired: return "Label expiré le " + core::french_date(label.expires_on);
    case LabelStatus::Withdrawn:
        return "Label retiré le " + core::french_date(core::iso_day(label.withdrawn_at)) + " : " + label.withdrawal_motivation;
    }
    return "";
}

void fill_facts(web::Context& context, ctemplate::TemplateDictionary& content, const Label& label, LabelStatus status)
{
    content.SetValue("HOLDER", label.organisation_name);
    content.SetValue("HOLDER_HREF", "/organisations/" + std::to_string(label.organisation_id));
    content.SetValue("CATEGORY", std::string(category_label(label.category)));
    if (auto territory = territory_text(label); !territory.empty())
        content.SetValueAndShowSection("TERRITORY", territory, "HAS_TERRITORY");
    if (auto region = region_name(context, label.region_code); !region.empty())
        content.SetValueAndShowSection("REGION", region, "HAS_REGION");
    content.SetValue("GRANTED", core::french_date(label.granted_on));
    content.SetValue("EXPIRES", core::french_date(label.expires_on));
    content.SetValue("CODE", label.code);
    content.SetValue("STATUS_SENTENCE", status_sentence(label, status));
    content.SetValue("VERIFY_URL", label_url(context.config(), label.id));
    content.SetValue("VERIFY_CODE_URL", label_verification_url(context.config(), label.code));
    switch (status) {
    case LabelStatus::Current: content.ShowSection("STATUS_CURRENT"); break;
    case LabelStatus::Expired: content.ShowSection("STATUS_EXPIRED"); break;
    case LabelStatus::Withdrawn: content.ShowSection("STATUS_WITHDRAWN"); break;
    }
}

http::Response label_page(web::Context& context, long long id, const std::string& motivation, const core::Error* error)
{
    auto label = find_label(context.db(), id);
    if (!label)
        return web::error_page(context, 404, "Ce label n’existe pas.");
    auto today = core::iso_day(context.clock().now());
    auto status = label_status(*label, today);
    std::string title = "Label " + std::string(category_label(label->category)) + " — " + label->organisation_name;
    web::Page page(context, title, "labelling/label.tpl");
    page.add_breadcrumb("Accueil", "/");
    page.add_breadcrumb("Labels", "/labels");
    page.add_breadcrumb(label->code, "");
    auto& content = page.content();
    content.SetValue("TITLE", title);
    fill_facts(context, content, *label, status);
    content.SetValue("CERTIFICATE_HREF", label_href(id) + "/certificat");

    if (context.identity.signed_in() && is_organisation_member(context.db(), label->organisation_id, context.identity.user_id)
        && renewal_window_open(*label, today)) {
        if (auto open = open_renewal_dossier(context.db(), id))
            content.SetValueAndShowSection("RENEWAL_DOSSIER_HREF", "/dossiers/" + std::to_string(open), "RENEWAL_OPEN");
        else
            content.SetValueAndShowSection("RENEW_ACTION", label_href(id) + "/renouveler", "CAN_RENEW");
    }
    if (may_administer_labelling(context.identity) && !label->withdrawn) {
        auto* withdrawal = content.AddSectionDictionary("CAN_WITHDRAW");
        withdrawal->SetValue("WITHDRAW_ACTION", label_href(id) + "/retirer");
        withdrawal->SetValue("MOTIVATION", motivation);
        // The form sits in a section: its field's error markers go to that section's dictionary.
        if (error) {
            auto field = error->field_errors.find("motivation");
            if (field != error->field_errors.end()) {
                withdrawal->SetValueAndShowSection("ERROR_MOTIVATION", field->second, "MOTIVATION_ERROR");
                withdrawal->SetValue("MOTIVATION_GROUP_CLASS", "fr-input-group--error");
                withdrawal->SetValue("MOTIVATION_INPUT_CLASS", "fr-input--error");
            }
        }
    }
    if (error)
        page.set_errors(*error);
    return page.render(error ? core::http_status_of(error->kind) : 200);
}

http::Response certificate_page(web::Context& context, long long id)
{
    auto label = find_label(context.db(), id);
    if (!label)
        return web::error_page(context, 404, "Ce label n’existe pas.");
    auto status = label_status(*label, core::iso_day(context.clock().now()));
    web::Page page(context, "Certificat du label " + label->code, "labelling/certificat.tpl");
    page.add_breadcrumb("Accueil", "/");
    page.add_breadcrumb("Labels", "/labels");
    page.add_breadcrumb(label->code, label_href(id));
    page.add_breadcrumb("Certificat", "");
    auto& content = page.content();
    fill_facts(context, content, *label, status);
    content.SetValue("LABEL_HREF", label_href(id));
    if (status != LabelStatus::Current)
        content.ShowSection("NOT_CURRENT");
    return page.render();
}

//! A code as typed from paper: spaces dropped, upper case.
std::string normalised_code(const std::string& typed)
{
    std::string code;
    for (char c : typed) {
        if (c == ' ' || c == '\t')
            continue;
        code += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    }
    return code;
}

http::Response verify_page(web::Context& context)
{
    auto typed = context.request.query_parameter("code").value_or("");
    auto code = normalised_code(typed);
    if (!code.empty() && code.size() <= 40 && http::is_clean_utf8(code)) {
        if (auto id = find_label_id_by_code(context.db(), code))
            return http::Response::redirect(label_href(id), 303);
    }
    web::Page page(context, code.empty() ? "Vérifier un label" : "Code inconnu", "labelling/label_verify.tpl");
    page.add_breadcrumb("Accueil", "/");
    page.add_breadcrumb("Labels", "/labels");
    page.add_breadcrumb("Vérifier un label", "");
    auto& content = page.content();
    content.SetValue("CODE", typed.size() <= 40 && http::is_clean_utf8(typed) ? typed : std::string());
    if (!code.empty()) {
        content.ShowSection("UNKNOWN");
        core::Error error = core::Error::invalid(
            {{"code", "Aucun label ne porte ce code. Vérifiez-le : il commence par ESS-, suivi de l’année et de six caractères."}},
            "Code inconnu");
        page.set_errors(error);
        return page.render(404);
    }
    return page.render();
}

} // namespace

void register_label_page_routes(web::Registry& registry)
{
    registry.get("/labels/verifier", auth::anyone(), verify_page);
    registry.get("/labels/{id}", auth::anyone(), [](web::Context& context) {
        auto id = web::positive_id_parameter(context);
        if (!id)
            return web::error_page(context, 404, "Ce label n’existe pas.");
        return label_page(context, *id, "", nullptr);
    });
    registry.get("/labels/{id}/certificat", auth::anyone(), [](web::Context& context) {
        auto id = web::positive_id_parameter(context);
        if (!id)
            return web::error_page(context, 404, "Ce label n’existe pas.");
        return certificate_page(context, *id);
    });
    registry.post("/labels/{id}/retirer", auth::administrators(), [](web::Context& context) {
        auto id = web::positive_id_parameter(context);
        if (!id)
            return web::error_page(context, 404, "Ce label n’existe pas.");
        auto motivation = context.form().get("motivation");
        auto result = withdraw_label(context.services, context.db(), context.identity, *id, motivation,
            auth::request_info(context));
        if (!result) {
            if (result.error().kind == core::ErrorKind::Invalid)
                return label_page(context, *id, motivation, &result.error());
            return web::error_page(context, core::http_status_of(result.error().kind), result.error().message);
        }
        context.flash("label-retire");
        return http::Response::redirect(label_href(*id));
    });
    registry.post("/labels/{id}/renouveler", auth::signed_in(), [](web::Context& context) {
        auto id = web::positive_id_parameter(context);
        if (!id)
            return web::error_page(context, 404, "Ce label n’existe pas.");
        auto result = renew_label(context.services, context.db(), context.identity, *id, auth::request_info(context));
        if (!result)
            return web::error_page(context, core::http_status_of(result.error().kind), result.error().message);
        context.flash("label-renouvellement");
        return http::Response::redirect("/dossiers/" + std::to_string(result.value()) + "/modifier");
    });
}

} // namespace essaim::labelling
