#include "directory/duplicate_detection.hpp"

#include "directory/duplicate_rule.hpp"
#include "directory/duplicate_store.hpp"

#include <algorithm>
#include <map>

namespace essaim::directory {

namespace {

struct Keyed {
    long long id = 0;
    std::string key;
};

std::string reason_of(NameLikeness likeness)
{
    return likeness == NameLikeness::Same ? "Même nom (hors forme juridique) dans la même commune"
                                          : "Noms très proches dans la même commune";
}

} // namespace

std::vector<DuplicatePair> find_duplicate_pairs(db::Session& session, std::size_t limit, std::size_t fuzzy_group_limit)
{
    auto subjects = load_duplicate_subjects(session);
    auto dismissed = dismissed_pairs(session);
    std::vector<DuplicatePair> pairs;
    auto add = [&](long long a, long long b, NameLikeness likeness) {
        auto pair = std::make_pair(std::min(a, b), std::max(a, b));
        if (dismissed.count(pair) == 0)
            pairs.push_back(DuplicatePair{pair.first, pair.second, reason_of(likeness)});
    };

    std::size_t start = 0;
    while (start < subjects.size() && pairs.size() < limit) {
        auto end = start;
        while (end < subjects.size() && subjects[end].commune_code == subjects[start].commune_code)
            ++end;
        std::vector<Keyed> group;
        for (auto i = start; i < end; ++i) {
            auto key = duplicate_key(subjects[i].name);
            if (!key.empty())
                group.push_back(Keyed{subjects[i].id, std::move(key)});
        }
        if (group.size() <= fuzzy_group_limit) {
            for (std::size_t i = 0; i < group.size(); ++i) {
                for (std::size_t j = i + 1; j < group.size(); ++j) {
                    auto likeness = compare_keys(group[i].key, group[j].key);
                    if (likeness != NameLikeness::Different)
                        add(group[i].id, group[j].id, likeness);
                }
            }
        } else {
            std::map<std::string, std::vector<long long>> by_key;
            for (const auto& keyed : group)
                by_key[keyed.key].push_back(keyed.id);
            for (const auto& [key, ids] : by_key) {
                for (std::size_t i = 0; i < ids.size(); ++i) {
                    for (std::size_t j = i + 1; j < ids.size(); ++j)
                        add(ids[i], ids[j], NameLikeness::Same);
                }
            }
        }
        start = end;
    }
    if (pairs.size() > limit)
        pairs.resize(limit);
    return pairs;
}

} // namespace essaim::directory
