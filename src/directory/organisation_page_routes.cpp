// Page: /organisations/{id}, an organisation's profile. Public once published; its members and the
// administrators see it in any status, with a banner saying which.

#include "auth/time_format.hpp"
#include "core/calendar.hpp"
#include "core/clock.hpp"
#include "core/config.hpp"
#include "directory/claim_store.hpp"
#include "directory/directory_page_store.hpp"
#include "directory/duplicate_store.hpp"
#include "directory/json_ld.hpp"
#include "directory/legal_forms.hpp"
#include "directory/naf_catalogue.hpp"
#include "directory/organisation_store.hpp"
#include "directory/permissions.hpp"
#include "directory/project_routes.hpp"
#include "directory/routes.hpp"
#include "web/context.hpp"
#include "web/page.hpp"
#include "web/path_parameters.hpp"
#include "web/registry.hpp"

#include <chrono>
#include <cstdio>
#include <map>

namespace essaim::directory {

namespace {

enum class LinkKind { Internal, External };

void add_fact(ctemplate::TemplateDictionary& content, const std::string& label, const std::string& value,
    const std::string& href = {}, LinkKind kind = LinkKind::Internal)
{
    if (value.empty())
        return;
    auto* fact = content.AddSectionDictionary("FACT");
    fact->SetValue("FACT_LABEL", label);
    fact->SetValue("FACT_VALUE", value);
    if (href.empty())
        fact->ShowSection("FACT_TEXT");
    else
        fact->SetValueAndShowSection("FACT_HREF", href, "FACT_LINK");
    // Addresses typed by members: search engines should not credit them to the platform.
    if (kind == LinkKind::External)
        fact->ShowSection("FACT_EXTERNAL");
}

//! The presentation, shown through the template's x-paragraphs modifier, which escapes it and
//! keeps its paragraphs and line breaks.
void add_paragraphs(ctemplate::TemplateDictionary& content, const std::string& text)
{
    if (text.find_first_not_of(" \r\n\t") != std::string::npos)
        content.AddSectionDictionary("PARAGRAPH")->SetValue("PARAGRAPH_TEXT", text);
}

void add_facts(web::Context& context, NafCatalogue& naf, ctemplate::TemplateDictionary& content,
    const Organisation& organisation, const std::optional<CommunePlace>& commune)
{
    const auto& profile = organisation.profile;
    if (auto family = label_of(ess_families(), profile.ess_family))
        add_fact(content, "Famille de l’ESS", std::string(*family));
    if (!profile.legal_form_code.empty()) {
        auto label = legal_form_label(profile.legal_form_code);
        add_fact(content, "Catégorie juridique",
            label ? std::string(*label) + " (" + profile.legal_form_code + ")" : profile.legal_form_code);
    }
    if (!profile.naf_code.empty()) {
        auto label = naf.label(context.config(), profile.naf_code);
        add_fact(content, "Activité (code NAF)", label ? profile.naf_code + " — " + *label : profile.naf_code);
    }
    if (auto band = label_of(headcount_bands(), profile.headcount_band))
        add_fact(content, "Effectif salarié", std::string(*band));
    add_fact(content, "Date de création", profile.creation_date.empty() ? "" : core::french_date(profile.creation_date));
    add_fact(content, "SIREN", profile.siren);
    add_fact(content, "SIRET du siège", profile.siret());
    add_fact(content, "Numéro RNA", profile.rna);
    std::string address = profile.address_line;
    std::string locality = profile.postal_code;
    if (commune)
        locality += (locality.empty() ? "" : " ") + commune->name;
    if (!locality.empty())
        address += (address.empty() ? "" : ", ") + locality;
    add_fact(content, "Adresse du siège", address);
    if (commune)
        add_fact(content, "Département", commune->department_name, "/territoires/departements/" + commune->department_code);
    add_fact(content, "Site web", profile.website, profile.website, LinkKind::External);
}

//! The French name of a label category (the codes of the labels table).
std::string label_category_name(const std::string& code)
{
    static const std::map<std::string, std::string> names{{"incubateur", "Incubateur"},
        {"accelerateur", "Accélérateur"}, {"ruche", "Ruche"}, {"financeur", "Financeur"}, {"evaluateur", "Évaluateur"},
        {"ptce", "PTCE"}, {"territoire", "Territoire"}};
    auto found = names.find(code);
    return found == names.end() ? code : found->second;
}

//! Current labels as badges with their verification link; expired and withdrawn ones as history.
void add_labels(web::Context& context, ctemplate::TemplateDictionary& content, long long organisation_id)
{
    auto today = core::iso_day(context.clock().now());
    ctemplate::TemplateDictionary* current = nullptr;
    ctemplate::TemplateDictionary* history = nullptr;
    for (const auto& label : organisation_labels(context.db(), organisation_id)) {
        auto href = "/labels/" + std::to_string(label.id);
        if (!label.withdrawn && label.expires_on >= today) {
            if (!current)
                current = content.AddSectionDictionary("CURRENT_LABELS");
            auto* item = current->AddSectionDictionary("CURRENT_LABEL");
            item->SetValue("LABEL_CATEGORY", label_category_name(label.category));
            item->SetValue("LABEL_HREF", href);
            item->SetValue("LABEL_CODE", label.code);
            item->SetValue("LABEL_EXPIRES", core::french_date(label.expires_on));
            continue;
        }
        if (!history)
            history = content.AddSectionDictionary("LABEL_HISTORY");
        auto* item = history->AddSectionDictionary("PAST_LABEL");
        item->SetValue("LABEL_CATEGORY", label_category_name(label.category));
        item->SetValue("LABEL_HREF", href);
        item->SetValue("LABEL_CODE", label.code);
        item->SetValue("LABEL_GRANTED", core::french_date(label.granted_on));
        if (label.withdrawn)
            item->SetValue("LABEL_STATUS",
                "Retiré" + (label.withdrawn_at ? " le " + core::french_date(core::iso_day(label.withdrawn_at)) : std::string()));
        else
            item->SetValue("LABEL_STATUS", "Expiré le " + core::french_date(label.expires_on));
    }
}

http::Response organisation_page(web::Context& context, NafCatalogue& naf)
{
    auto id = web::positive_id_parameter(context);
    // A profile absorbed by a merge sends its visitors, and their bookmarks, to the one it joined.
    if (id) {
        if (auto target = merged_into(context.db(), *id))
            return http::Response::redirect(organisation_href(*target), 301);
    }
    auto organisation = id ? find_organisation(context.db(), *id) : std::nullopt;
    auto membership = organisation ? membership_of(context, *id) : std::nullopt;
    if (!organisation || !may_view_organisation(context.identity, organisation->status, membership))
        return error_response(context, 404, "Cette organisation n’existe pas ou sa fiche n’est pas encore publiée.");
    const auto& profile = organisation->profile;
    auto commune = profile.commune_code.empty() ? std::nullopt : find_commune(context.db(), profile.commune_code);

    web::Page page(context, profile.name, "directory/organisation.tpl");
    page.add_breadcrumb("Accueil", "/");
    page.add_breadcrumb(profile.name, "");
    page.set_description(profile.description.empty()
            ? profile.name + " : fiche de l’organisation dans l’annuaire de l’innovation sociale d’Essaim."
            : profile.name + " — " + profile.description);
    auto& content = page.content();
    content.SetValue("NAME", profile.name);
    if (!profile.acronym.empty())
        content.SetValueAndShowSection("ACRONYM", profile.acronym, "HAS_ACRONYM");
    for (const auto& code : profile.actor_types) {
        if (auto label = label_of(actor_types(), code))
            content.AddSectionDictionary("ACTOR_TYPE")->SetValue("ACTOR_TYPE_LABEL", std::string(*label));
    }
    add_labels(context, content, *id);
    add_paragraphs(content, profile.description);
    if (profile.description.empty())
        content.ShowSection("NO_DESCRIPTION");
    add_facts(context, naf, content, *organisation, commune);
    content.SetValue("UPDATED_AT", auth::format_paris_time(organisation->updated_at));

    bool may_edit = auth::may_edit_organisation(context.identity, membership);
    if (organisation->status == OrganisationStatus::EnAttente)
        content.ShowSection("PENDING_BANNER");
    if (organisation->status == OrganisationStatus::Refusee) {
        content.SetValueAndShowSection("REFUSAL_REASON", organisation->refusal_reason, "REFUSED_BANNER");
        if (may_edit)
            content.ShowSection("RESUBMIT_HINT");
    }
    if (organisation->ceased)
        content.ShowSection("CEASED_BANNER");
    if (may_edit)
        content.SetValueAndShowSection("EDIT_HREF", organisation_href(*id) + "/modifier", "CAN_EDIT");
    add_project_list(content, context.db(), *id, may_edit);
    if (may_view_history(context.identity, membership))
        content.SetValueAndShowSection("HISTORY_HREF", organisation_href(*id) + "/historique", "CAN_VIEW_HISTORY");
    // A profile nobody manages can be claimed by its people: one created by an import, or one whose
    // managers have all left (an erased account). Only the first comes from the official registers.
    if (organisation->status == OrganisationStatus::Publiee && !membership && count_owners(context.db(), *id) == 0) {
        content.SetValueAndShowSection("CLAIM_HREF", organisation_href(*id) + "/revendiquer", "CAN_CLAIM");
        content.ShowSection(organisation->source == OrganisationSource::Membre ? "NO_MANAGER" : "FROM_REGISTERS");
    }
    if (organisation->status == OrganisationStatus::EnAttente && may_moderate(context.identity)) {
        auto* moderation = content.AddSectionDictionary("MODERATION");
        moderation->SetValue("PUBLISH_ACTION", "/admin/organisations/" + std::to_string(*id) + "/publier");
        moderation->SetValue("REFUSE_HREF", "/admin/organisations/" + std::to_string(*id) + "/refuser");
    }
    page.set_trusted_markup("JSON_LD",
        organisation_json_ld(*organisation, context.config().public_url + organisation_href(*id), commune ? &*commune : nullptr));
    return page.render();
}

} // namespace

void register_organisation_page_routes(web::Registry& registry, std::shared_ptr<NafCatalogue> naf)
{
    registry.get("/organisations/{id}", auth::anyone(),
        [naf](web::Context& context) { return organisation_page(context, *naf); });
}

} // namespace essaim::directory
