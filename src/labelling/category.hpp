#pragma once
// What a call labels, and so what a label says its holder is: a kind of support structure, or a territory.

#include <string_view>
#include <vector>

namespace essaim::labelling {

enum class LabelCategory { Incubateur, Accelerateur, Ruche, Financeur, Evaluateur, Ptce, Territoire };

//! Every category, in display order.
const std::vector<LabelCategory>& label_categories();
std::string_view category_code(LabelCategory category);   //!< "incubateur", …, "territoire"
std::string_view category_label(LabelCategory category);  //!< "Incubateur", …, "Territoire"
bool category_from_code(std::string_view code, LabelCategory& category);

} // namespace essaim::labelling
