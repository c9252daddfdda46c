// Free text keeps its paragraphs and line breaks, escaped first (issue 12, item 11): the helper,
// and the x-paragraphs modifier through a real template under {{%AUTOESCAPE context="HTML"}}.

#include "web/paragraphs.hpp"
#include "web/renderer.hpp"

#include <cstring>
#include <ctemplate/template_dictionary.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <unistd.h>

namespace {

using essaim::web::paragraphs_html;

TEST(Paragraphs, BlankLinesSeparateParagraphsAndLineBreaksStay)
{
    struct Case {
        std::string text;
        std::string html;
    };
    const Case cases[] = {
        {"", ""},
        {"  \n \r\n\t", ""},
        {"Une ligne", "<p>Une ligne</p>"},
        {"Première\nseconde", "<p>Première<br>seconde</p>"},
        {"Un\n\nDeux", "<p>Un</p><p>Deux</p>"},
        {"Un\r\n\r\nDeux\r\ntrois", "<p>Un</p><p>Deux<br>trois</p>"},
        {"Un\r\rDeux", "<p>Un</p><p>Deux</p>"},
        {"\n\n  Un  \n\n\n\n   \nDeux\n\n", "<p>Un</p><p>Deux</p>"},
        {"Ligne 1\n  Ligne 2  ", "<p>Ligne 1<br>Ligne 2</p>"},
    };
    for (const auto& test : cases)
        EXPECT_EQ(paragraphs_html(test.text), test.html) << testing::PrintToString(test.text);
}

TEST(Paragraphs, EscapesEveryMarkupCharacterBeforeAddingItsOwn)
{
    EXPECT_EQ(paragraphs_html("<script>alert('x')</script>\n\"a\" & <b>b</b>"),
        "<p>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;<br>&quot;a&quot; &amp; &lt;b&gt;b&lt;/b&gt;</p>");
    // A typed "<p>" or "<br>" stays text: only line breaks make markup.
    EXPECT_EQ(paragraphs_html("a<br>b</p><p>c"), "<p>a&lt;br&gt;b&lt;/p&gt;&lt;p&gt;c</p>");
}

TEST(Paragraphs, TheModifierEscapesOnceUnderAutoEscape)
{
    auto dir = std::filesystem::temp_directory_path() / ("essaim-paragraphs-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    std::ofstream(dir / "free.tpl") << "{{%AUTOESCAPE context=\"HTML\"}}<div>{{TEXT:x-paragraphs}}</div>|{{TEXT}}";
    essaim::web::Renderer renderer(dir);
    ctemplate::TemplateDictionary dictionary("test");
    dictionary.SetValue("TEXT", "Tom & <Jerry>\n\nfin");
    auto html = renderer.render("free.tpl", dictionary);
    std::filesystem::remove_all(dir);
    // The default HTML escaping turns each line break into a space: why free text lost its
    // paragraphs before the modifier.
    EXPECT_EQ(html, "<div><p>Tom &amp; &lt;Jerry&gt;</p><p>fin</p></div>|Tom &amp; &lt;Jerry&gt;  fin");
}

} // namespace
