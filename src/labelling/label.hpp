#pragma once
// A label: what a committee grants an organisation (or a territory) for a number of years. Its
// status is derived: current while active and not past its expiry date, expired after it,
// withdrawn when an administrator took it back. Expired and withdrawn labels stay as history.

#include "labelling/category.hpp"

#include <string>
#include <string_view>

namespace essaim::labelling {

enum class LabelStatus { Current, Expired, Withdrawn };

std::string_view label_status_code(LabelStatus status);   //!< "en-cours", "expire", "retire"
std::string_view label_status_label(LabelStatus status);  //!< "En cours", "Expiré", "Retiré"
bool label_status_from_code(std::string_view code, LabelStatus& status);

struct Label {
    long long id = 0;
    std::string code;  //!< "ESS-2026-K7QX3M"
    LabelCategory category = LabelCategory::Incubateur;
    long long organisation_id = 0;
    std::string organisation_name;
    std::string siren;             //!< "" when the organisation has none
    std::string territory_kind;    //!< "" or region, departement, commune
    std::string territory_code;
    std::string territory_name;    //!< the territory's name, "" when none
    std::string region_code;       //!< the territory's region, or the organisation's; "" when unknown
    long long call_id = 0;
    long long dossier_id = 0;
    std::string granted_on;  //!< YYYY-MM-DD
    std::string expires_on;  //!< YYYY-MM-DD: the last day the label is valid
    bool withdrawn = false;  //!< state = 'retire'
    long long withdrawn_at = 0;
    long long withdrawn_by = 0;
    std::string withdrawal_motivation;
    long long reminded_90_at = 0;
    long long reminded_30_at = 0;
    long long created_at = 0;
};

//! The label's status on `today` (YYYY-MM-DD): expired once today is after expires_on.
LabelStatus label_status(const Label& label, std::string_view today);

} // namespace essaim::labelling
