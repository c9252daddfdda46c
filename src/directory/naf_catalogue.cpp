#include "directory/naf_catalogue.hpp"

#include "core/config.hpp"
#include "core/identifiers.hpp"
#include "core/log.hpp"

#include <boost/json.hpp>
#include <fstream>
#include <sstream>

namespace essaim::directory {

std::map<std::string, std::string> read_naf_labels(const std::filesystem::path& index_json)
{
    std::map<std::string, std::string> labels;
    std::ifstream input(index_json, std::ios::binary);
    if (!input)
        return labels;
    std::stringstream text;
    text << input.rdbuf();
    boost::json::error_code error;
    auto document = boost::json::parse(text.str(), error);
    if (error || !document.is_array())
        return labels;
    for (const auto& entry : document.as_array()) {
        const auto* object = entry.if_object();
        if (!object)
            continue;
        const auto* id = object->if_contains("id");
        const auto* label = object->if_contains("label");
        if (!id || !label || !id->is_string() || !label->is_string())
            continue;
        // The file also lists sections, divisions, groups and classes ("88", "88.9", "88.99"):
        // only sub-classes, the codes SIRENE gives, are kept.
        std::string code(id->as_string());
        auto canonical = core::validate_naf_code(code);
        if (canonical && canonical.value() == code)
            labels.emplace(std::move(code), std::string(label->as_string()));
    }
    return labels;
}

bool NafCatalogue::available(const core::Config& config)
{
    std::call_once(m_loaded, [&] { load(config); });
    return !m_labels.empty();
}

std::optional<std::string> NafCatalogue::label(const core::Config& config, const std::string& code)
{
    std::call_once(m_loaded, [&] { load(config); });
    auto found = m_labels.find(code);
    if (found == m_labels.end())
        return std::nullopt;
    return found->second;
}

void NafCatalogue::load(const core::Config& config)
{
    auto path = config.node_modules / "@socialgouv" / "codes-naf" / "index.json";
    m_labels = read_naf_labels(path);
    if (m_labels.empty())
        core::log::warn("codes NAF indisponibles : seuls leurs formats seront vérifiés", {core::log::field("path", path.string())});
}

} // namespace essaim::directory
