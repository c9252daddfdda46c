// Projects' pure rules: reference lists, completeness score, qualification decision, essaimage
// family reach, and the form's parsing of numbers and territories.

#include "directory/project.hpp"
#include "directory/project_form.hpp"
#include "http/form.hpp"

#include <ctemplate/template.h>
#include <gtest/gtest.h>

using namespace essaim::directory;

TEST(ProjectReferences, SixteenThematicsAndSeventeenGoalsNumberedInOrder)
{
    EXPECT_EQ(thematics().size(), 16u);
    ASSERT_EQ(sdgs().size(), 17u);
    for (std::size_t i = 0; i < sdgs().size(); ++i)
        EXPECT_EQ(sdgs()[i].number, static_cast<int>(i + 1));
    EXPECT_EQ(sdg_label(1), "ODD 1 — Pas de pauvreté");
    EXPECT_EQ(sdg_label(17), "ODD 17 — Partenariats pour la réalisation des objectifs");
    EXPECT_EQ(sdg_label(0), "");
    EXPECT_EQ(sdg_label(18), "");
    EXPECT_EQ(label_of(project_stages(), "changement_echelle").value_or(""), "Changement d’échelle");
    EXPECT_EQ(label_of(growth_modes(), "essaimage").value_or(""), "Essaimage");
    EXPECT_EQ(label_of(thematics(), "inclusion_numerique").value_or(""), "Inclusion numérique");
}

namespace {

ProjectProfile full_profile()
{
    ProjectProfile p;
    p.title = "Cuisines partagées";
    p.summary = "Des cuisines ouvertes à tous.";
    p.social_need = "L’isolement des personnes âgées.";
    p.beneficiaries = "Habitants du quartier.";
    p.thematics = {"alimentation_agriculture"};
    p.sdgs = {2};
    p.territories = {{TerritoryKind::Commune, "42218"}};
    p.beneficiaries_per_year = 300;
    p.jobs_fte_tenths = 25;
    p.annual_budget_euros = 120000;
    p.needs_partners = true;
    return p;
}

} // namespace

TEST(ProjectCompleteness, WeightsAddUpToOneHundredAndEachPartCounts)
{
    int total = 0;
    for (const auto& item : completeness_items(ProjectProfile{}))
        total += item.weight;
    EXPECT_EQ(total, 100);
    EXPECT_EQ(completeness_score(ProjectProfile{}), 0);
    EXPECT_EQ(completeness_score(full_profile()), 100);

    struct Case {
        const char* what;
        void (*remove)(ProjectProfile&);
        int expected;
    };
    const Case cases[] = {
        {"summary", [](ProjectProfile& p) { p.summary.clear(); }, 85},
        {"social need", [](ProjectProfile& p) { p.social_need.clear(); }, 85},
        {"beneficiaries", [](ProjectProfile& p) { p.beneficiaries.clear(); }, 90},
        {"thematic", [](ProjectProfile& p) { p.thematics.clear(); }, 90},
        {"sdg", [](ProjectProfile& p) { p.sdgs.clear(); }, 90},
        {"territory", [](ProjectProfile& p) { p.territories.clear(); }, 90},
        {"beneficiaries a year", [](ProjectProfile& p) { p.beneficiaries_per_year.reset(); }, 90},
        {"jobs", [](ProjectProfile& p) { p.jobs_fte_tenths.reset(); }, 95},
        {"budget", [](ProjectProfile& p) { p.annual_budget_euros.reset(); }, 95},
        {"needs", [](ProjectProfile& p) { p.needs_partners = false; }, 90},
    };
    for (const auto& c : cases) {
        auto profile = full_profile();
        c.remove(profile);
        EXPECT_EQ(completeness_score(profile), c.expected) << c.what;
    }
    // National scope stands for the territories; a zero figure is still a figure given.
    auto national = full_profile();
    national.territories.clear();
    national.national_scope = true;
    national.beneficiaries_per_year = 0;
    EXPECT_EQ(completeness_score(national), 100);
}

TEST(ProjectQualification, TotalOfEightWithNoZeroQualifies)
{
    struct Case {
        QualificationGrid grid;
        bool qualified;
    };
    const Case cases[] = {
        {{2, 2, 2, 2}, true},
        {{3, 3, 1, 1}, true},
        {{3, 3, 3, 3}, true},
        {{2, 2, 2, 1}, false},   // total 7
        {{3, 3, 3, 0}, false},   // a criterion at 0
        {{0, 0, 0, 0}, false},
        {{1, 1, 1, 1}, false},
    };
    for (const auto& c : cases) {
        EXPECT_EQ(qualification_decision(c.grid), c.qualified)
            << c.grid.social_need << c.grid.innovation << c.grid.impact_evidence << c.grid.scaling_potential;
    }
}

TEST(ProjectFamily, ReachSumsTheOriginalAndEveryReplicationOnce)
{
    std::vector<LineageNode> nodes = {
        {1, 0, 1000},  // the original
        {2, 1, 200},   // replications of 1
        {3, 1, 300},
        {4, 3, 50},    // a replication of a replication
        {5, 0, 7000},  // unrelated
    };
    EXPECT_EQ(family_reach(nodes, 1), 1550);
    EXPECT_EQ(family_reach(nodes, 3), 350);
    EXPECT_EQ(family_reach(nodes, 5), 7000);
    EXPECT_EQ((family_of(nodes, 1)), (std::vector<long long>{1, 2, 3, 4}));
    // A cycle written by hand in the database is counted once, without looping.
    std::vector<LineageNode> cycle = {{1, 2, 10}, {2, 1, 20}};
    EXPECT_EQ(family_reach(cycle, 1), 30);
}

TEST(ProjectForm, TerritoriesSyntax)
{
    std::vector<TerritoryRef> refs;
    bool national = false;
    std::string error;
    ASSERT_TRUE(parse_territories("42218, 42 ; r84 2a004 national 971", refs, national, error)) << error;
    EXPECT_TRUE(national);
    EXPECT_EQ(refs, (std::vector<TerritoryRef>{{TerritoryKind::Commune, "2A004"}, {TerritoryKind::Commune, "42218"},
                        {TerritoryKind::Departement, "42"}, {TerritoryKind::Departement, "971"},
                        {TerritoryKind::Region, "84"}}));
    EXPECT_FALSE(parse_territories("42218, Loire", refs, national, error));
    EXPECT_NE(error.find("Loire"), std::string::npos);
    EXPECT_FALSE(parse_territories("123456", refs, national, error));
    ASSERT_TRUE(parse_territories("", refs, national, error));
    EXPECT_TRUE(refs.empty());
    EXPECT_FALSE(national);

    ProjectProfile profile;
    profile.national_scope = true;
    profile.territories = {{TerritoryKind::Departement, "42"}, {TerritoryKind::Region, "84"}};
    EXPECT_EQ(territories_text(profile), "national, 42, R84");
}

TEST(ProjectForm, NumbersAndTenths)
{
    long long value = 0;
    EXPECT_TRUE(parse_count("1 200", value));
    EXPECT_EQ(value, 1200);
    EXPECT_TRUE(parse_count("150.000", value));
    EXPECT_EQ(value, 150000);
    EXPECT_FALSE(parse_count("-3", value));
    EXPECT_FALSE(parse_count("douze", value));
    EXPECT_FALSE(parse_count("", value));
    EXPECT_TRUE(parse_tenths("2,5", value));
    EXPECT_EQ(value, 25);
    EXPECT_TRUE(parse_tenths("3", value));
    EXPECT_EQ(value, 30);
    EXPECT_TRUE(parse_tenths("0.5", value));
    EXPECT_EQ(value, 5);
    EXPECT_FALSE(parse_tenths("2,55", value));
    EXPECT_FALSE(parse_tenths("2,", value));
    EXPECT_FALSE(parse_tenths(",5", value));
    EXPECT_EQ(format_tenths(25), "2,5");
    EXPECT_EQ(format_tenths(30), "3");
}

TEST(ProjectForm, ValidationReportsEachFieldAndKeepsInput)
{
    essaim::http::Form form;
    form.add("title", "  ");
    form.add("stage", "inconnu");
    form.add("growth_mode", "croissance_organique");
    form.add("thematics", "sante");
    form.add("thematics", "pas_une_thematique");
    form.add("sdgs", "3");
    form.add("sdgs", "18");
    form.add("beneficiaries_per_year", "beaucoup");
    form.add("jobs_fte", "2,25");
    form.add("territories", "42218, nulle-part");
    form.add("replicates", "12");
    auto input = project_input_from_form(form);
    auto errors = validate_project_input(input);
    for (const char* field : {"title", "stage", "thematics", "sdgs", "beneficiaries_per_year", "jobs_fte", "territories",
             "replicates"})
        EXPECT_TRUE(errors.count(field)) << field;
    EXPECT_FALSE(errors.count("growth_mode"));
    EXPECT_EQ(input.beneficiaries_per_year, "beaucoup");
    EXPECT_EQ(input.territories, "42218, nulle-part");
    EXPECT_EQ(input.profile.sdgs, (std::vector<int>{3}));
    EXPECT_EQ(input.profile.thematics, (std::vector<std::string>{"sante"}));

    essaim::http::Form good;
    good.add("title", "Cuisines partagées");
    good.add("stage", "experimentation");
    good.add("growth_mode", "essaimage");
    good.add("replicates", "Le projet d’origine");
    good.add("replication_started_on", "2024-02-30");
    auto second = project_input_from_form(good);
    auto second_errors = validate_project_input(second);
    EXPECT_EQ(second_errors.size(), 1u);
    EXPECT_TRUE(second_errors.count("replication_started_on"));
}

TEST(ProjectForm, ChangesListOnlyWhatDiffers)
{
    ProjectProfile before;
    before.title = "A";
    auto after = before;
    EXPECT_EQ(project_changes_json(before, after), "{}");
    after.title = "B";
    after.sdgs = {4};
    EXPECT_EQ(project_changes_json(before, after), R"({"title":["A","B"],"sdgs":[[],[4]]})");
}

TEST(ProjectTemplates, OrganisationProjectListExpands)
{
    // The organisation page includes it as {{>PROJECTS}}; here it is expanded on its own.
    ctemplate::TemplateDictionary dictionary("projects");
    auto* row = dictionary.AddSectionDictionary("PROJECT");
    row->SetValue("HREF", "/projets/3");
    row->SetValue("TITLE", "Cuisines <partagées>");
    row->SetValue("STAGE_LABEL", "Idéation");
    row->ShowSection("QUALIFIED");
    dictionary.SetValueAndShowSection("NEW_HREF", "/organisations/2/projets/nouveau", "CAN_ADD");
    std::string html;
    ASSERT_TRUE(ctemplate::ExpandTemplate("templates/directory/project_list.tpl", ctemplate::DO_NOT_STRIP, &dictionary, &html));
    EXPECT_NE(html.find("<a href=\"/projets/3\">Cuisines &lt;partagées&gt;</a>"), std::string::npos) << html;
    EXPECT_NE(html.find("Qualifié"), std::string::npos);
    EXPECT_NE(html.find("href=\"/organisations/2/projets/nouveau\""), std::string::npos);
    EXPECT_EQ(html.find("Aucun projet"), std::string::npos);
}
