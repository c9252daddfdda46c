// The public pages of calls: /appels (published calls, open ones first, then closed ones) and
// /appels/{id} (a published or closed call with its form's questions and its evaluation grid;
// drafts only for administrators).
#include "core/calendar.hpp"
#include "core/clock.hpp"
#include "directory/organisation_form.hpp"
#include "labelling/call_routes.hpp"
#include "labelling/call_store.hpp"
#include "labelling/permissions.hpp"
#include "web/context.hpp"
#include "web/page.hpp"
#include "web/path_parameters.hpp"
#include "web/registry.hpp"

#include <algorithm>

namespace essaim::labelling {

namespace {

struct Status {
    std::string text;
    std::string badge_class;
    int rank = 0;  //!< open first
};

Status status_of(const Call& call, const std::string& today)
{
    if (call.state == CallState::Clos)
        return {"Clos", "fr-badge--warning", 3};
    if (call.state == CallState::Brouillon)
        return {"Brouillon", "fr-badge--info", 4};
    if (is_open_for_applications(call, today))
        return {"Ouvert aux candidatures", "fr-badge--success", 0};
    if (!call.opens_on.empty() && today < call.opens_on)
        return {"Ouvre le " + core::short_french_date(call.opens_on), "fr-badge--new", 1};
    return {"Période de candidature terminée", "fr-badge--warning", 2};
}

std::string choices_text(const FormField& field)
{
    std::string text;
    for (const auto& choice : field.choices)
        text += (text.empty() ? "" : " ; ") + choice;
    return text;
}

http::Response list_page(web::Context& context)
{
    const auto today = core::iso_day(context.clock().now());
    auto calls = list_public_calls(context.db());
    std::stable_sort(calls.begin(), calls.end(),
        [&](const Call& a, const Call& b) { return status_of(a, today).rank < status_of(b, today).rank; });
    web::Page page(context, "Appels à candidatures", "labelling/call_list.tpl");
    page.add_breadcrumb("Accueil", "/");
    page.add_breadcrumb("Appels à candidatures", "");
    auto& content = page.content();
    bool current = false, closed = false;
    for (const auto& call : calls) {
        const bool is_closed = call.state == CallState::Clos;
        auto* item = content.AddSectionDictionary(is_closed ? "CLOSED" : "CURRENT");
        (is_closed ? closed : current) = true;
        const auto status = status_of(call, today);
        item->SetValue("HREF", public_call_href(call.id));
        item->SetValue("TITLE", call.title);
        item->SetValue("CATEGORY", std::string(category_label(call.category)));
        item->SetValue("DATES", call_dates_text(call));
        item->SetIntValue("LABEL_YEARS", call.label_years);
        item->SetValue("STATUS", status.text);
        item->SetValue("STATUS_CLASS", status.badge_class);
    }
    content.ShowSection(current ? "HAS_CURRENT" : "NO_CURRENT");
    if (closed)
        content.ShowSection("HAS_CLOSED");
    return page.render();
}

http::Response call_page(web::Context& context)
{
    auto id = web::positive_id_parameter(context);
    auto call = id ? find_call(context.db(), *id) : std::nullopt;
    const bool administrator = may_administer_labelling(context.identity);
    // A draft does not exist for the public: the same 404 as an unknown id.
    if (!call || (call->state == CallState::Brouillon && !administrator))
        return web::error_page(context, 404, "Cet appel à candidatures n’existe pas.");
    const auto today = core::iso_day(context.clock().now());
    const auto status = status_of(*call, today);
    web::Page page(context, call->title, "labelling/call_page.tpl");
    page.add_breadcrumb("Accueil", "/");
    page.add_breadcrumb("Appels à candidatures", "/appels");
    page.add_breadcrumb(call->title, "");
    page.set_description(call->description.empty()
            ? call->title + " : appel à candidatures de l’accélérateur national d’innovation sociale."
            : call->title + " — " + call->description);
    auto& content = page.content();
    content.SetValue("TITLE", call->title);
    content.SetValue("CATEGORY", std::string(category_label(call->category)));
    content.SetValue("STATUS", status.text);
    content.SetValue("STATUS_CLASS", status.badge_class);
    content.SetValue("DATES", call_dates_text(*call));
    content.SetIntValue("LABEL_YEARS", call->label_years);
    if (!call->description.empty())
        content.SetValueAndShowSection("DESCRIPTION_TEXT", call->description, "DESCRIPTION");
    if (call->state == CallState::Brouillon)
        content.ShowSection("DRAFT");
    if (is_open_for_applications(*call, today))
        content.SetValueAndShowSection("APPLY_HREF", public_call_href(call->id) + "/candidater", "OPEN");
    else
        content.SetValueAndShowSection("NOT_OPEN_TEXT",
            call->state == CallState::Clos ? "Cet appel est clos : il ne reçoit plus de candidatures."
                                           : "Cet appel ne reçoit pas de candidatures en ce moment (" + status.text + ").",
            "NOT_OPEN");
    if (administrator)
        content.SetValueAndShowSection("ADMIN_HREF", admin_call_href(call->id), "ADMIN");

    const auto form = current_form(context.db(), call->id);
    const FormDefinition definition = form ? form->definition : FormDefinition{};
    if (field_count(definition) == 0)
        content.ShowSection("NO_QUESTION");
    for (const auto& section : definition.sections) {
        if (section.fields.empty())
            continue;
        auto* section_dict = content.AddSectionDictionary("SECTION");
        section_dict->SetValue("SECTION_TITLE", section.title);
        for (const auto& field : section.fields) {
            auto* question = section_dict->AddSectionDictionary("QUESTION");
            question->SetValue("LABEL", field.label);
            question->SetValue("KIND", std::string(field_kind_label(field.kind)));
            if (field.required)
                question->ShowSection("REQUIRED");
            if (!field.help.empty())
                question->SetValueAndShowSection("HELP_TEXT", field.help, "HELP");
            if (!field.choices.empty())
                question->SetValueAndShowSection("CHOICES_TEXT", choices_text(field), "CHOICES");
            if (!field.fields.empty())
                question->ShowSection("HAS_SUB");
            for (const auto& sub : field.fields) {
                auto* sub_dict = question->AddSectionDictionary("SUB");
                sub_dict->SetValue("SUB_LABEL", sub.label);
                sub_dict->SetValue("SUB_KIND", std::string(field_kind_label(sub.kind)));
                if (sub.required)
                    sub_dict->ShowSection("SUB_REQUIRED");
            }
        }
    }
    const auto criteria = list_criteria(context.db(), call->id);
    content.ShowSection(criteria.empty() ? "NO_CRITERION" : "HAS_CRITERIA");
    for (const auto& criterion : criteria) {
        auto* row = content.AddSectionDictionary("CRITERION");
        row->SetValue("CRITERION_TITLE", criterion.title);
        if (!criterion.description.empty())
            row->SetValueAndShowSection("CRITERION_DESCRIPTION_TEXT", criterion.description, "CRITERION_DESCRIPTION");
        row->SetIntValue("WEIGHT", criterion.weight);
        for (const auto& level : criterion.scale)
            row->AddSectionDictionary("LEVEL")->SetValue("LEVEL_TEXT", level);
    }
    return page.render();
}

} // namespace

void register_call_page_routes(web::Registry& registry)
{
    registry.get("/appels", auth::anyone(), list_page);
    registry.get("/appels/{id}", auth::anyone(), call_page);
}

} // namespace essaim::labelling
