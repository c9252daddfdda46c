#pragma once
// The registration functions of the labelling module's route files.

namespace essaim::web {
class Registry;
}

namespace essaim::labelling {

//! /appels and the administrators' pages for calls, their forms and evaluation grids.
void register_call_routes(web::Registry& registry);
//! /dossiers: applying, the dossier's page, messages, notes, attachments, transitions, exports.
void register_dossier_routes(web::Registry& registry);
//! Assignment and the experts' opinions.
void register_review_routes(web::Registry& registry);
//! Committee sessions and their decisions.
void register_committee_routes(web::Registry& registry);
//! /labels, certificates, withdrawal, renewal, open data, and the labels shown by other modules' pages.
void register_label_routes(web::Registry& registry);

} // namespace essaim::labelling
