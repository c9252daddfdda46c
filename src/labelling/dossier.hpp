#pragma once
// A dossier (an organisation's application to a call) and its lifecycle:
//
//   brouillon → déposé → en instruction ⇄ compléments demandés (answered by depositing again)
//             en instruction → en comité → labellisé | refusé | sans suite
//             en comité → en instruction (the committee sends it back)
//   the applicant may withdraw (retiré) any deposited dossier before the decision.
//
// Which moves exist, and who makes each one, is pure data here; transition_dossier applies them.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace essaim::labelling {

enum class DossierState {
    Brouillon,
    Depose,
    EnInstruction,
    ComplementsDemandes,
    EnComite,
    Labellise,
    Refuse,
    SansSuite,
    Retire,
};

//! Every state, in lifecycle order.
const std::vector<DossierState>& dossier_states();
std::string_view state_code(DossierState state);   //!< "brouillon", "depose", …
std::string_view state_label(DossierState state);  //!< "Brouillon", "Déposé", …
bool state_from_code(std::string_view code, DossierState& state);
//! Labellisé, refusé, sans suite, retiré: nothing moves the dossier any more.
bool is_final(DossierState state);

//! Who makes a move: the applicant (a member of the applying organisation) or the labelling staff.
enum class DossierActor { Applicant, Staff };

//! Who may move a dossier from `from` to `to`; nothing when the move does not exist.
std::optional<DossierActor> transition_actor(DossierState from, DossierState to);
//! Moves whose motivation may not be empty: asking for completions, refusing, closing without
//! follow-up, and the committee sending a dossier back to instruction.
bool requires_motivation(DossierState from, DossierState to);

struct Dossier {
    long long id = 0;
    long long call_id = 0;
    long long form_id = 0;
    long long organisation_id = 0;
    std::string territory_kind;  //!< "" or region, departement, commune
    std::string territory_code;
    std::string region_code;  //!< "" when unknown
    DossierState state = DossierState::Brouillon;
    std::string answers_json = "{}";
    long long instructor_id = 0;  //!< 0 = not assigned
    long long created_by = 0;
    long long created_at = 0;
    long long updated_at = 0;
    long long deposited_at = 0;  //!< 0 = never deposited
    long long decided_at = 0;
    long long renewal_of_label_id = 0;
};

} // namespace essaim::labelling
