#include "labelling/grant_label.hpp"

#include "auth/audit_helpers.hpp"
#include "core/calendar.hpp"
#include "core/crypto.hpp"
#include "labelling/label.hpp"
#include "labelling/label_store.hpp"

#include <stdexcept>
#include <string_view>

namespace essaim::labelling {

namespace {

// Crockford's base-32 alphabet: no I, L, O or U, so a code read aloud or typed from paper is not
// mistaken. 32 letters take exactly 5 bits of a random base64 character, so every letter is as likely.
constexpr std::string_view code_alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

int base64url_value(char c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    return c == '-' ? 62 : 63;
}

std::string random_code(std::string_view year)
{
    // 6 bytes give 8 base64 characters, each carrying 6 random bits.
    auto token = core::random_token(6);
    std::string code = "ESS-" + std::string(year) + "-";
    for (std::size_t i = 0; i < 6; ++i)
        code += code_alphabet[static_cast<std::size_t>(base64url_value(token[i]) & 31)];
    return code;
}

} // namespace

long long grant_label(db::Session& session, const Dossier& dossier, long long now)
{
    Label label;
    label.organisation_id = dossier.organisation_id;
    label.call_id = dossier.call_id;
    label.dossier_id = dossier.id;
    label.granted_on = core::iso_day(now);
    label.expires_on = core::add_years(label.granted_on, call_label_years(session, dossier.call_id));
    label.created_at = now;
    // The category comes from the call the dossier answered.
    label.category = call_category(session, dossier.call_id);
    if (label.category == LabelCategory::Territoire) {
        label.territory_kind = dossier.territory_kind;
        label.territory_code = dossier.territory_code;
    }
    // 32^6 ≈ 10^9 codes a year: a collision is rare, and the UNIQUE constraint backs this check.
    for (int attempt = 0; attempt < 20 && label.code.empty(); ++attempt) {
        auto candidate = random_code(std::string_view(label.granted_on).substr(0, 4));
        if (!label_code_exists(session, candidate))
            label.code = candidate;
    }
    if (label.code.empty())
        throw std::runtime_error("no free label code");
    auto id = insert_label(session, label);
    auto entry = auth::audit_entry(auth::RequestInfo{}, 0, "labelling.label_granted", "label", std::to_string(id));
    entry.after_json = auth::json_object({{"code", label.code}, {"category", std::string(category_code(label.category))},
        {"organisation_id", std::to_string(label.organisation_id)}, {"dossier_id", std::to_string(dossier.id)},
        {"granted_on", label.granted_on}, {"expires_on", label.expires_on}});
    auth::record(session, now, entry);
    return id;
}

} // namespace essaim::labelling
