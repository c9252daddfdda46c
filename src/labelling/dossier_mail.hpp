#pragma once
// The e-mails the applicant receives when their dossier changes state.

#include "labelling/dossier.hpp"
#include "mail/outbox.hpp"

#include <string>

namespace essaim::core {
struct Config;
}

namespace essaim::labelling {

//! "/dossiers/{id}" as an absolute URL.
std::string dossier_url(const core::Config& config, long long dossier_id);

mail::Message transition_mail(const core::Config& config, const std::string& email, const std::string& call_title,
    long long dossier_id, DossierState to, const std::string& motivation, const std::string& details = {});

} // namespace essaim::labelling
