// The opinions of a dossier (/dossiers/{id}/avis): the staff see every request and ask experts;
// committee members read them all; an expert reads their own, and the others' only once theirs
// is given, so that no opinion is shaped by another. Also the assignment of the dossier by hand.

#include "auth/route_support.hpp"
#include "auth/time_format.hpp"
#include "core/calendar.hpp"
#include "core/clock.hpp"
#include "labelling/assignment.hpp"
#include "labelling/assignment_store.hpp"
#include "labelling/dossier_store.hpp"
#include "labelling/permissions.hpp"
#include "labelling/request_reviews.hpp"
#include "labelling/review_routes.hpp"
#include "labelling/review_store.hpp"
#include "labelling/scoring.hpp"
#include "web/context.hpp"
#include "web/page.hpp"
#include "web/path_parameters.hpp"
#include "web/registry.hpp"

#include <algorithm>

namespace essaim::labelling {

namespace {

const char* not_found_message = "Ce dossier n’existe pas.";

std::string reviews_href(long long dossier_id) { return "/dossiers/" + std::to_string(dossier_id) + "/avis"; }

// What the staff typed in the request form, shown back with the errors.
struct RequestFormValues {
    std::vector<long long> expert_ids;
    std::string due_on;
};

std::vector<long long> posted_ids(const http::Form& form, const char* name)
{
    std::vector<long long> ids;
    for (const auto& text : form.all(name))
        if (auto id = web::positive_id(text))
            ids.push_back(*id);
    return ids;
}

const char* state_badge_class(ReviewState state)
{
    switch (state) {
    case ReviewState::Demande: return "fr-badge--info";
    case ReviewState::Conflit: return "fr-badge--warning";
    case ReviewState::Rendu: return "fr-badge--success";
    case ReviewState::Annule: return "";
    }
    return "";
}

std::string recommendation_text(const std::string& code)
{
    Recommendation recommendation;
    return recommendation_from_code(code, recommendation) ? std::string(recommendation_label(recommendation)) : "—";
}

// A row of the table of requests, and for a given opinion its details below the table.
void add_review(ctemplate::TemplateDictionary& content, const Review& review, const std::vector<Criterion>& grid,
    bool may_cancel, long long dossier_id)
{
    std::vector<CriterionWeight> weights;
    for (const auto& criterion : grid)
        weights.push_back(CriterionWeight{criterion.id, criterion.weight});
    std::vector<CriterionScore> scores;
    for (const auto& score : review.scores)
        scores.push_back(CriterionScore{score.criterion_id, score.score});
    auto weighted = review.state == ReviewState::Rendu ? weighted_score(weights, scores) : std::nullopt;

    auto* row = content.AddSectionDictionary("REVIEW");
    row->SetValue("EXPERT", review.expert_name);
    row->SetValue("REQUESTED_AT", review.requested_at ? auth::format_paris_time(review.requested_at) : "—");
    row->SetValue("DUE_ON", core::short_french_date(review.due_on));
    row->SetValue("STATE_LABEL", std::string(review_state_label(review.state)));
    row->SetValue("STATE_CLASS", state_badge_class(review.state));
    row->SetValue("RECOMMENDATION", review.state == ReviewState::Rendu ? recommendation_text(review.recommendation) : "—");
    row->SetValue("SCORE", weighted ? review_score_text(*weighted) : "—");
    if (review.state == ReviewState::Conflit)
        row->SetValueAndShowSection("CONFLICT_REASON", review.conflict_reason, "CONFLICT");
    if (may_cancel && review.state == ReviewState::Demande) {
        auto* cancel = row->AddSectionDictionary("CANCEL");
        cancel->SetValue("CANCEL_ACTION", reviews_href(dossier_id) + "/" + std::to_string(review.id) + "/annuler");
    }
    if (review.state != ReviewState::Rendu)
        return;
    auto* opinion = content.AddSectionDictionary("OPINION");
    opinion->SetValue("EXPERT", review.expert_name);
    if (review.submitted_at)
        opinion->SetValueAndShowSection("SUBMITTED_AT", auth::format_paris_time(review.submitted_at), "SUBMITTED");
    opinion->SetValue("RECOMMENDATION", recommendation_text(review.recommendation));
    opinion->SetValue("SCORE", weighted ? review_score_text(*weighted) : "—");
    opinion->SetValue("COMMENT", review.comment.empty() ? "—" : review.comment);
    for (const auto& criterion : grid) {
        auto* line = opinion->AddSectionDictionary("CRITERION");
        line->SetValue("TITLE", criterion.title);
        line->SetIntValue("WEIGHT", criterion.weight);
        auto found = std::find_if(review.scores.begin(), review.scores.end(),
            [&](const ReviewScore& score) { return score.criterion_id == criterion.id; });
        line->SetValue("SCORE", found == review.scores.end() ? "—" : std::to_string(found->score) + " / 5");
        line->SetValue("COMMENT", found == review.scores.end() || found->comment.empty() ? "—" : found->comment);
    }
}

http::Response render_reviews_page(web::Context& context, const Dossier& dossier, const DossierAccess& access,
    const std::optional<Review>& own, const core::Error* error, const RequestFormValues& values)
{
    auto& session = context.db();
    auto title = "Avis sur le dossier n° " + std::to_string(dossier.id);
    web::Page page(context, title, "labelling/avis_dossier.tpl");
    page.add_breadcrumb("Accueil", "/");
    page.add_breadcrumb("Dossier n° " + std::to_string(dossier.id), "/dossiers/" + std::to_string(dossier.id));
    page.add_breadcrumb("Avis", "");
    auto& content = page.content();
    content.SetValue("HEADING", title);
    content.SetValue("DOSSIER_HREF", "/dossiers/" + std::to_string(dossier.id));
    content.SetValue("CALL_TITLE", call_title(session, dossier.call_id));
    content.SetValue("ORGANISATION", organisation_name(session, dossier.organisation_id));
    content.SetValue("DOSSIER_STATE", std::string(state_label(dossier.state)));

    auto grid = list_criteria(session, dossier.call_id);
    auto reviews = list_dossier_reviews(session, dossier.id);
    bool full = access.staff || access.committee;
    std::vector<Review> visible;
    if (full) {
        visible = reviews;
    } else if (own) {
        // Until their own opinion is given, an expert sees nothing of the others'.
        for (const auto& review : reviews)
            if (review.id == own->id || (own->state == ReviewState::Rendu && review.state == ReviewState::Rendu))
                visible.push_back(review);
        content.ShowSection("EXPERT_VIEW");
        content.SetValue("OWN_HREF", "/avis/" + std::to_string(own->id));
        if (own->state != ReviewState::Rendu)
            content.ShowSection("OTHERS_HIDDEN");
    }
    if (visible.empty())
        content.ShowSection("NO_REVIEW");
    else
        content.ShowSection("HAS_REVIEWS");
    for (const auto& review : visible)
        add_review(content, review, grid, access.staff, dossier.id);

    if (access.staff) {
        auto* staff = content.AddSectionDictionary("STAFF");
        staff->SetValue("ASSIGN_ACTION", "/dossiers/" + std::to_string(dossier.id) + "/instructeur");
        std::string current = "Aucun : le dossier attend d’être attribué.";
        for (const auto& account : call_instructor_accounts(session, dossier.call_id)) {
            auto* option = staff->AddSectionDictionary("INSTRUCTOR_OPTION");
            option->SetIntValue("ID", account.user_id);
            option->SetValue("LABEL", account.name + " (" + account.email + ")");
            if (account.user_id == dossier.instructor_id)
                option->ShowSection("SELECTED");
        }
        if (dossier.instructor_id != 0)
            if (auto account = find_account(session, dossier.instructor_id))
                current = account->name + " (" + account->email + ")";
        staff->SetValue("CURRENT_INSTRUCTOR", current);
        if (dossier.state == DossierState::EnInstruction) {
            auto* form = content.AddSectionDictionary("REQUEST_FORM");
            form->SetValue("REQUEST_ACTION", reviews_href(dossier.id));
            form->SetValue("ECHEANCE", values.due_on);
            auto experts = accounts_with_role(session, "expert");
            if (experts.empty())
                form->ShowSection("NO_EXPERT");
            for (const auto& expert : experts) {
                auto* option = form->AddSectionDictionary("EXPERT_OPTION");
                option->SetIntValue("ID", expert.user_id);
                option->SetValue("LABEL", expert.name + " (" + expert.email + ")");
                if (std::find(values.expert_ids.begin(), values.expert_ids.end(), expert.user_id) != values.expert_ids.end())
                    option->ShowSection("CHECKED");
            }
        } else {
            content.ShowSection("REQUESTS_CLOSED");
        }
    }
    if (error) {
        page.set_errors(*error);
        // The fieldset's own classes: set_errors only knows inputs.
        if (error->field_errors.count("experts"))
            content.SetValue("EXPERTS_FIELDSET_CLASS", "fr-fieldset--error");
    }
    return page.render(error ? core::http_status_of(error->kind) : 200);
}

struct LoadedDossier {
    Dossier dossier;
    DossierAccess access;
    std::optional<Review> own;
};

// The dossier if the user may see its opinions: its staff, its committee, or an expert whose
// request is awaited or given (not after a conflict or a cancellation).
std::optional<LoadedDossier> load_for_reviews(web::Context& context, long long dossier_id)
{
    auto dossier = find_dossier(context.db(), dossier_id);
    if (!dossier)
        return std::nullopt;
    LoadedDossier loaded{*dossier, dossier_access(context.db(), context.identity, *dossier), std::nullopt};
    // The one rule of who sees a dossier comes first: a draft stays its authors' alone, even for an
    // expert whose request row exists.
    if (!loaded.access.any())
        return std::nullopt;
    if (context.identity.has(auth::Role::Expert)) {
        auto own = find_review_of(context.db(), dossier_id, context.identity.user_id);
        if (own && (own->state == ReviewState::Demande || own->state == ReviewState::Rendu))
            loaded.own = std::move(own);
    }
    if (!loaded.access.staff && !loaded.access.committee && !loaded.own)
        return std::nullopt;
    return loaded;
}

http::Response error_response(web::Context& context, const core::Error& error)
{
    return web::error_page(context, core::http_status_of(error.kind), error.message);
}

} // namespace

void register_review_dossier_routes(web::Registry& registry)
{
    registry.get("/dossiers/{id}/avis", auth::signed_in(), [](web::Context& context) {
        auto id = web::positive_id_parameter(context);
        auto loaded = id ? load_for_reviews(context, *id) : std::nullopt;
        if (!loaded)
            return web::error_page(context, 404, not_found_message);
        return render_reviews_page(context, loaded->dossier, loaded->access, loaded->own, nullptr, {});
    });

    registry.post("/dossiers/{id}/avis", auth::any_of({auth::Role::Instructeur, auth::Role::Administrateur}),
        [](web::Context& context) {
            auto id = web::positive_id_parameter(context);
            if (!id)
                return web::error_page(context, 404, not_found_message);
            ReviewRequestInput input;
            input.dossier_id = *id;
            input.expert_ids = posted_ids(context.form(), "experts");
            input.due_on = context.form().get("echeance");
            auto result = request_reviews(context.services, context.db(), context.identity, input, auth::request_info(context));
            if (!result) {
                if (result.error().kind != core::ErrorKind::Invalid)
                    return error_response(context, result.error());
                auto loaded = load_for_reviews(context, *id);
                if (!loaded)
                    return web::error_page(context, 404, not_found_message);
                return render_reviews_page(context, loaded->dossier, loaded->access, loaded->own, &result.error(),
                    RequestFormValues{input.expert_ids, input.due_on});
            }
            context.flash(result->blocked_experts.empty() ? "avis-demandes" : "avis-conflit-detecte");
            return http::Response::redirect(reviews_href(*id));
        });

    registry.post("/dossiers/{id}/avis/{review}/annuler", auth::any_of({auth::Role::Instructeur, auth::Role::Administrateur}),
        [](web::Context& context) {
            auto id = web::positive_id_parameter(context);
            auto review = web::positive_id_parameter(context, "review");
            if (!id || !review)
                return web::error_page(context, 404, not_found_message);
            auto result = cancel_review(context.services, context.db(), context.identity, *id, *review, auth::request_info(context));
            if (!result)
                return error_response(context, result.error());
            context.flash("avis-annule");
            return http::Response::redirect(reviews_href(*id));
        });

    registry.post("/dossiers/{id}/instructeur", auth::any_of({auth::Role::Instructeur, auth::Role::Administrateur}),
        [](web::Context& context) {
            auto id = web::positive_id_parameter(context);
            if (!id)
                return web::error_page(context, 404, not_found_message);
            auto chosen = posted_ids(context.form(), "instructeur");
            auto result = assign_by_hand(context.services, context.db(), context.identity, *id, chosen.empty() ? 0 : chosen.front(),
                auth::request_info(context));
            if (!result) {
                if (result.error().kind != core::ErrorKind::Invalid)
                    return error_response(context, result.error());
                auto loaded = load_for_reviews(context, *id);
                if (!loaded)
                    return web::error_page(context, 404, not_found_message);
                return render_reviews_page(context, loaded->dossier, loaded->access, loaded->own, &result.error(), {});
            }
            context.flash("instructeur-attribue");
            return http::Response::redirect(reviews_href(*id));
        });
}

} // namespace essaim::labelling
