// Pages: /mes-dossiers (a member's dossiers across their organisations) and /instruction (the
// staff's dossiers with filters and the opinions' progress).

#include "core/text.hpp"
#include "labelling/dossier_list_store.hpp"
#include "labelling/dossier_page_support.hpp"
#include "labelling/permissions.hpp"
#include "web/context.hpp"
#include "web/page.hpp"
#include "web/path_parameters.hpp"
#include "web/registry.hpp"


namespace essaim::labelling {

namespace {

void fill_row(ctemplate::TemplateDictionary* dictionary, const DossierRow& row)
{
    dictionary->SetValue("ID", std::to_string(row.id));
    dictionary->SetValue("HREF", dossier_href(row.id));
    dictionary->SetValue("CALL_TITLE", row.call_title);
    dictionary->SetValue("ORGANISATION", row.organisation_name);
    dictionary->SetValue("STATE_LABEL", std::string(state_label(row.state)));
    dictionary->SetValue("STATE_CLASS", state_badge_class(row.state));
    dictionary->SetValue("UPDATED_AT", display_time(row.updated_at));
    dictionary->SetValue("DEPOSITED_AT", display_time(row.deposited_at));
    dictionary->SetValue("INSTRUCTOR", row.instructor_name.empty() ? "—" : row.instructor_name);
    dictionary->SetValue("OPINIONS", std::to_string(row.opinions_given) + "/" + std::to_string(row.opinions_expected));
}

long long query_number(const web::Context& context, std::string_view name)
{
    return web::positive_id(context.request.query_parameter(name).value_or("")).value_or(0);
}

} // namespace

void register_dossier_list_routes(web::Registry& registry)
{
    registry.get("/mes-dossiers", auth::signed_in(), [](web::Context& context) {
        web::Page page(context, "Mes dossiers", "labelling/mes_dossiers.tpl");
        page.add_breadcrumb("Accueil", "/");
        page.add_breadcrumb("Mes dossiers", "");
        auto rows = member_dossiers(context.db(), context.identity.user_id);
        for (const auto& row : rows) {
            auto* dictionary = page.content().AddSectionDictionary("ROW");
            fill_row(dictionary, row);
            if (row.state == DossierState::Brouillon || row.state == DossierState::ComplementsDemandes)
                dictionary->SetValueAndShowSection("EDIT_HREF", dossier_href(row.id) + "/modifier", "EDITABLE");
        }
        page.content().ShowSection(rows.empty() ? "EMPTY" : "TABLE");
        return page.render();
    });

    registry.get("/instruction", auth::any_of({auth::Role::Instructeur, auth::Role::Administrateur}), [](web::Context& context) {
        bool all = may_administer_labelling(context.identity);
        StaffFilter filter;
        filter.call_id = query_number(context, "appel");
        auto state_text = context.request.query_parameter("etat").value_or("");
        DossierState state;
        if (state_from_code(state_text, state) && state != DossierState::Brouillon)
            filter.state = state_text;
        web::Page page(context, "Instruction des dossiers", "labelling/instruction.tpl");
        page.add_breadcrumb("Accueil", "/");
        page.add_breadcrumb("Instruction", "");
        auto& content = page.content();
        auto calls = staff_calls(context.db(), context.identity.user_id, all);
        for (const auto& call : calls) {
            auto* option = content.AddSectionDictionary("CALL_OPTION");
            option->SetValue("VALUE", std::to_string(call.id));
            option->SetValue("TITLE", call.title);
            if (call.id == filter.call_id) {
                option->ShowSection("SELECTED");
                auto* exports = content.AddSectionDictionary("EXPORTS");
                exports->SetValue("CALL_TITLE", call.title);
                exports->SetValue("CSV_HREF", "/instruction/appels/" + std::to_string(call.id) + "/export.csv");
                exports->SetValue("XLSX_HREF", "/instruction/appels/" + std::to_string(call.id) + "/export.xlsx");
            }
        }
        for (auto candidate : dossier_states()) {
            if (candidate == DossierState::Brouillon)
                continue;
            auto* option = content.AddSectionDictionary("STATE_OPTION");
            option->SetValue("VALUE", std::string(state_code(candidate)));
            option->SetValue("LABEL", std::string(state_label(candidate)));
            if (filter.state == state_code(candidate))
                option->ShowSection("SELECTED");
        }
        auto rows = staff_dossiers(context.db(), context.identity.user_id, all, filter);
        for (const auto& row : rows)
            fill_row(content.AddSectionDictionary("ROW"), row);
        content.SetValue("COUNT", core::count_of(static_cast<long long>(rows.size()), "dossier", "dossiers"));
        content.ShowSection(rows.empty() ? "EMPTY" : "TABLE");
        return page.render();
    });
}

} // namespace essaim::labelling
