// An expert's side: /avis (the opinions asked of them), /avis/{id} (the grid to score, then the
// opinion given, read-only) and /avis/{id}/conflit (declaring a conflict of interest).

#include "auth/route_support.hpp"
#include "auth/time_format.hpp"
#include "core/calendar.hpp"
#include "core/clock.hpp"
#include "labelling/declare_conflict.hpp"
#include "labelling/dossier_store.hpp"
#include "labelling/review_routes.hpp"
#include "labelling/review_store.hpp"
#include "labelling/submit_review.hpp"
#include "web/context.hpp"
#include "web/page.hpp"
#include "web/path_parameters.hpp"
#include "web/registry.hpp"

#include <algorithm>

namespace essaim::labelling {

namespace {

const char* not_found_message = "Cette demande d’avis n’existe pas.";

std::string review_href(long long id) { return "/avis/" + std::to_string(id); }

http::Response list_page(web::Context& context)
{
    auto requests = list_expert_requests(context.db(), context.identity.user_id);
    web::Page page(context, "Mes avis à donner", "labelling/avis_list.tpl");
    page.add_breadcrumb("Accueil", "/");
    page.add_breadcrumb("Mes avis", "");
    auto& content = page.content();
    content.ShowSection(requests.empty() ? "EMPTY" : "HAS_REQUESTS");
    auto today = core::iso_day(context.clock().now());
    for (const auto& request : requests) {
        const auto& review = request.review;
        auto* row = content.AddSectionDictionary("REQUEST");
        row->SetIntValue("DOSSIER_ID", review.dossier_id);
        row->SetValue("ORGANISATION", request.organisation_name);
        row->SetValue("CALL_TITLE", request.call_title);
        row->SetValue("DUE_ON", core::short_french_date(review.due_on));
        row->SetValue("STATE_LABEL", std::string(review_state_label(review.state)));
        if (review.state == ReviewState::Demande || review.state == ReviewState::Rendu)
            row->SetValueAndShowSection("HREF", review_href(review.id), "LINK");
        else
            row->ShowSection("NO_LINK");
        if (review.state == ReviewState::Demande && review.due_on < today)
            row->ShowSection("LATE");
    }
    return page.render();
}

// The user's own request, awaited or given; a conflict or a cancellation ends their access.
std::optional<Review> own_review(web::Context& context, long long id)
{
    auto review = find_review(context.db(), id);
    if (!review || review->expert_id != context.identity.user_id)
        return std::nullopt;
    if (review->state != ReviewState::Demande && review->state != ReviewState::Rendu)
        return std::nullopt;
    return review;
}

http::Response review_page(web::Context& context, const Review& review, const core::Error* error, const http::Form* posted,
    const std::string& conflict_reason = {})
{
    auto& session = context.db();
    auto dossier = find_dossier(session, review.dossier_id);
    auto title = "Avis sur le dossier n° " + std::to_string(review.dossier_id);
    web::Page page(context, title, "labelling/avis_form.tpl");
    page.add_breadcrumb("Accueil", "/");
    page.add_breadcrumb("Mes avis", "/avis");
    page.add_breadcrumb("Dossier n° " + std::to_string(review.dossier_id), "");
    auto& content = page.content();
    content.SetValue("HEADING", title);
    content.SetValue("DOSSIER_HREF", "/dossiers/" + std::to_string(review.dossier_id));
    content.SetValue("REVIEWS_HREF", "/dossiers/" + std::to_string(review.dossier_id) + "/avis");
    content.SetValue("DUE_ON", core::short_french_date(review.due_on));
    content.SetValue("STATE_LABEL", std::string(review_state_label(review.state)));
    if (dossier) {
        content.SetValue("CALL_TITLE", call_title(session, dossier->call_id));
        content.SetValue("ORGANISATION", organisation_name(session, dossier->organisation_id));
    }
    auto grid = dossier ? list_criteria(session, dossier->call_id) : std::vector<Criterion>{};
    bool editing = review.state == ReviewState::Demande;
    content.ShowSection(editing ? "EDIT" : "READ");
    if (editing) {
        content.SetValue("FORM_ACTION", review_href(review.id));
        content.SetValue("CONFLICT_ACTION", review_href(review.id) + "/conflit");
        content.SetValue("MOTIF", conflict_reason);
    }
    for (const auto& criterion : grid) {
        auto* block = content.AddSectionDictionary("CRITERION");
        block->SetValue("TITLE", criterion.title);
        block->SetValue("DESCRIPTION", criterion.description);
        if (!criterion.description.empty())
            block->ShowSection("HAS_DESCRIPTION");
        block->SetIntValue("WEIGHT", criterion.weight);
        block->SetValue("SCORE_NAME", score_field(criterion.id));
        block->SetValue("COMMENT_NAME", score_comment_field(criterion.id));
        auto saved = std::find_if(review.scores.begin(), review.scores.end(),
            [&](const ReviewScore& score) { return score.criterion_id == criterion.id; });
        std::string chosen = posted ? posted->get(score_field(criterion.id))
                                    : (saved != review.scores.end() ? std::to_string(saved->score) : std::string());
        std::string comment = posted ? posted->get(score_comment_field(criterion.id))
                                     : (saved != review.scores.end() ? saved->comment : std::string());
        block->SetValue("COMMENT", comment);
        block->SetValue("SCORE_TEXT", saved != review.scores.end() ? std::to_string(saved->score) + " / 5" : "—");
        block->SetValue("COMMENT_TEXT", comment.empty() ? "—" : comment);
        for (int level = 0; level <= 5; ++level) {
            auto* option = block->AddSectionDictionary("LEVEL");
            option->SetIntValue("LEVEL", level);
            const auto& meaning = criterion.scale[static_cast<std::size_t>(level)];
            option->SetValue("LEVEL_LABEL", std::to_string(level) + (meaning.empty() ? "" : " — " + meaning));
            if (chosen == std::to_string(level))
                option->ShowSection("CHECKED");
        }
        if (error) {
            for (const auto& name : {score_field(criterion.id), score_comment_field(criterion.id)}) {
                auto found = error->field_errors.find(name);
                if (found == error->field_errors.end())
                    continue;
                auto* message = block->AddSectionDictionary(name == score_field(criterion.id) ? "SCORE_ERROR" : "COMMENT_ERROR");
                message->SetValue("MESSAGE", found->second);
            }
        }
    }
    std::string recommendation = posted ? posted->get("recommandation") : review.recommendation;
    for (auto candidate : recommendations()) {
        auto* option = content.AddSectionDictionary("RECOMMENDATION_OPTION");
        option->SetValue("CODE", std::string(recommendation_code(candidate)));
        option->SetValue("LABEL", std::string(recommendation_label(candidate)));
        if (recommendation == recommendation_code(candidate))
            option->ShowSection("CHECKED");
    }
    Recommendation given;
    content.SetValue("RECOMMENDATION_TEXT",
        recommendation_from_code(review.recommendation, given) ? std::string(recommendation_label(given)) : "—");
    auto comment = posted ? posted->get("commentaire") : review.comment;
    content.SetValue("COMMENTAIRE", comment);
    content.SetValue("COMMENTAIRE_TEXT", comment.empty() ? "—" : comment);
    if (review.submitted_at)
        content.SetValue("SUBMITTED_AT", auth::format_paris_time(review.submitted_at));
    if (error) {
        page.set_errors(*error);
        if (error->field_errors.count("recommandation"))
            content.SetValue("RECOMMANDATION_FIELDSET_CLASS", "fr-fieldset--error");
    }
    return page.render(error ? core::http_status_of(error->kind) : 200);
}

} // namespace

void register_review_expert_routes(web::Registry& registry)
{
    const auto experts = auth::any_of({auth::Role::Expert});
    registry.get("/avis", experts, list_page);

    registry.get("/avis/{id}", experts, [](web::Context& context) {
        auto id = web::positive_id_parameter(context);
        auto review = id ? own_review(context, *id) : std::nullopt;
        if (!review)
            return web::error_page(context, 404, not_found_message);
        return review_page(context, *review, nullptr, nullptr);
    });

    registry.post("/avis/{id}", experts, [](web::Context& context) {
        auto id = web::positive_id_parameter(context);
        if (!id)
            return web::error_page(context, 404, not_found_message);
        auto result = submit_review(context.services, context.db(), context.identity, *id, context.form(), auth::request_info(context));
        if (!result) {
            if (result.error().kind != core::ErrorKind::Invalid)
                return web::error_page(context, core::http_status_of(result.error().kind), result.error().message);
            auto review = own_review(context, *id);
            if (!review)
                return web::error_page(context, 404, not_found_message);
            return review_page(context, *review, &result.error(), &context.form());
        }
        context.flash("avis-rendu");
        return http::Response::redirect(review_href(*id));
    });

    registry.post("/avis/{id}/conflit", experts, [](web::Context& context) {
        auto id = web::positive_id_parameter(context);
        if (!id)
            return web::error_page(context, 404, not_found_message);
        auto reason = context.form().get("motif");
        auto result = declare_conflict(context.services, context.db(), context.identity, *id, reason, auth::request_info(context));
        if (!result) {
            if (result.error().kind != core::ErrorKind::Invalid)
                return web::error_page(context, core::http_status_of(result.error().kind), result.error().message);
            auto review = own_review(context, *id);
            if (!review)
                return web::error_page(context, 404, not_found_message);
            return review_page(context, *review, &result.error(), nullptr, reason);
        }
        context.flash("avis-conflit-declare");
        return http::Response::redirect("/avis");
    });
}

} // namespace essaim::labelling
