#include "directory/changes.hpp"

#include <algorithm>
#include <boost/json.hpp>

namespace essaim::directory {

namespace {

boost::json::value text_value(const std::string& text)
{
    if (text.empty())
        return nullptr;
    return boost::json::value(text);
}

boost::json::value codes_value(const std::vector<std::string>& codes)
{
    if (codes.empty())
        return nullptr;
    boost::json::array array;
    for (const auto& code : codes)
        array.emplace_back(code);
    return array;
}

std::string state_json(const std::vector<FieldChange>& changes, bool after)
{
    boost::json::object object;
    for (const auto& change : changes)
        object[change.field] = after ? change.after : change.before;
    return boost::json::serialize(object);
}

} // namespace

std::vector<FieldChange> diff_profiles(const OrganisationProfile& before, const OrganisationProfile& after)
{
    std::vector<FieldChange> changes;
    for (const auto& field : profile_fields()) {
        const std::string& old_value = before.*field.member;
        const std::string& new_value = after.*field.member;
        if (old_value != new_value)
            changes.push_back(FieldChange{std::string(field.name), text_value(old_value), text_value(new_value)});
    }
    if (before.actor_types != after.actor_types)
        changes.push_back(FieldChange{"actor_types", codes_value(before.actor_types), codes_value(after.actor_types)});
    return changes;
}

std::string changes_json(const std::vector<FieldChange>& changes)
{
    boost::json::object object;
    for (const auto& change : changes)
        object[change.field] = boost::json::array{change.before, change.after};
    return boost::json::serialize(object);
}

std::vector<FieldChange> parse_changes_json(const std::string& text)
{
    std::vector<FieldChange> changes;
    boost::json::error_code error;
    auto document = boost::json::parse(text, error);
    if (error || !document.is_object())
        return changes;
    for (const auto& [field, pair] : document.as_object()) {
        const auto* array = pair.if_array();
        if (!array || array->size() != 2)
            continue;
        changes.push_back(FieldChange{std::string(field), (*array)[0], (*array)[1]});
    }
    return changes;
}

std::string before_json(const std::vector<FieldChange>& changes) { return state_json(changes, false); }
std::string after_json(const std::vector<FieldChange>& changes) { return state_json(changes, true); }

FieldChange status_change(OrganisationStatus before, OrganisationStatus after)
{
    return FieldChange{"status", boost::json::value(std::string(status_code(before))),
        boost::json::value(std::string(status_code(after)))};
}

std::string edited_fields_json(const std::vector<std::string>& fields)
{
    boost::json::array array;
    for (const auto& field : fields)
        array.emplace_back(field);
    return boost::json::serialize(array);
}

std::vector<std::string> parse_edited_fields(const std::string& text)
{
    std::vector<std::string> fields;
    boost::json::error_code error;
    auto document = boost::json::parse(text, error);
    if (error || !document.is_array())
        return fields;
    for (const auto& item : document.as_array()) {
        if (item.is_string())
            fields.emplace_back(item.as_string());
    }
    return fields;
}

void mark_edited(std::vector<std::string>& fields, const std::vector<FieldChange>& changes)
{
    for (const auto& change : changes) {
        if (change.field != "status")
            fields.push_back(change.field);
    }
    std::sort(fields.begin(), fields.end());
    fields.erase(std::unique(fields.begin(), fields.end()), fields.end());
}

} // namespace essaim::directory
