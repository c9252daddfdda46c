#include "labelling/category.hpp"

namespace essaim::labelling {

namespace {

struct CategoryName {
    LabelCategory category;
    std::string_view code;
    std::string_view label;
};

constexpr CategoryName names[] = {
    {LabelCategory::Incubateur, "incubateur", "Incubateur"},
    {LabelCategory::Accelerateur, "accelerateur", "Accélérateur"},
    {LabelCategory::Ruche, "ruche", "Ruche"},
    {LabelCategory::Financeur, "financeur", "Financeur"},
    {LabelCategory::Evaluateur, "evaluateur", "Évaluateur d’impact"},
    {LabelCategory::Ptce, "ptce", "Pôle territorial de coopération économique (PTCE)"},
    {LabelCategory::Territoire, "territoire", "Territoire"},
};

const CategoryName& name_of(LabelCategory category)
{
    for (const auto& name : names)
        if (name.category == category)
            return name;
    return names[0];
}

} // namespace

const std::vector<LabelCategory>& label_categories()
{
    static const std::vector<LabelCategory> all = [] {
        std::vector<LabelCategory> categories;
        for (const auto& name : names)
            categories.push_back(name.category);
        return categories;
    }();
    return all;
}

std::string_view category_code(LabelCategory category) { return name_of(category).code; }
std::string_view category_label(LabelCategory category) { return name_of(category).label; }

bool category_from_code(std::string_view code, LabelCategory& category)
{
    for (const auto& name : names)
        if (name.code == code) {
            category = name.category;
            return true;
        }
    return false;
}

} // namespace essaim::labelling
