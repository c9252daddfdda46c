// Fuzzes the identifier validators of core/identifiers (SIREN, SIRET, RNA, INSEE commune code, NAF
// code), which read what members type into forms and what the register imports read from files.
// Invariants: canonical forms have the documented shape and are fixed points; spaces never change
// the answer; the Luhn check agrees with an independent reference; a valid SIRET starts with a
// valid SIREN; La Poste's SIRETs follow the sum-of-digits rule.
// fuzz-sources: src/core/identifiers.cpp

#include "core/identifiers.hpp"
#include "fuzz_check.hpp"

#include <optional>
#include <string>

using essaim::fuzz::as_text;
namespace core = essaim::core;

namespace {

bool digits_only(std::string_view text)
{
    for (char c : text) {
        if (c < '0' || c > '9')
            return false;
    }
    return !text.empty();
}

//! Luhn computed from the left, weighting by the parity of the distance to the end, with a lookup
//! table for the doubled digits: a different route to the same sum.
bool reference_luhn(std::string_view digits)
{
    static constexpr int doubled[] = {0, 2, 4, 6, 8, 1, 3, 5, 7, 9};
    int sum = 0;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        int digit = digits[i] - '0';
        bool double_it = (digits.size() - 1 - i) % 2 == 1;
        sum += double_it ? doubled[digit] : digit;
    }
    return sum % 10 == 0;
}

using Validator = core::Result<std::string> (*)(std::string_view);

//! Returns the canonical form (or nullopt), after checking idempotence and indifference to spaces.
std::optional<std::string> check_common(Validator validate, std::string_view text)
{
    auto result = validate(text);
    // Spaces between the characters change nothing (inserted in the compact form, so that they do
    // not split a multi-byte space of the input).
    std::string spaced;
    for (char c : core::remove_spaces(text)) {
        spaced += c;
        spaced += ' ';
    }
    auto spaced_result = validate(spaced);
    FUZZ_REQUIRE(spaced_result.ok() == result.ok());
    if (!result.ok()) {
        FUZZ_REQUIRE(result.error().kind == core::ErrorKind::Invalid);
        FUZZ_REQUIRE(!result.error().message.empty());
        return std::nullopt;
    }
    FUZZ_REQUIRE(spaced_result.value() == result.value());
    auto again = validate(result.value());
    FUZZ_REQUIRE(again.ok() && again.value() == result.value());
    FUZZ_REQUIRE(core::remove_spaces(result.value()) == result.value());
    return result.value();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text = as_text(data, size);
    const std::string compact = core::remove_spaces(text);
    FUZZ_REQUIRE(core::remove_spaces(compact) == compact);
    FUZZ_REQUIRE(compact.size() <= text.size());

    if (digits_only(compact))
        FUZZ_REQUIRE(core::passes_luhn(compact) == reference_luhn(compact));
    else
        FUZZ_REQUIRE(!core::passes_luhn(compact));

    if (auto siren = check_common(core::validate_siren, text)) {
        FUZZ_REQUIRE(siren->size() == 9 && digits_only(*siren) && reference_luhn(*siren));
        FUZZ_REQUIRE(*siren == compact);
    } else if (compact.size() == 9 && digits_only(compact)) {
        FUZZ_REQUIRE(!reference_luhn(compact));
    }

    if (auto siret = check_common(core::validate_siret, text)) {
        FUZZ_REQUIRE(siret->size() == 14 && digits_only(*siret));
        auto siren = siret->substr(0, 9);
        FUZZ_REQUIRE(core::validate_siren(siren).ok());
        if (siren == core::la_poste_siren) {
            int sum = 0;
            for (char c : *siret)
                sum += c - '0';
            FUZZ_REQUIRE(sum % 5 == 0 || *siret == "35600000000048");
        } else {
            FUZZ_REQUIRE(reference_luhn(*siret));
        }
    } else if (compact.size() == 14 && digits_only(compact) && compact.substr(0, 9) != core::la_poste_siren) {
        FUZZ_REQUIRE(!(reference_luhn(compact) && reference_luhn(compact.substr(0, 9))));
    }

    if (auto rna = check_common(core::validate_rna, text)) {
        FUZZ_REQUIRE(rna->size() == 10 && rna->front() == 'W');
        for (char c : rna->substr(1))
            FUZZ_REQUIRE((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z'));
    }

    if (auto code = check_common(core::validate_commune_code, text)) {
        FUZZ_REQUIRE(code->size() == 5);
        bool corsica = code->compare(0, 2, "2A") == 0 || code->compare(0, 2, "2B") == 0;
        FUZZ_REQUIRE(corsica ? digits_only(code->substr(2)) : digits_only(*code));
        FUZZ_REQUIRE(code->compare(0, 2, "20") != 0 && code->compare(0, 2, "00") != 0);
    }

    if (auto naf = check_common(core::validate_naf_code, text)) {
        FUZZ_REQUIRE(naf->size() == 6 && (*naf)[2] == '.');
        FUZZ_REQUIRE(digits_only(naf->substr(0, 2)) && digits_only(naf->substr(3, 2)));
        FUZZ_REQUIRE((*naf)[5] >= 'A' && (*naf)[5] <= 'Z');
    }
    return 0;
}
