#pragma once
// The French labels of the machine names that domains store and log: audit actions, the kinds of
// records they touch, field names, and the states of records. Each domain registers its own words
// (in its module.cpp); pages that show another domain's records (the audit log, "Mes données")
// read them here and import no domain. The JSON download keeps the machine names.

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace essaim::web {

//! What a machine name names.
enum class Term {
    AuditAction,     //!< "auth.sign_in" → "Connexion"
    RecordType,      //!< "organisation" → "Organisation"
    Field,           //!< "display_name" → "Nom affiché"
    ProjectStatus,   //!< "publiee" → "Publiée"
    DossierState,    //!< "depose" → "Déposé"
    ReviewState,     //!< "demande" → "En attente"
    Recommendation,  //!< "favorable" → "Favorable"
    ClaimStatus,     //!< "en_attente" → "En attente"
    Value,           //!< a field's coded value, as "field:code": "roles:instructeur" → "Instructeur"
};

class Vocabulary {
public:
    //! Adds (or replaces) the label of `code`.
    void add(Term term, std::string code, std::string label);
    //! The label of `code`, when one was registered.
    std::optional<std::string> find(Term term, std::string_view code) const;
    //! The label of `code`, or `code` made readable when none is known ("sign_up_address_taken" →
    //! "Sign up address taken"): a reader never meets an underscore or a dotted name.
    std::string label(Term term, std::string_view code) const;

private:
    std::map<std::pair<Term, std::string>, std::string, std::less<>> m_labels;
};

//! `code` without its dotted prefix, its underscores as spaces, its first letter in capitals.
std::string readable_code(std::string_view code);

} // namespace essaim::web
