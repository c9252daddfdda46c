#pragma once
// Valid SIRENs and SIRETs for tests that need their own: the Luhn key the validators check.

#include <atomic>
#include <string>
#include <unistd.h>

namespace essaim::test {

inline bool passes_luhn(const std::string& digits)
{
    int sum = 0;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        int digit = digits[digits.size() - 1 - i] - '0';
        if (i % 2 == 1)
            digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
        sum += digit;
    }
    return sum % 10 == 0;
}

//! `prefix` followed by the one digit that makes it pass the Luhn check, as SIREN and SIRET do.
inline std::string with_luhn_key(const std::string& prefix)
{
    for (char key = '0'; key <= '9'; ++key) {
        if (passes_luhn(prefix + key))
            return prefix + key;
    }
    return "";
}

//! A valid SIREN that no other call in this process returns (one counter for every test file).
inline std::string unique_siren()
{
    static std::atomic<int> counter{0};
    long long base = (static_cast<long long>(::getpid()) % 10'000) * 10'000 + 5'000 + ++counter;
    return with_luhn_key(std::to_string(10'000'000 + base % 90'000'000));
}

} // namespace essaim::test
