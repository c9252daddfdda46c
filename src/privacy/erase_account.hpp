#pragma once
// Deleting an account (RGPD article 17): what is the member's alone is deleted, what belongs to
// others (an organisation, a dossier under instruction, an opinion, the audit log) is kept with
// the member's e-mail and name replaced by a pseudonym, "compte supprimé n°<id>".

#include "auth/identity.hpp"
#include "auth/request_info.hpp"
#include "core/result.hpp"

#include <string>

namespace essaim::db {
class Session;
}
namespace essaim::web {
struct Services;
}

namespace essaim::privacy {

//! Why an account is erased (stored in account_erasures.reason).
enum class ErasureReason { Request, Unconfirmed };

struct ErasureOutcome {
    long long drafts_deleted = 0;
    long long files_removed = 0;
    long long mails_deleted = 0;
    long long mail_files_removed = 0;
    long long texts_rewritten = 0;
};

//! "compte supprimé n°42": what remains of the account in others' records.
std::string pseudonym_of(long long user_id);

//! Erases `user_id`: anonymises the account row (Request) or deletes it (Unconfirmed, nothing of
//! others refers to it), then removes the files no row names any more and the delivered e-mails.
ErasureOutcome erase_account(web::Services& services, db::Session& session, long long user_id, ErasureReason reason,
    const auth::RequestInfo& request);

//! The member's own request: checks the password (field "password") and the explicit
//! confirmation (field "confirmation" = "oui") before erase_account.
core::Result<ErasureOutcome> delete_own_account(web::Services& services, db::Session& session,
    const auth::Identity& identity, const std::string& password, const std::string& confirmation,
    const auth::RequestInfo& request);

} // namespace essaim::privacy
