// Committee sessions over HTTP: an administrator organises a session, fills its agenda, reads the
// ranking built from the experts' scores, and records decisions; members see the session, others
// do not. Calls, dossiers and opinions come from the labelling fixtures (plain SQL), since other
// parts' pages create them.

#include "labelling/labelling_fixtures.hpp"


using namespace essaim;
using namespace essaim::test;
using namespace essaim::test::auth_support;
using namespace essaim::test::labelling_fixtures;
using essaim::auth::Role;

namespace {

long long count_where(const std::string& sql, const std::string& parameter)
{
    auto lease = TestPlatform::instance().platform().services().pool.acquire();
    long long value = 0;
    std::string bound = parameter;
    lease->sql() << sql, soci::use(bound), soci::into(value);
    return value;
}

long long count_of(const std::string& sql)
{
    auto lease = TestPlatform::instance().platform().services().pool.acquire();
    long long value = 0;
    lease->sql() << sql, soci::into(value);
    return value;
}

std::string dossier_state(long long dossier_id)
{
    auto lease = TestPlatform::instance().platform().services().pool.acquire();
    std::string state;
    lease->sql() << "SELECT state FROM dossiers WHERE id = :id", soci::use(dossier_id), soci::into(state);
    return state;
}

long long audit_count(const std::string& action, long long committee_id, const std::string& after_fragment = "")
{
    return count_where("SELECT COUNT(*) FROM audit_log WHERE action = '" + action
            + "' AND target_type = 'committee' "
              "AND after_json LIKE :fragment AND target_id = '"
            + std::to_string(committee_id) + "'",
        "%" + after_fragment + "%");
}

//! The committee's id from the redirect that followed its creation.
long long created_committee(const HttpResponse& response)
{
    auto location = response.header("location").value_or("");
    const std::string prefix = "/comites/";
    if (response.status != 303 || location.rfind(prefix, 0) != 0)
        return 0;
    return std::stoll(location.substr(prefix.size()));
}

long long create_session(Actor& admin, const std::string& title, long long call_id, const std::string& members)
{
    auto response = admin.client.post_form("/admin/comites/nouveau",
        {{"titre", title}, {"date_seance", "2030-06-15"}, {"appel", call_id ? std::to_string(call_id) : ""},
            {"membres", members}});
    EXPECT_EQ(response.status, 303) << response.body;
    return created_committee(response);
}

std::string session_path(long long committee_id) { return "/comites/" + std::to_string(committee_id); }

HttpResponse decide(Actor& actor, long long committee_id, long long dossier_id, const std::string& decision,
    const std::string& motivation)
{
    return actor.client.post_form(session_path(committee_id) + "/decisions",
        {{"dossier", std::to_string(dossier_id)}, {"decision", decision}, {"motivation", motivation}});
}

//! A call with an owner's organisation applying to it; the names carry `tag` to stay distinct.
struct Scene {
    Actor owner;
    long long call = 0;
    std::vector<long long> criteria;
    long long organisation = 0;
};

Scene scene(const std::string& tag)
{
    Scene made{signed_in_actor("comite-porteur-" + tag), 0, {}, 0};
    made.call = call_with_form("Appel des comités " + tag, "ruche");
    made.criteria = criteria_ids(made.call);
    made.organisation = published_organisation(made.owner, "Ruche du comité " + tag);
    return made;
}

long long dossier_en_instruction(const Scene& scene)
{
    return dossier_in_state(scene.call, scene.organisation, scene.owner.user_id, "en_instruction");
}

} // namespace

TEST(Committees, AdministratorOrganisesASessionThatOnlyItsMembersSee)
{
    auto& platform = TestPlatform::instance();
    auto admin = signed_in_actor("comite-admin", {Role::Administrateur});
    auto member = signed_in_actor("comite-membre", {Role::Expert});
    auto outsider = signed_in_actor("comite-exterieur", {Role::Instructeur});
    auto call = call_with_form("Appel des comités organisation");

    EXPECT_EQ(admin.client.get("/admin/comites").status, 200);
    EXPECT_EQ(member.client.get("/admin/comites").status, 403);
    auto form = admin.client.get("/admin/comites/nouveau");
    ASSERT_EQ(form.status, 200);
    EXPECT_TRUE(contains(form.body, "Appel des comités organisation"));

    auto wrong = admin.client.post_form("/admin/comites/nouveau",
        {{"titre", "  "}, {"date_seance", "2030-02-30"}, {"appel", "999999"},
            {"membres", member.email + "\ninconnu-comite@exemple.fr"}});
    EXPECT_EQ(wrong.status, 422);
    EXPECT_TRUE(contains(wrong.body, "id=\"titre-erreur\">Donnez un titre"));
    EXPECT_TRUE(contains(wrong.body, "id=\"date_seance-erreur\">Indiquez la date"));
    EXPECT_TRUE(contains(wrong.body, "id=\"appel-erreur\">"));
    EXPECT_TRUE(contains(wrong.body, "Aucun compte n’a l’adresse inconnu-comite@exemple.fr."));
    EXPECT_TRUE(contains(wrong.body, "value=\"2030-02-30\"")); // the input is kept
    EXPECT_TRUE(contains(wrong.body, member.email));

    auto id = create_session(admin, "Comité des ruches d’organisation", call, member.email);
    ASSERT_GT(id, 0);
    EXPECT_EQ(audit_count("labelling.committee_created", id, member.email), 1);

    auto listed = admin.client.get("/admin/comites");
    EXPECT_TRUE(contains(listed.body, "Comité des ruches d’organisation"));
    EXPECT_TRUE(contains(listed.body, "15 juin 2030"));

    auto seen = member.client.get(session_path(id));
    ASSERT_EQ(seen.status, 200);
    EXPECT_TRUE(contains(seen.body, "<h1>Comité des ruches d’organisation</h1>"));
    EXPECT_TRUE(contains(seen.body, "L’ordre du jour est vide."));
    EXPECT_FALSE(contains(seen.body, "Compléter l’ordre du jour")); // an expert does not fill it
    EXPECT_TRUE(contains(member.client.get("/comites").body, "Comité des ruches d’organisation"));
    EXPECT_EQ(outsider.client.get(session_path(id)).status, 404);
    EXPECT_FALSE(contains(outsider.client.get("/comites").body, "Comité des ruches d’organisation"));
    EXPECT_EQ(admin.client.get("/comites/999999").status, 404);

    HttpClient visitor(platform.port());
    auto redirected = visitor.get(session_path(id));
    EXPECT_EQ(redirected.status, 303);
    EXPECT_TRUE(contains(redirected.header("location").value_or(""), "/connexion"));

    // Members change: the outsider joins, the expert leaves.
    auto edited = admin.client.post_form("/admin/comites/" + std::to_string(id) + "/modifier",
        {{"titre", "Comité des ruches d’organisation"}, {"date_seance", "2030-06-16"}, {"appel", std::to_string(call)},
            {"membres", outsider.email}});
    ASSERT_EQ(edited.status, 303) << edited.body;
    EXPECT_EQ(member.client.get(session_path(id)).status, 404);
    EXPECT_EQ(outsider.client.get(session_path(id)).status, 200);
    EXPECT_EQ(audit_count("labelling.committee_updated", id, outsider.email), 1);
    EXPECT_EQ(
        member.client.post_form("/admin/comites/" + std::to_string(id) + "/modifier", {{"titre", "x"}}).status, 403);
}

TEST(Committees, AgendaIsRankedByTheExpertsWeightedScores)
{
    auto admin = signed_in_actor("comite-classement", {Role::Administrateur});
    auto first_expert = signed_in_actor("comite-expert-a", {Role::Expert});
    auto second_expert = signed_in_actor("comite-expert-b", {Role::Expert});
    auto made = scene("classement");
    auto agreed = dossier_en_instruction(made); // both experts: 5 and 4 → (10 + 4) / 3 = 4.67 each
    auto disputed = dossier_en_instruction(made); // 3,3 → 3.0 and 5,5 → 5.0: mean 4.0, spread 2.0
    auto unreviewed = dossier_en_instruction(made); // no opinion given yet
    auto [utility, soundness] = std::pair{made.criteria.at(0), made.criteria.at(1)};
    give_scores(review_request(disputed, first_expert.user_id), {{utility, 3}, {soundness, 3}}, "reserve");
    give_scores(review_request(disputed, second_expert.user_id), {{utility, 5}, {soundness, 5}}, "favorable");
    give_scores(review_request(agreed, first_expert.user_id), {{utility, 5}, {soundness, 4}}, "favorable");
    give_scores(review_request(agreed, second_expert.user_id), {{utility, 5}, {soundness, 4}}, "favorable");
    review_request(unreviewed, first_expert.user_id); // requested, not given: not counted

    auto id = create_session(admin, "Comité du classement", made.call, first_expert.email);
    auto page = admin.client.get(session_path(id));
    ASSERT_EQ(page.status, 200);
    for (auto dossier : {agreed, disputed, unreviewed})
        EXPECT_TRUE(contains(page.body, "id=\"dossier-candidat-" + std::to_string(dossier) + "\""));

    // In any order: the ranking does not depend on it.
    auto added = admin.client.post_form(session_path(id) + "/ordre-du-jour",
        {{"dossiers", std::to_string(unreviewed)}, {"dossiers", std::to_string(disputed)},
            {"dossiers", std::to_string(agreed)}});
    ASSERT_EQ(added.status, 303) << added.body;
    for (auto dossier : {agreed, disputed, unreviewed}) {
        EXPECT_EQ(dossier_state(dossier), "en_comite");
        EXPECT_EQ(count_where("SELECT COUNT(*) FROM dossier_transitions WHERE to_state = 'en_comite' AND dossier_id = "
                          + std::to_string(dossier) + " AND motivation LIKE :text",
                      "%Comité du classement%"),
            1);
    }
    EXPECT_EQ(audit_count("labelling.committee_agenda_added", id), 3);

    page = admin.client.get(session_path(id));
    ASSERT_EQ(page.status, 200);
    auto row
        = [&](long long dossier) { return page.body.find("<a href=\"/dossiers/" + std::to_string(dossier) + "\">"); };
    // The table row of the dossier, up to its end.
    auto row_text = [&](long long dossier) {
        auto start = row(dossier);
        return start == std::string::npos ? std::string()
                                          : page.body.substr(start, page.body.find("</tr>", start) - start);
    };
    ASSERT_NE(row(agreed), std::string::npos);
    EXPECT_LT(row(agreed), row(disputed));
    EXPECT_LT(row(disputed), row(unreviewed));
    EXPECT_TRUE(contains(row_text(agreed), "<td>4,7</td>"));
    EXPECT_TRUE(contains(row_text(agreed), "<td>0,0</td>"));
    EXPECT_TRUE(contains(row_text(agreed), "2 favorable · 0 réservé · 0 défavorable"));
    EXPECT_TRUE(contains(row_text(disputed), "<td>4,0</td>"));
    EXPECT_TRUE(contains(row_text(disputed), "<td>2,0</td>"));
    EXPECT_TRUE(contains(row_text(disputed), "1 favorable · 1 réservé · 0 défavorable"));
    EXPECT_TRUE(contains(row_text(unreviewed), "<td>—</td>"));
    EXPECT_TRUE(contains(row_text(unreviewed), "<td>0</td>")); // no opinion given
    EXPECT_TRUE(contains(page.body, "href=\"/dossiers/" + std::to_string(agreed) + "/avis\""));
    EXPECT_TRUE(contains(page.body, "Aucun dossier en instruction ne peut être inscrit pour cet appel."));

    // The member (an expert) reads the same ranking but has no decision form.
    auto seen = first_expert.client.get(session_path(id));
    ASSERT_EQ(seen.status, 200);
    EXPECT_TRUE(contains(seen.body, "<td>4,7</td>"));
    EXPECT_FALSE(contains(seen.body, "name=\"motivation\""));

    // A dossier of another call cannot join a session attached to a call.
    auto other = scene("classement-autre");
    auto foreign = dossier_en_instruction(other);
    EXPECT_EQ(
        admin.client.post_form(session_path(id) + "/ordre-du-jour", {{"dossiers", std::to_string(foreign)}}).status,
        409);
    EXPECT_EQ(dossier_state(foreign), "en_instruction");
    auto none = admin.client.post_form(session_path(id) + "/ordre-du-jour", {});
    EXPECT_EQ(none.status, 422);
    EXPECT_TRUE(contains(none.body, "Choisissez au moins un dossier."));
}

TEST(Committees, DecisionsMoveTheDossierAndLabellingGrantsTheLabel)
{
    auto admin = signed_in_actor("comite-decideur", {Role::Administrateur});
    auto instructor = signed_in_actor("comite-instructeur", {Role::Instructeur});
    auto outsider = signed_in_actor("comite-non-membre", {Role::Instructeur});
    auto made = scene("decisions");
    add_to_team(made.call, instructor.user_id);
    auto labelled = dossier_en_instruction(made);
    auto refused = dossier_en_instruction(made);
    auto withdrawn = dossier_en_instruction(made);
    auto sent_back = dossier_en_instruction(made);
    auto id = create_session(admin, "Comité des décisions", made.call, instructor.email);

    // An instructeur of the call who sits on the session fills the agenda.
    auto added = instructor.client.post_form(session_path(id) + "/ordre-du-jour",
        {{"dossiers", std::to_string(labelled)}, {"dossiers", std::to_string(refused)},
            {"dossiers", std::to_string(withdrawn)}, {"dossiers", std::to_string(sent_back)}});
    ASSERT_EQ(added.status, 303) << added.body;
    EXPECT_EQ(
        outsider.client.post_form(session_path(id) + "/ordre-du-jour", {{"dossiers", std::to_string(labelled)}}).status,
        404);

    // Only administrators record decisions; a non-member does not learn the session exists.
    EXPECT_EQ(decide(instructor, id, labelled, "labellise", "Avis unanimes.").status, 403);
    EXPECT_EQ(decide(outsider, id, labelled, "labellise", "Avis unanimes.").status, 404);
    EXPECT_EQ(dossier_state(labelled), "en_comite");

    auto granted
        = decide(admin, id, labelled, "labellise", "Une ruche solide et utile au territoire (comité décisions).");
    ASSERT_EQ(granted.status, 303) << granted.body;
    EXPECT_EQ(dossier_state(labelled), "labellise");
    EXPECT_EQ(count_where("SELECT COUNT(*) FROM dossier_transitions WHERE from_state = 'en_comite' AND to_state = "
                          "'labellise' AND dossier_id = "
                      + std::to_string(labelled) + " AND actor_user_id = " + std::to_string(admin.user_id)
                      + " AND motivation LIKE :m",
                  "%ruche solide%"),
        1);
    EXPECT_EQ(audit_count("labelling.committee_decision", id, "\"decision\":\"labellise\""), 1);
    auto mail = wait_for_mail_with(made.owner.email, "Une ruche solide et utile au territoire (comité décisions).");
    EXPECT_TRUE(contains(mail, "Labellisé"));
    // The decision created the label, in the same transaction.
    EXPECT_EQ(count_of("SELECT COUNT(*) FROM labels WHERE category = 'ruche' AND state = 'actif' AND dossier_id = "
                  + std::to_string(labelled)),
        1);

    // A refusal needs its motivation: its confirmation page comes back with the error next to the
    // field, the input kept, and the summary linking to it.
    auto missing = decide(admin, id, refused, "refuse", "   ");
    EXPECT_EQ(missing.status, 422);
    auto field = "decision-" + std::to_string(refused) + "-refuse-motif";
    EXPECT_TRUE(contains(missing.body, "id=\"" + field + "-erreur\">Indiquez le motif")) << missing.body;
    EXPECT_TRUE(contains(missing.body, "aria-describedby=\"" + field + "-erreur\""));
    EXPECT_TRUE(contains(missing.body, "name=\"decision\" value=\"refuse\""));
    EXPECT_TRUE(contains(missing.body, "href=\"#" + field + "\""));
    EXPECT_EQ(dossier_state(refused), "en_comite");
    EXPECT_EQ(decide(admin, id, refused, "accepte", "Motif.").status, 422);

    ASSERT_EQ(
        decide(admin, id, refused, "refuse", "Le modèle économique reste fragile (comité décisions).").status, 303);
    EXPECT_EQ(dossier_state(refused), "refuse");
    wait_for_mail_with(made.owner.email, "Le modèle économique reste fragile (comité décisions).");

    // Deciding twice, or a dossier the applicant withdrew meanwhile, is a conflict.
    EXPECT_EQ(decide(admin, id, refused, "labellise", "Revirement.").status, 409);
    EXPECT_EQ(dossier_state(refused), "refuse");
    execute_sql("UPDATE dossiers SET state = 'retire' WHERE id = " + std::to_string(withdrawn));
    EXPECT_EQ(decide(admin, id, withdrawn, "labellise", "Trop tard.").status, 409);
    EXPECT_EQ(dossier_state(withdrawn), "retire");
    EXPECT_EQ(count_of("SELECT COUNT(*) FROM labels WHERE dossier_id = " + std::to_string(withdrawn)), 0);
    // A dossier not on the agenda cannot be decided here.
    auto elsewhere = dossier_in_state(made.call, made.organisation, made.owner.user_id, "en_comite");
    EXPECT_EQ(decide(admin, id, elsewhere, "labellise", "Hors ordre du jour.").status, 404);

    // Sent back to instruction: the dossier leaves the agenda and may be placed again later.
    ASSERT_EQ(decide(admin, id, sent_back, "renvoye", "Il manque l’avis d’un second expert.").status, 303);
    EXPECT_EQ(dossier_state(sent_back), "en_instruction");
    EXPECT_EQ(count_of("SELECT COUNT(*) FROM committee_agenda WHERE dossier_id = " + std::to_string(sent_back)), 0);

    auto page = admin.client.get(session_path(id));
    ASSERT_EQ(page.status, 200);
    EXPECT_TRUE(contains(page.body, "Une ruche solide et utile au territoire (comité décisions)."));
    EXPECT_TRUE(contains(page.body, "fr-badge--success\">Labellisé</"));
    EXPECT_TRUE(contains(page.body, "fr-badge--error\">Refusé</"));
    // The withdrawn dossier shows its state, offers no decision, and does not hold the session back.
    EXPECT_TRUE(contains(
        page.body, "Ce dossier n’est plus en comité : <span class=\"fr-badge\">Retiré par le candidat</span>"));
    EXPECT_FALSE(contains(page.body, "id=\"decision-" + std::to_string(withdrawn) + "\""));
    EXPECT_TRUE(contains(page.body, "Marquer la séance comme tenue"));
}

TEST(Committees, ASessionIsHeldOnceEveryLineIsDecided)
{
    auto admin = signed_in_actor("comite-cloture", {Role::Administrateur});
    auto member = signed_in_actor("comite-cloture-membre", {Role::Expert});
    auto made = scene("cloture");
    auto dossier = dossier_en_instruction(made);
    auto waiting = dossier_en_instruction(made);
    auto id = create_session(admin, "Comité de clôture", 0, member.email); // any call
    ASSERT_EQ(
        admin.client.post_form(session_path(id) + "/ordre-du-jour", {{"dossiers", std::to_string(dossier)}}).status,
        303);
    EXPECT_FALSE(contains(admin.client.get(session_path(id)).body, "Marquer la séance comme tenue"));
    EXPECT_EQ(admin.client.post_form(session_path(id) + "/tenu", {}).status, 409); // a dossier awaits its decision
    ASSERT_EQ(decide(admin, id, dossier, "sans_suite", "La structure a cessé son activité.").status, 303);
    EXPECT_EQ(dossier_state(dossier), "sans_suite");

    auto page = admin.client.get(session_path(id));
    EXPECT_TRUE(contains(page.body, "Marquer la séance comme tenue"));
    EXPECT_EQ(member.client.post_form(session_path(id) + "/tenu", {}).status, 403);
    ASSERT_EQ(admin.client.post_form(session_path(id) + "/tenu", {}).status, 303);
    EXPECT_EQ(audit_count("labelling.committee_held", id), 1);
    EXPECT_EQ(admin.client.post_form(session_path(id) + "/tenu", {}).status, 409);

    page = admin.client.get(session_path(id));
    EXPECT_TRUE(contains(page.body, ">Tenu</span>"));
    EXPECT_FALSE(contains(page.body, "Inscrire à l’ordre du jour"));
    EXPECT_EQ(
        admin.client.post_form(session_path(id) + "/ordre-du-jour", {{"dossiers", std::to_string(waiting)}}).status,
        409);
    EXPECT_EQ(dossier_state(waiting), "en_instruction");
    EXPECT_TRUE(contains(admin.client.get("/admin/comites").body, "Comité de clôture"));
}
