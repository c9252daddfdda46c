#include "directory/claim.hpp"

#include <algorithm>
#include <array>
#include <boost/url/parse.hpp>
#include <cctype>

namespace essaim::directory {

namespace {

std::string lower(std::string_view text)
{
    std::string result(text);
    std::transform(result.begin(), result.end(), result.begin(), [](unsigned char c) { return std::tolower(c); });
    return result;
}

//! Domains where anyone can get an address, so an address there proves no tie to a website.
bool is_mailbox_provider(const std::string& domain)
{
    static constexpr std::array<std::string_view, 22> providers{"gmail.com", "googlemail.com", "yahoo.fr", "yahoo.com",
        "hotmail.fr", "hotmail.com", "outlook.fr", "outlook.com", "live.fr", "live.com", "msn.com", "orange.fr",
        "wanadoo.fr", "free.fr", "sfr.fr", "neuf.fr", "laposte.net", "icloud.com", "me.com", "aol.com", "gmx.fr",
        "proton.me"};
    return std::find(providers.begin(), providers.end(), domain) != providers.end();
}

} // namespace

std::string_view claim_status_code(ClaimStatus status)
{
    switch (status) {
    case ClaimStatus::EnAttente: return "en_attente";
    case ClaimStatus::Acceptee: return "acceptee";
    case ClaimStatus::Refusee: return "refusee";
    }
    return "en_attente";
}

bool claim_status_from_code(std::string_view code, ClaimStatus& status)
{
    for (auto candidate : {ClaimStatus::EnAttente, ClaimStatus::Acceptee, ClaimStatus::Refusee}) {
        if (claim_status_code(candidate) == code) {
            status = candidate;
            return true;
        }
    }
    return false;
}

std::string website_domain(std::string_view website)
{
    auto url = boost::urls::parse_absolute_uri(website);
    if (!url || url->host_type() != boost::urls::host_type::name)
        return {};
    auto scheme = lower(url->scheme());
    if (scheme != "http" && scheme != "https")
        return {};
    auto host = lower(url->encoded_host());
    if (host.rfind("www.", 0) == 0)
        host.erase(0, 4);
    if (host.find('.') == std::string::npos)
        return {};
    return host;
}

bool email_matches_website(std::string_view email, std::string_view website)
{
    auto at = email.rfind('@');
    if (at == std::string_view::npos || at + 1 >= email.size())
        return false;
    auto email_domain = lower(email.substr(at + 1));
    auto site = website_domain(website);
    if (site.empty() || is_mailbox_provider(email_domain) || is_mailbox_provider(site))
        return false;
    if (email_domain == site)
        return true;
    return email_domain.size() > site.size() + 1 && email_domain.compare(email_domain.size() - site.size(), site.size(), site) == 0
        && email_domain[email_domain.size() - site.size() - 1] == '.';
}

} // namespace essaim::directory
