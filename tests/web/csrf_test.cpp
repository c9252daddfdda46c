// CSRF tokens: the mask that makes every answer's token different (BREACH), and the keyed hash
// that ties a token to one session and one server secret.

#include "core/crypto.hpp"
#include "web/csrf.hpp"

#include <gtest/gtest.h>

#include <set>
#include <string>

using namespace essaim::web;

namespace {

const std::string secret = "une-cle-de-test-de-trente-deux-caracteres-au-moins";

std::string token_for(const std::string& session_key) { return session_csrf_token(secret, session_key); }

} // namespace

TEST(CsrfToken, MaskingGivesADifferentStringEachTimeThatUnmasksToTheSameToken)
{
    essaim::core::initialize_crypto();
    const auto token = token_for("cle-de-session");
    ASSERT_EQ(token.size(), csrf_token_bytes);
    std::set<std::string> seen;
    for (int i = 0; i < 50; ++i) {
        auto masked = mask_csrf_token(token);
        EXPECT_EQ(masked.size(), 86u) << "64 bytes in URL-safe base64 without padding";
        EXPECT_EQ(masked.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"), std::string::npos);
        // The token itself never appears: what a page shows changes with each answer.
        EXPECT_EQ(masked.find(essaim::core::sha256_hex(token).substr(0, 8)), std::string::npos);
        auto unmasked = unmask_csrf_token(masked);
        ASSERT_TRUE(unmasked);
        EXPECT_EQ(*unmasked, token);
        seen.insert(masked);
    }
    EXPECT_EQ(seen.size(), 50u);
}

TEST(CsrfToken, UnmaskRefusesWhatIsNotAMaskedToken)
{
    essaim::core::initialize_crypto();
    const auto masked = mask_csrf_token(token_for("cle-de-session"));
    const std::string not_tokens[] = {
        "",
        "forged-forged-forged-forged",
        masked.substr(0, masked.size() - 1),
        masked + "A",
        masked.substr(0, 85) + "=",
        masked.substr(0, 40) + "+/" + masked.substr(42),  // the standard alphabet, not the URL-safe one
        masked.substr(0, 40) + " " + masked.substr(41),
        std::string(86, '\0'),
    };
    for (const auto& sent : not_tokens)
        EXPECT_FALSE(unmask_csrf_token(sent)) << sent;
}

TEST(CsrfToken, AChangedCharacterUnmasksToAnotherToken)
{
    essaim::core::initialize_crypto();
    const auto token = token_for("cle-de-session");
    auto masked = mask_csrf_token(token);
    for (std::size_t at : {std::size_t{0}, std::size_t{42}, std::size_t{84}}) {
        auto altered = masked;
        altered[at] = altered[at] == 'A' ? 'B' : 'A';
        auto unmasked = unmask_csrf_token(altered);
        ASSERT_TRUE(unmasked) << at;
        EXPECT_NE(*unmasked, token) << at;
    }
}

TEST(CsrfToken, TheTokenDependsOnTheSessionTheKindOfBindingAndTheSecret)
{
    essaim::core::initialize_crypto();
    const auto a = session_csrf_token(secret, "session-a");
    EXPECT_EQ(a, session_csrf_token(secret, "session-a")) << "stable for one session";
    EXPECT_NE(a, session_csrf_token(secret, "session-b"));
    EXPECT_NE(a, visitor_csrf_token(secret, "session-a")) << "a visitor cookie equal to a session key is another token";
    EXPECT_NE(a, session_csrf_token(secret + "!", "session-a")) << "another server secret";
    // The hash is the standard HMAC-SHA-256 (RFC 4231, test case 2), over "session\n" + key.
    const auto rfc = essaim::core::hmac_sha256("Jefe", "what do ya want for nothing?");
    std::string hex;
    for (unsigned char c : rfc) {
        static constexpr char digits[] = "0123456789abcdef";
        hex += digits[c >> 4];
        hex += digits[c & 15];
    }
    EXPECT_EQ(hex, "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
}
