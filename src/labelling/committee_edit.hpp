#pragma once
// Administrators create committee sessions and change their title, date, call and members.

#include "auth/identity.hpp"
#include "auth/request_info.hpp"
#include "core/result.hpp"
#include "labelling/committee.hpp"

#include <string>
#include <vector>

namespace essaim::db {
class Session;
}
namespace essaim::web {
struct Services;
}

namespace essaim::labelling {

//! The session's form as posted; field names are the form's input names.
struct CommitteeInput {
    std::string title; //!< "titre"
    std::string meets_on; //!< "date_seance", YYYY-MM-DD
    std::string call_id; //!< "appel", "" for none
    std::string member_emails; //!< "membres", one address a line (commas and semicolons also separate)
};

inline constexpr std::size_t max_committee_title_length = 200;

//! The addresses of `text`, lower-case, without duplicates, in the order given.
std::vector<std::string> split_member_emails(const std::string& text);

//! Creates the session (prévu) with its members; answers its id. Invalid with the fields in error
//! (an unknown address names itself under "membres").
core::Result<long long> create_committee(web::Services& services, db::Session& session, const auth::Identity& identity,
    const CommitteeInput& input, const auth::RequestInfo& request_info);

//! Changes the session's details and members. NotFound for an unknown session.
core::Result<core::Done> edit_committee(web::Services& services, db::Session& session, const auth::Identity& identity,
    long long committee_id, const CommitteeInput& input, const auth::RequestInfo& request_info);

} // namespace essaim::labelling
