#include "web/renderer.hpp"

#include "web/paragraphs.hpp"

#include <ctemplate/template.h>
#include <ctemplate/template_cache.h>
#include <stdexcept>

namespace essaim::web {

Renderer::Renderer(const std::filesystem::path& templates_dir)
    : m_cache(std::make_unique<ctemplate::TemplateCache>())
{
    // Before loading: a template naming an unknown modifier fails to load.
    register_paragraphs_modifier();
    if (!std::filesystem::is_directory(templates_dir))
        throw std::runtime_error("templates directory not found: " + templates_dir.string());
    std::string root = std::filesystem::absolute(templates_dir).string();
    if (root.back() != '/')
        root += '/';
    m_cache->SetTemplateRootDirectory(root);
    for (const auto& entry : std::filesystem::recursive_directory_iterator(templates_dir)) {
        if (entry.path().extension() != ".tpl")
            continue;
        auto name = std::filesystem::relative(entry.path(), templates_dir).string();
        if (!m_cache->LoadTemplate(name, ctemplate::STRIP_BLANK_LINES))
            throw std::runtime_error("template failed to load: " + name);
    }
    m_cache->Freeze();
}

Renderer::~Renderer() = default;

std::string Renderer::render(const std::string& template_name, const ctemplate::TemplateDictionary& dictionary) const
{
    std::string output;
    if (!m_cache->ExpandWithData(template_name, ctemplate::STRIP_BLANK_LINES, &dictionary, nullptr, &output))
        throw std::runtime_error("template failed to expand: " + template_name);
    return output;
}

} // namespace essaim::web
