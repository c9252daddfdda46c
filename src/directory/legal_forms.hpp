#pragma once
// Labels of the INSEE "catégories juridiques" (level III, 4 digits) most common among the actors
// of social innovation. No package publishes the nomenclature, so only this short list is named;
// any other well-formed code is kept and shown as a code.

#include "directory/organisation.hpp"

#include <optional>
#include <string_view>
#include <vector>

namespace essaim::directory {

//! The named categories, by code (also offered as suggestions in the form).
const std::vector<CodeLabel>& common_legal_forms();

//! The label of `code`, when it is one of common_legal_forms().
std::optional<std::string_view> legal_form_label(std::string_view code);

} // namespace essaim::directory
