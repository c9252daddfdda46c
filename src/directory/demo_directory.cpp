#include "directory/demo_directory.hpp"

#include "auth/user_store.hpp"
#include "core/log.hpp"
#include "db/session.hpp"
#include "directory/create_organisation.hpp"
#include "directory/naf_catalogue.hpp"
#include "directory/organisation_store.hpp"
#include "directory/project_actions.hpp"
#include "directory/project_form.hpp"
#include "directory/project_store.hpp"
#include "directory/publish_organisation.hpp"
#include "http/form.hpp"
#include "web/context.hpp"

#include <stdexcept>

namespace essaim::directory {

namespace {

using Fields = std::vector<std::pair<std::string, std::string>>;

struct DemoProject {
    Fields fields;
};

struct DemoOrganisation {
    Fields fields;
    std::vector<DemoProject> projects;
};

http::Form form_of(const Fields& fields)
{
    http::Form form;
    for (const auto& [name, value] : fields)
        form.add(name, value);
    return form;
}

std::string describe(const core::Error& error)
{
    std::string text = error.message;
    for (const auto& [field, message] : error.field_errors)
        text += " [" + field + ": " + message + "]";
    return text;
}

// Fictional organisations, placed in real communes.
std::vector<DemoOrganisation> demo_organisations()
{
    return {
        {{{"name", "Les Ruches Solidaires du Forez"}, {"acronym", "RSF"}, {"ess_family", "association"},
             {"actor_types", "porteur_de_projet"}, {"actor_types", "ruche"}, {"commune_code", "42218"},
             {"postal_code", "42000"}, {"creation_date", "2016-03-14"}, {"website", "https://ruches-forez.example.org"},
             {"description", "Une ruche qui accompagne les habitants de Saint-Étienne dans la création d’activités utiles au quartier."}},
            {{{{"title", "Cantines de quartier"}, {"summary", "Des cantines ouvertes à tous, à prix libre, tenues par des personnes en insertion."},
                {"social_need", "Isolement et précarité alimentaire des familles des quartiers prioritaires."},
                {"beneficiaries", "Familles, personnes âgées isolées, salariés en insertion"}, {"thematics", "alimentation_agriculture"},
                {"thematics", "emploi_insertion"}, {"sdgs", "2"}, {"sdgs", "8"}, {"stage", "consolidation"},
                {"growth_mode", "essaimage"}, {"territories", "42218"}, {"beneficiaries_per_year", "5200"},
                {"jobs_fte", "12,5"}, {"annual_budget_euros", "640000"}, {"funding_sought_euros", "150000"},
                {"needs_support", "1"}, {"needs_partners", "1"}}}}},
        {{{"name", "Coopérative Mobilité Bretagne Rurale"}, {"ess_family", "cooperative"},
             {"actor_types", "porteur_de_projet"}, {"commune_code", "35238"}, {"postal_code", "35000"},
             {"creation_date", "2019-09-02"}, {"description", "Une société coopérative qui organise le covoiturage solidaire dans les communes rurales d’Ille-et-Vilaine."}},
            {{{{"title", "Transport solidaire à la demande"}, {"summary", "Des conducteurs bénévoles et un standard téléphonique pour les trajets du quotidien."},
                {"social_need", "L’absence de transport public dans les petites communes."}, {"beneficiaries", "Personnes sans voiture, personnes âgées"},
                {"thematics", "mobilite"}, {"thematics", "vieillissement"}, {"sdgs", "11"}, {"sdgs", "10"},
                {"stage", "experimentation"}, {"growth_mode", "croissance_organique"}, {"territories", "35, R53"},
                {"beneficiaries_per_year", "900"}, {"jobs_fte", "3"}, {"annual_budget_euros", "180000"},
                {"needs_experimentation", "1"}, {"needs_details", "Une dérogation pour indemniser les conducteurs bénévoles."}}}}},
        {{{"name", "Atelier Numérique Pour Tous"}, {"ess_family", "association"}, {"actor_types", "porteur_de_projet"},
             {"actor_types", "reseau"}, {"commune_code", "59350"}, {"postal_code", "59000"}, {"creation_date", "2014-01-20"},
             {"description", "Des ateliers d’inclusion numérique dans les médiathèques et les centres sociaux de la métropole lilloise."}},
            {{{{"title", "Médiateurs numériques de proximité"}, {"summary", "Des permanences pour faire ses démarches en ligne, accompagné."},
                {"social_need", "Les démarches administratives dématérialisées excluent ceux qui n’ont pas d’ordinateur."},
                {"beneficiaries", "Habitants éloignés du numérique"}, {"thematics", "inclusion_numerique"}, {"sdgs", "4"},
                {"sdgs", "10"}, {"stage", "changement_echelle"}, {"growth_mode", "croissance_organique"}, {"territories", "59"},
                {"beneficiaries_per_year", "7400"}, {"jobs_fte", "9"}, {"annual_budget_euros", "420000"}}}}},
    };
}

} // namespace

void seed_demo_directory(web::Services& services, db::Session& session)
{
    if (count_organisations(session) > 0)
        return;
    auto member = auth::find_user_by_email(session, "membre@demo.essaim.fr");
    auto admin = auth::find_user_by_email(session, "admin@demo.essaim.fr");
    if (!member || !admin)
        return;
    auth::Identity member_identity;
    member_identity.user_id = member->id;
    member_identity.email = member->email;
    member_identity.roles = {auth::Role::Membre};
    auth::Identity admin_identity;
    admin_identity.user_id = admin->id;
    admin_identity.email = admin->email;
    admin_identity.roles = {auth::Role::Membre, auth::Role::Administrateur};
    const auth::RequestInfo request{"", "essaim seed-demo", "seed-demo"};

    NafCatalogue naf;
    long long first_project = 0;
    int organisations = 0;
    int projects = 0;
    for (const auto& demo : demo_organisations()) {
        auto input = input_from_form(form_of(demo.fields));
        auto created = create_organisation(services, session, naf, member_identity, input, request);
        if (!created)
            throw std::runtime_error("demo organisation refused: " + describe(created.error()));
        auto published = publish_organisation(services, session, admin_identity, created.value(), request);
        if (!published)
            throw std::runtime_error("demo organisation not published: " + describe(published.error()));
        ++organisations;
        for (const auto& demo_project : demo.projects) {
            auto project = project_input_from_form(form_of(demo_project.fields));
            auto made = create_project(services.clock, session, member_identity, created.value(), project, request);
            if (!made)
                throw std::runtime_error("demo project refused: " + describe(made.error()));
            if (!first_project)
                first_project = made.value();
            ++projects;
        }
    }
    // An essaimage: the Forez association replicates its canteens in Lyon.
    Fields replication{{"title", "Cantines de quartier — Lyon 8e"},
        {"summary", "La réplication lyonnaise des cantines de quartier, avec les habitants du 8e arrondissement."},
        {"social_need", "Isolement et précarité alimentaire."}, {"beneficiaries", "Familles du quartier"},
        {"thematics", "alimentation_agriculture"}, {"sdgs", "2"}, {"stage", "experimentation"}, {"growth_mode", "essaimage"},
        {"territories", "69123"}, {"beneficiaries_per_year", "1300"}, {"replicates", std::to_string(first_project)},
        {"replication_started_on", "2025-09-01"}};
    auto project = project_input_from_form(form_of(replication));
    auto original = find_project(session, first_project);
    auto made = create_project(services.clock, session, member_identity, original->organisation_id, project, request);
    if (!made)
        throw std::runtime_error("demo replication refused: " + describe(made.error()));
    core::log::info("demo directory created",
        {core::log::field("organisations", organisations), core::log::field("projects", projects + 1)});
}

} // namespace essaim::directory
