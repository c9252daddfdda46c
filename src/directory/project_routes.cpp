// Pages: /organisations/{id}/projets/nouveau, /projets/{id}, /projets/{id}/modifier and
// /projets/{id}/qualification.

#include "directory/project_routes.hpp"

#include "auth/access_rule.hpp"
#include "auth/route_support.hpp"
#include "auth/time_format.hpp"
#include "core/calendar.hpp"
#include "core/config.hpp"
#include "core/text.hpp"
#include "directory/merged_organisation.hpp"
#include "directory/organisation_store.hpp"
#include "directory/permissions.hpp"
#include "directory/project_actions.hpp"
#include "directory/project_store.hpp"
#include "directory/routes.hpp"
#include "web/context.hpp"
#include "web/page.hpp"
#include "web/path_parameters.hpp"
#include "web/registry.hpp"

#include <algorithm>
#include <boost/json.hpp>

namespace essaim::directory {

namespace {

//! Free text, shown through the template's x-paragraphs modifier, which escapes it and keeps its
//! paragraphs and line breaks.
void add_paragraphs(ctemplate::TemplateDictionary& content, const char* section, const std::string& text)
{
    if (text.find_first_not_of(" \r\n\t") != std::string::npos)
        content.AddSectionDictionary(section)->SetValue("TEXT", text);
}

std::string_view kind_label(TerritoryKind kind)
{
    switch (kind) {
    case TerritoryKind::Commune: return "commune";
    case TerritoryKind::Departement: return "département";
    case TerritoryKind::Region: return "région";
    }
    return "";
}

//! Where a territory's link goes: communes have no page of their own, their department does.
std::string territory_href(const TerritoryPlace& place)
{
    switch (place.ref.kind) {
    case TerritoryKind::Commune: return "/territoires/departements/" + place.department_code;
    case TerritoryKind::Departement: return "/territoires/departements/" + place.ref.code;
    case TerritoryKind::Region: return "/territoires/regions/" + place.ref.code;
    }
    return "/territoires";
}

std::vector<TerritoryPlace> places_of(db::Session& session, const ProjectProfile& profile)
{
    std::vector<TerritoryPlace> places;
    for (const auto& ref : profile.territories) {
        if (auto place = find_territory(session, ref))
            places.push_back(*place);
        else
            places.push_back(TerritoryPlace{ref, ref.code, "", ""});
    }
    return places;
}

std::string script_safe(const std::string& json)
{
    std::string safe;
    for (char c : json) {
        if (c == '<')
            safe += "\\u003c";
        else if (c == '>')
            safe += "\\u003e";
        else if (c == '&')
            safe += "\\u0026";
        else
            safe += c;
    }
    return safe;
}

std::string project_json_ld(const Project& project, const Organisation& organisation, const std::string& base_url,
    const std::vector<TerritoryPlace>& places, const std::optional<ProjectCard>& original)
{
    const auto& p = project.profile;
    boost::json::object ld{{"@context", "https://schema.org"}, {"@type", "Project"}, {"name", p.title},
        {"url", base_url + project_href(project.id)}};
    if (!p.summary.empty())
        ld["description"] = p.summary;
    // schema.org's Project is an Organization: its carrier is its parent organisation.
    ld["parentOrganization"] = boost::json::object{{"@type", "Organization"}, {"name", organisation.profile.name},
        {"url", base_url + organisation_href(organisation.id)}};
    boost::json::array areas;
    if (p.national_scope)
        areas.push_back(boost::json::object{{"@type", "Country"}, {"name", "France"}});
    for (const auto& place : places)
        areas.push_back(boost::json::object{{"@type", "AdministrativeArea"}, {"name", place.name}});
    if (!areas.empty())
        ld["areaServed"] = areas;
    boost::json::array keywords;
    for (const auto& code : p.thematics) {
        if (auto label = label_of(thematics(), code))
            keywords.emplace_back(std::string(*label));
    }
    for (int sdg : p.sdgs)
        keywords.emplace_back(sdg_label(sdg));
    if (!keywords.empty())
        ld["keywords"] = keywords;
    if (original)
        ld["isBasedOn"] = base_url + project_href(original->id);
    return script_safe(boost::json::serialize(ld));
}

using Loaded = LoadedProject;

std::optional<Loaded> load(web::Context& context, long long id) { return load_project(context, id); }

// ---- the form ------------------------------------------------------------------------------

struct FormSettings {
    std::string title;
    std::string action;
    std::string submit_label;
    std::string cancel_href;
};

void add_options(ctemplate::TemplateDictionary& content, const char* section, const std::vector<CodeLabel>& list,
    const std::vector<std::string>& selected)
{
    for (const auto& entry : list) {
        auto* option = content.AddSectionDictionary(section);
        option->SetValue("CODE", std::string(entry.code));
        option->SetValue("LABEL", std::string(entry.label));
        if (std::find(selected.begin(), selected.end(), entry.code) != selected.end()) {
            option->ShowSection("SELECTED");
            option->ShowSection("CHECKED");
        }
    }
}

http::Response form_page(web::Context& context, const Organisation& organisation, const FormSettings& settings,
    const ProjectInput& input, const core::Error* error)
{
    web::Page page(context, settings.title, "directory/project_form.tpl");
    page.add_breadcrumb("Accueil", "/");
    page.add_breadcrumb(organisation.profile.name, organisation_href(organisation.id));
    page.add_breadcrumb(settings.title, "");
    auto& content = page.content();
    content.SetValue("HEADING", settings.title);
    content.SetValue("FORM_ACTION", settings.action);
    content.SetValue("SUBMIT_LABEL", settings.submit_label);
    content.SetValue("CANCEL_HREF", settings.cancel_href);
    content.SetValue("ORGANISATION_NAME", organisation.profile.name);
    content.SetValue("ORGANISATION_HREF", organisation_href(organisation.id));

    const auto& p = input.profile;
    content.SetValue("TITLE", p.title);
    content.SetValue("SUMMARY", p.summary);
    content.SetValue("SOCIAL_NEED", p.social_need);
    content.SetValue("BENEFICIARIES", p.beneficiaries);
    content.SetValue("NEEDS_DETAILS", p.needs_details);
    content.SetValue("REPLICATION_STARTED_ON", p.replication_started_on);
    content.SetValue("BENEFICIARIES_PER_YEAR", input.beneficiaries_per_year);
    content.SetValue("JOBS_FTE", input.jobs_fte);
    content.SetValue("ANNUAL_BUDGET_EUROS", input.annual_budget_euros);
    content.SetValue("FUNDING_SOUGHT_EUROS", input.funding_sought_euros);
    content.SetValue("TERRITORIES", input.territories);
    content.SetValue("REPLICATES", input.replicates);
    if (p.needs_support)
        content.ShowSection("NEEDS_SUPPORT_CHECKED");
    if (p.needs_experimentation)
        content.ShowSection("NEEDS_EXPERIMENTATION_CHECKED");
    if (p.needs_partners)
        content.ShowSection("NEEDS_PARTNERS_CHECKED");
    add_options(content, "STAGE_OPTION", project_stages(), {p.stage});
    add_options(content, "GROWTH_MODE_OPTION", growth_modes(), {p.growth_mode});
    add_options(content, "THEMATIC_OPTION", thematics(), p.thematics);
    for (const auto& sdg : sdgs()) {
        auto* option = content.AddSectionDictionary("SDG_OPTION");
        option->SetValue("CODE", std::to_string(sdg.number));
        option->SetValue("LABEL", sdg_label(sdg.number));
        if (std::find(p.sdgs.begin(), p.sdgs.end(), sdg.number) != p.sdgs.end())
            option->ShowSection("CHECKED");
    }
    if (error) {
        page.set_errors(*error);
        if (error->field_errors.count("stage"))
            content.SetValue("STAGE_SELECT_CLASS", "fr-select-group--error");
        for (const char* group : {"growth_mode", "thematics", "sdgs"}) {
            if (error->field_errors.count(group))
                content.SetValue(web::marker_name(group) + "_FIELDSET_CLASS", "fr-fieldset--error");
        }
    }
    return page.render(error ? core::http_status_of(error->kind) : 200);
}

std::optional<Organisation> organisation_for_creation(web::Context& context, long long& id, http::Response& refusal)
{
    auto parameter = web::positive_id_parameter(context);
    auto organisation = parameter ? find_organisation(context.db(), *parameter) : std::nullopt;
    if (organisation) {
        if (auto obstacle = merged_obstacle(context.db(), organisation->id)) {
            refusal = error_response(context, 409, obstacle->message);
            return std::nullopt;
        }
    }
    auto membership = organisation ? membership_of(context, organisation->id) : std::nullopt;
    if (!organisation || !may_view_organisation(context.identity, organisation->status, membership)) {
        refusal = error_response(context, 404, "Cette organisation n’existe pas ou sa fiche n’est pas encore publiée.");
        return std::nullopt;
    }
    if (!auth::may_edit_organisation(context.identity, membership)) {
        refusal = error_response(context, 403, "Seuls les responsables et contributeurs de l’organisation peuvent lui ajouter un projet.");
        return std::nullopt;
    }
    id = organisation->id;
    return organisation;
}

FormSettings creation_settings(long long organisation_id)
{
    return {"Présenter un projet", organisation_href(organisation_id) + "/projets/nouveau", "Enregistrer le projet",
        organisation_href(organisation_id)};
}

FormSettings edit_settings(const Project& project)
{
    return {"Modifier le projet", project_href(project.id) + "/modifier", "Enregistrer les modifications",
        project_href(project.id)};
}

// ---- the project's page --------------------------------------------------------------------

void add_figures(ctemplate::TemplateDictionary& content, const ProjectProfile& p)
{
    bool any = false;
    auto figure = [&](const char* label, const std::string& value) {
        auto* row = content.AddSectionDictionary("FIGURE");
        row->SetValue("LABEL", label);
        row->SetValue("VALUE", value);
        any = true;
    };
    if (p.beneficiaries_per_year)
        figure("Bénéficiaires par an", core::group_digits(*p.beneficiaries_per_year));
    if (p.jobs_fte_tenths)
        figure("Emplois en équivalent temps plein", format_tenths(*p.jobs_fte_tenths));
    if (p.annual_budget_euros)
        figure("Budget annuel", core::format_euros(*p.annual_budget_euros));
    if (!any)
        content.ShowSection("NO_FIGURES");
}

void add_needs(ctemplate::TemplateDictionary& content, const ProjectProfile& p)
{
    std::vector<std::string> needs;
    if (p.funding_sought_euros)
        needs.push_back("Financement recherché : " + core::format_euros(*p.funding_sought_euros));
    if (p.needs_support)
        needs.emplace_back("Accompagnement");
    if (p.needs_experimentation)
        needs.emplace_back("Expérimentation ou dérogation");
    if (p.needs_partners)
        needs.emplace_back("Partenaires");
    if (needs.empty() && p.needs_details.empty()) {
        content.ShowSection("NO_NEEDS");
        return;
    }
    auto* section = content.AddSectionDictionary("HAS_NEEDS");
    for (const auto& need : needs)
        section->AddSectionDictionary("NEED")->SetValue("LABEL", need);
    add_paragraphs(*section, "NEEDS_DETAILS_PARAGRAPH", p.needs_details);
}

std::string places_text(const std::vector<TerritoryPlace>& places, bool national)
{
    std::string text = national ? "Toute la France" : "";
    for (const auto& place : places)
        text += (text.empty() ? "" : ", ") + place.name;
    return text.empty() ? "Non précisé" : text;
}

void add_replications(web::Context& context, ctemplate::TemplateDictionary& content, const Project& project)
{
    auto family = load_family(context.db(), project.id);
    std::vector<LineageNode> nodes;
    auto* section = static_cast<ctemplate::TemplateDictionary*>(nullptr);
    int count = 0;
    for (const auto& member : family) {
        bool is_root = member.id == project.id;
        // Replications the public cannot see yet are neither listed nor counted.
        if (!is_root && !member.is_public)
            continue;
        nodes.push_back({member.id, is_root ? 0 : member.replicates_id, member.beneficiaries_per_year});
        if (is_root)
            continue;
        if (!section)
            section = content.AddSectionDictionary("REPLICATIONS");
        ++count;
        auto replication = find_project(context.db(), member.id);
        auto* row = section->AddSectionDictionary("REPLICATION");
        row->SetValue("HREF", project_href(member.id));
        row->SetValue("TITLE", member.title);
        row->SetValue("ORGANISATION_NAME", member.organisation_name);
        row->SetValue("ORGANISATION_HREF", organisation_href(member.organisation_id));
        row->SetValue("WHERE", replication ? places_text(places_of(context.db(), replication->profile), replication->profile.national_scope)
                                           : "Non précisé");
        row->SetValue("SINCE", member.replication_started_on.empty() ? "Non précisé" : core::french_date(member.replication_started_on));
        row->SetValue("REACH", core::group_digits(member.beneficiaries_per_year));
    }
    if (section) {
        section->SetValue("FAMILY_REACH", core::group_digits(family_reach(nodes, project.id)));
        section->SetValue("REPLICATION_TEXT",
            count == 1 ? std::string("son essaimage") : "ses " + core::count_of(count, "essaimage", "essaimages"));
    }
}

http::Response project_page(web::Context& context)
{
    auto id = web::positive_id_parameter(context);
    auto loaded = id ? load(context, *id) : std::nullopt;
    if (!loaded || !loaded->may_view)
        return error_response(context, 404, "Ce projet n’existe pas ou n’est pas encore public.");
    const auto& project = loaded->project;
    const auto& p = project.profile;
    const auto& organisation = loaded->organisation;

    web::Page page(context, p.title, "directory/project.tpl");
    page.add_breadcrumb("Accueil", "/");
    page.add_breadcrumb(organisation.profile.name, organisation_href(organisation.id));
    page.add_breadcrumb(p.title, "");
    page.set_description(p.summary.empty() ? p.title + ", projet porté par " + organisation.profile.name + "."
                                           : p.title + " — " + p.summary);
    auto& content = page.content();
    content.SetValue("TITLE", p.title);
    content.SetValue("ORGANISATION_NAME", organisation.profile.name);
    content.SetValue("ORGANISATION_HREF", organisation_href(organisation.id));
    if (project.status == OrganisationStatus::Refusee)
        content.SetValueAndShowSection("HIDDEN_REASON", project.hidden_reason, "MODERATED_BANNER");
    else if (!loaded->is_public)
        content.ShowSection("HIDDEN_BANNER");
    content.SetValue("STAGE_LABEL", std::string(label_of(project_stages(), p.stage).value_or(p.stage)));
    content.SetValue("GROWTH_MODE_LABEL", std::string(label_of(growth_modes(), p.growth_mode).value_or(p.growth_mode)));
    if (project.qualified)
        content.ShowSection("QUALIFIED");

    std::optional<ProjectCard> original;
    if (p.replicates_project_id)
        original = find_project_card(context.db(), *p.replicates_project_id);
    if (original && (original->is_public || loaded->may_edit)) {
        auto* section = content.AddSectionDictionary("ORIGINAL");
        section->SetValue("ORIGINAL_HREF", project_href(original->id));
        section->SetValue("ORIGINAL_TITLE", original->title);
        section->SetValue("ORIGINAL_ORGANISATION", original->organisation_name);
        if (!p.replication_started_on.empty())
            section->SetValueAndShowSection("SINCE", core::french_date(p.replication_started_on), "ORIGINAL_SINCE");
    } else {
        original.reset();
    }

    bool may_qualify = may_qualify_projects(context.identity);
    bool moderator = may_moderate(context.identity);
    if (loaded->may_edit || may_qualify || loaded->may_view_history || moderator) {
        auto* actions = content.AddSectionDictionary("ACTIONS");
        if (loaded->may_edit)
            actions->SetValueAndShowSection("EDIT_HREF", project_href(project.id) + "/modifier", "CAN_EDIT");
        if (may_qualify)
            actions->SetValueAndShowSection("QUALIFY_HREF", project_href(project.id) + "/qualification", "CAN_QUALIFY");
        if (loaded->may_view_history)
            actions->SetValueAndShowSection("HISTORY_HREF", project_href(project.id) + "/historique", "CAN_VIEW_HISTORY");
        std::string moderation = "/admin/projets/" + std::to_string(project.id);
        if (moderator && project.status == OrganisationStatus::Publiee)
            actions->SetValueAndShowSection("HIDE_HREF", moderation + "/masquer", "CAN_HIDE");
        if (moderator && project.status == OrganisationStatus::Refusee)
            actions->SetValueAndShowSection("REPUBLISH_ACTION", moderation + "/republier", "CAN_REPUBLISH");
    }

    add_paragraphs(content, "SUMMARY_PARAGRAPH", p.summary);
    if (p.summary.empty())
        content.ShowSection("NO_SUMMARY");
    if (!p.social_need.empty())
        add_paragraphs(*content.AddSectionDictionary("SOCIAL_NEED_SECTION"), "SOCIAL_NEED_PARAGRAPH", p.social_need);
    if (!p.beneficiaries.empty())
        add_paragraphs(*content.AddSectionDictionary("BENEFICIARIES_SECTION"), "BENEFICIARIES_PARAGRAPH", p.beneficiaries);

    if (p.thematics.empty())
        content.ShowSection("NO_THEMATICS");
    else {
        auto* section = content.AddSectionDictionary("HAS_THEMATICS");
        for (const auto& code : p.thematics)
            section->AddSectionDictionary("THEMATIC")->SetValue("LABEL", std::string(label_of(thematics(), code).value_or(code)));
    }
    if (p.sdgs.empty())
        content.ShowSection("NO_SDGS");
    else {
        auto* section = content.AddSectionDictionary("HAS_SDGS");
        for (int sdg : p.sdgs)
            section->AddSectionDictionary("SDG")->SetValue("LABEL", sdg_label(sdg));
    }
    auto places = places_of(context.db(), p);
    if (places.empty() && !p.national_scope)
        content.ShowSection("NO_TERRITORIES");
    else {
        auto* section = content.AddSectionDictionary("HAS_TERRITORIES");
        if (p.national_scope)
            section->ShowSection("NATIONAL");
        for (const auto& place : places) {
            auto* row = section->AddSectionDictionary("TERRITORY");
            row->SetValue("NAME", place.name);
            row->SetValue("HREF", territory_href(place));
            std::string kind(kind_label(place.ref.kind));
            if (place.ref.kind == TerritoryKind::Commune && !place.department_name.empty())
                kind += ", " + place.department_name;
            row->SetValue("KIND", kind);
        }
    }
    add_figures(content, p);
    add_needs(content, p);

    content.SetIntValue("COMPLETENESS", project.completeness);
    if (loaded->may_edit) {
        ctemplate::TemplateDictionary* missing = nullptr;
        for (const auto& item : completeness_items(p)) {
            if (item.done)
                continue;
            if (!missing)
                missing = content.AddSectionDictionary("MISSING");
            auto* row = missing->AddSectionDictionary("MISSING_ITEM");
            row->SetValue("LABEL", std::string(item.label));
            row->SetIntValue("WEIGHT", item.weight);
        }
    }
    content.SetValue("UPDATED_AT", auth::format_paris_time(project.updated_at));
    add_replications(context, content, project);
    page.set_trusted_markup("JSON_LD", project_json_ld(project, organisation, context.config().public_url, places, original));
    return page.render();
}

// ---- qualification -------------------------------------------------------------------------

struct CriterionText {
    const char* field;
    const char* label;
    const char* hint;
    std::string QualificationInput::*score;
    std::string QualificationInput::*comment;
};

const CriterionText criteria[] = {
    {"social_need", "Besoin social", "Le besoin est-il réel, documenté, mal couvert jusque-là ?",
        &QualificationInput::social_need, &QualificationInput::social_need_comment},
    {"innovation", "Innovation", "La réponse est-elle nouvelle sur son territoire ou pour son public ?",
        &QualificationInput::innovation, &QualificationInput::innovation_comment},
    {"impact_evidence", "Preuves d’impact", "Des résultats mesurés ou une évaluation montrent-ils ses effets ?",
        &QualificationInput::impact_evidence, &QualificationInput::impact_evidence_comment},
    {"scaling_potential", "Potentiel de changement d’échelle", "Le projet peut-il croître ou essaimer ailleurs ?",
        &QualificationInput::scaling_potential, &QualificationInput::scaling_potential_comment},
};

QualificationInput qualification_from_form(const http::Form& form)
{
    QualificationInput input;
    for (const auto& criterion : criteria) {
        input.*criterion.score = form.get(criterion.field);
        input.*criterion.comment = form.get(std::string(criterion.field) + "_comment");
    }
    return input;
}

QualificationInput qualification_from_record(const QualificationRecord& record)
{
    QualificationInput input;
    input.social_need = std::to_string(record.grid.social_need);
    input.innovation = std::to_string(record.grid.innovation);
    input.impact_evidence = std::to_string(record.grid.impact_evidence);
    input.scaling_potential = std::to_string(record.grid.scaling_potential);
    input.social_need_comment = record.social_need_comment;
    input.innovation_comment = record.innovation_comment;
    input.impact_evidence_comment = record.impact_evidence_comment;
    input.scaling_potential_comment = record.scaling_potential_comment;
    return input;
}

http::Response qualification_page(web::Context& context, const Loaded& loaded,
    const std::optional<QualificationInput>& typed, const core::Error* error)
{
    const auto& project = loaded.project;
    web::Page page(context, "Qualifier le projet", "directory/project_qualification.tpl");
    page.add_breadcrumb("Accueil", "/");
    page.add_breadcrumb(project.profile.title, project_href(project.id));
    page.add_breadcrumb("Qualification", "");
    auto& content = page.content();
    content.SetValue("TITLE", project.profile.title);
    content.SetValue("PROJECT_HREF", project_href(project.id));
    content.SetValue("ORGANISATION_NAME", loaded.organisation.profile.name);
    content.SetValue("ORGANISATION_HREF", organisation_href(loaded.organisation.id));
    content.SetValue("FORM_ACTION", project_href(project.id) + "/qualification");
    auto latest = latest_qualification(context.db(), project.id);
    if (latest) {
        auto* section = content.AddSectionDictionary("LATEST");
        section->SetValue("AT", auth::format_paris_time(latest->at));
        if (!latest->reviewer_name.empty())
            section->SetValueAndShowSection("NAME", latest->reviewer_name, "BY");
        const auto& g = latest->grid;
        section->SetIntValue("TOTAL", g.social_need + g.innovation + g.impact_evidence + g.scaling_potential);
        section->SetValue("DECISION", latest->qualified ? "projet qualifié" : "projet non qualifié");
    }
    QualificationInput input = typed ? *typed : latest ? qualification_from_record(*latest) : QualificationInput{};
    for (const auto& criterion : criteria) {
        auto* row = content.AddSectionDictionary("CRITERION");
        row->SetValue("FIELD", criterion.field);
        row->SetValue("LABEL", criterion.label);
        row->SetValue("HINT", criterion.hint);
        row->SetValue("COMMENT", input.*criterion.comment);
        for (int value = 0; value <= 3; ++value) {
            auto* score = row->AddSectionDictionary("SCORE");
            score->SetIntValue("VALUE", value);
            if (input.*criterion.score == std::to_string(value))
                score->ShowSection("CHECKED");
        }
        if (error) {
            if (auto found = error->field_errors.find(criterion.field); found != error->field_errors.end())
                row->SetValueAndShowSection("MESSAGE", found->second, "ERROR");
            if (auto found = error->field_errors.find(std::string(criterion.field) + "_comment");
                found != error->field_errors.end())
                row->SetValueAndShowSection("COMMENT_MESSAGE", found->second, "COMMENT_ERROR");
        }
    }
    if (error)
        page.set_errors(*error);
    return page.render(error ? core::http_status_of(error->kind) : 200);
}

} // namespace

std::string project_href(long long id) { return "/projets/" + std::to_string(id); }

std::optional<LoadedProject> load_project(web::Context& context, long long id)
{
    auto project = find_project(context.db(), id);
    if (!project)
        return std::nullopt;
    auto organisation = find_organisation(context.db(), project->organisation_id);
    if (!organisation)
        return std::nullopt;
    LoadedProject loaded{*project, *organisation};
    auto membership = membership_of(context, organisation->id);
    loaded.may_edit = auth::may_edit_organisation(context.identity, membership);
    loaded.is_public = project->status == OrganisationStatus::Publiee && organisation->status == OrganisationStatus::Publiee;
    // A project hidden by moderation (Refusee) is for its organisation's editors and the reviewers only.
    loaded.may_view = loaded.is_public || loaded.may_edit
        || (project->status != OrganisationStatus::Refusee && may_view_organisation(context.identity, organisation->status, membership))
        || may_qualify_projects(context.identity);
    loaded.may_view_history = loaded.may_view && may_view_history(context.identity, membership);
    return loaded;
}

void add_project_list(ctemplate::TemplateDictionary& content, db::Session& session, long long organisation_id, bool may_edit)
{
    auto* list = content.AddIncludeDictionary("PROJECTS");
    list->SetFilename("directory/project_list.tpl");
    auto summaries = project_summaries_for_organisation(session, organisation_id);
    for (const auto& summary : summaries) {
        auto* row = list->AddSectionDictionary("PROJECT");
        row->SetValue("HREF", project_href(summary.id));
        row->SetValue("TITLE", summary.title);
        row->SetValue("STAGE_LABEL", std::string(label_of(project_stages(), summary.stage).value_or(summary.stage)));
        if (summary.qualified)
            row->ShowSection("QUALIFIED");
    }
    // Its members also see the projects an administrator hid, to correct them.
    if (may_edit) {
        for (const auto& summary : hidden_project_summaries_for_organisation(session, organisation_id)) {
            auto* row = list->AddSectionDictionary("PROJECT");
            row->SetValue("HREF", project_href(summary.id));
            row->SetValue("TITLE", summary.title);
            row->SetValue("STAGE_LABEL", std::string(label_of(project_stages(), summary.stage).value_or(summary.stage)));
            row->ShowSection("HIDDEN");
            summaries.push_back(summary);
        }
    }
    if (summaries.empty())
        list->ShowSection("NO_PROJECTS");
    if (may_edit)
        list->SetValueAndShowSection("NEW_HREF", organisation_href(organisation_id) + "/projets/nouveau", "CAN_ADD");
}

void register_project_routes(web::Registry& registry)
{
    registry.add_flash("projet-cree", {web::FlashLevel::Success, "Projet enregistré",
        "Il est visible sur la fiche de votre organisation dès que celle-ci est publiée."});
    registry.add_flash("projet-modifie", {web::FlashLevel::Success, "Projet mis à jour", "La modification est enregistrée dans l’historique du projet."});
    registry.add_flash("projet-inchange", {web::FlashLevel::Info, "Aucune modification", "Le projet était déjà à jour."});
    registry.add_flash("projet-qualifie", {web::FlashLevel::Success, "Qualification enregistrée", "Le projet est désormais marqué « Qualifié »."});
    registry.add_flash("projet-non-qualifie", {web::FlashLevel::Info, "Qualification enregistrée", "Le projet n’est pas qualifié au vu de cette grille."});

    registry.get("/organisations/{id}/projets/nouveau", auth::signed_in(), [](web::Context& context) {
        long long id = 0;
        http::Response refusal;
        auto organisation = organisation_for_creation(context, id, refusal);
        if (!organisation)
            return refusal;
        return form_page(context, *organisation, creation_settings(id), ProjectInput{}, nullptr);
    });

    registry.post("/organisations/{id}/projets/nouveau", auth::signed_in(), [](web::Context& context) {
        long long id = 0;
        http::Response refusal;
        auto organisation = organisation_for_creation(context, id, refusal);
        if (!organisation)
            return refusal;
        auto input = project_input_from_form(context.form());
        auto result = create_project(context.services.clock, context.db(), context.identity, id, input, auth::request_info(context));
        if (!result) {
            if (result.error().kind != core::ErrorKind::Invalid)
                return error_response(context, core::http_status_of(result.error().kind), result.error().message);
            return form_page(context, *organisation, creation_settings(id), input, &result.error());
        }
        context.flash("projet-cree");
        return http::Response::redirect(project_href(result.value()));
    });

    registry.get("/projets/{id}", auth::anyone(), [](web::Context& context) { return project_page(context); });
    register_project_moderation_routes(registry);

    registry.get("/projets/{id}/modifier", auth::signed_in(), [](web::Context& context) {
        auto id = web::positive_id_parameter(context);
        auto loaded = id ? load(context, *id) : std::nullopt;
        if (!loaded || !loaded->may_view)
            return error_response(context, 404, "Ce projet n’existe pas ou n’est pas encore public.");
        if (!loaded->may_edit)
            return error_response(context, 403, "Seuls les responsables et contributeurs de l’organisation peuvent modifier ce projet.");
        return form_page(context, loaded->organisation, edit_settings(loaded->project),
            project_input_from_profile(loaded->project.profile), nullptr);
    });

    registry.post("/projets/{id}/modifier", auth::signed_in(), [](web::Context& context) {
        auto id = web::positive_id_parameter(context);
        auto loaded = id ? load(context, *id) : std::nullopt;
        if (!loaded || !loaded->may_view)
            return error_response(context, 404, "Ce projet n’existe pas ou n’est pas encore public.");
        auto input = project_input_from_form(context.form());
        auto result = edit_project(context.services.clock, context.db(), context.identity, *id, input, auth::request_info(context));
        if (!result) {
            if (result.error().kind != core::ErrorKind::Invalid)
                return error_response(context, core::http_status_of(result.error().kind), result.error().message);
            return form_page(context, loaded->organisation, edit_settings(loaded->project), input, &result.error());
        }
        context.flash(result.value() ? "projet-modifie" : "projet-inchange");
        return http::Response::redirect(project_href(*id));
    });

    auto qualifiers = auth::any_of({auth::Role::Instructeur, auth::Role::Administrateur});
    registry.get("/projets/{id}/qualification", qualifiers, [](web::Context& context) {
        auto id = web::positive_id_parameter(context);
        auto loaded = id ? load(context, *id) : std::nullopt;
        if (!loaded)
            return error_response(context, 404, "Ce projet n’existe pas.");
        return qualification_page(context, *loaded, std::nullopt, nullptr);
    });

    registry.post("/projets/{id}/qualification", qualifiers, [](web::Context& context) {
        auto id = web::positive_id_parameter(context);
        auto loaded = id ? load(context, *id) : std::nullopt;
        if (!loaded)
            return error_response(context, 404, "Ce projet n’existe pas.");
        auto input = qualification_from_form(context.form());
        auto result = qualify_project(context.services.clock, context.db(), context.identity, *id, input, auth::request_info(context));
        if (!result) {
            if (result.error().kind != core::ErrorKind::Invalid)
                return error_response(context, core::http_status_of(result.error().kind), result.error().message);
            return qualification_page(context, *loaded, input, &result.error());
        }
        context.flash(result.value() ? "projet-qualifie" : "projet-non-qualifie");
        return http::Response::redirect(project_href(*id));
    });
}

} // namespace essaim::directory
