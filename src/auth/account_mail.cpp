#include "auth/account_mail.hpp"

#include "core/config.hpp"

namespace essaim::auth {

namespace {

const char* signature = "\n-- \nL'équipe Essaim\nCe message a été envoyé automatiquement ; merci de ne pas y répondre.\n";

} // namespace

mail::Message confirmation_mail(const core::Config& config, const std::string& email, const std::string& token)
{
    return mail::Message{email, "Confirmez votre adresse électronique — Essaim",
        "Bonjour,\n\nVous avez créé un compte sur Essaim avec cette adresse. Pour l'activer, ouvrez ce lien dans les 48 "
        "heures :\n\n"
            + config.public_url + "/inscription/confirmer?jeton=" + token
            + "\n\nSi vous n'êtes pas à l'origine de cette inscription, ignorez ce message : le compte restera inactif.\n"
            + signature};
}

mail::Message already_registered_mail(const core::Config& config, const std::string& email)
{
    return mail::Message{email, "Tentative d'inscription avec votre adresse — Essaim",
        "Bonjour,\n\nQuelqu'un a essayé de créer un compte Essaim avec votre adresse, alors que vous en avez déjà un.\n\n"
        "Si c'était vous, connectez-vous : "
            + config.public_url + "/connexion\nMot de passe oublié ? " + config.public_url
            + "/mot-de-passe-oublie\n\nSinon, ignorez ce message : votre compte n'a pas été modifié.\n" + signature};
}

mail::Message reset_mail(const core::Config& config, const std::string& email, const std::string& token)
{
    return mail::Message{email, "Réinitialisation de votre mot de passe — Essaim",
        "Bonjour,\n\nPour choisir un nouveau mot de passe, ouvrez ce lien dans l'heure (il ne sert qu'une fois) :\n\n"
            + config.public_url + "/mot-de-passe/reinitialiser?jeton=" + token
            + "\n\nSi vous n'avez rien demandé, ignorez ce message : votre mot de passe reste inchangé.\n" + signature};
}

mail::Message password_changed_mail(const core::Config& config, const std::string& email)
{
    return mail::Message{email, "Votre mot de passe a été modifié — Essaim",
        "Bonjour,\n\nLe mot de passe de votre compte Essaim vient d'être modifié. Par sécurité, les sessions ouvertes avec l'ancien mot de passe ont été fermées.\n\n"
        "Si vous n'êtes pas à l'origine de ce changement, réinitialisez votre mot de passe sans attendre : "
            + config.public_url + "/mot-de-passe-oublie\n" + signature};
}

mail::Message lockout_mail(const core::Config& config, const std::string& email, const std::string& how_long)
{
    return mail::Message{email, "Connexion à votre compte bloquée — Essaim",
        "Bonjour,\n\nPlusieurs tentatives de connexion à votre compte Essaim ont échoué : le mot de passe saisi était "
        "incorrect. Par sécurité, la connexion à votre compte est bloquée pendant "
            + how_long
            + ".\n\nSi c'était vous, patientez, ou choisissez un nouveau mot de passe sans attendre : " + config.public_url
            + "/mot-de-passe-oublie\n\nSi ce n'était pas vous, quelqu'un essaie de deviner votre mot de passe. Il n'a pas "
              "été trouvé, mais choisissez-en un nouveau, long et que vous n'utilisez nulle part ailleurs.\n"
            + signature};
}

} // namespace essaim::auth
