#include "directory/duplicate_rule.hpp"

#include "core/text.hpp"

#include <algorithm>
#include <array>
#include <vector>

namespace essaim::directory {

namespace {

// Legal forms and articles: two records of "Association Les Jardins" and "Les Jardins SAS" name
// the same actor far more often than not.
constexpr std::array<std::string_view, 22> ignored_words{"association", "asso", "sas", "sasu", "sarl", "eurl", "sa",
    "scic", "scop", "sci", "ste", "societe", "cooperative", "l", "la", "le", "les", "d", "de", "du", "des", "et"};

constexpr std::size_t fuzzy_minimum = 6;

std::size_t allowed_distance(std::size_t length) { return length >= 12 ? 2 : 1; }

} // namespace

std::string duplicate_key(std::string_view name)
{
    auto folded = core::fold_for_search(name);
    std::string key;
    std::size_t start = 0;
    while (start <= folded.size()) {
        auto end = folded.find(' ', start);
        if (end == std::string::npos)
            end = folded.size();
        std::string_view word(folded.data() + start, end - start);
        if (!word.empty() && std::find(ignored_words.begin(), ignored_words.end(), word) == ignored_words.end())
            key += word;
        start = end + 1;
    }
    return key;
}

std::size_t bounded_edit_distance(std::string_view a, std::string_view b, std::size_t limit)
{
    auto gap = a.size() > b.size() ? a.size() - b.size() : b.size() - a.size();
    if (gap > limit)
        return limit + 1;
    std::vector<std::size_t> previous(b.size() + 1), current(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j)
        previous[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        current[0] = i;
        auto row_minimum = current[0];
        for (std::size_t j = 1; j <= b.size(); ++j) {
            auto substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
            row_minimum = std::min(row_minimum, current[j]);
        }
        // Every later row is at least this row's minimum.
        if (row_minimum > limit)
            return limit + 1;
        std::swap(previous, current);
    }
    return std::min(previous[b.size()], limit + 1);
}

NameLikeness compare_keys(std::string_view first, std::string_view second)
{
    if (first.empty() || second.empty())
        return NameLikeness::Different;
    if (first == second)
        return NameLikeness::Same;
    auto shorter = std::min(first.size(), second.size());
    if (shorter < fuzzy_minimum)
        return NameLikeness::Different;
    auto limit = allowed_distance(shorter);
    return bounded_edit_distance(first, second, limit) <= limit ? NameLikeness::Similar : NameLikeness::Different;
}

} // namespace essaim::directory
