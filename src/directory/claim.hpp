#pragma once
// Claims: a member asks to become the owner of an organisation that has none on the platform
// (created by a register import). The claim is accepted at once when the member's e-mail address
// belongs to the domain of the organisation's website, otherwise an administrator decides.

#include <string>
#include <string_view>

namespace essaim::directory {

enum class ClaimStatus { EnAttente, Acceptee, Refusee };

std::string_view claim_status_code(ClaimStatus status);  //!< "en_attente", "acceptee", "refusee"
bool claim_status_from_code(std::string_view code, ClaimStatus& status);

struct Claim {
    long long id = 0;
    long long organisation_id = 0;
    long long user_id = 0;
    std::string message;
    ClaimStatus status = ClaimStatus::EnAttente;
    bool automatic = false;
    std::string refusal_reason;
    long long created_at = 0;
};

inline constexpr std::size_t max_claim_message_length = 1000;

//! The host of an http(s) `website`, lower-cased, without a leading "www."; "" when there is none.
std::string website_domain(std::string_view website);

//! True when `email` is on the website's domain or one of its subdomains: "marie@abeilles.fr" and
//! "marie@lyon.abeilles.fr" match "https://www.abeilles.fr/contact". Never the other way round: an
//! address at "free.fr" does not prove anything about "https://monasso.free.fr". Addresses at
//! mailbox providers never match, since anyone can open one.
bool email_matches_website(std::string_view email, std::string_view website);

} // namespace essaim::directory
