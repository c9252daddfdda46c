#pragma once
// The route files of the instruction work (assignment, experts' opinions, instructeurs' regions)
// and what they share.

#include <optional>
#include <string>

namespace essaim::web {
struct Context;
class Registry;
} // namespace essaim::web

namespace essaim::labelling {

//! /dossiers/{id}/avis (the opinions of a dossier, requesting and cancelling) and /dossiers/{id}/instructeur.
void register_review_dossier_routes(web::Registry& registry);
//! /avis and /avis/{id}: an expert's requests, the grid to score, the conflict declaration.
void register_review_expert_routes(web::Registry& registry);
//! /admin/instructeurs: the regions each instructeur covers.
void register_instructor_region_routes(web::Registry& registry);

//! A weighted score out of 5 with a decimal comma ("3,7 / 5").
std::string review_score_text(double score);

} // namespace essaim::labelling
