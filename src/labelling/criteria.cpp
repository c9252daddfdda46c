#include "labelling/criteria.hpp"

#include "auth/audit_helpers.hpp"
#include "core/text.hpp"
#include "db/session.hpp"
#include "http/form.hpp"
#include "labelling/permissions.hpp"

namespace essaim::labelling {

namespace {

std::string criterion_audit_json(const Criterion& criterion)
{
    return auth::json_object({{"title", criterion.title}, {"weight", std::to_string(criterion.weight)},
        {"position", std::to_string(criterion.position)}});
}

void audit(db::Session& session, long long now, const auth::RequestInfo& request, const auth::Identity& actor,
    const std::string& action, long long call_id, const std::string& before, const std::string& after)
{
    auto entry = auth::audit_entry(request, actor.user_id, "labelling.call_criterion_" + action, "call", std::to_string(call_id));
    entry.before_json = before;
    entry.after_json = after;
    auth::record(session, now, entry);
}

//! The criterion of this call, or NotFound.
core::Result<Criterion> criterion_of_call(db::Session& session, long long call_id, long long criterion_id)
{
    auto criterion = find_criterion(session, criterion_id);
    if (!criterion || criterion->call_id != call_id)
        return core::Error::not_found("Ce critère n’existe pas.");
    return *criterion;
}

} // namespace

CriterionInput criterion_input_from_form(const http::Form& form)
{
    CriterionInput input;
    input.title = core::trim(form.get("titre"));
    input.description = core::trim(form.get("description"));
    input.weight = core::trim(form.get("poids"));
    for (std::size_t level = 0; level < input.levels.size(); ++level)
        input.levels[level] = core::trim(form.get("niveau_" + std::to_string(level)));
    return input;
}

CriterionInput criterion_input_from_criterion(const Criterion& criterion)
{
    CriterionInput input;
    input.title = criterion.title;
    input.description = criterion.description;
    input.weight = std::to_string(criterion.weight);
    input.levels = criterion.scale;
    return input;
}

core::Result<Criterion> parse_criterion_input(const CriterionInput& input, Criterion base)
{
    core::FieldErrors errors;
    Criterion criterion = std::move(base);
    criterion.title = input.title;
    criterion.description = input.description;
    if (input.title.empty())
        errors["titre"] = "Donnez un titre au critère.";
    else if (!core::is_valid_utf8(input.title) || core::count_code_points(input.title) > 200)
        errors["titre"] = "Le titre ne peut dépasser 200 caractères.";
    if (!http::is_clean_utf8(input.description) || input.description.size() > 5000)
        errors["description"] = "La description ne peut dépasser 5 000 caractères.";
    const auto& weight = input.weight;
    if (!weight.empty() && weight.size() <= 3 && weight.find_first_not_of("0123456789") == std::string::npos
        && std::stoi(weight) >= 1 && std::stoi(weight) <= 100)
        criterion.weight = std::stoi(weight);
    else
        errors["poids"] = "Le poids est un nombre entier de 1 à 100.";
    for (std::size_t level = 0; level < input.levels.size(); ++level) {
        const auto& text = input.levels[level];
        const auto name = "niveau_" + std::to_string(level);
        if (text.empty())
            errors[name] = "Décrivez ce que vaut la note " + std::to_string(level) + ".";
        else if (!core::is_valid_utf8(text) || core::count_code_points(text) > 1000)
            errors[name] = "La description ne peut dépasser 1 000 caractères.";
        criterion.scale[level] = text;
    }
    if (!errors.empty())
        return core::Error::invalid(std::move(errors));
    return criterion;
}

core::Result<long long> add_criterion(db::Session& session, const core::Clock& clock, const auth::Identity& actor,
    long long call_id, const CriterionInput& input, const auth::RequestInfo& request)
{
    if (!may_administer_labelling(actor))
        return core::Error::forbidden();
    auto parsed = parse_criterion_input(input);
    if (!parsed)
        return parsed.error();
    db::Transaction transaction(session);
    if (!find_call(session, call_id))
        return core::Error::not_found();
    const auto criteria = list_criteria(session, call_id);
    if (criteria.size() >= 50)
        return core::Error::invalid({{"titre", "La grille a déjà 50 critères."}});
    Criterion criterion = std::move(parsed.value());
    criterion.call_id = call_id;
    criterion.position = criteria.empty() ? 1 : criteria.back().position + 1;
    const long long id = insert_criterion(session, criterion);
    audit(session, clock.now(), request, actor, "added", call_id, "", criterion_audit_json(criterion));
    transaction.commit();
    return id;
}

core::Result<core::Done> edit_criterion(db::Session& session, const core::Clock& clock, const auth::Identity& actor,
    long long call_id, long long criterion_id, const CriterionInput& input, const auth::RequestInfo& request)
{
    if (!may_administer_labelling(actor))
        return core::Error::forbidden();
    db::Transaction transaction(session);
    auto before = criterion_of_call(session, call_id, criterion_id);
    if (!before)
        return before.error();
    auto parsed = parse_criterion_input(input, before.value());
    if (!parsed)
        return parsed.error();
    update_criterion(session, parsed.value());
    audit(session, clock.now(), request, actor, "edited", call_id, criterion_audit_json(before.value()),
        criterion_audit_json(parsed.value()));
    transaction.commit();
    return core::Done{};
}

core::Result<core::Done> move_criterion(db::Session& session, const core::Clock& clock, const auth::Identity& actor,
    long long call_id, long long criterion_id, bool up, const auth::RequestInfo& request)
{
    if (!may_administer_labelling(actor))
        return core::Error::forbidden();
    db::Transaction transaction(session);
    auto criteria = list_criteria(session, call_id);
    std::size_t index = criteria.size();
    for (std::size_t i = 0; i < criteria.size(); ++i)
        if (criteria[i].id == criterion_id)
            index = i;
    if (index == criteria.size())
        return core::Error::not_found("Ce critère n’existe pas.");
    const std::size_t other = up ? index - 1 : index + 1;
    if ((up && index == 0) || (!up && index + 1 == criteria.size()))
        return core::Done{};
    // Renumber the whole grid so equal or sparse positions never make the swap a no-op.
    std::swap(criteria[index], criteria[other]);
    for (std::size_t i = 0; i < criteria.size(); ++i) {
        criteria[i].position = static_cast<int>(i + 1);
        update_criterion(session, criteria[i]);
    }
    audit(session, clock.now(), request, actor, "moved", call_id, "",
        auth::json_object({{"criterion_id", std::to_string(criterion_id)}, {"direction", up ? "up" : "down"}}));
    transaction.commit();
    return core::Done{};
}

core::Result<core::Done> remove_criterion(db::Session& session, const core::Clock& clock, const auth::Identity& actor,
    long long call_id, long long criterion_id, const auth::RequestInfo& request)
{
    if (!may_administer_labelling(actor))
        return core::Error::forbidden();
    db::Transaction transaction(session);
    auto criterion = criterion_of_call(session, call_id, criterion_id);
    if (!criterion)
        return criterion.error();
    if (count_scores_on_criterion(session, criterion_id) > 0)
        return core::Error::conflict("Des experts ont déjà noté ce critère : il ne peut plus être supprimé.");
    delete_criterion(session, criterion_id);
    audit(session, clock.now(), request, actor, "deleted", call_id, criterion_audit_json(criterion.value()), "");
    transaction.commit();
    return core::Done{};
}

} // namespace essaim::labelling
