#include "directory/api_routes.hpp"

#include "auth/route_support.hpp"
#include "directory/api_json.hpp"
#include "directory/api_query.hpp"
#include "directory/api_store.hpp"
#include "directory/edit_organisation.hpp"
#include "directory/identity_change_store.hpp"
#include "directory/merged_organisation.hpp"
#include "directory/organisation_store.hpp"
#include "directory/permissions.hpp"
#include "directory/project_actions.hpp"
#include "directory/project_routes.hpp"
#include "directory/project_store.hpp"
#include "directory/routes.hpp"
#include "http/form.hpp"
#include "web/context.hpp"
#include "web/path_parameters.hpp"
#include "web/registry.hpp"

#include <algorithm>
#include <cctype>

namespace essaim::directory {

namespace {

//! Full-text matches one list request reads at most with `q`. The API pages in id order, so it
//! needs no ranking: each request takes the next `max_text_matches` matches past the cursor, in id
//! order (api_text_candidates), and keeps those passing the other filters. A broad word
//! ("association") thus costs one bounded read per page instead of a scan of every match, and the
//! cursor still walks through all matches (see list_response).
constexpr int max_text_matches = 1000;

http::Response problem(int status, const std::string& detail, const std::string& extra = {})
{
    return http::Response::problem(status, http::reason_phrase(status), detail, extra);
}

ParameterLookup lookup(const web::Context& context)
{
    return [&context](std::string_view name) { return context.request.query_parameter(name); };
}

//! A 400 problem when a territory filter names no known territory.
std::optional<http::Response> unknown_territory(db::Session& session, const std::string& kind, const std::string& code)
{
    if (code.empty() || api_territory_exists(session, kind, code))
        return std::nullopt;
    return problem(400, "Valeur inconnue pour le paramètre « " + kind + " » : « " + code + " ».");
}

//! The page `data` cut from `ids` (read one past `limit`). With `q`, `matches` are the full-text
//! matches this request looked at: when they reached the bound, matches past them were not read,
//! so the next page resumes after them even if fewer than `limit` records passed the filters.
//! A client thus sees every match exactly once by following next_cursor until it is null; with a
//! broad word and selective filters, a page may hold fewer than `limit` records (even none) while
//! next_cursor is not null.
http::Response list_response(boost::json::array data, const std::vector<long long>& ids, int limit,
    const std::optional<ApiTextCandidates>& matches)
{
    // One row more than the page was read: a next page exists only when it was there.
    boost::json::value next = nullptr;
    if (static_cast<int>(ids.size()) > limit)
        next = boost::json::value(encode_api_cursor(ids[static_cast<std::size_t>(limit) - 1]));
    else if (matches && matches->resume_after)
        next = boost::json::value(encode_api_cursor(*matches->resume_after));
    boost::json::object body{{"data", std::move(data)}, {"next_cursor", std::move(next)}};
    return http::Response::json(boost::json::serialize(body));
}

std::optional<boost::json::object> public_organisation_json(db::Session& session, long long id)
{
    auto organisation = find_organisation(session, id);
    if (!organisation || organisation->status != OrganisationStatus::Publiee)
        return std::nullopt;
    std::optional<CommunePlace> commune;
    if (!organisation->profile.commune_code.empty())
        commune = find_commune(session, organisation->profile.commune_code);
    return organisation_to_json(*organisation, commune);
}

std::optional<boost::json::object> public_project_json(db::Session& session, long long id)
{
    auto card = find_project_card(session, id);
    if (!card || !card->is_public)
        return std::nullopt;
    auto project = find_project(session, id);
    if (!project)
        return std::nullopt;
    return project_to_json(*project);
}

http::Response list_organisations(web::Context& context)
{
    auto paging = parse_api_paging(lookup(context));
    if (!paging)
        return problem(400, paging.error().message);
    auto filter = parse_organisation_filter(lookup(context));
    if (!filter)
        return problem(400, filter.error().message);
    auto& session = context.db();
    for (auto [kind, code] : {std::pair{"commune", &filter->commune}, std::pair{"departement", &filter->departement},
             std::pair{"region", &filter->region}}) {
        if (auto response = unknown_territory(session, kind, *code))
            return std::move(*response);
    }
    std::optional<ApiTextCandidates> matches;
    if (!filter->text.empty())
        matches = api_text_candidates(session, filter->text, false, paging->after_id, max_text_matches);
    auto ids = api_organisation_ids(session, *filter, paging->after_id, paging->limit + 1, matches ? &matches->ids : nullptr);
    // The page's records and their sub-lists in a fixed number of queries, whatever its size.
    std::vector<long long> page(ids.begin(), ids.begin() + std::min<std::size_t>(ids.size(), paging->limit));
    auto organisations = api_published_organisations(session, page);
    std::vector<std::string> codes;
    for (const auto& organisation : organisations)
        codes.push_back(organisation.profile.commune_code);
    auto communes = api_communes(session, codes);
    boost::json::array data;
    for (const auto& organisation : organisations) {
        std::optional<CommunePlace> commune;
        if (auto found = communes.find(organisation.profile.commune_code); found != communes.end())
            commune = found->second;
        data.emplace_back(organisation_to_json(organisation, commune));
    }
    return list_response(std::move(data), ids, paging->limit, matches);
}

http::Response list_projects(web::Context& context)
{
    auto paging = parse_api_paging(lookup(context));
    if (!paging)
        return problem(400, paging.error().message);
    auto filter = parse_project_filter(lookup(context));
    if (!filter)
        return problem(400, filter.error().message);
    auto& session = context.db();
    for (auto [kind, code] : {std::pair{"departement", &filter->departement}, std::pair{"region", &filter->region}}) {
        if (auto response = unknown_territory(session, kind, *code))
            return std::move(*response);
    }
    std::optional<ApiTextCandidates> matches;
    if (!filter->text.empty())
        matches = api_text_candidates(session, filter->text, true, paging->after_id, max_text_matches);
    auto ids = api_project_ids(session, *filter, paging->after_id, paging->limit + 1, matches ? &matches->ids : nullptr);
    std::vector<long long> page(ids.begin(), ids.begin() + std::min<std::size_t>(ids.size(), paging->limit));
    boost::json::array data;
    for (const auto& project : api_public_projects(session, page))
        data.emplace_back(project_to_json(project));
    return list_response(std::move(data), ids, paging->limit, matches);
}

template <typename Load>
http::Response single(web::Context& context, Load load, const std::string& missing)
{
    auto id = web::positive_id_parameter(context);
    auto item = id ? load(context.db(), *id) : std::nullopt;
    if (!item)
        return problem(404, missing);
    return http::Response::json(boost::json::serialize(*item));
}

bool is_json_media_type(std::string_view type)
{
    std::string lower(type.substr(0, type.find(';')));
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
    while (!lower.empty() && lower.back() == ' ')
        lower.pop_back();
    return lower == "application/json";
}

//! Whether every string of `value` (member names included) is text the platform stores.
bool holds_clean_text(const boost::json::value& value)
{
    if (value.is_string())
        return http::is_clean_utf8(value.as_string());
    if (value.is_array()) {
        for (const auto& item : value.as_array()) {
            if (!holds_clean_text(item))
                return false;
        }
    }
    if (value.is_object()) {
        for (const auto& member : value.as_object()) {
            if (!http::is_clean_utf8(member.key()) || !holds_clean_text(member.value()))
                return false;
        }
    }
    return true;
}

http::Response invalid(const core::Error& error)
{
    return problem(422, "Certains champs sont invalides : voyez « errors ».",
        "\"errors\":" + field_errors_json(error.field_errors));
}

http::Response patch_organisation(web::Context& context, NafCatalogue& naf)
{
    auto id = web::positive_id_parameter(context);
    const std::string missing = "Cette organisation n’existe pas ou sa fiche n’est pas publiée.";
    if (!id)
        return problem(404, missing);
    if (!is_json_media_type(context.request.header("content-type").value_or("")))
        return problem(415, "Le corps de la requête doit être du JSON (Content-Type: application/json).");
    boost::system::error_code parse_error;
    auto body = boost::json::parse(context.request.body, parse_error);
    if (parse_error || !body.is_object())
        return problem(400, "Le corps de la requête n’est pas un objet JSON valide.");
    if (!holds_clean_text(body))
        return problem(400, "Le corps de la requête contient des caractères invalides.");

    auto organisation = find_organisation(context.db(), *id);
    // An absorbed organisation is public knowledge (its page redirects to the kept one).
    if (organisation) {
        if (auto obstacle = merged_obstacle(context.db(), *id))
            return problem(409, obstacle->message);
    }
    auto membership = organisation ? membership_of(context, *id) : std::nullopt;
    if (!organisation || !may_view_organisation(context.identity, organisation->status, membership))
        return problem(404, missing);
    // Refused before the body is judged, so a stranger learns nothing from validation messages.
    if (!auth::may_edit_organisation(context.identity, membership))
        return problem(403, "Seuls les membres de cette organisation et les administrateurs peuvent la modifier.");

    // Fields absent from the body keep their current values: the use case receives a whole profile.
    auto input = input_from_profile(organisation->profile);
    auto errors = apply_organisation_patch(body.as_object(), input);
    if (!errors.empty())
        return invalid(core::Error::invalid(std::move(errors)));
    auto result = edit_organisation(
        context.services, context.db(), naf, context.identity, *id, input, auth::request_info(context));
    if (!result) {
        if (result.error().kind == core::ErrorKind::Invalid)
            return invalid(result.error());
        return problem(core::http_status_of(result.error().kind), result.error().message);
    }
    auto updated = find_organisation(context.db(), *id);
    if (!updated)
        return problem(404, missing);
    std::optional<CommunePlace> commune;
    if (!updated->profile.commune_code.empty())
        commune = find_commune(context.db(), updated->profile.commune_code);
    auto json = organisation_to_json(*updated, commune);
    if (!result->identity_held)
        return http::Response::json(boost::json::serialize(json));
    // 202: the name or identifiers asked wait for an administrator; the body shows those in force.
    if (auto pending = pending_identity_change_of(context.db(), *id))
        json["pending_identity_change"] = boost::json::parse(changes_json(pending->changes));
    return http::Response::json(boost::json::serialize(json), 202);
}

//! The body of a PATCH as a JSON object of clean text, or the problem to answer with.
std::optional<http::Response> unreadable_body(web::Context& context, boost::json::value& body)
{
    if (!is_json_media_type(context.request.header("content-type").value_or("")))
        return problem(415, "Le corps de la requête doit être du JSON (Content-Type: application/json).");
    boost::system::error_code parse_error;
    body = boost::json::parse(context.request.body, parse_error);
    if (parse_error || !body.is_object())
        return problem(400, "Le corps de la requête n’est pas un objet JSON valide.");
    if (!holds_clean_text(body))
        return problem(400, "Le corps de la requête contient des caractères invalides.");
    return std::nullopt;
}

http::Response patch_project(web::Context& context)
{
    auto id = web::positive_id_parameter(context);
    const std::string missing = "Ce projet n’existe pas ou n’est pas publié.";
    if (!id)
        return problem(404, missing);
    boost::json::value body;
    if (auto refusal = unreadable_body(context, body))
        return std::move(*refusal);

    auto loaded = load_project(context, *id);
    if (!loaded || !loaded->may_view)
        return problem(404, missing);
    // Refused before the body is judged, so a stranger learns nothing from validation messages.
    if (!loaded->may_edit)
        return problem(403, "Seuls les responsables et contributeurs de l’organisation qui porte ce projet peuvent le modifier.");

    // Members absent from the body keep their current values: the use case receives a whole profile.
    auto input = project_input_from_profile(loaded->project.profile);
    auto errors = apply_project_patch(body.as_object(), input);
    if (!errors.empty())
        return invalid(core::Error::invalid(std::move(errors)));
    auto result = edit_project(context.services.clock, context.db(), context.identity, *id, input, auth::request_info(context));
    if (!result) {
        if (result.error().kind == core::ErrorKind::Invalid)
            return invalid(core::Error::invalid(project_errors_for_api(result.error().field_errors)));
        return problem(core::http_status_of(result.error().kind), result.error().message);
    }
    auto updated = find_project(context.db(), *id);
    if (!updated)
        return problem(404, missing);
    return http::Response::json(boost::json::serialize(project_to_json(*updated)));
}

} // namespace

void register_api_routes(web::Registry& registry, std::shared_ptr<NafCatalogue> naf)
{
    registry.get("/api/v1/organisations", auth::anyone(), [](web::Context& context) { return list_organisations(context); });
    registry.get("/api/v1/projects", auth::anyone(), [](web::Context& context) { return list_projects(context); });
    registry.get("/api/v1/organisations/{id}", auth::anyone(), [](web::Context& context) {
        return single(context, public_organisation_json, "Cette organisation n’existe pas ou sa fiche n’est pas publiée.");
    });
    registry.get("/api/v1/projects/{id}", auth::anyone(), [](web::Context& context) {
        return single(context, public_project_json, "Ce projet n’existe pas ou n’est pas publié.");
    });
    registry.add(http::Method::Patch, "/api/v1/organisations/{id}", auth::signed_in(),
        [naf](web::Context& context) { return patch_organisation(context, *naf); });
    registry.add(http::Method::Patch, "/api/v1/projects/{id}", auth::signed_in(),
        [](web::Context& context) { return patch_project(context); });
}

} // namespace essaim::directory
