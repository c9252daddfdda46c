#include "labelling/call_form.hpp"

#include "core/calendar.hpp"
#include "core/text.hpp"
#include "http/form.hpp"
#include "labelling/form_answers.hpp"

namespace essaim::labelling {

CallInput call_input_from_form(const http::Form& form)
{
    CallInput input;
    input.title = core::trim(form.get("titre"));
    input.category = form.get("categorie");
    input.description = core::trim(form.get("description"));
    input.duration = form.get("duree");
    input.opens_on = core::trim(form.get("ouvre_le"));
    input.closes_on = core::trim(form.get("ferme_le"));
    input.label_years = core::trim(form.get("annees_label"));
    return input;
}

CallInput call_input_from_call(const Call& call)
{
    CallInput input;
    input.title = call.title;
    input.category = std::string(category_code(call.category));
    input.description = call.description;
    input.duration = call.permanent ? "permanent" : "dates";
    input.opens_on = core::short_french_date(call.opens_on);
    input.closes_on = core::short_french_date(call.closes_on);
    input.label_years = std::to_string(call.label_years);
    return input;
}

core::Result<Call> parse_call_input(const CallInput& input, Call base)
{
    core::FieldErrors errors;
    Call call = std::move(base);
    if (input.title.empty())
        errors["titre"] = "Donnez un titre à l’appel.";
    else if (!core::is_valid_utf8(input.title) || core::count_code_points(input.title) > 200)
        errors["titre"] = "Le titre ne peut dépasser 200 caractères.";
    else if (core::begins_like_formula(input.title))
        errors["titre"] = core::formula_lead_message("Le titre");
    call.title = input.title;
    if (!category_from_code(input.category, call.category))
        errors["categorie"] = "Choisissez la catégorie que l’appel labellise.";
    if (!http::is_clean_utf8(input.description) || input.description.size() > 20000)
        errors["description"] = "La description ne peut dépasser 20 000 caractères.";
    call.description = input.description;
    if (input.duration == "permanent") {
        call.permanent = true;
        call.opens_on.clear();
        call.closes_on.clear();
    } else if (input.duration == "dates") {
        call.permanent = false;
        auto opens = normalise_date(input.opens_on);
        auto closes = normalise_date(input.closes_on);
        if (!opens)
            errors["ouvre_le"] = "Saisissez la date d’ouverture au format JJ/MM/AAAA, par exemple 01/03/2026.";
        if (!closes)
            errors["ferme_le"] = "Saisissez la date de clôture au format JJ/MM/AAAA, par exemple 30/06/2026.";
        if (opens && closes && *closes < *opens)
            errors["ferme_le"] = "La date de clôture doit suivre la date d’ouverture.";
        call.opens_on = opens.value_or("");
        call.closes_on = closes.value_or("");
    } else {
        errors["duree"] = "Indiquez si l’appel est permanent ou s’il a des dates.";
    }
    const auto& years = input.label_years;
    if (years.size() >= 1 && years.size() <= 2 && years.find_first_not_of("0123456789") == std::string::npos
        && std::stoi(years) >= 1 && std::stoi(years) <= 10)
        call.label_years = std::stoi(years);
    else
        errors["annees_label"] = "La durée du label est un nombre d’années entre 1 et 10.";
    if (!errors.empty())
        return core::Error::invalid(std::move(errors));
    return call;
}

} // namespace essaim::labelling
