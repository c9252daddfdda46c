#include "directory/hide_project.hpp"

#include "auth/audit_helpers.hpp"
#include "core/clock.hpp"
#include "core/config.hpp"
#include "db/session.hpp"
#include "directory/free_text.hpp"
#include "directory/organisation_store.hpp"
#include "directory/permissions.hpp"
#include "directory/project_store.hpp"
#include "mail/outbox.hpp"
#include "web/context.hpp"

#include <boost/json.hpp>

namespace essaim::directory {

namespace {

const char* signature = "\n-- \nL'équipe Essaim\nCe message a été envoyé automatiquement ; merci de ne pas y répondre.\n";

std::string project_url(const core::Config& config, long long id) { return config.public_url + "/projets/" + std::to_string(id); }

mail::Message hidden_mail(const core::Config& config, const std::string& email, const std::string& title, long long id,
    const std::string& reason)
{
    return mail::Message{email, "Votre projet n'est plus visible dans l'annuaire — Essaim",
        "Bonjour,\n\nL'équipe Essaim a retiré de l'annuaire le projet « " + title + " », pour la raison suivante :\n\n"
            + reason + "\n\nLes membres de votre organisation le voient toujours et peuvent le corriger :\n\n"
            + project_url(config, id) + "\n\nRépondez à la raison ci-dessus en le modifiant ; l'équipe pourra alors le republier.\n"
            + signature};
}

mail::Message republished_mail(const core::Config& config, const std::string& email, const std::string& title, long long id)
{
    return mail::Message{email, "Votre projet est de nouveau visible — Essaim",
        "Bonjour,\n\nL'équipe Essaim a republié le projet « " + title + " » : il est de nouveau visible de tous dans l'annuaire.\n\n"
            + project_url(config, id) + "\n" + signature};
}

//! {"status": [before, after], "hidden_reason": [before, after]} as project revisions store changes.
std::string moderation_changes(OrganisationStatus before, OrganisationStatus after, const std::string& old_reason,
    const std::string& new_reason)
{
    auto text = [](const std::string& value) -> boost::json::value {
        return value.empty() ? boost::json::value(nullptr) : boost::json::value(value);
    };
    boost::json::object changes;
    changes["status"] = boost::json::array{boost::json::value(std::string(status_code(before))),
        boost::json::value(std::string(status_code(after)))};
    if (old_reason != new_reason)
        changes["hidden_reason"] = boost::json::array{text(old_reason), text(new_reason)};
    return boost::json::serialize(changes);
}

} // namespace

core::Result<core::Done> hide_project(web::Services& services, db::Session& session, const auth::Identity& identity,
    long long project_id, std::string& reason, const auth::RequestInfo& request)
{
    if (!may_moderate(identity))
        return core::Error::forbidden("Seuls les administrateurs masquent les projets.");
    auto problem = free_text_problem(reason, max_hidden_reason_length, "La raison",
        "Expliquez pourquoi le projet est masqué : la raison est envoyée aux responsables de l’organisation.");
    auto now = services.clock.now();
    db::Transaction transaction(session);
    lock_project(session, project_id);
    auto project = find_project(session, project_id);
    if (!project)
        return core::Error::not_found("Ce projet n’existe pas.");
    if (project->status != OrganisationStatus::Publiee)
        return core::Error::conflict("Ce projet n’est pas publié : il ne peut pas être masqué.");
    if (problem)
        return core::Error::invalid({{"hidden_reason", *problem}});

    record_project_moderation(session, project_id, OrganisationStatus::Refusee, reason, now, identity.user_id);
    insert_project_revision(session, project_id, now, identity.user_id,
        moderation_changes(project->status, OrganisationStatus::Refusee, project->hidden_reason, reason));
    auto entry = auth::audit_entry(request, identity.user_id, "directory.project_hidden", "project", std::to_string(project_id));
    entry.before_json = auth::json_object({{"status", std::string(status_code(project->status))}});
    entry.after_json = auth::json_object({{"status", std::string(status_code(OrganisationStatus::Refusee))}, {"hidden_reason", reason}});
    auth::record(session, now, entry);
    for (const auto& email : owner_emails(session, project->organisation_id))
        mail::enqueue(session, services.clock, hidden_mail(services.config, email, project->profile.title, project_id, reason));
    transaction.commit();
    return core::Done{};
}

core::Result<core::Done> republish_project(web::Services& services, db::Session& session,
    const auth::Identity& identity, long long project_id, const auth::RequestInfo& request)
{
    if (!may_moderate(identity))
        return core::Error::forbidden("Seuls les administrateurs republient les projets.");
    auto now = services.clock.now();
    db::Transaction transaction(session);
    lock_project(session, project_id);
    auto project = find_project(session, project_id);
    if (!project)
        return core::Error::not_found("Ce projet n’existe pas.");
    if (project->status != OrganisationStatus::Refusee)
        return core::Error::conflict("Ce projet n’est pas masqué : il n’y a rien à republier.");

    record_project_moderation(session, project_id, OrganisationStatus::Publiee, "", now, identity.user_id);
    insert_project_revision(session, project_id, now, identity.user_id,
        moderation_changes(project->status, OrganisationStatus::Publiee, project->hidden_reason, ""));
    auto entry = auth::audit_entry(request, identity.user_id, "directory.project_republished", "project", std::to_string(project_id));
    entry.before_json = auth::json_object({{"status", std::string(status_code(project->status))}, {"hidden_reason", project->hidden_reason}});
    entry.after_json = auth::json_object({{"status", std::string(status_code(OrganisationStatus::Publiee))}});
    auth::record(session, now, entry);
    for (const auto& email : owner_emails(session, project->organisation_id))
        mail::enqueue(session, services.clock, republished_mail(services.config, email, project->profile.title, project_id));
    transaction.commit();
    return core::Done{};
}

} // namespace essaim::directory
