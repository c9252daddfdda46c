#pragma once
// The call's evaluation grid: criteria weighted 1 to 100, each scored 0 to 5 against six level
// descriptions. A criterion experts have already scored cannot be deleted (409).

#include "auth/identity.hpp"
#include "auth/request_info.hpp"
#include "core/clock.hpp"
#include "core/result.hpp"
#include "labelling/call_store.hpp"

#include <array>
#include <string>

namespace essaim::http {
class Form;
}
namespace essaim::db {
class Session;
}

namespace essaim::labelling {

//! Posted names: titre, description, poids, niveau_0 … niveau_5.
struct CriterionInput {
    std::string title;
    std::string description;
    std::string weight = "1";
    std::array<std::string, 6> levels;
};
CriterionInput criterion_input_from_form(const http::Form& form);
CriterionInput criterion_input_from_criterion(const Criterion& criterion);
//! Title, description, weight and levels checked (Invalid with an error per posted name).
core::Result<Criterion> parse_criterion_input(const CriterionInput& input, Criterion base = {});

core::Result<long long> add_criterion(db::Session& session, const core::Clock& clock, const auth::Identity& actor,
    long long call_id, const CriterionInput& input, const auth::RequestInfo& request);
core::Result<core::Done> edit_criterion(db::Session& session, const core::Clock& clock, const auth::Identity& actor,
    long long call_id, long long criterion_id, const CriterionInput& input, const auth::RequestInfo& request);
//! `up`: swaps with the previous criterion; otherwise with the next one.
core::Result<core::Done> move_criterion(db::Session& session, const core::Clock& clock, const auth::Identity& actor,
    long long call_id, long long criterion_id, bool up, const auth::RequestInfo& request);
//! Conflict when opinions already score it.
core::Result<core::Done> remove_criterion(db::Session& session, const core::Clock& clock, const auth::Identity& actor,
    long long call_id, long long criterion_id, const auth::RequestInfo& request);

} // namespace essaim::labelling
