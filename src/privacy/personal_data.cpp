#include "privacy/personal_data.hpp"

#include "db/session.hpp"

#include <boost/json.hpp>

#include <ctime>

namespace essaim::privacy {

namespace {

boost::json::value time_value(long long at)
{
    if (at == 0)
        return nullptr;
    return boost::json::value(iso_utc(at));
}

// Answers are stored as JSON: exported as JSON, or as the raw text when unreadable.
boost::json::value answers_value(const std::string& text)
{
    boost::system::error_code error;
    auto parsed = boost::json::parse(text, error);
    if (error)
        return boost::json::value(text);
    return parsed;
}

} // namespace

std::string iso_utc(long long at)
{
    std::time_t seconds = static_cast<std::time_t>(at);
    std::tm parts{};
    gmtime_r(&seconds, &parts);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &parts);
    return text;
}

PersonalData collect_personal_data(db::Session& session, long long user_id)
{
    PersonalData data;
    if (auto user = auth::find_user_by_id(session, user_id))
        data.account = *user;
    data.roles = auth::load_granted_roles(session, user_id);
    data.sessions = auth::list_user_sessions(session, user_id);
    data.memberships = auth::load_memberships(session, user_id);
    data.teams = member_teams(session, user_id);
    data.projects = member_projects(session, user_id);
    data.dossiers = member_dossiers(session, user_id);
    data.reviews = member_reviews(session, user_id);
    data.claims = member_claims(session, user_id);
    data.messages = member_messages(session, user_id);
    data.journal = member_journal(session, user_id, journal_export_limit);
    return data;
}

std::string personal_data_json(const PersonalData& data, long long generated_at)
{
    boost::json::object root;
    root["genere_le"] = iso_utc(generated_at);

    boost::json::array roles{"membre"};
    for (auto role : data.roles)
        roles.emplace_back(std::string(auth::role_code(role)));
    root["compte"] = boost::json::object{{"id", data.account.id}, {"adresse_electronique", data.account.email},
        {"nom_affiche", data.account.display_name}, {"cree_le", time_value(data.account.created_at)},
        {"confirme_le", time_value(data.account.confirmed_at)},
        {"mot_de_passe_change_le", time_value(data.account.password_changed_at)}, {"roles", roles}};

    boost::json::array sessions;
    for (const auto& row : data.sessions)
        sessions.push_back(boost::json::object{{"ouverte_le", time_value(row.created_at)},
            {"derniere_activite", time_value(row.last_seen_at)}, {"adresse_ip", row.remote_address},
            {"navigateur", row.user_agent}});
    root["sessions"] = std::move(sessions);

    boost::json::array organisations;
    for (const auto& row : data.memberships)
        organisations.push_back(boost::json::object{{"id", row.organisation_id}, {"nom", row.organisation_name},
            {"role", std::string(auth::membership_role_label(row.role))}});
    root["organisations"] = std::move(organisations);

    boost::json::array teams;
    for (const auto& row : data.teams)
        teams.push_back(boost::json::object{{"type", row.kind}, {"libelle", row.label}});
    root["equipes"] = std::move(teams);

    boost::json::array projects;
    for (const auto& row : data.projects)
        projects.push_back(boost::json::object{{"id", row.id}, {"titre", row.title}, {"organisation", row.organisation_name},
            {"statut", row.status}, {"cree_par_vous", row.created_by_member}});
    root["projets"] = std::move(projects);

    boost::json::array dossiers;
    for (const auto& row : data.dossiers) {
        boost::json::array attachments;
        for (const auto& piece : row.attachments)
            attachments.push_back(boost::json::object{{"id", piece.id}, {"nom", piece.file_name},
                {"type", piece.content_type}, {"taille_octets", piece.size_bytes}, {"sha256", piece.sha256},
                {"deposee_par_vous", piece.uploaded_by_member},
                {"telechargement", "/dossiers/" + std::to_string(row.id) + "/pieces/" + std::to_string(piece.id)}});
        dossiers.push_back(boost::json::object{{"id", row.id}, {"appel", row.call_title}, {"organisation", row.organisation_name},
            {"etat", row.state}, {"cree_le", time_value(row.created_at)}, {"modifie_le", time_value(row.updated_at)},
            {"depose_le", time_value(row.deposited_at)}, {"cree_par_vous", row.created_by_member},
            {"reponses", answers_value(row.answers_json)}, {"pieces", std::move(attachments)}});
    }
    root["dossiers"] = std::move(dossiers);

    boost::json::array reviews;
    for (const auto& row : data.reviews) {
        boost::json::array scores;
        for (const auto& score : row.scores)
            scores.push_back(boost::json::object{{"critere", score.criterion}, {"note", score.score}, {"commentaire", score.comment}});
        reviews.push_back(boost::json::object{{"id", row.id}, {"dossier", row.dossier_id}, {"etat", row.state},
            {"echeance", row.due_on}, {"avis", row.recommendation}, {"commentaire", row.comment},
            {"conflit_d_interets", row.conflict_reason}, {"rendu_le", time_value(row.submitted_at)}, {"notes", std::move(scores)}});
    }
    root["avis_d_expert"] = std::move(reviews);

    boost::json::array claims;
    for (const auto& row : data.claims)
        claims.push_back(boost::json::object{{"id", row.id}, {"organisation", row.organisation_name}, {"statut", row.status},
            {"message", row.message}, {"demandee_le", time_value(row.created_at)}});
    root["demandes_de_rattachement"] = std::move(claims);

    boost::json::array messages;
    for (const auto& row : data.messages)
        messages.push_back(boost::json::object{{"id", row.id}, {"dossier", row.dossier_id}, {"visibilite", row.visibility},
            {"texte", row.body}, {"ecrit_le", time_value(row.created_at)}});
    root["messages"] = std::move(messages);

    boost::json::array journal;
    for (const auto& row : data.journal)
        journal.push_back(boost::json::object{{"id", row.id}, {"le", time_value(row.at)}, {"action", row.action},
            {"adresse_ip", row.remote_address}, {"details", row.details}});
    root["journal_de_securite"] = std::move(journal);

    return boost::json::serialize(root);
}

} // namespace essaim::privacy
