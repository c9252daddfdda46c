#include "web/csrf.hpp"

#include "auth/resolve_session.hpp"
#include "core/crypto.hpp"
#include "web/context.hpp"

#include <sodium.h>

namespace essaim::web {

namespace {

// Distinct prefixes keep a session key and a visitor cookie from ever yielding the same token.
std::string keyed_token(std::string_view secret_key, std::string_view kind, std::string_view value)
{
    std::string message(kind);
    message += '\n';
    message += value;
    return core::hmac_sha256(secret_key, message);
}

} // namespace

std::string mask_csrf_token(std::string_view token)
{
    std::string masked(2 * token.size(), '\0');
    randombytes_buf(masked.data(), token.size());
    for (std::size_t i = 0; i < token.size(); ++i)
        masked[token.size() + i] = static_cast<char>(masked[i] ^ token[i]);
    std::string encoded(sodium_base64_ENCODED_LEN(masked.size(), sodium_base64_VARIANT_URLSAFE_NO_PADDING), '\0');
    sodium_bin2base64(encoded.data(), encoded.size(), reinterpret_cast<const unsigned char*>(masked.data()),
        masked.size(), sodium_base64_VARIANT_URLSAFE_NO_PADDING);
    encoded.resize(encoded.find('\0'));
    return encoded;
}

std::optional<std::string> unmask_csrf_token(std::string_view sent)
{
    std::string masked(2 * csrf_token_bytes, '\0');
    std::size_t length = 0;
    const char* end = nullptr;
    if (sodium_base642bin(reinterpret_cast<unsigned char*>(masked.data()), masked.size(), sent.data(), sent.size(),
            nullptr, &length, &end, sodium_base64_VARIANT_URLSAFE_NO_PADDING)
            != 0
        || length != masked.size() || end != sent.data() + sent.size())
        return std::nullopt;
    std::string token(csrf_token_bytes, '\0');
    for (std::size_t i = 0; i < csrf_token_bytes; ++i)
        token[i] = static_cast<char>(masked[i] ^ masked[csrf_token_bytes + i]);
    return token;
}

std::string session_csrf_token(std::string_view secret_key, std::string_view session_key)
{
    return keyed_token(secret_key, "session", session_key);
}

std::string visitor_csrf_token(std::string_view secret_key, std::string_view pre_session_cookie)
{
    return keyed_token(secret_key, "visitor", pre_session_cookie);
}

bool csrf_token_is_valid(const Context& context, std::string_view sent)
{
    auto token = unmask_csrf_token(sent);
    if (!token)
        return false;
    bool valid = false;
    if (auto session_key = auth::presented_session_key(context); !session_key.empty())
        valid = core::constant_time_equals(*token, session_csrf_token(context.services.secret_key, session_key));
    // Once signed in, the token of the visitor the person was before no longer counts.
    if (!context.identity.signed_in() && !context.pre_session_cookie.empty())
        valid = core::constant_time_equals(*token, visitor_csrf_token(context.services.secret_key, context.pre_session_cookie)) || valid;
    return valid;
}

} // namespace essaim::web
