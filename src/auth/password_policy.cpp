#include "auth/password_policy.hpp"

#include "auth/email_address.hpp"
#include "core/config.hpp"
#include "core/text.hpp"
#include "http/form.hpp"

#include <boost/json.hpp>
#include <fstream>
#include <map>
#include <mutex>
#include <sstream>
#include <stdexcept>

namespace essaim::auth {

namespace {

std::string read_text(const std::filesystem::path& path)
{
    std::ifstream input(path, std::ios::binary);
    if (!input)
        throw std::runtime_error("password dictionary not found: " + path.string() + " — run `make setup` (npm ci in web/)");
    std::stringstream text;
    text << input.rdbuf();
    return text.str();
}

} // namespace

CommonPasswords::CommonPasswords(const std::vector<std::string>& words)
{
    for (const auto& word : words)
        m_words.insert(lower_case(word));
}

CommonPasswords CommonPasswords::load(const std::filesystem::path& node_modules)
{
    CommonPasswords list;
    for (const char* file : {"@zxcvbn-ts/language-common/src/passwords.json", "@zxcvbn-ts/language-fr/src/commonWords.json"}) {
        auto path = node_modules / file;
        list.add_all(read_text(path), path);
    }
    return list;
}

void CommonPasswords::add_all(const std::string& json_array_text, const std::filesystem::path& origin)
{
    boost::system::error_code error;
    auto value = boost::json::parse(json_array_text, error);
    if (error || !value.is_array())
        throw std::runtime_error("password dictionary is not a JSON array: " + origin.string());
    for (const auto& item : value.as_array()) {
        if (item.is_string())
            m_words.insert(lower_case(std::string_view(item.as_string())));
    }
}

bool CommonPasswords::contains(std::string_view password) const { return m_words.count(lower_case(password)) != 0; }

const CommonPasswords& common_passwords(const core::Config& config)
{
    // Keyed by folder so that a test process holding several configurations stays correct.
    static std::mutex mutex;
    static std::map<std::filesystem::path, CommonPasswords> loaded;
    std::lock_guard lock(mutex);
    auto found = loaded.find(config.node_modules);
    if (found == loaded.end())
        found = loaded.emplace(config.node_modules, CommonPasswords::load(config.node_modules)).first;
    return found->second;
}

std::size_t code_point_count(std::string_view text)
{
    std::size_t count = 0;
    for (unsigned char c : text) {
        if ((c & 0xC0) != 0x80)
            ++count;
    }
    return count;
}

std::string lower_case(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        auto c = static_cast<unsigned char>(text[i]);
        if (c >= 'A' && c <= 'Z') {
            out += static_cast<char>(c - 'A' + 'a');
        } else if ((c == 0xC3 || c == 0xC5) && i + 1 < text.size()) {
            auto next = static_cast<unsigned char>(text[i + 1]);
            char32_t code_point = (static_cast<char32_t>(c & 0x1F) << 6) | (next & 0x3F);
            // Latin-1 capitals À (U+00C0) … Þ (U+00DE) except × (U+00D7); and Œ (U+0152).
            if ((code_point >= 0xC0 && code_point <= 0xDE && code_point != 0xD7) || code_point == 0x152)
                code_point += code_point == 0x152 ? 1 : 0x20;
            core::append_utf8(out, code_point);
            ++i;
        } else {
            out += static_cast<char>(c);
        }
    }
    return out;
}

std::optional<std::string> password_problem(std::string_view password, std::string_view email, const CommonPasswords& common)
{
    if (password.empty())
        return "Saisissez un mot de passe.";
    if (!http::is_clean_utf8(password))
        return "Le mot de passe contient des caractères qui ne peuvent pas être utilisés (caractères de contrôle).";
    auto length = code_point_count(password);
    if (length < minimum_password_length)
        return "Le mot de passe doit contenir au moins 12 caractères (il en contient " + std::to_string(length)
            + "). Une phrase de plusieurs mots est facile à retenir.";
    if (length > maximum_password_length)
        return "Le mot de passe ne doit pas dépasser 128 caractères.";
    if (common.contains(password))
        return "Ce mot de passe fait partie des mots de passe ou des mots les plus courants, que les attaquants essaient "
               "en premier. Choisissez-en un autre.";
    if (!email.empty()) {
        auto lowered = lower_case(password);
        auto local = email_local_part(email);
        // A local part of one or two letters would forbid half the alphabet; only longer ones count.
        if (lowered == email || (local.size() >= 3 && lowered.find(local) != std::string::npos))
            return "Le mot de passe ne doit pas contenir votre adresse électronique.";
    }
    return std::nullopt;
}

} // namespace essaim::auth
