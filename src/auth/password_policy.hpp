#pragma once
// What a password must be: 12 to 128 characters (Unicode code points), no composition rules,
// not one of the commonly used passwords or words, and not the account's e-mail address.

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace essaim::core {
struct Config;
}

namespace essaim::auth {

inline constexpr std::size_t minimum_password_length = 12;
inline constexpr std::size_t maximum_password_length = 128;

//! A lower-cased set of passwords and words that attackers try first.
class CommonPasswords {
public:
    CommonPasswords() = default;
    explicit CommonPasswords(const std::vector<std::string>& words);
    //! Reads the zxcvbn-ts dictionaries (common passwords, French common words) installed by npm
    //! under `node_modules`; throws std::runtime_error naming the missing file.
    static CommonPasswords load(const std::filesystem::path& node_modules);

    bool contains(std::string_view password) const;
    std::size_t size() const { return m_words.size(); }

private:
    void add_all(const std::string& json_array_text, const std::filesystem::path& origin);
    std::unordered_set<std::string> m_words;
};

//! The process-wide list, read from `config.node_modules` the first time it is needed (the
//! auth module's start-up job asks for it at once, so no request pays for it).
const CommonPasswords& common_passwords(const core::Config& config);

//! Number of Unicode code points in valid UTF-8 text.
std::size_t code_point_count(std::string_view text);

//! Lower-cases ASCII and the Latin letters French uses (À…Þ, Œ), leaving other bytes alone.
std::string lower_case(std::string_view text);

//! The message to show next to the field, or nothing when `password` is acceptable for the
//! account `email` (already normalised; may be empty when unknown).
std::optional<std::string> password_problem(std::string_view password, std::string_view email, const CommonPasswords& common);

} // namespace essaim::auth
