#include "http/form.hpp"

#include <gtest/gtest.h>

using namespace essaim::http;

TEST(Form, DecodesPairsPlusAndPercentEscapes)
{
    auto form = parse_urlencoded("email=a%40b.fr&name=Jean+Dupont&empty=&flag");
    EXPECT_EQ(form.get("email"), "a@b.fr");
    EXPECT_EQ(form.get("name"), "Jean Dupont");
    EXPECT_TRUE(form.has("empty"));
    EXPECT_EQ(form.get("empty"), "");
    EXPECT_TRUE(form.has("flag"));
    EXPECT_FALSE(form.has("missing"));
}

TEST(Form, KeepsRepeatedNamesInOrder)
{
    auto form = parse_urlencoded("role=a&x=1&role=b");
    EXPECT_EQ(form.all("role"), (std::vector<std::string>{"a", "b"}));
}

TEST(Form, KeepsMalformedEscapesLiterally)
{
    EXPECT_EQ(percent_decode("100%", true), "100%");
    EXPECT_EQ(percent_decode("%zz%4", true), "%zz%4");
    EXPECT_EQ(percent_decode("%C3%A9", true), "é");
}

TEST(Form, CapsTheNumberOfFields)
{
    std::string body;
    for (int i = 0; i < 5000; ++i)
        body += "a=1&";
    EXPECT_EQ(parse_urlencoded(body).fields().size(), 1000u);
}

TEST(Form, EncodeThenDecodeRoundTrips)
{
    std::string text = "Saint-Étienne & co/?=";
    EXPECT_EQ(percent_decode(percent_encode(text), true), text);
}

TEST(Utf8, AcceptsTextAndRejectsBrokenSequences)
{
    EXPECT_TRUE(is_clean_utf8("Économie sociale\n"));
    EXPECT_FALSE(is_clean_utf8(std::string("a\0b", 3)));
    EXPECT_FALSE(is_clean_utf8("\xC3"));
    EXPECT_FALSE(is_clean_utf8("\xC0\xAF"));       // overlong '/'
    EXPECT_FALSE(is_clean_utf8("\xED\xA0\x80"));   // surrogate
}

TEST(LoggableTarget, MasksSecretParametersAndKeepsTheRest)
{
    EXPECT_EQ(loggable_target("/territoires", ""), "/territoires");
    EXPECT_EQ(loggable_target("/inscription/confirmer", "jeton=abc123&retour=%2Fcompte"),
        "/inscription/confirmer?jeton=***&retour=%2Fcompte");
    EXPECT_EQ(loggable_target("/x", "reset_token=a&password=b&q=saint"), "/x?reset_token=***&password=***&q=saint");
}
