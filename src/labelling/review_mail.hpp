#pragma once
// The e-mails of the instruction work: a dossier given to an instructeur, an opinion requested
// from an expert, its reminder, and a conflict of interest declared.

#include "mail/outbox.hpp"

#include <string>

namespace essaim::core {
struct Config;
}

namespace essaim::labelling {

//! "/avis/{id}" as an absolute URL.
std::string review_url(const core::Config& config, long long review_id);

mail::Message assignment_mail(const core::Config& config, const std::string& email, const std::string& call_title,
    long long dossier_id);
mail::Message review_request_mail(const core::Config& config, const std::string& email, const std::string& call_title,
    long long dossier_id, long long review_id, const std::string& due_on);
mail::Message review_reminder_mail(const core::Config& config, const std::string& email, const std::string& call_title,
    long long dossier_id, long long review_id, const std::string& due_on);
mail::Message review_conflict_mail(const core::Config& config, const std::string& email, const std::string& call_title,
    long long dossier_id, const std::string& expert_name, const std::string& reason);

} // namespace essaim::labelling
