// The main menu lists each person's own labelling pages, and only theirs: a visitor sees none, a
// member their dossiers, an instructeur the instruction, an expert their opinions.

#include "labelling/labelling_fixtures.hpp"

#include <map>

using namespace essaim;
using namespace essaim::test;
using essaim::auth::Role;

namespace {

bool menu_links_to(const std::string& page, const std::string& href)
{
    return page.find("class=\"fr-nav__link\" href=\"" + href + "\"") != std::string::npos;
}

TEST(LabellingNavigation, EachRoleSeesItsOwnPagesInTheMenu)
{
    auto member = auth_support::signed_in_actor("menu-membre");
    auto instructor = auth_support::signed_in_actor("menu-instructeur", {Role::Instructeur});
    auto expert = auth_support::signed_in_actor("menu-expert", {Role::Expert});
    HttpClient visitor(TestPlatform::instance().port());

    const std::vector<std::string> pages = {"/mes-dossiers", "/instruction", "/avis", "/comites"};
    //                                                      dossiers instruction avis  comités
    const std::map<std::string, std::vector<bool>> expected = {
        {"visiteur", {false, false, false, false}},
        {"membre", {true, false, false, false}},
        {"instructeur", {true, true, false, true}},
        {"expert", {true, false, true, true}},
    };
    const std::map<std::string, std::string> homes = {{"visiteur", visitor.get("/").body},
        {"membre", member.client.get("/").body}, {"instructeur", instructor.client.get("/").body},
        {"expert", expert.client.get("/").body}};
    for (const auto& [role, shown] : expected) {
        const auto& home = homes.at(role);
        ASSERT_TRUE(menu_links_to(home, "/annuaire")) << role << ": the menu is found";
        for (std::size_t i = 0; i < pages.size(); ++i)
            EXPECT_EQ(menu_links_to(home, pages[i]), shown[i]) << role << " — " << pages[i];
    }
}

} // namespace
