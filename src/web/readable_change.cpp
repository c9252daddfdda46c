#include "web/readable_change.hpp"

#include "core/text.hpp"

#include <boost/json.hpp>

#include <algorithm>

namespace essaim::web {

namespace {

constexpr std::string_view none = "—";

//! The object of `json`; text that is not an object becomes {"valeur": text}.
boost::json::object object_of(std::string_view json)
{
    if (json.empty())
        return {};
    boost::system::error_code error;
    auto parsed = boost::json::parse(json, error);
    if (!error && parsed.is_object())
        return parsed.as_object();
    boost::json::object wrapped;
    wrapped["valeur"] = std::string(json);
    return wrapped;
}

std::string readable_value(const Vocabulary& vocabulary, std::string_view field, const boost::json::value& value)
{
    switch (value.kind()) {
    case boost::json::kind::null: return std::string(none);
    case boost::json::kind::bool_: return value.get_bool() ? "Oui" : "Non";
    case boost::json::kind::int64: return core::group_digits(value.get_int64());
    case boost::json::kind::uint64: return core::group_digits(static_cast<long long>(value.get_uint64()));
    case boost::json::kind::double_: return core::format_decimal(boost::json::serialize(value));
    case boost::json::kind::string: {
        std::string text(value.get_string());
        if (text.empty())
            return std::string(none);
        return vocabulary.find(Term::Value, std::string(field) + ":" + text).value_or(text);
    }
    case boost::json::kind::array: {
        std::string text;
        for (const auto& item : value.get_array())
            text += (text.empty() ? "" : ", ") + readable_value(vocabulary, field, item);
        return text.empty() ? std::string(none) : text;
    }
    case boost::json::kind::object: {
        std::string text;
        for (const auto& [key, item] : value.get_object())
            text += (text.empty() ? "" : " ; ") + vocabulary.label(Term::Field, key) + " : "
                + readable_value(vocabulary, key, item);
        return text.empty() ? std::string(none) : text;
    }
    }
    return std::string(none);
}

} // namespace

std::vector<FieldChange> readable_changes(const Vocabulary& vocabulary, std::string_view before_json,
    std::string_view after_json)
{
    auto before = object_of(before_json);
    auto after = object_of(after_json);
    std::vector<std::string> fields;
    for (const auto* side : {&before, &after})
        for (const auto& [key, value] : *side)
            if (std::find(fields.begin(), fields.end(), std::string(key)) == fields.end())
                fields.emplace_back(key);
    std::vector<FieldChange> changes;
    for (const auto& field : fields) {
        const auto* old_value = before.if_contains(field);
        const auto* new_value = after.if_contains(field);
        if (old_value && new_value && *old_value == *new_value)
            continue;
        changes.push_back({vocabulary.label(Term::Field, field),
            old_value ? readable_value(vocabulary, field, *old_value) : std::string(none),
            new_value ? readable_value(vocabulary, field, *new_value) : std::string(none)});
    }
    return changes;
}

} // namespace essaim::web
