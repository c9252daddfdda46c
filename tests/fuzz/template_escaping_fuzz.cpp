// Fuzzes the escaping of values on their way into pages: ctemplate's auto-escaping (every template
// starts with {{%AUTOESCAPE context="HTML"}}) in the places the project's templates put values
// (text, double- and single-quoted attributes, href/src/action URLs, a URL after a fixed path,
// textarea), web::escape_markup and the SVG maps and legends built with it, and the JSON-LD of an
// organisation page (directory::organisation_json_ld, embedded raw in a <script> element).
// Input: a text value, a NUL, then a URL value (without a NUL, the whole input is both).
// Invariants: a value never adds markup: the output has exactly the '<', '>', '"' and '\'' of the
// template, and every '&' in it starts &amp; &lt; &gt; &quot; &#39; or a numeric reference (so
// decoding cannot produce a character the escaper removed); a URL attribute, entity-decoded and
// with the characters browsers ignore removed, has no scheme but http, https, ftp or mailto (no
// `javascript:`, `data:`, `vbscript:`); escape_markup decodes back to its input; the JSON-LD holds
// no '<', '>' or '&' and, when the values are UTF-8, parses back to the same name and description.
// fuzz-sources: src/http/form.cpp src/web/svg_map.cpp src/directory/json_ld.cpp src/directory/organisation.cpp src/core/text.cpp src/core/result.cpp
// fuzz-libraries: -lctemplate -lpthread

#include "directory/json_ld.hpp"
#include "directory/organisation_store.hpp"
#include "fuzz_check.hpp"
#include "http/form.hpp"
#include "web/svg_map.hpp"

#include <boost/json/src.hpp>
#include <ctemplate/template.h>

#include <algorithm>
#include <array>
#include <string>

using essaim::fuzz::as_text;
namespace web = essaim::web;
namespace directory = essaim::directory;

namespace {

// The places values take in the project's templates (see templates/**/*.tpl).
constexpr const char* page_template = R"({{%AUTOESCAPE context="HTML"}}
<h1>{{TEXT}}</h1>
<p class="fr-badge {{TEXT}}" title="Refuser la fiche de {{TEXT}}" data-x='{{TEXT}}'>{{TEXT}}</p>
<a href="{{URL}}" id="{{TEXT}}">lien</a>
<a href='{{URL}}'>lien</a>
<form action="{{URL}}" method="post"><input type="hidden" name="retour" value="{{URL}}"></form>
<img src="{{URL}}" alt="{{TEXT}}">
<a href="/organisations/{{TEXT}}">fiche</a>
<a href="/annuaire?q={{TEXT}}">recherche</a>
<a href="#{{TEXT}}">ancre</a>
<textarea>{{TEXT}}</textarea>
)";

constexpr std::array<char, 4> structural = {'<', '>', '"', '\''};

std::array<std::size_t, 4> structure_of(std::string_view html)
{
    std::array<std::size_t, 4> counts{};
    for (std::size_t i = 0; i < structural.size(); ++i)
        counts[i] = static_cast<std::size_t>(std::count(html.begin(), html.end(), structural[i]));
    return counts;
}

//! Every '&' starts a reference the escapers write, so decoding is unambiguous.
bool ampersands_are_references(std::string_view html)
{
    for (std::size_t i = html.find('&'); i != std::string_view::npos; i = html.find('&', i + 1)) {
        auto rest = html.substr(i);
        if (rest.starts_with("&amp;") || rest.starts_with("&lt;") || rest.starts_with("&gt;")
            || rest.starts_with("&quot;") || rest.starts_with("&#39;") || rest.starts_with("&#34;"))
            continue;
        if (rest.starts_with("&#")) {
            std::size_t k = 2;
            bool hex = k < rest.size() && (rest[k] == 'x' || rest[k] == 'X');
            if (hex)
                ++k;
            std::size_t digits = 0;
            while (k < rest.size() && (hex ? std::isxdigit(static_cast<unsigned char>(rest[k]))
                                            : std::isdigit(static_cast<unsigned char>(rest[k])))) {
                ++k;
                ++digits;
            }
            if (digits > 0 && k < rest.size() && rest[k] == ';')
                continue;
        }
        return false;
    }
    return true;
}

std::string decode_references(std::string_view text)
{
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
        if (text[i] != '&') {
            out += text[i++];
            continue;
        }
        auto rest = text.substr(i);
        std::size_t end = rest.find(';');
        FUZZ_REQUIRE(end != std::string_view::npos);
        auto entity = rest.substr(1, end - 1);
        unsigned long code = 0;
        if (entity == "amp") code = '&';
        else if (entity == "lt") code = '<';
        else if (entity == "gt") code = '>';
        else if (entity == "quot") code = '"';
        else if (entity.size() > 1 && entity[0] == '#') {
            bool hex = entity[1] == 'x' || entity[1] == 'X';
            code = std::stoul(std::string(entity.substr(hex ? 2 : 1)), nullptr, hex ? 16 : 10);
        }
        // Only ASCII matters for the scheme check; other references stand for a letter-free byte.
        out += code < 0x80 ? static_cast<char>(code) : '\x80';
        i += end + 1;
    }
    return out;
}

//! The scheme a browser would see in `url` (an attribute value as written in the page).
std::string browser_scheme(std::string_view written)
{
    std::string url;
    for (char c : decode_references(written)) {
        // URL parsers drop ASCII tab and newlines anywhere, and C0 controls and spaces at the start.
        if (c == '\t' || c == '\n' || c == '\r')
            continue;
        if (url.empty() && static_cast<unsigned char>(c) <= 0x20)
            continue;
        url += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    auto colon = url.find(':');
    if (colon == std::string::npos || url.find_first_of("/?#") < colon)
        return "";
    return url.substr(0, colon);
}

//! The values of every `name="…"` and `name='…'` attribute in `html`. Values hold no raw '<', '>'
//! or quote (structure_of checks it first), so tags and quoted values are found by their
//! delimiters, and a value that merely contains the text ` src="` is not taken for an attribute.
std::vector<std::string> attribute_values(const std::string& html, std::string_view name)
{
    std::vector<std::string> values;
    for (auto open = html.find('<'); open != std::string::npos; open = html.find('<', open + 1)) {
        auto close = html.find('>', open);
        FUZZ_REQUIRE(close != std::string::npos);
        std::string_view tag(html.data() + open + 1, close - open - 1);
        for (auto at = tag.find(' '); at != std::string_view::npos && at < tag.size();) {
            at = tag.find_first_not_of(' ', at);
            auto equals = tag.find('=', at);
            if (at == std::string_view::npos || equals == std::string_view::npos)
                break;
            FUZZ_REQUIRE(equals + 1 < tag.size());
            char quote = tag[equals + 1];
            FUZZ_REQUIRE(quote == '"' || quote == '\'');
            auto end = tag.find(quote, equals + 2);
            FUZZ_REQUIRE(end != std::string_view::npos);
            if (tag.substr(at, equals - at) == name)
                values.emplace_back(tag.substr(equals + 2, end - equals - 2));
            at = end + 1;
        }
    }
    return values;
}

std::string expand(const std::string& text, const std::string& url)
{
    ctemplate::TemplateDictionary dictionary("fuzz");
    dictionary.SetValue("TEXT", text);
    dictionary.SetValue("URL", url);
    std::string output;
    FUZZ_REQUIRE(ctemplate::ExpandTemplate("fuzz.tpl", ctemplate::DO_NOT_STRIP, &dictionary, &output));
    return output;
}

void check_page(const std::string& text, const std::string& url)
{
    static const bool loaded = ctemplate::StringToTemplateCache("fuzz.tpl", page_template, ctemplate::DO_NOT_STRIP);
    FUZZ_REQUIRE(loaded);
    static const std::string skeleton = expand("", "");
    static const auto skeleton_structure = structure_of(skeleton);

    auto html = expand(text, url);
    FUZZ_REQUIRE(structure_of(html) == skeleton_structure);
    FUZZ_REQUIRE(ampersands_are_references(html));
    for (const char* attribute : {"href", "src", "action"}) {
        for (const auto& value : attribute_values(html, attribute)) {
            auto scheme = browser_scheme(value);
            // ctemplate also lets ftp: through: no browser runs script from it.
            FUZZ_REQUIRE(scheme.empty() || scheme == "http" || scheme == "https" || scheme == "mailto" || scheme == "ftp");
        }
    }
}

void check_escape_markup(const std::string& text)
{
    auto escaped = web::escape_markup(text);
    FUZZ_REQUIRE(escaped.find_first_of("<>\"'") == std::string::npos);
    FUZZ_REQUIRE(ampersands_are_references(escaped));
    // Decoding gives the input back (references only stand for the five escaped characters).
    std::string decoded;
    for (std::size_t i = 0; i < escaped.size();) {
        if (escaped[i] != '&') {
            decoded += escaped[i++];
            continue;
        }
        auto end = escaped.find(';', i);
        auto entity = escaped.substr(i, end - i + 1);
        decoded += entity == "&amp;" ? '&' : entity == "&lt;" ? '<' : entity == "&gt;" ? '>' : entity == "&quot;" ? '"' : '\'';
        FUZZ_REQUIRE(entity == "&amp;" || entity == "&lt;" || entity == "&gt;" || entity == "&quot;" || entity == "&#39;");
        i = end + 1;
    }
    FUZZ_REQUIRE(decoded == text);
}

void check_map(const std::string& text, const std::string& url)
{
    static const auto map = web::SvgMap::parse(
        R"(<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><path id="42" aria-label="Loire" d="M0 0h5v5z"/><path id="2A" aria-label="Corse-du-Sud" d="M5 5h5v5z"/></svg>)");
    FUZZ_REQUIRE(map.ok());
    auto render = [&](const std::string& t, const std::string& u) {
        web::MapOptions options;
        options.title = t;
        options.description = t;
        options.highlighted = {"42"};
        options.levels = {{"2A", static_cast<int>(t.size() % 9) - 2}};
        options.links = {{"42", u}, {"2A", "/territoires/2A"}};
        return web::render_svg_map(map.value(), options)
            + web::render_map_legend(t, {{static_cast<int>(u.size() % 7), t}, {3, u}});
    };
    auto svg = render(text, url);
    FUZZ_REQUIRE(structure_of(svg) == structure_of(render(std::string(text.size(), 'x'), std::string(url.size(), 'x'))));
    FUZZ_REQUIRE(ampersands_are_references(svg));
}

void check_json_ld(const std::string& text, const std::string& url)
{
    directory::Organisation organisation;
    organisation.id = 42;
    auto& profile = organisation.profile;
    profile.name = text;
    profile.acronym = url;
    profile.description = text;
    profile.website = url;
    profile.address_line = text;
    profile.siren = "123456789";
    profile.nic_siege = "00012";
    profile.headcount_band = url.substr(0, 2);
    directory::CommunePlace commune{"42218", text, "42", url};
    auto json = directory::organisation_json_ld(organisation, "https://essaim.example/organisations/42", &commune);
    FUZZ_REQUIRE(json.find_first_of("<>&") == std::string::npos);

    // Members' input and the registers' lines are checked for UTF-8 before they are stored.
    if (!essaim::http::is_clean_utf8(text) || !essaim::http::is_clean_utf8(url))
        return;
    boost::json::error_code error;
    auto parsed = boost::json::parse(json, error);
    FUZZ_REQUIRE(!error);
    FUZZ_REQUIRE(parsed.as_object().at("name").as_string() == text);
    if (!text.empty())
        FUZZ_REQUIRE(parsed.as_object().at("description").as_string() == text);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size > 4096)
        return 0;
    auto input = as_text(data, size);
    auto nul = input.find('\0');
    std::string text(input.substr(0, nul));
    std::string url(nul == std::string_view::npos ? input : input.substr(nul + 1));

    check_page(text, url);
    check_escape_markup(text);
    check_escape_markup(url);
    check_map(text, url);
    check_json_ld(text, url);
    return 0;
}
