#include "directory/organisation_mail.hpp"

#include "core/config.hpp"

namespace essaim::directory {

namespace {

const char* signature = "\n-- \nL'équipe Essaim\nCe message a été envoyé automatiquement ; merci de ne pas y répondre.\n";

std::string page_url(const core::Config& config, long long id) { return config.public_url + "/organisations/" + std::to_string(id); }

} // namespace

mail::Message published_mail(const core::Config& config, const std::string& email, const std::string& organisation_name,
    long long organisation_id)
{
    return mail::Message{email, "Votre organisation est publiée — Essaim",
        "Bonjour,\n\nLa fiche de « " + organisation_name
            + " » a été validée par l'équipe Essaim : elle est désormais visible de tous dans l'annuaire.\n\n"
            + page_url(config, organisation_id) + "\n\nVous pouvez la tenir à jour à tout moment depuis cette page.\n"
            + signature};
}

mail::Message refused_mail(const core::Config& config, const std::string& email, const std::string& organisation_name,
    long long organisation_id, const std::string& reason)
{
    return mail::Message{email, "Votre fiche d'organisation n'a pas été publiée — Essaim",
        "Bonjour,\n\nL'équipe Essaim n'a pas publié la fiche de « " + organisation_name + " », pour la raison suivante :\n\n"
            + reason + "\n\nVous pouvez la corriger ; elle sera alors de nouveau examinée :\n\n"
            + page_url(config, organisation_id) + "/modifier\n" + signature};
}

mail::Message claim_accepted_mail(const core::Config& config, const std::string& email, const std::string& organisation_name,
    long long organisation_id)
{
    return mail::Message{email, "Vous êtes responsable de « " + organisation_name + " » — Essaim",
        "Bonjour,\n\nL'équipe Essaim a accepté votre demande : vous êtes désormais responsable de la fiche de « "
            + organisation_name + " ». Vous pouvez la compléter et la tenir à jour :\n\n" + page_url(config, organisation_id)
            + "\n" + signature};
}

mail::Message claim_refused_mail(const core::Config&, const std::string& email, const std::string& organisation_name,
    const std::string& reason)
{
    return mail::Message{email, "Votre demande de gestion d'une organisation — Essaim",
        "Bonjour,\n\nL'équipe Essaim n'a pas accepté votre demande de gestion de la fiche de « " + organisation_name
            + " », pour la raison suivante :\n\n" + reason
            + "\n\nSi vous pensez qu'il s'agit d'une erreur, faites une nouvelle demande depuis la fiche en précisant votre "
              "lien avec l'organisation.\n"
            + signature};
}

mail::Message identity_change_accepted_mail(const core::Config& config, const std::string& email,
    const std::string& organisation_name, long long organisation_id, const std::string& changes)
{
    return mail::Message{email, "Changement d'identité accepté : « " + organisation_name + " » — Essaim",
        "Bonjour,\n\nL'équipe Essaim a accepté le changement que vous avez demandé sur la fiche de « " + organisation_name
            + " » :\n\n" + changes + "\nLa fiche, ses labels et les données ouvertes portent désormais ces valeurs :\n\n"
            + page_url(config, organisation_id) + "\n" + signature};
}

mail::Message identity_change_refused_mail(const core::Config& config, const std::string& email,
    const std::string& organisation_name, long long organisation_id, const std::string& changes, const std::string& reason)
{
    return mail::Message{email, "Changement d'identité refusé : « " + organisation_name + " » — Essaim",
        "Bonjour,\n\nL'équipe Essaim n'a pas accepté le changement que vous avez demandé sur la fiche de « "
            + organisation_name + " » :\n\n" + changes + "\npour la raison suivante :\n\n" + reason
            + "\n\nLa fiche garde ses valeurs actuelles :\n\n" + page_url(config, organisation_id) + "\n" + signature};
}

} // namespace essaim::directory
