#include "auth/vocabulary.hpp"

#include "auth/identity.hpp"

namespace essaim::auth {

void register_vocabulary(web::Registry& registry)
{
    using web::Term;
    auto& words = registry.vocabulary();
    const std::pair<const char*, const char*> actions[] = {
        {"auth.sign_up", "Inscription"},
        {"auth.sign_up_address_taken", "Inscription avec une adresse déjà utilisée"},
        {"auth.user_created", "Création du compte"},
        {"auth.email_confirmed", "Confirmation de l’adresse électronique"},
        {"auth.confirmation_resent", "Nouvel envoi du lien de confirmation"},
        {"auth.sign_in", "Connexion"},
        {"auth.sign_in_failed", "Échec de connexion"},
        {"auth.sign_in_unconfirmed", "Connexion refusée (adresse non confirmée)"},
        {"auth.sign_out", "Déconnexion"},
        {"auth.session_ended", "Session fermée"},
        {"auth.signed_out_everywhere", "Déconnexion de toutes les sessions"},
        {"auth.password_changed", "Changement du mot de passe"},
        {"auth.password_reset_requested", "Demande de réinitialisation du mot de passe"},
        {"auth.password_reset", "Réinitialisation du mot de passe"},
        {"auth.role_granted", "Rôle accordé"},
        {"auth.role_revoked", "Rôle retiré"},
        {"auth.housekeeping", "Nettoyage des sessions et des jetons expirés"},
    };
    for (const auto& [code, label] : actions)
        words.add(Term::AuditAction, code, label);
    words.add(Term::RecordType, "user", "Compte");
    const std::pair<const char*, const char*> fields[] = {
        {"email", "Adresse électronique"},
        {"display_name", "Nom affiché"},
        {"reason", "Motif"},
        {"roles", "Rôles"},
        {"role", "Rôle"},
        {"sessions_ended", "Sessions fermées"},
        {"other_sessions_ended", "Autres sessions fermées"},
        {"user_id", "Compte"},
    };
    for (const auto& [code, label] : fields)
        words.add(Term::Field, code, label);
    for (Role role : all_roles) {
        words.add(Term::Value, "roles:" + std::string(role_code(role)), std::string(role_label(role)));
        words.add(Term::Value, "role:" + std::string(role_code(role)), std::string(role_label(role)));
    }
    words.add(Term::Value, "reason:unknown_account", "Adresse inconnue");
    words.add(Term::Value, "reason:wrong_password", "Mot de passe erroné");
    words.add(Term::Value, "reason:wrong_current_password", "Mot de passe actuel erroné");
}

} // namespace essaim::auth
