// The API's query parameters: the opaque cursor round-trips and rejects forgeries, the limit and
// every filter are checked against their rules with French messages.

#include "directory/api_query.hpp"

#include <gtest/gtest.h>

#include <map>

using namespace essaim::directory;

namespace {

ParameterLookup parameters(std::map<std::string, std::string> values)
{
    return [values = std::move(values)](std::string_view name) -> std::optional<std::string> {
        auto found = values.find(std::string(name));
        if (found == values.end())
            return std::nullopt;
        return found->second;
    };
}

} // namespace

TEST(ApiQuery, CursorRoundTripsAndIsOpaque)
{
    for (long long id : {1LL, 9LL, 42LL, 1234567LL, 9223372036854775807LL}) {
        auto cursor = encode_api_cursor(id);
        EXPECT_EQ(cursor.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
            std::string::npos);
        EXPECT_EQ(decode_api_cursor(cursor), id) << cursor;
    }
    EXPECT_EQ(encode_api_cursor(42), "NDI");
}

TEST(ApiQuery, CursorRejectsWhatItNeverProduces)
{
    for (const std::string& bad : std::vector<std::string>{"", "!!", "NDI=", "NDJ", "MA", "LTE", "YWJj", "N", std::string(40, 'A')})
        EXPECT_FALSE(decode_api_cursor(bad).has_value()) << bad;  // MA = "0", LTE = "-1", YWJj = "abc"
}

TEST(ApiQuery, PagingDefaultsAndBounds)
{
    auto none = parse_api_paging(parameters({}));
    ASSERT_TRUE(none);
    EXPECT_EQ(none->limit, 20);
    EXPECT_EQ(none->after_id, 0);
    auto set = parse_api_paging(parameters({{"limit", "100"}, {"cursor", encode_api_cursor(7)}}));
    ASSERT_TRUE(set);
    EXPECT_EQ(set->limit, 100);
    EXPECT_EQ(set->after_id, 7);
    for (std::string bad : {"0", "101", "-1", "abc", "", "10x", "99999999999"}) {
        auto result = parse_api_paging(parameters({{"limit", bad}}));
        ASSERT_FALSE(result) << bad;
        EXPECT_NE(result.error().message.find("limit"), std::string::npos);
    }
    auto cursor = parse_api_paging(parameters({{"cursor", "pas un curseur"}}));
    ASSERT_FALSE(cursor);
    EXPECT_NE(cursor.error().message.find("cursor"), std::string::npos);
}

TEST(ApiQuery, OrganisationFiltersCheckCodes)
{
    auto good = parse_organisation_filter(parameters({{"q", "ruche"}, {"actor_type", "incubateur"},
        {"ess_family", "cooperative"}, {"commune", "42218"}, {"departement", "2A"}, {"region", "84"}}));
    ASSERT_TRUE(good);
    EXPECT_EQ(good->actor_type, "incubateur");
    EXPECT_EQ(good->departement, "2A");
    for (auto [name, value] : std::vector<std::pair<std::string, std::string>>{{"actor_type", "pirate"},
             {"ess_family", "Association"}, {"commune", "42 218"}, {"departement", "4200"}, {"region", ""},
             {"q", std::string(401, 'a')}}) {
        auto result = parse_organisation_filter(parameters({{name, value}}));
        ASSERT_FALSE(result) << name;
        EXPECT_NE(result.error().message.find(name), std::string::npos) << result.error().message;
    }
}

TEST(ApiQuery, ProjectFiltersCheckCodes)
{
    auto good = parse_project_filter(
        parameters({{"thematique", "sante"}, {"etape", "consolidation"}, {"odd", "17"}, {"qualifie", "false"}}));
    ASSERT_TRUE(good);
    EXPECT_EQ(good->odd, 17);
    ASSERT_TRUE(good->qualifie.has_value());
    EXPECT_FALSE(*good->qualifie);
    for (auto [name, value] : std::vector<std::pair<std::string, std::string>>{{"thematique", "sport"},
             {"etape", "fin"}, {"odd", "0"}, {"odd", "18"}, {"odd", "3a"}, {"qualifie", "oui"}}) {
        auto result = parse_project_filter(parameters({{name, value}}));
        ASSERT_FALSE(result) << name << "=" << value;
        EXPECT_NE(result.error().message.find(name), std::string::npos);
    }
}

TEST(ApiQuery, IsoDateTimeIsUtc)
{
    EXPECT_EQ(iso_date_time(0), "1970-01-01T00:00:00Z");
    EXPECT_EQ(iso_date_time(1'750'000'000), "2025-06-15T15:06:40Z");
}
