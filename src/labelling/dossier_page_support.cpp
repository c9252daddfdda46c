#include "labelling/dossier_page_support.hpp"

#include "auth/audit_helpers.hpp"
#include "auth/time_format.hpp"
#include "labelling/dossier_store.hpp"
#include "web/context.hpp"
#include "web/page.hpp"
#include "web/path_parameters.hpp"

#include <ctemplate/template.h>

namespace essaim::labelling {

http::Response failure_response(web::Context& context, const core::Error& error)
{
    int status = core::http_status_of(error.kind);
    if (context.request.wants_json()) {
        std::string extra;
        if (!error.field_errors.empty()) {
            std::vector<std::pair<std::string, std::string>> members(error.field_errors.begin(), error.field_errors.end());
            extra = "\"errors\":" + auth::json_object(members);
        }
        return http::Response::problem(status, http::reason_phrase(status), error.message, extra);
    }
    std::string message = error.message;
    for (const auto& [field, text] : error.field_errors)
        if (text != message)
            message += " " + text;
    return web::error_page(context, status, message);
}

http::Response not_found_response(web::Context& context)
{
    return failure_response(context, core::Error::not_found("Ce dossier n’existe pas ou vous n’y avez pas accès."));
}

std::optional<VisibleDossier> visible_dossier(web::Context& context)
{
    auto id = web::positive_id_parameter(context);
    if (!id)
        return std::nullopt;
    auto visible = find_visible_dossier(context.db(), context.identity, *id);
    if (!visible)
        return std::nullopt;
    return std::move(*visible);
}

bool add_other_attachments(ctemplate::TemplateDictionary& content, const FormDefinition* definition,
    const std::vector<AttachmentLink>& links)
{
    ctemplate::TemplateDictionary* section = nullptr;
    for (const auto& link : links) {
        if (definition && !link.field_key.empty() && find_field(*definition, link.field_key))
            continue;
        if (section == nullptr)
            section = content.AddSectionDictionary("ATTACHMENTS");
        auto* row = section->AddSectionDictionary("ATTACHMENT");
        row->SetValue("HREF", link.href);
        row->SetValue("FILE_NAME", link.file_name);
        row->SetValue("PIECE_ID", std::to_string(link.id));
    }
    return section != nullptr;
}

void add_error_summary(web::Page& page, const FormDefinition& definition, const core::Error& error,
    const std::string& field_page)
{
    page.set_errors(error);
    auto* summary = page.content().AddIncludeDictionary("ERROR_SUMMARY");
    summary->SetFilename("labelling/error_summary.tpl");
    summary->SetValue("SUMMARY_TITLE", error.message);
    for (const auto& item : error_summary(definition, error.field_errors)) {
        auto* row = summary->AddSectionDictionary("SUMMARY_ITEM");
        row->SetValue("ITEM_HREF", field_page + "#" + item.input_name);
        row->SetValue("ITEM_TEXT", item.text);
    }
}

std::string dossier_href(long long dossier_id) { return "/dossiers/" + std::to_string(dossier_id); }

std::string state_badge_class(DossierState state)
{
    switch (state) {
    case DossierState::Brouillon: return "fr-badge--new";
    case DossierState::Depose:
    case DossierState::EnInstruction:
    case DossierState::EnComite: return "fr-badge--info";
    case DossierState::ComplementsDemandes: return "fr-badge--warning";
    case DossierState::Labellise: return "fr-badge--success";
    case DossierState::Refuse: return "fr-badge--error";
    case DossierState::SansSuite:
    case DossierState::Retire: return "";
    }
    return "";
}

std::string display_time(long long unix_seconds)
{
    return unix_seconds == 0 ? std::string("—") : auth::format_paris_time(unix_seconds);
}

} // namespace essaim::labelling
