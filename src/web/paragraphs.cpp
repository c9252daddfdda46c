#include "web/paragraphs.hpp"

#include <ctemplate/template_emitter.h>
#include <ctemplate/template_modifiers.h>

#include <mutex>
#include <vector>

namespace essaim::web {

namespace {

void append_escaped(std::string& out, std::string_view text)
{
    for (char c : text) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        default: out += c; break;
        }
    }
}

std::string_view trim_line(std::string_view line)
{
    auto first = line.find_first_not_of(" \t");
    if (first == std::string_view::npos)
        return {};
    return line.substr(first, line.find_last_not_of(" \t") - first + 1);
}

std::vector<std::string_view> split_lines(std::string_view text)
{
    std::vector<std::string_view> lines;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        if (i == text.size() || text[i] == '\n' || text[i] == '\r') {
            lines.push_back(text.substr(start, i - start));
            if (i + 1 < text.size() && text[i] == '\r' && text[i + 1] == '\n')
                ++i;
            start = i + 1;
        }
    }
    return lines;
}

class ParagraphsModifier : public ctemplate::TemplateModifier {
    void Modify(const char* in, size_t inlen, const ctemplate::PerExpandData*, ctemplate::ExpandEmitter* out,
        const std::string&) const override
    {
        out->Emit(paragraphs_html(std::string_view(in, inlen)));
    }
};

} // namespace

std::string paragraphs_html(std::string_view text)
{
    std::string html;
    bool open = false;
    for (auto raw : split_lines(text)) {
        auto line = trim_line(raw);
        if (line.empty()) {
            if (open)
                html += "</p>";
            open = false;
            continue;
        }
        html += open ? "<br>" : "<p>";
        open = true;
        append_escaped(html, line);
    }
    if (open)
        html += "</p>";
    return html;
}

void register_paragraphs_modifier()
{
    static std::once_flag once;
    std::call_once(once, [] {
        static ParagraphsModifier modifier;
        ctemplate::AddXssSafeModifier("x-paragraphs", &modifier);
    });
}

} // namespace essaim::web
