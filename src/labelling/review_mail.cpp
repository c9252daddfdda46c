#include "labelling/review_mail.hpp"

#include "core/calendar.hpp"
#include "core/config.hpp"
#include "labelling/dossier_mail.hpp"

namespace essaim::labelling {

namespace {

const char* signature = "\n-- \nL'équipe Essaim\nCe message a été envoyé automatiquement ; merci de ne pas y répondre.\n";

std::string dossier_phrase(long long dossier_id, const std::string& call_title)
{
    return "le dossier n° " + std::to_string(dossier_id) + " de l'appel « " + call_title + " »";
}

} // namespace

std::string review_url(const core::Config& config, long long review_id)
{
    return config.public_url + "/avis/" + std::to_string(review_id);
}

mail::Message assignment_mail(const core::Config& config, const std::string& email, const std::string& call_title,
    long long dossier_id)
{
    std::string text = "Bonjour,\n\nVous instruisez désormais " + dossier_phrase(dossier_id, call_title) + ".\n\n"
        + dossier_url(config, dossier_id) + "\n" + signature;
    return mail::Message{email, "Dossier n° " + std::to_string(dossier_id) + " à instruire — Essaim", std::move(text)};
}

mail::Message review_request_mail(const core::Config& config, const std::string& email, const std::string& call_title,
    long long dossier_id, long long review_id, const std::string& due_on)
{
    std::string text = "Bonjour,\n\nL'équipe d'instruction vous demande votre avis sur " + dossier_phrase(dossier_id, call_title)
        + ", avant le " + core::short_french_date(due_on) + ".\n\nÉvaluez le dossier critère par critère sur cette page :\n"
        + review_url(config, review_id)
        + "\n\nSi vous avez un lien avec la structure candidate, déclarez un conflit d'intérêts sur la même page.\n" + signature;
    return mail::Message{email, "Avis demandé sur le dossier n° " + std::to_string(dossier_id) + " — Essaim", std::move(text)};
}

mail::Message review_reminder_mail(const core::Config& config, const std::string& email, const std::string& call_title,
    long long dossier_id, long long review_id, const std::string& due_on)
{
    std::string text = "Bonjour,\n\nVotre avis sur " + dossier_phrase(dossier_id, call_title) + " était attendu pour le "
        + core::short_french_date(due_on) + ". Merci de le donner dès que possible :\n" + review_url(config, review_id) + "\n" + signature;
    return mail::Message{email, "Rappel : avis attendu sur le dossier n° " + std::to_string(dossier_id) + " — Essaim",
        std::move(text)};
}

mail::Message review_conflict_mail(const core::Config& config, const std::string& email, const std::string& call_title,
    long long dossier_id, const std::string& expert_name, const std::string& reason)
{
    std::string text = "Bonjour,\n\n" + expert_name + " déclare un conflit d'intérêts sur " + dossier_phrase(dossier_id, call_title)
        + " et ne donnera pas d'avis.\n\nMotif :\n" + reason + "\n\nVous pouvez solliciter un autre expert :\n"
        + dossier_url(config, dossier_id) + "/avis\n" + signature;
    return mail::Message{email, "Conflit d'intérêts sur le dossier n° " + std::to_string(dossier_id) + " — Essaim",
        std::move(text)};
}

} // namespace essaim::labelling
