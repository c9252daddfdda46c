// The form builder's pages: /admin/appels/{id}/formulaire (sections and questions, adding them,
// the preview) and its actions, each a POST that redirects back to the builder.
#include "auth/route_support.hpp"
#include "labelling/call_routes.hpp"
#include "labelling/call_store.hpp"
#include "labelling/form_answers.hpp"
#include "labelling/form_builder.hpp"
#include "web/context.hpp"
#include "web/page.hpp"
#include "web/registry.hpp"

namespace essaim::labelling {

namespace {

std::string builder_href(long long call_id) { return admin_call_href(call_id) + "/formulaire"; }

std::string field_action(long long call_id, const std::string& key)
{
    return builder_href(call_id) + "/champs/" + key;
}

//! Fills the include dictionary of form_builder_inputs.tpl: values, and the errors next to fields
//! (an include dictionary does not see the page's error markers, so they are set here).
void fill_field_inputs(ctemplate::TemplateDictionary& parent, const FieldInput& input, bool new_key,
    const core::FieldErrors& errors)
{
    auto* dict = parent.AddIncludeDictionary("FIELD_INPUTS");
    dict->SetFilename("labelling/form_builder_inputs.tpl");
    dict->SetValue("LIBELLE", input.label);
    dict->SetValue("AIDE", input.help);
    dict->SetValue("CHOIX", input.choices);
    dict->SetValue("CLE", input.key);
    if (input.required)
        dict->ShowSection("OBLIGATOIRE");
    if (new_key)
        dict->ShowSection("NEW_KEY");
    for (auto kind : field_kinds()) {
        auto* option = dict->AddSectionDictionary("KIND_OPTION");
        option->SetValue("KIND_CODE", std::string(field_kind_code(kind)));
        option->SetValue("KIND_LABEL", std::string(field_kind_label(kind)));
        if (input.kind == field_kind_code(kind))
            option->ShowSection("SELECTED");
    }
    for (const auto& [field, message] : errors) {
        const auto marker = web::marker_name(field);
        dict->SetValue("ERROR_" + marker, message);
        dict->ShowSection(marker + "_ERROR");
        dict->SetValue(marker + "_GROUP_CLASS", "fr-input-group--error");
        dict->SetValue(marker + "_INPUT_CLASS", "fr-input--error");
    }
}

struct BuilderState {
    FieldInput field;
    std::string place;
    std::string section_title;
    const core::Error* error = nullptr;
    bool field_form_error = false;
};

http::Response builder_page(web::Context& context, const Call& call, const BuilderState& state)
{
    auto form = current_form(context.db(), call.id);
    const CallForm current = form.value_or(CallForm{0, call.id, 0, FormDefinition{}, false});
    web::Page page(context, "Formulaire : " + call.title, "labelling/form_builder.tpl");
    page.add_breadcrumb("Accueil", "/");
    page.add_breadcrumb("Administration", "/admin");
    page.add_breadcrumb("Appels à candidatures", "/admin/appels");
    page.add_breadcrumb(call.title, admin_call_href(call.id));
    page.add_breadcrumb("Formulaire", "");
    auto& content = page.content();
    content.SetValue("CALL_TITLE", call.title);
    content.SetValue("CALL_HREF", admin_call_href(call.id));
    content.SetIntValue("VERSION", current.version);
    content.SetIntValue("NEXT_VERSION", current.version + 1);
    content.ShowSection(current.frozen ? "FROZEN" : "EDITABLE");
    content.SetValue("ADD_FIELD_ACTION", builder_href(call.id) + "/champs");
    content.SetValue("ADD_SECTION_ACTION", builder_href(call.id) + "/sections");
    content.SetValue("TITRE", state.section_title);
    const auto& sections = current.definition.sections;
    if (sections.empty())
        content.ShowSection("NO_SECTION");
    else
        content.ShowSection("CAN_ADD_FIELD");
    for (std::size_t s = 0; s < sections.size(); ++s) {
        const auto& section = sections[s];
        auto* section_dict = content.AddSectionDictionary("SECTION");
        section_dict->SetIntValue("SECTION_NUMBER", static_cast<long>(s + 1));
        section_dict->SetValue("SECTION_TITLE", section.title);
        section_dict->SetValue("SECTION_ACTION", builder_href(call.id) + "/sections/" + std::to_string(s));
        section_dict->ShowSection(section.fields.empty() ? "NO_FIELD" : "HAS_FIELDS");
        auto* place = content.AddSectionDictionary("PLACE_OPTION");
        const auto section_place = "partie:" + std::to_string(s);
        place->SetValue("PLACE_VALUE", section_place);
        place->SetValue("PLACE_LABEL", "À la fin de la partie « " + section.title + " »");
        if (state.place == section_place)
            place->ShowSection("SELECTED");
        auto add_row = [&](const FormField& field, const FormField* block) {
            auto* row = section_dict->AddSectionDictionary("FIELD");
            row->SetValue("LABEL", field.label);
            row->SetValue("KIND", std::string(field_kind_label(field.kind)));
            row->SetValue("REQUIRED", field.required ? "Oui" : "Non");
            row->SetValue("KEY", field.key);
            row->SetValue("FIELD_ACTION", field_action(call.id, field.key));
            std::string edit = field_action(call.id, field.key) + "/modifier";
            if (block) {
                row->SetValue("BLOCK_KEY", block->key);
                row->SetValueAndShowSection("BLOCK_LABEL", block->label, "SUB");
                edit += "?bloc=" + block->key;
            }
            row->SetValue("EDIT_HREF", edit);
            if (!field.choices.empty()) {
                std::string text;
                for (const auto& choice : field.choices)
                    text += (text.empty() ? "" : " ; ") + choice;
                row->SetValueAndShowSection("CHOICES_TEXT", text, "CHOICES");
            }
        };
        for (const auto& field : section.fields) {
            add_row(field, nullptr);
            if (field.kind != FieldKind::Repeatable)
                continue;
            for (const auto& sub : field.fields)
                add_row(sub, &field);
            auto* block_place = content.AddSectionDictionary("PLACE_OPTION");
            const auto value = "bloc:" + field.key;
            block_place->SetValue("PLACE_VALUE", value);
            block_place->SetValue("PLACE_LABEL", "Dans le bloc répétable « " + field.label + " »");
            if (state.place == value)
                block_place->ShowSection("SELECTED");
        }
    }
    const core::FieldErrors no_errors;
    fill_field_inputs(content, state.field, true,
        state.error && state.field_form_error ? state.error->field_errors : no_errors);
    page.set_trusted_markup("PREVIEW", render_form(context, current.definition, "{}", {}, {}, FormMode::Preview));
    if (state.error)
        page.set_errors(*state.error);
    return page.render(state.error ? core::http_status_of(state.error->kind) : 200);
}

//! Runs a builder action and redirects to the builder, or shows the failure.
template<typename Action>
http::Response run_action(web::Context& context, Action action)
{
    auto call = call_of_request(context);
    if (!call)
        return web::error_page(context, 404, "Cet appel n’existe pas.");
    auto result = action(*call);
    if (!result) {
        if (result.error().kind == core::ErrorKind::Invalid) {
            BuilderState state;
            state.error = &result.error();
            return builder_page(context, *call, state);
        }
        return call_error_page(context, result.error());
    }
    context.flash("formulaire-modifie");
    return http::Response::redirect(builder_href(call->id));
}

http::Response field_page(web::Context& context, const Call& call, const FieldPath& path, const FieldInput* posted,
    const core::Error* error)
{
    auto form = current_form(context.db(), call.id);
    const FormField* field = form ? field_at(form->definition, path) : nullptr;
    if (!field)
        return web::error_page(context, 404, "Cette question n’existe pas.");
    web::Page page(context, "Modifier une question", "labelling/form_builder_field.tpl");
    page.add_breadcrumb("Accueil", "/");
    page.add_breadcrumb("Administration", "/admin");
    page.add_breadcrumb("Appels à candidatures", "/admin/appels");
    page.add_breadcrumb(call.title, admin_call_href(call.id));
    page.add_breadcrumb("Formulaire", builder_href(call.id));
    page.add_breadcrumb("Modifier une question", "");
    auto& content = page.content();
    content.SetValue("CALL_TITLE", call.title);
    content.SetValue("FIELD_LABEL", field->label);
    content.SetValue("FIELD_KEY", field->key);
    content.SetValue("BLOCK_KEY", path.block);
    content.SetValue("FORM_ACTION", field_action(call.id, path.key) + "/modifier");
    content.SetValue("BUILDER_HREF", builder_href(call.id));
    content.SetIntValue("VERSION", form->version);
    content.SetIntValue("NEXT_VERSION", form->version + 1);
    if (form->frozen)
        content.ShowSection("FROZEN");
    fill_field_inputs(content, posted ? *posted : field_input_from_field(*field), false,
        error ? error->field_errors : core::FieldErrors{});
    if (error)
        page.set_errors(*error);
    return page.render(error ? core::http_status_of(error->kind) : 200);
}

std::optional<std::size_t> section_parameter(web::Context& context)
{
    auto number = call_path_number(context, "section");
    if (!number)
        return std::nullopt;
    return static_cast<std::size_t>(*number);
}

FieldPath path_of_request(web::Context& context, bool from_query)
{
    FieldPath path;
    path.key = context.request.path_parameter("cle");
    path.block = from_query ? context.request.query_parameter("bloc").value_or("") : context.form().get("bloc");
    return path;
}

} // namespace

void register_form_builder_routes(web::Registry& registry)
{
    registry.get("/admin/appels/{id}/formulaire", auth::administrators(), [](web::Context& context) {
        auto call = call_of_request(context);
        if (!call)
            return web::error_page(context, 404, "Cet appel n’existe pas.");
        return builder_page(context, *call, BuilderState{});
    });

    registry.post("/admin/appels/{id}/formulaire/sections", auth::administrators(), [](web::Context& context) {
        auto call = call_of_request(context);
        if (!call)
            return web::error_page(context, 404, "Cet appel n’existe pas.");
        const auto title = context.form().get("titre");
        auto result = add_section(context.db(), context.clock(), context.identity, call->id, title, auth::request_info(context));
        if (!result) {
            if (result.error().kind != core::ErrorKind::Invalid)
                return call_error_page(context, result.error());
            BuilderState state;
            state.section_title = title;
            state.error = &result.error();
            return builder_page(context, *call, state);
        }
        context.flash("formulaire-modifie");
        return http::Response::redirect(builder_href(call->id));
    });
    registry.post("/admin/appels/{id}/formulaire/sections/{section}/renommer", auth::administrators(), [](web::Context& context) {
        return run_action(context, [&](const Call& call) {
            auto section = section_parameter(context);
            if (!section)
                return core::Result<CallForm>(core::Error::not_found("Cette partie n’existe pas."));
            return rename_section(context.db(), context.clock(), context.identity, call.id, *section,
                context.form().get("titre"), auth::request_info(context));
        });
    });
    for (const auto& [verb, direction] : {std::pair{"monter", MoveDirection::Up}, std::pair{"descendre", MoveDirection::Down}}) {
        const auto move = direction;
        registry.post(std::string("/admin/appels/{id}/formulaire/sections/{section}/") + verb, auth::administrators(),
            [move](web::Context& context) {
                return run_action(context, [&](const Call& call) {
                    auto section = section_parameter(context);
                    if (!section)
                        return core::Result<CallForm>(core::Error::not_found("Cette partie n’existe pas."));
                    return move_section(context.db(), context.clock(), context.identity, call.id, *section, move,
                        auth::request_info(context));
                });
            });
        registry.post(std::string("/admin/appels/{id}/formulaire/champs/{cle}/") + verb, auth::administrators(),
            [move](web::Context& context) {
                return run_action(context, [&](const Call& call) {
                    return move_field(context.db(), context.clock(), context.identity, call.id,
                        path_of_request(context, false), move, auth::request_info(context));
                });
            });
    }
    registry.post("/admin/appels/{id}/formulaire/sections/{section}/supprimer", auth::administrators(), [](web::Context& context) {
        return run_action(context, [&](const Call& call) {
            auto section = section_parameter(context);
            if (!section)
                return core::Result<CallForm>(core::Error::not_found("Cette partie n’existe pas."));
            return delete_section(context.db(), context.clock(), context.identity, call.id, *section, auth::request_info(context));
        });
    });

    registry.post("/admin/appels/{id}/formulaire/champs", auth::administrators(), [](web::Context& context) {
        auto call = call_of_request(context);
        if (!call)
            return web::error_page(context, 404, "Cet appel n’existe pas.");
        const auto input = field_input_from_form(context.form());
        const auto place = context.form().get("place");
        core::Result<CallForm> result = core::Error::invalid({{"place", "Choisissez où placer la question."}});
        if (place.rfind("partie:", 0) == 0) {
            const auto number = place.substr(7);
            if (!number.empty() && number.size() < 4 && number.find_first_not_of("0123456789") == std::string::npos)
                result = add_field(context.db(), context.clock(), context.identity, call->id,
                    static_cast<std::size_t>(std::stoi(number)), "", input, auth::request_info(context));
        } else if (place.rfind("bloc:", 0) == 0) {
            result = add_field(context.db(), context.clock(), context.identity, call->id, 0, place.substr(5), input,
                auth::request_info(context));
        }
        if (!result) {
            if (result.error().kind != core::ErrorKind::Invalid)
                return call_error_page(context, result.error());
            BuilderState state;
            state.field = input;
            state.place = place;
            state.error = &result.error();
            state.field_form_error = true;
            return builder_page(context, *call, state);
        }
        context.flash("formulaire-modifie");
        return http::Response::redirect(builder_href(call->id));
    });
    registry.get("/admin/appels/{id}/formulaire/champs/{cle}/modifier", auth::administrators(), [](web::Context& context) {
        auto call = call_of_request(context);
        if (!call)
            return web::error_page(context, 404, "Cet appel n’existe pas.");
        return field_page(context, *call, path_of_request(context, true), nullptr, nullptr);
    });
    registry.post("/admin/appels/{id}/formulaire/champs/{cle}/modifier", auth::administrators(), [](web::Context& context) {
        auto call = call_of_request(context);
        if (!call)
            return web::error_page(context, 404, "Cet appel n’existe pas.");
        const auto path = path_of_request(context, false);
        const auto input = field_input_from_form(context.form());
        auto result = edit_field(context.db(), context.clock(), context.identity, call->id, path, input, auth::request_info(context));
        if (!result) {
            if (result.error().kind != core::ErrorKind::Invalid)
                return call_error_page(context, result.error());
            return field_page(context, *call, path, &input, &result.error());
        }
        context.flash("formulaire-modifie");
        return http::Response::redirect(builder_href(call->id));
    });
    registry.post("/admin/appels/{id}/formulaire/champs/{cle}/supprimer", auth::administrators(), [](web::Context& context) {
        return run_action(context, [&](const Call& call) {
            return delete_field(context.db(), context.clock(), context.identity, call.id, path_of_request(context, false),
                auth::request_info(context));
        });
    });
}

} // namespace essaim::labelling
