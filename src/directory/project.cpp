#include "directory/project.hpp"

#include <algorithm>
#include <set>

namespace essaim::directory {

const std::vector<CodeLabel>& thematics()
{
    static const std::vector<CodeLabel> list = {
        {"emploi_insertion", "Emploi et insertion"},
        {"education_jeunesse", "Éducation et jeunesse"},
        {"sante", "Santé"},
        {"handicap_dependance", "Handicap et dépendance"},
        {"alimentation_agriculture", "Alimentation et agriculture"},
        {"environnement_transition", "Environnement et transition écologique"},
        {"energie", "Énergie"},
        {"mobilite", "Mobilité"},
        {"logement", "Logement"},
        {"inclusion_numerique", "Inclusion numérique"},
        {"culture_sport", "Culture et sport"},
        {"pauvrete_exclusions", "Lutte contre la pauvreté et les exclusions"},
        {"egalite_femmes_hommes", "Égalité femmes-hommes"},
        {"vieillissement", "Vieillissement"},
        {"solidarite_internationale", "Solidarité internationale"},
        {"democratie_citoyennete", "Démocratie et citoyenneté"},
    };
    return list;
}

const std::vector<CodeLabel>& project_stages()
{
    static const std::vector<CodeLabel> list = {
        {"ideation", "Idéation"},
        {"experimentation", "Expérimentation"},
        {"consolidation", "Consolidation"},
        {"changement_echelle", "Changement d’échelle"},
    };
    return list;
}

const std::vector<CodeLabel>& growth_modes()
{
    static const std::vector<CodeLabel> list = {
        {"croissance_organique", "Croissance organique"},
        {"essaimage", "Essaimage"},
    };
    return list;
}

const std::vector<Sdg>& sdgs()
{
    static const std::vector<Sdg> list = {
        {1, "Pas de pauvreté"},
        {2, "Faim « zéro »"},
        {3, "Bonne santé et bien-être"},
        {4, "Éducation de qualité"},
        {5, "Égalité entre les sexes"},
        {6, "Eau propre et assainissement"},
        {7, "Énergie propre et d’un coût abordable"},
        {8, "Travail décent et croissance économique"},
        {9, "Industrie, innovation et infrastructure"},
        {10, "Inégalités réduites"},
        {11, "Villes et communautés durables"},
        {12, "Consommation et production responsables"},
        {13, "Mesures relatives à la lutte contre les changements climatiques"},
        {14, "Vie aquatique"},
        {15, "Vie terrestre"},
        {16, "Paix, justice et institutions efficaces"},
        {17, "Partenariats pour la réalisation des objectifs"},
    };
    return list;
}

std::string sdg_label(int number)
{
    if (number < 1 || number > 17)
        return {};
    return "ODD " + std::to_string(number) + " — " + std::string(sdgs()[number - 1].name);
}

std::string_view territory_kind_code(TerritoryKind kind)
{
    switch (kind) {
    case TerritoryKind::Commune: return "commune";
    case TerritoryKind::Departement: return "departement";
    case TerritoryKind::Region: return "region";
    }
    return "commune";
}

bool territory_kind_from_code(std::string_view code, TerritoryKind& kind)
{
    for (auto candidate : {TerritoryKind::Commune, TerritoryKind::Departement, TerritoryKind::Region}) {
        if (territory_kind_code(candidate) == code) {
            kind = candidate;
            return true;
        }
    }
    return false;
}

std::vector<CompletenessItem> completeness_items(const ProjectProfile& profile)
{
    bool needs_stated = profile.funding_sought_euros.has_value() || profile.needs_support
        || profile.needs_experimentation || profile.needs_partners || !profile.needs_details.empty();
    return {
        {"un résumé", 15, !profile.summary.empty()},
        {"le besoin social auquel le projet répond", 15, !profile.social_need.empty()},
        {"les bénéficiaires", 10, !profile.beneficiaries.empty()},
        {"au moins une thématique", 10, !profile.thematics.empty()},
        {"au moins un objectif de développement durable", 10, !profile.sdgs.empty()},
        {"les territoires d’action", 10, profile.national_scope || !profile.territories.empty()},
        {"le nombre de bénéficiaires par an", 10, profile.beneficiaries_per_year.has_value()},
        {"les emplois en équivalent temps plein", 5, profile.jobs_fte_tenths.has_value()},
        {"le budget annuel", 5, profile.annual_budget_euros.has_value()},
        {"les besoins du projet", 10, needs_stated},
    };
}

int completeness_score(const ProjectProfile& profile)
{
    int score = 0;
    for (const auto& item : completeness_items(profile))
        score += item.done ? item.weight : 0;
    return score;
}

bool qualification_decision(const QualificationGrid& grid)
{
    int scores[] = {grid.social_need, grid.innovation, grid.impact_evidence, grid.scaling_potential};
    int total = 0;
    for (int score : scores) {
        if (score <= 0)
            return false;
        total += score;
    }
    return total >= 8;
}

std::vector<long long> family_of(const std::vector<LineageNode>& nodes, long long root)
{
    std::vector<long long> family{root};
    std::set<long long> seen{root};
    // Breadth first over "replicates" links; `seen` stops a cycle a bad row might make.
    for (std::size_t next = 0; next < family.size(); ++next) {
        for (const auto& node : nodes) {
            if (node.replicates_id == family[next] && seen.insert(node.id).second)
                family.push_back(node.id);
        }
    }
    return family;
}

long long family_reach(const std::vector<LineageNode>& nodes, long long root)
{
    long long reach = 0;
    for (long long id : family_of(nodes, root)) {
        for (const auto& node : nodes) {
            if (node.id == id) {
                reach += node.beneficiaries_per_year;
                break;
            }
        }
    }
    return reach;
}

std::string format_tenths(long long tenths)
{
    auto text = std::to_string(tenths / 10);
    if (tenths % 10 != 0)
        text += "," + std::to_string(tenths % 10);
    return text;
}

std::string_view project_field_label(std::string_view field)
{
    static const std::pair<std::string_view, std::string_view> labels[] = {
        {"title", "Titre"},
        {"summary", "Résumé"},
        {"social_need", "Besoin social"},
        {"beneficiaries", "Bénéficiaires"},
        {"stage", "Stade de développement"},
        {"growth_mode", "Mode de développement"},
        {"thematics", "Thématiques"},
        {"sdgs", "Objectifs de développement durable"},
        {"territories", "Territoires d’action"},
        {"beneficiaries_per_year", "Bénéficiaires par an"},
        {"jobs_fte_tenths", "Emplois en équivalent temps plein"},
        {"annual_budget_euros", "Budget annuel (€)"},
        {"funding_sought_euros", "Financement recherché (€)"},
        {"needs_support", "Besoin d’accompagnement"},
        {"needs_experimentation", "Besoin d’expérimentation ou de dérogation"},
        {"needs_partners", "Besoin de partenaires"},
        {"needs_details", "Précisions sur les besoins"},
        {"replicates_project_id", "Projet d’origine (essaimage)"},
        {"replication_started_on", "Essaimé depuis le"},
        {"status", "Statut"},
        {"hidden_reason", "Raison du masquage"},
        {"organisation_id", "Organisation"},
    };
    for (const auto& [name, label] : labels) {
        if (name == field)
            return label;
    }
    return field;
}

std::string project_status_label(const std::string& code)
{
    if (code == "publiee")
        return "Publié";
    if (code == "refusee")
        return "Masqué par l’équipe Essaim";
    if (code == "en_attente")
        return "En attente";
    return code;
}

} // namespace essaim::directory
