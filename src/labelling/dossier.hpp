#pragma once
// A dossier (an organisation's application to a call) and its lifecycle:
//
//   brouillon → déposé → en instruction ⇄ compléments demandés (answered by depositing again)
//             en instruction → en comité (on the agenda of a committee session)
//             en comité → labellisé | refusé | sans suite (the committee's decision)
//             en comité → en instruction (the committee sends it back)
//   the applicant may withdraw (retiré) any deposited dossier before the decision.
//
// Which moves exist, who makes each one, which need a motivation and which the applicant is told
// of by e-mail is pure data here; transition_dossier applies them.

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

//! Who makes a move: the applicant (a member of the applying organisation), the labelling staff
//! from the dossier, or the committee. The committee's moves (placing a dossier on a session's
//! agenda, sending it back, deciding) are made by staff too, but only through the committee's use
//! cases, which keep the agenda in step: so nothing but a committee decision labels a dossier.
enum class DossierActor { Applicant, Staff, Committee };

//! Who may move a dossier from `from` to `to`; nothing when the move does not exist.
std::optional<DossierActor> transition_actor(DossierState from, DossierState to);
//! Whether `actor` may move a dossier from `from` to `to`: the move exists and it is theirs.
bool may_move(DossierState from, DossierState to, DossierActor actor);
//! Whether the applicant is told of the move by e-mail: the meaningful steps only (deposited,
//! completions asked, the decision, their own withdrawal), never the staff's internal back and
//! forth between instruction and the committee.
bool notifies_applicant(DossierState from, DossierState to);
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
