#include "labelling/confirmation.hpp"

#include "core/result.hpp"
#include "web/page.hpp"

namespace essaim::labelling {

namespace {

const char* tone_class(DecisionTone tone)
{
    switch (tone) {
    case DecisionTone::Primary: return "";
    case DecisionTone::Secondary: return "fr-btn--secondary";
    case DecisionTone::Danger: return "essaim-btn--danger";
    }
    return "";
}

void add_fields(ctemplate::TemplateDictionary& dictionary, const Decision& decision)
{
    for (const auto& [name, value] : decision.fields) {
        auto* field = dictionary.AddSectionDictionary("FIELD");
        field->SetValue("NAME", name);
        field->SetValue("VALUE", value);
    }
}

enum class Placement { Modal, Page };

void fill_form(ctemplate::TemplateDictionary& parent, const Decision& decision, Placement placement)
{
    auto* form = parent.AddIncludeDictionary("FORM");
    form->SetFilename("labelling/confirmation_form.tpl");
    form->SetValue("ID", decision.id);
    // The page's heading is its h1; in a modal the heading sits under the page's own h1.
    form->SetValue("LEVEL", placement == Placement::Page ? "1" : "2");
    form->SetValue("TITLE", decision.title);
    form->SetValue("EXPLANATION", decision.explanation);
    form->SetValue("ACTION", decision.action);
    form->SetValue("CONFIRM", decision.confirm);
    // The confirming button is drawn as the action it confirms.
    form->SetValue("CONFIRM_CLASS", decision.tone == DecisionTone::Danger ? "essaim-btn--danger" : "");
    add_fields(*form, decision);
    if (decision.reason) {
        auto* reason = form->AddSectionDictionary("REASON");
        reason->SetValue("ID", decision.id);
        reason->SetValue("LABEL", decision.reason->label);
        reason->SetValue("VALUE", decision.reason->value);
        if (decision.reason->required)
            reason->ShowSection("REQUIRED");
        if (!decision.reason->hint.empty())
            reason->SetValueAndShowSection("HINT", decision.reason->hint, "HAS_HINT");
        if (!decision.reason->error.empty())
            reason->SetValueAndShowSection("MESSAGE", decision.reason->error, "ERROR");
    }
    if (placement == Placement::Modal)
        form->ShowSection("IN_MODAL");
    else
        form->SetValueAndShowSection("CANCEL_HREF", decision.cancel_href, "ON_PAGE");
}

} // namespace

void add_decision(ctemplate::TemplateDictionary& parent, const std::string& marker, const Decision& decision)
{
    auto* modal = parent.AddIncludeDictionary(marker);
    modal->SetFilename("labelling/confirmation_modal.tpl");
    modal->SetValue("ID", decision.id);
    modal->SetValue("PAGE_HREF", decision.page_href);
    modal->SetValue("BUTTON", decision.button);
    modal->SetValue("BUTTON_CLASS", tone_class(decision.tone));
    modal->SetValue("TITLE", decision.title);
    add_fields(*modal, decision);
    fill_form(*modal, decision, Placement::Modal);
}

http::Response render_decision_page(web::Page& page, const Decision& decision, int status)
{
    fill_form(page.content(), decision, Placement::Page);
    if (decision.reason && !decision.reason->error.empty())
        page.set_errors(core::Error::invalid({{decision.id + "-motif", decision.reason->error}}));
    return page.render(status);
}

} // namespace essaim::labelling
