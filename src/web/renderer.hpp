#pragma once
// ctemplate rendering. Every template starts with {{%AUTOESCAPE context="HTML"}} so values are
// escaped for where they land. Templates are loaded and checked once at start-up, then frozen.

#include <filesystem>
#include <memory>
#include <string>

namespace ctemplate {
class TemplateCache;
class TemplateDictionary;
} // namespace ctemplate

namespace essaim::web {

class Renderer {
public:
    //! Loads every *.tpl below `templates_dir`; throws std::runtime_error naming a broken template.
    explicit Renderer(const std::filesystem::path& templates_dir);
    ~Renderer();
    std::string render(const std::string& template_name, const ctemplate::TemplateDictionary& dictionary) const;

private:
    std::unique_ptr<ctemplate::TemplateCache> m_cache;
};

} // namespace essaim::web
