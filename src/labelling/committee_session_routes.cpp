// /comites/{id}: a committee session's page (members, the agenda ranked by the experts' scores,
// decision buttons) and its actions: filling the agenda and closing the session. The decisions
// themselves are in committee_decision_routes.cpp.

#include "labelling/committee_routes.hpp"

#include "auth/route_support.hpp"
#include "auth/time_format.hpp"
#include "core/calendar.hpp"
#include "directory/routes.hpp"
#include "labelling/committee_agenda.hpp"
#include "labelling/committee_decision.hpp"
#include "labelling/committee_permissions.hpp"
#include "labelling/committee_ranking.hpp"
#include "labelling/committee_store.hpp"
#include "labelling/review.hpp"
#include "web/context.hpp"
#include "web/page.hpp"
#include "web/path_parameters.hpp"
#include "web/registry.hpp"

#include <algorithm>
#include <map>

namespace essaim::labelling {

namespace {

// The opinions the committee decides on: each expert's recommendation, weighted score and comment.
void add_opinions(ctemplate::TemplateDictionary& block, const std::vector<AgendaOpinion>& opinions)
{
    if (opinions.empty())
        return;
    auto* list = block.AddSectionDictionary("HAS_OPINIONS");
    for (const auto& opinion : opinions) {
        auto* item = list->AddSectionDictionary("OPINION");
        item->SetValue("EXPERT", opinion.expert_name);
        Recommendation recommendation{};
        item->SetValue("RECOMMENDATION", recommendation_from_code(opinion.recommendation, recommendation)
                ? std::string(recommendation_label(recommendation))
                : std::string("Sans recommandation"));
        item->SetValue("SCORE", opinion.score ? french_decimal(*opinion.score) : "—");
        if (!opinion.comment.empty())
            item->AddSectionDictionary("HAS_COMMENT")->SetValue("COMMENT", opinion.comment);
    }
}

constexpr int candidate_limit = 200;

//! The agenda form sent back with errors.
struct AgendaFailure {
    std::vector<long long> chosen;
    core::Error error;
};

const char* decision_badge(CommitteeDecision decision)
{
    switch (decision) {
    case CommitteeDecision::Labellise: return "fr-badge--success";
    case CommitteeDecision::Refuse: return "fr-badge--error";
    case CommitteeDecision::SansSuite: return "fr-badge--warning";
    case CommitteeDecision::Renvoye: return "fr-badge--info";
    }
    return "";
}

http::Response session_page(web::Context& context, long long committee_id, const AgendaFailure* agenda_failure)
{
    auto& db = context.db();
    auto visible = find_visible_committee(db, context.identity, committee_id);
    if (!visible)
        return committee_error(context, visible.error());
    const auto& committee = visible->committee;
    const auto& access = visible->access;
    bool open = committee.state == CommitteeState::Prevu;

    web::Page page(context, committee.title, "labelling/committee_page.tpl");
    page.add_breadcrumb("Accueil", "/");
    if (access.decide)
        page.add_breadcrumb("Comités de labellisation", "/admin/comites");
    else
        page.add_breadcrumb("Mes comités", "/comites");
    page.add_breadcrumb(committee.title, "");
    auto& content = page.content();
    content.SetValue("TITLE", committee.title);
    content.SetValue("MEETS_ON", core::french_date(committee.meets_on));
    content.SetValue(
        "CALL_TITLE", committee.call_title.empty() ? "Tous les appels" : "Appel « " + committee.call_title + " »");
    content.SetValue("STATE_LABEL", std::string(committee_state_label(committee.state)));
    content.SetValue("STATE_CLASS", open ? "fr-badge--info" : "fr-badge--success");
    if (access.decide) {
        content.ShowSection("CAN_EDIT");
        content.SetValue("EDIT_HREF", "/admin/comites/" + std::to_string(committee_id) + "/modifier");
    }

    auto members = list_members(db, committee_id);
    if (members.empty())
        content.ShowSection("NO_MEMBERS");
    else {
        auto* list = content.AddSectionDictionary("HAS_MEMBERS");
        for (const auto& member : members) {
            auto* item = list->AddSectionDictionary("MEMBER");
            item->SetValue("NAME", member.display_name);
            item->SetValue("EMAIL", member.email);
        }
    }

    auto lines = list_agenda(db, committee_id);
    std::vector<RankedDossier> entries;
    for (const auto& line : lines)
        entries.push_back(rank_entry(line.dossier_id, line.opinions));
    auto ranked = rank_dossiers(std::move(entries));
    std::map<long long, const AgendaLine*> by_dossier;
    for (const auto& line : lines)
        by_dossier[line.dossier_id] = &line;

    if (ranked.empty())
        content.ShowSection("EMPTY_AGENDA");
    else {
        auto* agenda = content.AddSectionDictionary("HAS_AGENDA");
        int rank = 0;
        for (const auto& entry : ranked) {
            const auto& line = *by_dossier.at(entry.dossier_id);
            ++rank;
            auto* row = agenda->AddSectionDictionary("LINE");
            auto* block = agenda->AddSectionDictionary("DECISION_BLOCK");
            for (auto* dictionary : {row, block}) {
                dictionary->SetIntValue("RANK", rank);
                dictionary->SetIntValue("DOSSIER_ID", line.dossier_id);
                dictionary->SetValue("ORGANISATION", line.organisation_name);
            }
            row->SetValue("DOSSIER_HREF", "/dossiers/" + std::to_string(line.dossier_id));
            row->SetValue("OPINIONS_HREF", "/dossiers/" + std::to_string(line.dossier_id) + "/avis");
            row->SetValue("CALL_TITLE", line.call_title);
            row->SetValue("MEAN", entry.summary ? french_decimal(entry.summary->mean) : "—");
            row->SetValue("SPREAD", entry.summary ? french_decimal(entry.summary->spread) : "—");
            row->SetIntValue("OPINIONS", static_cast<long>(line.opinions.size()));
            row->SetIntValue("FAVORABLE", entry.favorable);
            row->SetIntValue("RESERVE", entry.reserve);
            row->SetIntValue("DEFAVORABLE", entry.defavorable);
            add_opinions(*block, line.opinions);
            if (line.decision) {
                for (auto* dictionary : {row, block}) {
                    auto* decided = dictionary->AddSectionDictionary("DECIDED");
                    decided->SetValue("DECISION_LABEL", std::string(decision_label(*line.decision)));
                    decided->SetValue("DECISION_CLASS", decision_badge(*line.decision));
                    // A label owes no motivation: then there is none to show.
                    if (!line.motivation.empty())
                        decided->SetValueAndShowSection("MOTIVATION", line.motivation, "HAS_MOTIVATION");
                    decided->SetValue("DECIDED_AT", auth::format_paris_time(line.decided_at));
                    if (!line.decided_by_name.empty()) {
                        decided->ShowSection("HAS_DECIDER");
                        decided->SetValue("DECIDED_BY", line.decided_by_name);
                    }
                }
                continue;
            }
            if (line.dossier_state != DossierState::EnComite) {
                // Withdrawn by its applicant since it was placed: nothing left to decide.
                for (auto* dictionary : {row, block})
                    dictionary->AddSectionDictionary("OUT_OF_COMMITTEE")
                        ->SetValue("STATE_LABEL", std::string(state_label(line.dossier_state)));
                continue;
            }
            row->ShowSection("UNDECIDED");
            if (access.decide && open)
                add_decision_buttons(*block, committee_id, line.dossier_id, line.organisation_name);
            else
                block->ShowSection("AWAITING");
        }
    }

    if (access.decide && open && !lines.empty() && count_undecided_lines(db, committee_id) == 0) {
        auto* hold = content.AddSectionDictionary("CAN_HOLD");
        hold->SetValue("HOLD_ACTION", committee_href(committee_id) + "/tenu");
    }

    if (access.fill_agenda && open) {
        auto* fill = content.AddSectionDictionary("CAN_FILL");
        auto candidates = list_agenda_candidates(db, committee.call_id, candidate_limit);
        if (candidates.empty()) {
            auto* none = fill->AddSectionDictionary("NO_CANDIDATE");
            if (committee.call_id != 0)
                none->ShowSection("FOR_CALL");
        } else {
            auto* form = fill->AddSectionDictionary("HAS_CANDIDATES");
            form->SetValue("AGENDA_ACTION", committee_href(committee_id) + "/ordre-du-jour");
            for (const auto& candidate : candidates) {
                auto* item = form->AddSectionDictionary("CANDIDATE");
                item->SetIntValue("DOSSIER_ID", candidate.dossier_id);
                item->SetValue("ORGANISATION", candidate.organisation_name);
                item->SetValue("CALL_TITLE", candidate.call_title);
                if (agenda_failure
                    && std::find(agenda_failure->chosen.begin(), agenda_failure->chosen.end(), candidate.dossier_id)
                        != agenda_failure->chosen.end())
                    item->ShowSection("CHECKED");
            }
            if (agenda_failure && agenda_failure->error.field_errors.count("dossiers"))
                form->SetValue("DOSSIERS_FIELDSET_CLASS", "fr-fieldset--error");
        }
    }

    int status = 200;
    if (agenda_failure) {
        page.set_errors(agenda_failure->error);
        status = core::http_status_of(agenda_failure->error.kind);
    }
    return page.render(status);
}

} // namespace

void register_committee_session_routes(web::Registry& registry)
{
    registry.add_flash("ordre-du-jour-complete",
        {web::FlashLevel::Success, "Ordre du jour complété",
            "Les dossiers inscrits sont passés « En comité »."});
    register_committee_decision_routes(registry);
    registry.add_flash(
        "comite-tenu", {web::FlashLevel::Success, "Séance tenue", "Toutes ses décisions sont enregistrées."});

    registry.get("/comites/{id}", auth::signed_in(), [](web::Context& context) {
        auto id = web::positive_id_parameter(context);
        if (!id)
            return committee_error(context, core::Error::not_found("Ce comité n’existe pas."));
        return session_page(context, *id, nullptr);
    });

    registry.post("/comites/{id}/ordre-du-jour", auth::signed_in(), [](web::Context& context) {
        auto id = web::positive_id_parameter(context);
        if (!id)
            return committee_error(context, core::Error::not_found("Ce comité n’existe pas."));
        std::vector<long long> chosen;
        for (const auto& text : context.form().all("dossiers")) {
            auto dossier = web::positive_id(text);
            if (!dossier)
                return committee_error(context, core::Error::not_found("Ce dossier n’existe pas."));
            if (std::find(chosen.begin(), chosen.end(), *dossier) == chosen.end())
                chosen.push_back(*dossier);
        }
        auto added
            = add_to_agenda(context.services, context.db(), context.identity, *id, chosen, auth::request_info(context));
        if (!added) {
            if (added.error().kind == core::ErrorKind::Invalid) {
                AgendaFailure failure{chosen, added.error()};
                return session_page(context, *id, &failure);
            }
            return committee_error(context, added.error());
        }
        context.flash("ordre-du-jour-complete");
        return http::Response::redirect(committee_href(*id));
    });

    registry.post("/comites/{id}/tenu", auth::signed_in(), [](web::Context& context) {
        auto id = web::positive_id_parameter(context);
        if (!id)
            return committee_error(context, core::Error::not_found("Ce comité n’existe pas."));
        auto held
            = mark_committee_held(context.services, context.db(), context.identity, *id, auth::request_info(context));
        if (!held)
            return committee_error(context, held.error());
        context.flash("comite-tenu");
        return http::Response::redirect(committee_href(*id));
    });
}

} // namespace essaim::labelling
