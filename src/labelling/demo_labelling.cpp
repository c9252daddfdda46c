#include "labelling/demo_labelling.hpp"

#include "auth/identity.hpp"
#include "auth/request_info.hpp"
#include "auth/user_store.hpp"
#include "core/calendar.hpp"
#include "core/log.hpp"
#include "core/result.hpp"
#include "db/session.hpp"
#include "http/form.hpp"
#include "labelling/call_form.hpp"
#include "labelling/call_store.hpp"
#include "labelling/committee_agenda.hpp"
#include "labelling/committee_decision.hpp"
#include "labelling/committee_edit.hpp"
#include "labelling/create_call.hpp"
#include "labelling/criteria.hpp"
#include "labelling/dossier_store.hpp"
#include "labelling/edit_call.hpp"
#include "labelling/form_answers.hpp"
#include "labelling/form_builder.hpp"
#include "labelling/publish_call.hpp"
#include "labelling/request_reviews.hpp"
#include "labelling/review.hpp"
#include "labelling/review_store.hpp"
#include "labelling/save_dossier.hpp"
#include "labelling/start_dossier.hpp"
#include "labelling/submit_review.hpp"
#include "labelling/transition_dossier.hpp"
#include "web/context.hpp"

#include <stdexcept>
#include <string>
#include <vector>

namespace essaim::labelling {

namespace {

const auth::RequestInfo seed_request{"", "essaim seed-demo", "seed-demo"};

std::string describe(const core::Error& error)
{
    std::string text = error.message;
    for (const auto& [field, message] : error.field_errors)
        text += " [" + field + ": " + message + "]";
    return text;
}

// A refusal means the demo no longer matches the use cases: say which step, and stop.
template <typename T>
T checked(core::Result<T> result, const std::string& step)
{
    if (!result)
        throw std::runtime_error("demo labelling, " + step + ": " + describe(result.error()));
    return std::move(result.value());
}

std::optional<auth::Identity> demo_identity(db::Session& session, const std::string& email, std::set<auth::Role> roles)
{
    auto user = auth::find_user_by_email(session, email);
    if (!user)
        return std::nullopt;
    auth::Identity identity;
    identity.user_id = user->id;
    identity.email = user->email;
    identity.display_name = user->display_name;
    identity.roles = std::move(roles);
    return identity;
}

struct Actors {
    auth::Identity admin;
    auth::Identity member;
    auth::Identity instructor;
    auth::Identity expert;
};

FieldInput field(std::string key, std::string kind, std::string label, std::string help, bool required,
    std::string choices = "")
{
    FieldInput input;
    input.key = std::move(key);
    input.kind = std::move(kind);
    input.label = std::move(label);
    input.help = std::move(help);
    input.required = required;
    input.choices = std::move(choices);
    return input;
}

CriterionInput criterion(std::string title, std::string description, std::string weight, std::array<std::string, 6> levels)
{
    CriterionInput input;
    input.title = std::move(title);
    input.description = std::move(description);
    input.weight = std::move(weight);
    input.levels = std::move(levels);
    return input;
}

long long create_demo_call(web::Services& services, db::Session& session, const auth::Identity& admin,
    const std::string& title, const std::string& category, const std::string& description)
{
    CallInput input;
    input.title = title;
    input.category = category;
    input.description = description;
    input.duration = "permanent";
    input.label_years = "3";
    return checked(create_call(session, services.clock, admin, input, seed_request), "call " + title);
}

// The main call: a form of two sections with most kinds of questions, a grid of three criteria.
long long seed_structures_call(web::Services& services, db::Session& session, const Actors& actors)
{
    const auto& clock = services.clock;
    const auto& admin = actors.admin;
    auto call_id = create_demo_call(services, session, admin, "Label Essaim des structures d’accompagnement", "incubateur",
        "Le label reconnaît les incubateurs, accélérateurs et ruches qui accompagnent les projets de l’économie sociale "
        "et solidaire avec méthode, dans la durée, et en lien avec leur territoire. L’appel est ouvert toute l’année.");

    checked(add_section(session, clock, admin, call_id, "Votre structure", seed_request), "section 1");
    checked(add_section(session, clock, admin, call_id, "Votre accompagnement", seed_request), "section 2");
    const std::vector<std::pair<std::size_t, FieldInput>> fields = {
        {0, field("presentation", "long_text", "Présentez votre structure",
                "Son histoire, sa mission et les projets qu’elle accompagne.", true)},
        {0, field("budget", "amount", "Budget annuel", "En euros, pour le dernier exercice clos.", false)},
        {0, field("statut", "single_choice", "Statut juridique", "", true,
                "Association\nSociété coopérative (SCOP, SCIC)\nEntreprise solidaire d’utilité sociale\nAutre")},
        {1, field("methode", "long_text", "Décrivez votre méthode d’accompagnement",
                "Durée, étapes, outils, suivi après la sortie du programme.", true)},
        {1, field("projets_par_an", "number", "Nombre de projets accompagnés par an", "", false)},
        {1, field("partenaires_locaux", "yes_no", "Travaillez-vous avec les collectivités de votre territoire ?", "", true)},
        {1, field("equipe", "repeatable", "Équipe", "Les personnes qui accompagnent les projets.", false)},
    };
    for (const auto& [section, input] : fields)
        checked(add_field(session, clock, admin, call_id, section, "", input, seed_request), "field " + input.key);
    checked(add_field(session, clock, admin, call_id, 1, "equipe", field("nom", "short_text", "Nom", "", true),
                seed_request),
        "field equipe/nom");
    checked(add_field(session, clock, admin, call_id, 1, "equipe", field("role", "short_text", "Rôle", "", false),
                seed_request),
        "field equipe/role");

    checked(add_criterion(session, clock, admin, call_id,
                criterion("Qualité de l’accompagnement", "Méthode, durée et suivi des projets accompagnés.", "40",
                    {"Aucune méthode décrite", "Accompagnement ponctuel", "Méthode esquissée",
                        "Méthode claire, suivi limité", "Méthode éprouvée et suivie", "Méthode exemplaire, évaluée"}),
                seed_request),
        "criterion 1");
    checked(add_criterion(session, clock, admin, call_id,
                criterion("Ancrage territorial", "Partenariats avec les collectivités et les acteurs locaux.", "35",
                    {"Aucun partenaire", "Contacts informels", "Un partenaire régulier", "Plusieurs partenaires",
                        "Réseau local solide", "Acteur central du territoire"}),
                seed_request),
        "criterion 2");
    checked(add_criterion(session, clock, admin, call_id,
                criterion("Impact social", "Effets mesurés des projets accompagnés sur leurs bénéficiaires.", "25",
                    {"Non mesuré", "Intentions seulement", "Quelques indicateurs", "Indicateurs suivis",
                        "Impact mesuré et publié", "Impact évalué par un tiers"}),
                seed_request),
        "criterion 3");

    checked(add_call_instructor(session, clock, admin, call_id, actors.instructor.email, seed_request), "team");
    checked(change_call_state(session, clock, admin, call_id, CallState::Publie, seed_request), "publish");
    return call_id;
}

long long seed_territories_call(web::Services& services, db::Session& session, const Actors& actors)
{
    const auto& clock = services.clock;
    const auto& admin = actors.admin;
    auto call_id = create_demo_call(services, session, admin, "Label Essaim des territoires d’innovation sociale",
        "territoire",
        "Le label distingue les régions, départements et communes qui soutiennent durablement l’innovation sociale : "
        "financements, commande publique responsable, lieux et réseaux ouverts aux porteurs de projets.");
    checked(add_section(session, clock, admin, call_id, "Votre territoire", seed_request), "territory section");
    checked(add_field(session, clock, admin, call_id, 0, "",
                field("politique", "long_text", "Décrivez votre politique en faveur de l’innovation sociale", "", true),
                seed_request),
        "territory field");
    checked(add_field(session, clock, admin, call_id, 0, "",
                field("budget_ess", "amount", "Budget consacré à l’ESS", "En euros, par an.", false), seed_request),
        "territory amount");
    checked(add_criterion(session, clock, admin, call_id,
                criterion("Engagement de la collectivité", "Moyens, élus et services mobilisés.", "1",
                    {"Aucun", "Faible", "Partiel", "Réel", "Fort", "Exemplaire"}),
                seed_request),
        "territory criterion");
    checked(add_call_instructor(session, clock, admin, call_id, actors.instructor.email, seed_request), "territory team");
    checked(change_call_state(session, clock, admin, call_id, CallState::Publie, seed_request), "territory publish");
    return call_id;
}

void seed_draft_call(web::Services& services, db::Session& session, const Actors& actors)
{
    create_demo_call(services, session, actors.admin, "Label Essaim des financeurs solidaires (en préparation)",
        "financeur",
        "Un appel en préparation pour les financeurs de l’économie sociale et solidaire ; son formulaire reste à écrire.");
}

// A dossier started and filled by the demo member; deposited when `deposit`.
long long seed_dossier(web::Services& services, db::Session& session, const Actors& actors, long long call_id,
    long long organisation_id, const std::vector<std::pair<std::string, std::string>>& answers, bool deposit)
{
    StartRequest start;
    start.call_id = call_id;
    start.organisation_id = organisation_id;
    auto dossier_id = checked(start_dossier(services, session, actors.member, start, seed_request), "start").dossier_id;
    http::Form posted;
    for (const auto& [name, value] : answers)
        posted.add(name, value);
    SaveRequest save;
    save.dossier_id = dossier_id;
    save.posted = &posted;
    save.action = deposit ? SaveAction::Deposit : SaveAction::Draft;
    checked(save_dossier(services, session, actors.member, save, seed_request), "save");
    return dossier_id;
}

void move(web::Services& services, db::Session& session, const auth::Identity& actor, long long dossier_id,
    DossierState to, const std::string& motivation)
{
    TransitionRequest request;
    request.dossier_id = dossier_id;
    request.to = to;
    request.motivation = motivation;
    checked(transition_dossier(services, session, actor, request, seed_request), "transition");
}

void ask_expert(web::Services& services, db::Session& session, const Actors& actors, long long dossier_id)
{
    ReviewRequestInput input;
    input.dossier_id = dossier_id;
    input.expert_ids = {actors.expert.user_id};
    input.due_on = core::iso_day(services.clock.now() + 21 * 24 * 3600);
    checked(request_reviews(services, session, actors.instructor, input, seed_request), "request review");
}

std::vector<std::pair<std::string, std::string>> forez_answers()
{
    return {{field_input_name("presentation"),
                "Créée en 2016 à Saint-Étienne, notre ruche accompagne chaque année une vingtaine d’habitants "
                "qui créent une activité utile à leur quartier : cantines, ateliers de réparation, garde d’enfants."},
        {field_input_name("budget"), "640000"}, {field_input_name("statut"), "Association"},
        {field_input_name("methode"),
            "Un parcours de dix-huit mois : six mois d’idéation en collectif, puis un an d’accompagnement individuel "
            "avec un mentor bénévole, et un suivi trimestriel pendant deux ans après la sortie."},
        {field_input_name("projets_par_an"), "22"}, {field_input_name("partenaires_locaux"), "oui"},
        {row_input_name("equipe", 0, "nom"), "Nadia Benali"}, {row_input_name("equipe", 0, "role"), "Directrice"},
        {row_input_name("equipe", 1, "nom"), "Pierre Coste"},
        {row_input_name("equipe", 1, "role"), "Chargé d’accompagnement"}};
}

std::vector<std::pair<std::string, std::string>> atelier_answers()
{
    return {{field_input_name("presentation"),
                "Nous formons et outillons des médiateurs numériques qui créent leurs propres permanences dans les "
                "médiathèques et centres sociaux de la métropole lilloise."},
        {field_input_name("statut"), "Association"},
        {field_input_name("methode"),
            "Une promotion de douze médiateurs par an, formés trois mois puis accompagnés un an dans l’ouverture de "
            "leur permanence."},
        {field_input_name("projets_par_an"), "12"}, {field_input_name("partenaires_locaux"), "oui"},
        {row_input_name("equipe", 0, "nom"), "Julien Martel"}, {row_input_name("equipe", 0, "role"), "Coordinateur"}};
}

std::vector<std::pair<std::string, std::string>> mobility_answers()
{
    return {{field_input_name("presentation"),
        "Notre coopérative aide les communes rurales à lancer leur propre service de transport solidaire."}};
}

void give_opinion(web::Services& services, db::Session& session, const Actors& actors, long long call_id,
    long long dossier_id)
{
    auto review = find_review_of(session, dossier_id, actors.expert.user_id);
    if (!review)
        throw std::runtime_error("demo labelling: the opinion request was not recorded");
    http::Form form;
    const std::vector<std::string> scores = {"5", "4", "4"};
    const std::vector<std::string> comments = {"Un parcours long et suivi, rare à cette échelle.",
        "Partenariats réguliers avec la ville et la métropole.", "Les emplois créés sont suivis depuis cinq ans."};
    std::size_t index = 0;
    for (const auto& criterion : list_criteria(session, call_id)) {
        form.add(score_field(criterion.id), scores[index % scores.size()]);
        form.add(score_comment_field(criterion.id), comments[index % comments.size()]);
        ++index;
    }
    form.add("recommandation", "favorable");
    form.add("commentaire", "Une structure d’accompagnement solide, ancrée dans son quartier : avis favorable.");
    checked(submit_review(services, session, actors.expert, review->id, form, seed_request), "opinion");
}

void label_through_committee(web::Services& services, db::Session& session, const Actors& actors, long long call_id,
    long long dossier_id)
{
    CommitteeInput input;
    input.title = "Comité de labellisation";
    input.meets_on = core::iso_day(services.clock.now());
    input.call_id = std::to_string(call_id);
    input.member_emails = actors.admin.email + "\n" + actors.instructor.email;
    auto committee_id = checked(create_committee(services, session, actors.admin, input, seed_request), "committee");
    checked(add_to_agenda(services, session, actors.admin, committee_id, {dossier_id}, seed_request), "agenda");
    DecisionRequest decision;
    decision.committee_id = committee_id;
    decision.dossier_id = dossier_id;
    decision.decision = "labellise";
    decision.motivation = "Accompagnement exemplaire et fort ancrage territorial, conformément à l’avis de l’experte.";
    checked(record_decision(services, session, actors.admin, decision, seed_request), "decision");
    checked(mark_committee_held(services, session, actors.admin, committee_id, seed_request), "committee held");
}

long long organisation_named(const std::vector<MemberOrganisation>& organisations, const std::string& name)
{
    for (const auto& organisation : organisations)
        if (organisation.name == name)
            return organisation.id;
    return 0;
}

} // namespace

void seed_demo_labelling(web::Services& services, db::Session& session)
{
    if (!list_calls(session).empty())
        return;
    auto admin = demo_identity(session, "admin@demo.essaim.fr", {auth::Role::Membre, auth::Role::Administrateur});
    auto member = demo_identity(session, "membre@demo.essaim.fr", {auth::Role::Membre});
    auto instructor = demo_identity(session, "instructeur@demo.essaim.fr", {auth::Role::Instructeur});
    auto expert = demo_identity(session, "expert@demo.essaim.fr", {auth::Role::Expert});
    if (!admin || !member || !instructor || !expert)
        return;
    // The demo directory's organisations, owned by the demo member.
    auto organisations = member_organisations(session, member->user_id);
    auto forez = organisation_named(organisations, "Les Ruches Solidaires du Forez");
    auto atelier = organisation_named(organisations, "Atelier Numérique Pour Tous");
    auto mobility = organisation_named(organisations, "Coopérative Mobilité Bretagne Rurale");
    if (!forez || !atelier || !mobility)
        return;
    const Actors actors{*admin, *member, *instructor, *expert};

    auto structures = seed_structures_call(services, session, actors);
    seed_territories_call(services, session, actors);
    seed_draft_call(services, session, actors);

    // The whole chain, up to the label.
    auto labelled = seed_dossier(services, session, actors, structures, forez, forez_answers(), true);
    move(services, session, actors.instructor, labelled, DossierState::EnInstruction, "");
    ask_expert(services, session, actors, labelled);
    give_opinion(services, session, actors, structures, labelled);
    label_through_committee(services, session, actors, structures, labelled);

    // In instruction, waiting for the demo expert's opinion (what the expert finds on /avis).
    auto instructed = seed_dossier(services, session, actors, structures, atelier, atelier_answers(), true);
    move(services, session, actors.instructor, instructed, DossierState::EnInstruction, "");
    ask_expert(services, session, actors, instructed);

    // A draft the demo member is still writing.
    seed_dossier(services, session, actors, structures, mobility, mobility_answers(), false);

    core::log::info("demo labelling created", {core::log::field("calls", 3), core::log::field("dossiers", 3),
                                                  core::log::field("labels", 1)});
}

} // namespace essaim::labelling
