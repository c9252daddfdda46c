#include "labelling/label_mail.hpp"

#include "core/calendar.hpp"
#include "core/config.hpp"

namespace essaim::labelling {

namespace {

const char* signature = "\n-- \nL'équipe Essaim\nCe message a été envoyé automatiquement ; merci de ne pas y répondre.\n";

std::string label_name(const Label& label)
{
    std::string name = "le label « " + std::string(category_label(label.category)) + " »";
    if (!label.territory_name.empty())
        name += " du territoire " + label.territory_name;
    return name + " (code " + label.code + ")";
}

} // namespace

std::string label_url(const core::Config& config, long long label_id)
{
    return config.public_url + "/labels/" + std::to_string(label_id);
}

std::string label_verification_url(const core::Config& config, const std::string& code)
{
    // Codes are ESS-YYYY- and Crockford letters: nothing in them needs escaping in a query.
    return config.public_url + "/labels/verifier?code=" + code;
}

std::string label_granted_details(const core::Config& config, const Label& label)
{
    return "La page publique de votre label, qui atteste de sa validité :\n" + label_url(config, label.id)
        + "\n\nSon code de vérification : " + label.code + "\nQuiconque peut le vérifier sur "
        + label_verification_url(config, label.code) + "\n\nVotre certificat, à imprimer ou à enregistrer en PDF :\n"
        + label_url(config, label.id) + "/certificat\n";
}

mail::Message label_withdrawal_mail(const core::Config& config, const std::string& email, const Label& label)
{
    std::string text = "Bonjour,\n\nL'équipe Essaim a retiré " + label_name(label) + " attribué à "
        + label.organisation_name + ".\n\nMotif :\n" + label.withdrawal_motivation
        + "\n\nLa page de vérification du label indique désormais ce retrait :\n" + label_url(config, label.id) + "\n"
        + signature;
    return mail::Message{email, "Retrait du label " + label.code + " — Essaim", std::move(text)};
}

mail::Message label_reminder_mail(const core::Config& config, const std::string& email, const Label& label, int days)
{
    std::string text = "Bonjour,\n\n" + label_name(label) + " attribué à " + label.organisation_name + " expire le "
        + core::french_date(label.expires_on) + ", dans " + std::to_string(days)
        + " jours au plus.\n\nPour le conserver, demandez son renouvellement depuis la page du label : un nouveau "
          "dossier sera créé, prérempli avec les réponses de votre dernier dossier.\n\n"
        + label_url(config, label.id) + "\n" + signature;
    return mail::Message{email, "Votre label expire le " + core::french_date(label.expires_on) + " — Essaim", std::move(text)};
}

} // namespace essaim::labelling
