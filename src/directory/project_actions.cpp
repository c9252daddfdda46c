#include "directory/project_actions.hpp"

#include "auth/audit_helpers.hpp"
#include "auth/permissions.hpp"
#include "db/session.hpp"
#include "directory/merged_organisation.hpp"
#include "directory/organisation_store.hpp"
#include "directory/project_store.hpp"
#include "http/form.hpp"

#include <algorithm>
#include <charconv>

namespace essaim::directory {

namespace {

//! Checks what validation cannot without the database: the territories exist, and the original
//! project exists and is not this project or one of its replications.
void check_references(db::Session& session, ProjectInput& input, long long organisation_id, long long project_id,
    core::FieldErrors& errors)
{
    auto& profile = input.profile;
    if (!errors.count("territories")) {
        for (const auto& ref : profile.territories) {
            if (!find_territory(session, ref)) {
                errors["territories"] = ref.kind == TerritoryKind::Commune
                    ? "Aucune commune n’a le code INSEE « " + ref.code + " »."
                    : ref.kind == TerritoryKind::Departement ? "Aucun département n’a le code « " + ref.code + " »."
                                                             : "Aucune région n’a le code « " + ref.code + " ».";
                break;
            }
        }
    }

    profile.replicates_project_id.reset();
    if (input.replicates.empty() || errors.count("replicates"))
        return;
    std::string text = input.replicates;
    if (text.front() == '#')
        text.erase(0, 1);
    long long id = 0;
    auto [end, failure] = std::from_chars(text.data(), text.data() + text.size(), id);
    std::optional<ProjectCard> original;
    if (failure == std::errc() && end == text.data() + text.size()) {
        original = find_project_card(session, id);
        if (!original) {
            errors["replicates"] = "Aucun projet ne porte le numéro " + text + ".";
            return;
        }
    } else {
        // The exact title first, then a part of it; only public projects (or the organisation's own) count.
        auto found = projects_titled(session, input.replicates, 6);
        if (found.empty())
            found = projects_title_containing(session, input.replicates, 6);
        std::erase_if(found, [&](const ProjectCard& card) { return !card.is_public && card.organisation_id != organisation_id; });
        if (found.empty()) {
            errors["replicates"] = "Aucun projet publié ne s’intitule « " + input.replicates + " » : vérifiez le titre ou indiquez le numéro du projet.";
            return;
        }
        if (found.size() > 1) {
            std::string choices;
            for (std::size_t i = 0; i < found.size() && i < 5; ++i)
                choices += (choices.empty() ? "" : " ; ") + std::to_string(found[i].id) + " : " + found[i].title + " (" + found[i].organisation_name + ")";
            errors["replicates"] = "Plusieurs projets correspondent : indiquez le numéro du bon projet (" + choices + ").";
            return;
        }
        original = found.front();
    }
    // A project the public cannot see yet may only be named by its own organisation's members.
    if (!original->is_public && original->organisation_id != organisation_id) {
        errors["replicates"] = "Aucun projet publié ne porte le numéro " + std::to_string(original->id) + ".";
        return;
    }
    if (project_id != 0) {
        for (const auto& member : load_family(session, project_id)) {
            if (member.id == original->id) {
                errors["replicates"] = "Un projet ne peut pas reprendre lui-même ni l’un de ses essaimages.";
                return;
            }
        }
    }
    profile.replicates_project_id = original->id;
    // The form shows the number from now on, which is unambiguous.
    input.replicates = std::to_string(original->id);
}

bool may_edit(db::Session& session, const auth::Identity& identity, long long organisation_id)
{
    if (!identity.signed_in())
        return false;
    return auth::may_edit_organisation(identity, auth::load_membership_role(session, identity.user_id, organisation_id));
}

bool parse_score(const std::string& text, int& score)
{
    if (text.size() != 1 || text[0] < '0' || text[0] > '3')
        return false;
    score = text[0] - '0';
    return true;
}

} // namespace

bool may_qualify_projects(const auth::Identity& identity)
{
    return identity.signed_in() && (identity.has(auth::Role::Instructeur) || identity.has(auth::Role::Administrateur));
}

core::Result<long long> create_project(const core::Clock& clock, db::Session& session, const auth::Identity& identity,
    long long organisation_id, ProjectInput& input, const auth::RequestInfo& request)
{
    auto organisation = find_organisation(session, organisation_id);
    if (!organisation)
        return core::Error::not_found("Cette organisation n’existe pas.");
    if (auto obstacle = merged_obstacle(session, organisation_id))
        return *obstacle;
    if (!may_edit(session, identity, organisation_id))
        return core::Error::forbidden("Seuls les responsables et contributeurs de l’organisation peuvent lui ajouter un projet.");
    auto errors = validate_project_input(input);
    db::Transaction transaction(session);
    check_references(session, input, organisation_id, 0, errors);
    if (!errors.empty())
        return core::Error::invalid(std::move(errors));

    auto now = clock.now();
    Project project;
    project.organisation_id = organisation_id;
    project.profile = input.profile;
    project.completeness = completeness_score(project.profile);
    project.status = OrganisationStatus::Publiee;
    project.created_at = now;
    project.updated_at = now;
    project.created_by = identity.user_id;
    auto id = insert_project(session, project);
    insert_project_revision(session, id, now, identity.user_id, project_changes_json(ProjectProfile{}, project.profile));
    auto entry = auth::audit_entry(request, identity.user_id, "directory.project_created", "project", std::to_string(id));
    entry.after_json = project_fields_json(project.profile);
    auth::record(session, now, entry);
    transaction.commit();
    return id;
}

core::Result<bool> edit_project(const core::Clock& clock, db::Session& session, const auth::Identity& identity,
    long long project_id, ProjectInput& input, const auth::RequestInfo& request)
{
    auto errors = validate_project_input(input);
    db::Transaction transaction(session);
    lock_project(session, project_id);
    auto project = find_project(session, project_id);
    if (!project)
        return core::Error::not_found("Ce projet n’existe pas.");
    if (!may_edit(session, identity, project->organisation_id))
        return core::Error::forbidden("Seuls les responsables et contributeurs de l’organisation peuvent modifier ce projet.");
    check_references(session, input, project->organisation_id, project_id, errors);
    if (!errors.empty())
        return core::Error::invalid(std::move(errors));
    if (input.profile == project->profile)
        return false;

    auto now = clock.now();
    auto before = project->profile;
    project->profile = input.profile;
    project->completeness = completeness_score(project->profile);
    project->updated_at = now;
    update_project(session, *project);
    insert_project_revision(session, project_id, now, identity.user_id, project_changes_json(before, project->profile));
    auto entry = auth::audit_entry(request, identity.user_id, "directory.project_edited", "project", std::to_string(project_id));
    entry.before_json = project_fields_json(before);
    entry.after_json = project_fields_json(project->profile);
    auth::record(session, now, entry);
    transaction.commit();
    return true;
}

core::Result<bool> qualify_project(const core::Clock& clock, db::Session& session, const auth::Identity& identity,
    long long project_id, const QualificationInput& input, const auth::RequestInfo& request)
{
    if (!may_qualify_projects(identity))
        return core::Error::forbidden("Seuls les instructeurs et les administrateurs qualifient les projets.");
    core::FieldErrors errors;
    QualificationRecord record;
    struct Criterion {
        const char* field;
        const std::string& text;
        int& score;
        const std::string& comment;
    };
    Criterion criteria[] = {
        {"social_need", input.social_need, record.grid.social_need, input.social_need_comment},
        {"innovation", input.innovation, record.grid.innovation, input.innovation_comment},
        {"impact_evidence", input.impact_evidence, record.grid.impact_evidence, input.impact_evidence_comment},
        {"scaling_potential", input.scaling_potential, record.grid.scaling_potential, input.scaling_potential_comment},
    };
    for (auto& criterion : criteria) {
        if (!parse_score(criterion.text, criterion.score))
            errors[criterion.field] = "Choisissez une note de 0 à 3.";
        std::string comment_field = std::string(criterion.field) + "_comment";
        if (!http::is_clean_utf8(criterion.comment))
            errors[comment_field] = "Ce texte contient des caractères non valides.";
        else if (std::count_if(criterion.comment.begin(), criterion.comment.end(),
                     [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; })
            > 2000)
            errors[comment_field] = "Ce commentaire est trop long : 2 000 caractères au plus.";
    }
    if (!errors.empty())
        return core::Error::invalid(std::move(errors));

    db::Transaction transaction(session);
    lock_project(session, project_id);
    if (!find_project_card(session, project_id))
        return core::Error::not_found("Ce projet n’existe pas.");
    auto now = clock.now();
    record.reviewer_user_id = identity.user_id;
    record.at = now;
    record.social_need_comment = input.social_need_comment;
    record.innovation_comment = input.innovation_comment;
    record.impact_evidence_comment = input.impact_evidence_comment;
    record.scaling_potential_comment = input.scaling_potential_comment;
    record.qualified = qualification_decision(record.grid);
    auto previous = latest_qualification(session, project_id);
    insert_qualification(session, project_id, record);
    auto entry = auth::audit_entry(request, identity.user_id, "directory.project_qualified", "project", std::to_string(project_id));
    auto state = [](const QualificationRecord& r) {
        return auth::json_object({{"social_need", std::to_string(r.grid.social_need)},
            {"innovation", std::to_string(r.grid.innovation)}, {"impact_evidence", std::to_string(r.grid.impact_evidence)},
            {"scaling_potential", std::to_string(r.grid.scaling_potential)},
            {"decision", r.qualified ? "qualifie" : "non_qualifie"}});
    };
    if (previous)
        entry.before_json = state(*previous);
    entry.after_json = state(record);
    auth::record(session, now, entry);
    transaction.commit();
    return record.qualified;
}

} // namespace essaim::directory
