#include "directory/organisation_form_page.hpp"

#include "directory/legal_forms.hpp"
#include "directory/naf_catalogue.hpp"
#include "directory/organisation_store.hpp"
#include "directory/routes.hpp"
#include "web/context.hpp"
#include "web/page.hpp"

#include <algorithm>

namespace essaim::directory {

namespace {

void add_options(ctemplate::TemplateDictionary& content, const char* section, const std::vector<CodeLabel>& list,
    const std::string& selected)
{
    for (const auto& entry : list) {
        auto* option = content.AddSectionDictionary(section);
        option->SetValue("CODE", std::string(entry.code));
        option->SetValue("LABEL", std::string(entry.label));
        if (entry.code == selected)
            option->ShowSection("SELECTED");
    }
}

//! Selects, check-box groups and the error summary need their own DSFR error classes.
void mark_group_errors(ctemplate::TemplateDictionary& content, const core::Error& error)
{
    for (const char* field : {"ess_family", "headcount_band"}) {
        if (error.field_errors.count(field))
            content.SetValue(web::marker_name(field) + "_SELECT_CLASS", "fr-select-group--error");
    }
    if (error.field_errors.count("actor_types"))
        content.SetValue("ACTOR_TYPES_FIELDSET_CLASS", "fr-fieldset--error");
}

//! What the directory holds for the number looked up: an organisation to claim or to see, a
//! profile not yet public, or nothing (the number then fills the form's identifiers).
void add_register_lookup(ctemplate::TemplateDictionary& content, web::Context& context, NafCatalogue& naf,
    const RegisterLookup& lookup)
{
    content.SetValue("IDENTIFIANT", lookup.typed);
    if (!lookup.error.empty()) {
        content.SetValueAndShowSection("ERROR_IDENTIFIANT", lookup.error, "IDENTIFIANT_ERROR");
        content.SetValue("IDENTIFIANT_GROUP_CLASS", "fr-input-group--error");
        content.SetValue("IDENTIFIANT_INPUT_CLASS", "fr-input--error");
        return;
    }
    if (lookup.held_unpublished) {
        content.ShowSection("LOOKUP_UNPUBLISHED");
        return;
    }
    if (!lookup.found) {
        content.ShowSection("LOOKUP_NOT_FOUND");
        return;
    }
    const auto& found = *lookup.found;
    auto* block = content.AddSectionDictionary(lookup.found_has_owners ? "LOOKUP_MANAGED" : "LOOKUP_FOUND");
    block->SetValue("FOUND_NAME", found.profile.name);
    block->SetValue("FOUND_HREF", organisation_href(found.id));
    block->SetValue("CLAIM_HREF", organisation_href(found.id) + "/revendiquer");
    auto fact = [&](const char* label, const std::string& value) {
        if (value.empty())
            return;
        auto* row = block->AddSectionDictionary("FOUND_FACT");
        row->SetValue("LABEL", label);
        row->SetValue("VALUE", value);
    };
    const auto& profile = found.profile;
    std::string place = profile.postal_code;
    if (auto commune = profile.commune_code.empty() ? std::nullopt : find_commune(context.db(), profile.commune_code))
        place += (place.empty() ? "" : " ") + commune->name;
    fact("Adresse", profile.address_line + (profile.address_line.empty() || place.empty() ? "" : ", ") + place);
    auto legal_form = legal_form_label(profile.legal_form_code);
    fact("Catégorie juridique", legal_form ? std::string(*legal_form) : profile.legal_form_code);
    auto activity = profile.naf_code.empty() ? std::nullopt : naf.label(context.config(), profile.naf_code);
    fact("Activité", activity ? profile.naf_code + " — " + *activity : profile.naf_code);
    fact("SIRET du siège", profile.siret());
}

} // namespace

http::Response organisation_form_page(web::Context& context, NafCatalogue& naf, const FormPageSettings& settings,
    const OrganisationInput& input, const core::Error* error)
{
    web::Page page(context, settings.title, "directory/organisation_form.tpl");
    page.add_breadcrumb("Accueil", "/");
    if (!settings.organisation_name.empty())
        page.add_breadcrumb(settings.organisation_name, settings.organisation_href);
    page.add_breadcrumb(settings.title, "");
    auto& content = page.content();
    content.SetValue("HEADING", settings.title);
    content.SetValue("FORM_ACTION", settings.action);
    content.SetValue("SUBMIT_LABEL", settings.submit_label);
    if (!settings.cancel_href.empty())
        content.SetValueAndShowSection("CANCEL_HREF", settings.cancel_href, "CANCEL");
    if (settings.organisation_name.empty())
        content.ShowSection("CREATING");
    if (settings.lookup)
        add_register_lookup(content, context, naf, *settings.lookup);
    for (const auto& input_name : settings.locked_inputs)
        content.ShowSection(web::marker_name(input_name) + "_LOCKED");
    if (settings.identity_moderated)
        content.ShowSection("IDENTITY_MODERATED");
    if (!settings.pending_identity.empty())
        content.ShowSection("HAS_PENDING_IDENTITY");
    for (const auto& line : settings.pending_identity)
        content.AddSectionDictionary("PENDING_IDENTITY")->SetValue("DESCRIPTION", line);

    const auto& profile = input.profile;
    for (const auto& field : profile_fields())
        content.SetValue(web::marker_name(std::string(field.name)), profile.*field.member);
    content.SetValue("SIRET", input.siret);

    add_options(content, "ESS_FAMILY_OPTION", ess_families(), profile.ess_family);
    add_options(content, "HEADCOUNT_OPTION", headcount_bands(), profile.headcount_band);
    for (const auto& form : common_legal_forms()) {
        auto* suggestion = content.AddSectionDictionary("LEGAL_FORM_SUGGESTION");
        suggestion->SetValue("CODE", std::string(form.code));
        suggestion->SetValue("LABEL", std::string(form.label));
    }
    for (const auto& type : actor_types()) {
        auto* box = content.AddSectionDictionary("ACTOR_TYPE");
        box->SetValue("CODE", std::string(type.code));
        box->SetValue("LABEL", std::string(type.label));
        if (std::find(profile.actor_types.begin(), profile.actor_types.end(), type.code) != profile.actor_types.end())
            box->ShowSection("CHECKED");
    }

    bool commune_in_error = error && error->field_errors.count("commune_code");
    if (!profile.commune_code.empty() && !commune_in_error) {
        if (auto commune = find_commune(context.db(), profile.commune_code)) {
            auto* found = content.AddSectionDictionary("COMMUNE_FOUND");
            found->SetValue("COMMUNE_NAME", commune->name);
            found->SetValue("DEPARTMENT_NAME", commune->department_name);
        }
    }
    bool naf_in_error = error && error->field_errors.count("naf_code");
    if (!profile.naf_code.empty() && !naf_in_error) {
        if (auto label = naf.label(context.config(), profile.naf_code))
            content.SetValueAndShowSection("NAF_LABEL", *label, "NAF_FOUND");
    }
    if (auto label = legal_form_label(profile.legal_form_code))
        content.SetValueAndShowSection("LEGAL_FORM_LABEL", std::string(*label), "LEGAL_FORM_FOUND");

    if (error) {
        page.set_errors(*error);
        mark_group_errors(content, *error);
    }
    return page.render(error ? core::http_status_of(error->kind) : 200);
}

} // namespace essaim::directory
