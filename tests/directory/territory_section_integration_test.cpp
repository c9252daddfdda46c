// The directory's section of the region and department pages, over real HTTP: organisations
// placed by their commune, projects by their territories of action, only public records, counts,
// lists capped and escaped, the link to the filtered directory, and the empty case.
// Each test works in a region that holds no record when it starts (found by asking the
// database), so the counts it reads are its own whatever the other tests created.

#include "auth/auth_test_support.hpp"
#include "directory/organisation_store.hpp"

#include <soci/soci.h>

#include <regex>

using namespace essaim::test;
using namespace essaim::test::auth_support;
using essaim::auth::Role;
namespace directory = essaim::directory;

namespace {

struct EmptyRegion {
    std::string code;
    std::string first_department;
    std::string second_department;
    std::string first_commune; //!< the most populated commune of the first department
    std::string second_commune; //!< the most populated commune of the second department
};

//! Retires every record of region `code`: its organisations are marked ceased (they leave every
//! public list, as a ceased unit does) and projects stop acting there. Other tests of this process
//! (register imports above all) spread organisations over every region, so a region is emptied
//! rather than found empty; nothing is deleted that another test reads afterwards, since each test
//! checks its own records when it creates them.
void empty_the_region(const std::string& code)
{
    auto lease = TestPlatform::instance().platform().services().pool.acquire();
    auto& sql = lease->sql();
    std::string region = code;
    sql << "UPDATE organisations SET ceased = 1 WHERE ceased = 0 AND commune_code IN "
           "(SELECT c.code FROM communes c WHERE c.region_code = :r)",
        soci::use(region);
    sql << "DELETE FROM project_territories WHERE (kind = 'region' AND code = :r1) "
           "OR (kind = 'departement' AND code IN (SELECT d.code FROM departments d WHERE d.region_code = :r2)) "
           "OR (kind = 'commune' AND code IN (SELECT c.code FROM communes c WHERE c.region_code = :r3))",
        soci::use(region), soci::use(region), soci::use(region);
}

//! A region with two departments or more, not in `taken`, emptied of every record (see above).
EmptyRegion empty_region(const std::vector<std::string>& taken = {})
{
    auto lease = TestPlatform::instance().platform().services().pool.acquire();
    auto& sql = lease->sql();
    std::string code;
    soci::statement regions = (sql.prepare
            << "SELECT r.code FROM regions r WHERE "
               "(SELECT count(*) FROM departments d WHERE d.region_code = r.code) >= 2 ORDER BY r.code",
        soci::into(code));
    regions.execute();
    while (regions.fetch()) {
        if (std::find(taken.begin(), taken.end(), code) != taken.end())
            continue;
        EmptyRegion region;
        region.code = code;
        sql << "SELECT min(code) FROM departments WHERE region_code = :r", soci::use(code),
            soci::into(region.first_department);
        sql << "SELECT max(code) FROM departments WHERE region_code = :r", soci::use(code),
            soci::into(region.second_department);
        sql << "SELECT code FROM communes WHERE department_code = :d ORDER BY population DESC, code LIMIT 1",
            soci::use(region.first_department), soci::into(region.first_commune);
        sql << "SELECT code FROM communes WHERE department_code = :d ORDER BY population DESC, code LIMIT 1",
            soci::use(region.second_department), soci::into(region.second_commune);
        empty_the_region(code);
        return region;
    }
    ADD_FAILURE() << "no region of two departments or more";
    return {};
}

std::string region_page(const std::string& code) { return "/territoires/regions/" + code; }
std::string department_page(const std::string& code) { return "/territoires/departements/" + code; }

std::string id_of(const std::string& path) { return path.substr(path.rfind('/') + 1); }

Actor& administrator()
{
    static Actor admin = signed_in_actor("territoire-admin", {Role::Administrateur});
    return admin;
}

//! A member's organisation at `commune`; published by an administrator when `publish`.
std::string create_organisation(
    Actor& owner, const std::string& name, const std::string& commune, bool publish, std::vector<std::string> types)
{
    Fields fields{{"name", name}, {"ess_family", "association"}, {"commune_code", commune}};
    for (const auto& type : types)
        fields.emplace_back("actor_types", type);
    auto created = owner.client.post_form("/organisations/nouvelle", fields);
    EXPECT_EQ(created.status, 303) << created.body.substr(0, 3000);
    auto path = std::string(created.header("location").value_or(""));
    if (publish) {
        EXPECT_EQ(administrator().client.post_form("/admin/organisations/" + id_of(path) + "/publier", {}).status, 303);
    }
    return path;
}

std::string create_project(Actor& owner, const std::string& organisation_path, const std::string& title,
    const std::string& stage, const std::string& territories)
{
    Fields fields{{"title", title}, {"summary", "Un projet de test."}, {"social_need", ""}, {"beneficiaries", ""},
        {"stage", stage}, {"growth_mode", "croissance_organique"}, {"thematics", "sante"}, {"territories", territories},
        {"beneficiaries_per_year", ""}, {"jobs_fte", ""}, {"annual_budget_euros", ""}, {"funding_sought_euros", ""},
        {"needs_details", ""}, {"replicates", ""}, {"replication_started_on", ""}};
    auto response = owner.client.post_form(organisation_path + "/projets/nouveau", fields);
    EXPECT_EQ(response.status, 303) << response.body.substr(0, 4000);
    return std::string(response.header("location").value_or(""));
}

//! The directory's section of a territory page (from its heading to the end of the section).
std::string section_of(const std::string& body)
{
    auto start = body.find("<section class=\"fr-mt-6w\" aria-labelledby=\"acteurs-et-projets\">");
    if (start == std::string::npos)
        return {};
    auto end = body.find("</section>", start);
    return body.substr(start, end == std::string::npos ? std::string::npos : end - start);
}

std::string section_at(HttpClient& client, const std::string& path)
{
    auto response = client.get(path);
    EXPECT_EQ(response.status, 200) << path;
    auto section = section_of(response.body);
    EXPECT_FALSE(section.empty()) << path << " has no directory section";
    return section;
}

//! The count in the row of `label` of a section table, -1 when the row is absent.
long long row_count(const std::string& section, const std::string& label)
{
    std::smatch match;
    std::regex row(">" + label + "(</a>)?</th>\\s*<td class=\"essaim-number\">([0-9]+)</td>");
    if (std::regex_search(section, match, row))
        return std::stoll(match[2].str());
    return -1;
}

//! The heading levels of a page, in order.
std::vector<int> heading_levels(const std::string& body)
{
    std::vector<int> levels;
    std::regex heading("<h([1-6])[ >]");
    for (auto it = std::sregex_iterator(body.begin(), body.end(), heading); it != std::sregex_iterator(); ++it)
        levels.push_back((*it)[1].str()[0] - '0');
    return levels;
}

std::string unique_name(const std::string& stem)
{
    static int counter = 0;
    return stem + " " + std::to_string(::getpid()) + "-" + std::to_string(++counter);
}

} // namespace

TEST(TerritorySection, EmptyTerritoriesSayNoActorIsListedYet)
{
    auto region = empty_region();
    ASSERT_FALSE(region.code.empty());
    HttpClient visitor(TestPlatform::instance().port());
    for (const auto& path : {region_page(region.code), department_page(region.first_department)}) {
        auto response = visitor.get(path);
        ASSERT_EQ(response.status, 200) << path;
        auto section = section_of(response.body);
        EXPECT_TRUE(contains(section, "<h2 id=\"acteurs-et-projets\">Acteurs et projets de l’innovation sociale</h2>"))
            << path;
        EXPECT_TRUE(contains(section, "Aucun acteur référencé pour l’instant")) << path;
        EXPECT_FALSE(contains(section, "Voir tout dans l’annuaire")) << path;
        EXPECT_FALSE(contains(section, "<table")) << path;
        EXPECT_TRUE(contains(section, "href=\"/organisations/nouvelle\"")) << path;
    }
}

TEST(TerritorySection, PublicRecordsAppearWhereTheyAreAndNowhereElse)
{
    auto region = empty_region();
    ASSERT_FALSE(region.code.empty());
    auto other = empty_region({region.code});
    ASSERT_FALSE(other.code.empty());
    ASSERT_NE(region.first_department, region.second_department);

    auto owner = signed_in_actor("territoire-membre");
    HttpClient visitor(TestPlatform::instance().port());

    // A pending organisation is not shown, nor its projects.
    auto pending_name = unique_name("Ruche en attente");
    auto pending = create_organisation(owner, pending_name, region.first_commune, false, {"ruche"});
    auto pending_project = unique_name("Projet d’une fiche en attente");
    create_project(owner, pending, pending_project, "ideation", region.first_department);
    auto before = section_at(visitor, department_page(region.first_department));
    EXPECT_TRUE(contains(before, "Aucun acteur référencé pour l’instant"));
    EXPECT_FALSE(contains(before, pending_name));
    EXPECT_FALSE(contains(before, pending_project));

    // Published: the first department's organisation, and one in the second department that has ceased.
    auto hive_name = unique_name("Incubateur des Abeilles");
    auto hive = create_organisation(owner, hive_name, region.first_commune, true, {"incubateur", "porteur_de_projet"});
    auto ceased_name = unique_name("Coopérative cessée");
    auto ceased = create_organisation(owner, ceased_name, region.second_commune, true, {"reseau"});

    auto in_commune = unique_name("Cuisines partagées");
    auto in_commune_path = create_project(owner, hive, in_commune, "experimentation", region.first_commune);
    auto in_second = unique_name("Jardins solidaires");
    auto in_second_path = create_project(owner, hive, in_second, "consolidation", region.second_department);
    auto regional = unique_name("Réseau régional");
    auto regional_path = create_project(owner, hive, regional, "experimentation", "R" + region.code);
    auto national = unique_name("Plateforme nationale");
    create_project(owner, hive, national, "changement_echelle", "national");
    auto hidden = unique_name("Projet masqué");
    auto hidden_path = create_project(owner, hive, hidden, "ideation", region.first_commune);
    execute_sql("UPDATE projects SET status = 'refusee' WHERE id = " + id_of(hidden_path));
    auto of_ceased = unique_name("Projet d’une structure cessée");
    create_project(owner, ceased, of_ceased, "ideation", region.first_department);
    execute_sql("UPDATE organisations SET ceased = 1 WHERE id = " + id_of(ceased));

    // The first department: its organisation, the project in its commune and the regional one.
    auto first = section_at(visitor, department_page(region.first_department));
    EXPECT_FALSE(contains(first, "Aucun acteur référencé"));
    EXPECT_TRUE(contains(first, "<a href=\"" + hive + "\">" + hive_name + "</a>")) << first;
    EXPECT_TRUE(contains(first, "1 organisation publiée a son adresse dans ce département."));
    EXPECT_EQ(row_count(first, "Incubateur"), 1);
    EXPECT_EQ(row_count(first, "Porteur de projet"), 1);
    EXPECT_EQ(row_count(first, "Réseau"), -1);
    EXPECT_TRUE(contains(first, "<a href=\"" + in_commune_path + "\">" + in_commune + "</a>, porté par " + hive_name));
    EXPECT_TRUE(contains(first, "<a href=\"" + regional_path + "\">" + regional + "</a>"));
    EXPECT_TRUE(contains(first, "2 projets publiés"));
    EXPECT_EQ(row_count(first, "Expérimentation"), 2);
    for (const auto& absent : {in_second, national, hidden, of_ceased, pending_project, pending_name, ceased_name})
        EXPECT_FALSE(contains(first, absent)) << absent;
    EXPECT_TRUE(contains(
        first, "href=\"/annuaire?departement=" + region.first_department + "\">Voir tout dans l’annuaire</a>"));
    EXPECT_TRUE(contains(first,
        "href=\"/annuaire?departement=" + region.first_department
            + "&amp;type=organisation&amp;actor_type=incubateur\""));

    // The second department: no public organisation (the only one has ceased), two projects.
    auto second = section_at(visitor, department_page(region.second_department));
    EXPECT_TRUE(contains(second, "Aucune organisation publiée n’est implantée dans ce département"));
    EXPECT_FALSE(contains(second, hive_name + "</a>"));
    EXPECT_FALSE(contains(second, ceased_name));
    EXPECT_TRUE(contains(second, in_second));
    EXPECT_TRUE(contains(second, regional));
    EXPECT_FALSE(contains(second, in_commune));
    EXPECT_EQ(row_count(second, "Consolidation"), 1);
    EXPECT_EQ(row_count(second, "Expérimentation"), 1);

    // The region: everything placed in it, once each.
    auto whole = section_at(visitor, region_page(region.code));
    EXPECT_TRUE(contains(whole, hive_name));
    for (const auto& present : {in_commune, in_second, regional})
        EXPECT_TRUE(contains(whole, present)) << present;
    for (const auto& absent : {national, hidden, of_ceased, pending_project, ceased_name})
        EXPECT_FALSE(contains(whole, absent)) << absent;
    EXPECT_TRUE(contains(whole, "3 projets publiés"));
    EXPECT_TRUE(contains(whole, "href=\"/annuaire?region=" + region.code + "\">Voir tout dans l’annuaire</a>"));

    // Another region sees none of it.
    auto elsewhere = section_at(visitor, region_page(other.code));
    EXPECT_TRUE(contains(elsewhere, "Aucun acteur référencé pour l’instant"));
    for (const auto& absent : {hive_name, in_commune, in_second, regional})
        EXPECT_FALSE(contains(elsewhere, absent)) << absent;

    // Headings stay in order under the page's single h1.
    for (const auto& path : {department_page(region.first_department), region_page(region.code)}) {
        auto levels = heading_levels(visitor.get(path).body);
        ASSERT_FALSE(levels.empty());
        EXPECT_EQ(std::count(levels.begin(), levels.end(), 1), 1) << path;
        for (std::size_t i = 1; i < levels.size(); ++i)
            EXPECT_LE(levels[i], levels[i - 1] + 1) << path << " heading " << i;
    }
}

TEST(TerritorySection, ListsTheTenMostRecentlyUpdatedAndEscapesNames)
{
    auto region = empty_region();
    ASSERT_FALSE(region.code.empty());
    auto lease = TestPlatform::instance().platform().services().pool.acquire();
    std::vector<std::string> names;
    for (int i = 0; i < 12; ++i) {
        directory::Organisation organisation;
        organisation.profile.name = unique_name(i == 11 ? "Les <Abeilles> & Cie" : "Structure");
        organisation.profile.commune_code = region.first_commune;
        organisation.profile.ess_family = "association";
        organisation.profile.actor_types = {"financeur_prive"};
        organisation.status = directory::OrganisationStatus::Publiee;
        organisation.created_at = 1'750'000'000;
        organisation.updated_at = 1'750'000'000 + i * 60; // the last one is the most recent
        ASSERT_TRUE(directory::insert_organisation(*lease, organisation).has_value());
        names.push_back(organisation.profile.name);
    }
    HttpClient visitor(TestPlatform::instance().port());
    auto section = section_at(visitor, department_page(region.first_department));
    EXPECT_TRUE(contains(section, "12 organisations publiées ont leur adresse dans ce département."));
    EXPECT_EQ(row_count(section, "Financeur privé"), 12);
    EXPECT_FALSE(contains(section, "<Abeilles>"));
    EXPECT_TRUE(contains(section, "Les &lt;Abeilles&gt; &amp; Cie"));
    // Newest first; the two oldest are left to the directory.
    auto newest = section.find("Les &lt;Abeilles&gt;");
    for (int i = 2; i < 11; ++i) {
        auto at = section.find(names[static_cast<std::size_t>(i)] + "</a>");
        EXPECT_NE(at, std::string::npos) << names[static_cast<std::size_t>(i)];
        EXPECT_LT(newest, at);
    }
    EXPECT_FALSE(contains(section, names[0] + "</a>"));
    EXPECT_FALSE(contains(section, names[1] + "</a>"));
    EXPECT_TRUE(contains(section, "Aucun projet publié n’est mené dans ce département"));
}
