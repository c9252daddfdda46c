#pragma once
// Finds the pairs of organisations that may be one actor recorded twice (rule in
// duplicate_rule.hpp), leaving out merged organisations and the pairs administrators dismissed.

#include <string>
#include <vector>

namespace essaim::db {
class Session;
}

namespace essaim::directory {

struct DuplicatePair {
    long long first_id = 0;   //!< the smaller id
    long long second_id = 0;
    std::string reason;       //!< in French, for the administrators' page
};

//! At most `limit` pairs, by commune then ids. Names are compared pairwise within a commune; a
//! commune with more than `fuzzy_group_limit` organisations is only checked for equal keys, so
//! that one large city does not make the page quadratic.
std::vector<DuplicatePair> find_duplicate_pairs(db::Session& session, std::size_t limit,
    std::size_t fuzzy_group_limit = 3000);

} // namespace essaim::directory
