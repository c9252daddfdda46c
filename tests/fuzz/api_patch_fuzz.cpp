// Fuzzes the JSON bodies of the directory API's writes (PATCH /api/v1/organisations/{id} and
// /api/v1/projects/{id}): boost::json::parse and the route's checks (an object; every string,
// member names included, UTF-8 text), then directory::apply_organisation_patch,
// apply_project_patch, the project form's validation (validate_project_input, which the use case
// runs next), the error body (field_errors_json) and the JSON of the result (project_to_json).
// Invariants: every member of the body is either applied exactly (strings copied, null clears,
// lists sorted without duplicates, numbers written in the form's syntax) or named in the errors,
// and the errors name nothing else; unknown members are always errors; the error body and the
// project's JSON parse back (same keys, same title); a project that passes validation has codes
// from the lists, SDGs 1 to 17 ascending, territory codes of the documented shapes and no
// negative figure.
// fuzz-sources: src/directory/api_json.cpp src/directory/api_query.cpp src/directory/project_form.cpp src/directory/project.cpp src/directory/organisation.cpp src/core/calendar.cpp src/http/form.cpp src/core/text.cpp src/core/result.cpp

#include "directory/api_json.hpp"
#include "directory/project_form.hpp"
#include "fuzz_check.hpp"
#include "http/form.hpp"

#include <boost/json/src.hpp>

#include <algorithm>
#include <set>
#include <string>

using essaim::fuzz::as_text;
namespace directory = essaim::directory;

namespace {

bool clean(const boost::json::value& value)
{
    if (value.is_string())
        return essaim::http::is_clean_utf8(value.as_string());
    if (value.is_array())
        return std::all_of(value.as_array().begin(), value.as_array().end(), [](const auto& item) { return clean(item); });
    if (value.is_object()) {
        for (const auto& member : value.as_object()) {
            if (!essaim::http::is_clean_utf8(member.key()) || !clean(member.value()))
                return false;
        }
    }
    return true;
}

void check_errors_json(const essaim::core::FieldErrors& errors)
{
    boost::json::error_code error;
    auto parsed = boost::json::parse(directory::field_errors_json(errors), error);
    FUZZ_REQUIRE(!error && parsed.is_object());
    FUZZ_REQUIRE(parsed.as_object().size() == errors.size());
}

template <typename T>
bool sorted_unique(const std::vector<T>& values)
{
    return std::adjacent_find(values.begin(), values.end(), [](const T& a, const T& b) { return !(a < b); }) == values.end();
}

void check_organisation(const boost::json::object& body)
{
    directory::OrganisationInput input;
    input.profile.name = "Avant";
    auto errors = directory::apply_organisation_patch(body, input);
    const auto& patchable = directory::patchable_organisation_fields();
    for (const auto& [field, message] : errors) {
        FUZZ_REQUIRE(body.contains(field));
        FUZZ_REQUIRE(!message.empty());
    }
    for (const auto& member : body) {
        std::string name(member.key());
        bool known = std::find(patchable.begin(), patchable.end(), name) != patchable.end();
        if (!known) {
            FUZZ_REQUIRE(errors.contains(name));
            continue;
        }
        if (errors.contains(name))
            continue;
        if (name == "actor_types") {
            FUZZ_REQUIRE(member.value().is_array() && sorted_unique(input.profile.actor_types));
            FUZZ_REQUIRE(input.profile.actor_types.size() <= member.value().as_array().size());
            continue;
        }
        const std::string& target = name == "siret" ? input.siret : [&]() -> const std::string& {
            for (const auto& field : directory::profile_fields()) {
                if (field.name == name)
                    return input.profile.*field.member;
            }
            __builtin_trap();
        }();
        if (member.value().is_null())
            FUZZ_REQUIRE(target.empty());
        else
            FUZZ_REQUIRE(member.value().is_string() && target == member.value().as_string());
    }
    if (!body.contains("name"))
        FUZZ_REQUIRE(input.profile.name == "Avant");
    check_errors_json(errors);
}

void check_project(const boost::json::object& body)
{
    directory::ProjectProfile stored;
    stored.title = "Projet";
    stored.stage = "ideation";
    stored.thematics = {"sante"};
    stored.territories = {{directory::TerritoryKind::Departement, "42"}};
    auto input = directory::project_input_from_profile(stored);
    auto errors = directory::apply_project_patch(body, input);
    static const std::set<std::string> members = {"title", "summary", "social_need", "beneficiaries", "stage",
        "growth_mode", "needs_details", "replication_started_on", "thematics", "sdgs", "national_scope",
        "needs_support", "needs_experimentation", "needs_partners", "territories", "beneficiaries_per_year",
        "jobs_fte_tenths", "annual_budget_euros", "funding_sought_euros", "replicates_project_id"};
    for (const auto& [field, message] : errors) {
        FUZZ_REQUIRE(body.contains(field));
        FUZZ_REQUIRE(!message.empty());
    }
    for (const auto& member : body) {
        std::string name(member.key());
        if (!members.contains(name))
            FUZZ_REQUIRE(errors.contains(name));
        if (errors.contains(name))
            continue;
        const auto& value = member.value();
        if (name == "title")
            FUZZ_REQUIRE(input.profile.title == (value.is_null() ? "" : value.as_string()));
        else if (name == "sdgs")
            FUZZ_REQUIRE(sorted_unique(input.profile.sdgs) && value.is_array());
        else if (name == "thematics")
            FUZZ_REQUIRE(sorted_unique(input.profile.thematics) && value.is_array());
        else if (name == "annual_budget_euros")
            FUZZ_REQUIRE(value.is_null() ? input.annual_budget_euros.empty()
                                         : input.annual_budget_euros == std::to_string(value.as_int64()));
        else if (name == "needs_partners")
            FUZZ_REQUIRE(input.profile.needs_partners == value.as_bool());
    }
    check_errors_json(directory::project_errors_for_api(errors));
    if (!errors.empty())
        return;

    auto invalid = directory::validate_project_input(input);
    check_errors_json(directory::project_errors_for_api(invalid));
    if (!invalid.empty())
        return;
    const auto& p = input.profile;
    FUZZ_REQUIRE(!p.title.empty());
    FUZZ_REQUIRE(p.stage.empty() || directory::label_of(directory::project_stages(), p.stage));
    for (const auto& code : p.thematics)
        FUZZ_REQUIRE(directory::label_of(directory::thematics(), code).has_value());
    FUZZ_REQUIRE(sorted_unique(p.sdgs));
    for (int goal : p.sdgs)
        FUZZ_REQUIRE(goal >= 1 && goal <= 17);
    for (const auto& ref : p.territories)
        FUZZ_REQUIRE(!ref.code.empty() && ref.code.size() <= 5);
    for (const auto& figure : {p.beneficiaries_per_year, p.jobs_fte_tenths, p.annual_budget_euros, p.funding_sought_euros})
        FUZZ_REQUIRE(!figure || *figure >= 0);

    directory::Project project;
    project.id = 7;
    project.profile = p;
    boost::json::error_code error;
    auto parsed = boost::json::parse(boost::json::serialize(directory::project_to_json(project)), error);
    FUZZ_REQUIRE(!error);
    FUZZ_REQUIRE(parsed.as_object().at("title").as_string() == p.title);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size > 16384)
        return 0;
    boost::json::error_code error;
    auto body = boost::json::parse(as_text(data, size), error);
    // The routes answer 400 to anything else.
    if (error || !body.is_object() || !clean(body))
        return 0;
    check_organisation(body.as_object());
    check_project(body.as_object());
    return 0;
}
