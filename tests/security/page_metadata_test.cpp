// Every HTML page of the router, as a visitor, a membre and an administrator, has its own meta
// description, and no div carries aria-labelledby without a role (issue 12, item 16; the Nu HTML
// Checker reported one on every page, from the layout's menu).

#include "security/access_matrix_world.hpp"

#include "core/text.hpp"

#include <gtest/gtest.h>

#include <map>
#include <regex>
#include <set>

namespace essaim::test {
namespace {

using namespace access_matrix;

//! The content of <meta name="description">, or nullopt when the page has none.
std::optional<std::string> meta_description(const std::string& html)
{
    static const std::regex meta(R"(<meta name="description" content="([^"]*)\">)");
    std::smatch found;
    if (!std::regex_search(html, found, meta))
        return std::nullopt;
    // The attribute as a reader gets it: the entities of the HTML escaping decoded.
    std::string text = found[1].str();
    for (auto [entity, character] : {std::pair{"&#39;", "'"}, {"&quot;", "\""}, {"&lt;", "<"}, {"&gt;", ">"}, {"&amp;", "&"}}) {
        for (auto at = text.find(entity); at != std::string::npos; at = text.find(entity, at + 1))
            text.replace(at, std::string_view(entity).size(), character);
    }
    return text;
}

std::string title_of(const std::string& html)
{
    auto start = html.find("<title>");
    auto end = html.find("</title>");
    return start == std::string::npos || end == std::string::npos ? std::string() : html.substr(start + 7, end - start - 7);
}

//! The opening tags of divs that name themselves with aria-labelledby but have no role.
std::vector<std::string> unnamed_role_divs(const std::string& html)
{
    static const std::regex div(R"(<div\b[^>]*>)");
    std::vector<std::string> found;
    for (auto it = std::sregex_iterator(html.begin(), html.end(), div); it != std::sregex_iterator(); ++it) {
        auto tag = it->str();
        if (tag.find("aria-labelledby=") != std::string::npos && tag.find("role=") == std::string::npos)
            found.push_back(tag);
    }
    return found;
}

TEST(PageMetadata, EveryHtmlPageHasItsOwnDescriptionAndNoUnnamedRoleDiv)
{
    auto& w = world();
    std::map<std::string, std::set<std::string>> titles_by_description;
    int pages = 0;
    for (const auto* entry : platform_routes()) {
        if (entry->method != http::Method::Get)
            continue;
        auto path = path_for(entry->pattern, w.shared);
        for (int index : {0, 1, 11}) {
            auto& actor = w.actor(index);
            auto response = actor.client.get(path);
            if (response.header("content-type").value_or("").rfind("text/html", 0) != 0)
                continue;
            auto what = "GET " + path + " as " + actor.name + " (" + std::to_string(response.status) + ")";
            ++pages;
            auto description = meta_description(response.body);
            ASSERT_TRUE(description.has_value()) << what << " has no meta description";
            EXPECT_GE(description->size(), 40u) << what << ": \"" << *description << "\"";
            EXPECT_LE(essaim::core::count_code_points(*description), 160u) << what;
            titles_by_description[*description].insert(title_of(response.body));
            for (const auto& tag : unnamed_role_divs(response.body))
                ADD_FAILURE() << what << ": " << tag;
        }
    }
    EXPECT_GT(pages, 100);
    // Page-specific: pages with different titles never share a description.
    for (const auto& [description, titles] : titles_by_description)
        EXPECT_EQ(titles.size(), 1u) << "\"" << description << "\" describes " << titles.size() << " pages, e.g. "
                                     << *titles.begin() << " and " << *titles.rbegin();
}

} // namespace
} // namespace essaim::test
