#include "directory/project_store.hpp"

#include "db/session.hpp"

#include <algorithm>
#include <soci/soci.h>

namespace essaim::directory {

namespace {

//! An optional number bound as a nullable BIGINT.
struct OptionalNumber {
    explicit OptionalNumber(const std::optional<long long>& source)
        : value(source.value_or(0)), indicator(source ? soci::i_ok : soci::i_null)
    {
    }
    long long value;
    soci::indicator indicator;
};

std::optional<long long> read_optional(long long value, soci::indicator indicator)
{
    return indicator == soci::i_ok ? std::optional<long long>(value) : std::nullopt;
}

void insert_lists(db::Session& session, long long id, const ProjectProfile& profile)
{
    for (const auto& thematic : profile.thematics) {
        session.sql() << "INSERT INTO project_thematics (project_id, thematic) VALUES (:id, :thematic)",
            soci::use(id), soci::use(thematic);
    }
    for (int sdg : profile.sdgs)
        session.sql() << "INSERT INTO project_sdgs (project_id, sdg) VALUES (:id, :sdg)", soci::use(id), soci::use(sdg);
    for (const auto& territory : profile.territories) {
        std::string kind(territory_kind_code(territory.kind));
        session.sql() << "INSERT INTO project_territories (project_id, kind, code) VALUES (:id, :kind, :code)",
            soci::use(id), soci::use(kind), soci::use(territory.code);
    }
}

void delete_lists(db::Session& session, long long id)
{
    session.sql() << "DELETE FROM project_thematics WHERE project_id = :id", soci::use(id);
    session.sql() << "DELETE FROM project_sdgs WHERE project_id = :id", soci::use(id);
    session.sql() << "DELETE FROM project_territories WHERE project_id = :id", soci::use(id);
}

void load_lists(db::Session& session, long long id, ProjectProfile& profile)
{
    std::vector<std::string> found;
    std::string text;
    soci::statement thematic_rows = (session.sql().prepare
            << "SELECT thematic FROM project_thematics WHERE project_id = :id", soci::use(id), soci::into(text));
    thematic_rows.execute();
    while (thematic_rows.fetch())
        found.push_back(text);
    for (const auto& known : thematics()) {
        if (std::find(found.begin(), found.end(), known.code) != found.end())
            profile.thematics.emplace_back(known.code);
    }

    int sdg = 0;
    soci::statement sdg_rows = (session.sql().prepare
            << "SELECT sdg FROM project_sdgs WHERE project_id = :id ORDER BY sdg", soci::use(id), soci::into(sdg));
    sdg_rows.execute();
    while (sdg_rows.fetch())
        profile.sdgs.push_back(sdg);

    std::string kind;
    std::string code;
    soci::statement territory_rows = (session.sql().prepare
            << "SELECT kind, code FROM project_territories WHERE project_id = :id", soci::use(id), soci::into(kind),
        soci::into(code));
    territory_rows.execute();
    while (territory_rows.fetch()) {
        TerritoryRef ref;
        if (territory_kind_from_code(kind, ref.kind)) {
            ref.code = code;
            profile.territories.push_back(ref);
        }
    }
    std::sort(profile.territories.begin(), profile.territories.end());
}

//! The statement binding every profile column, for both insert and update.
struct ProfileColumns {
    explicit ProfileColumns(const Project& project)
        : profile(project.profile),
          national(profile.national_scope ? 1 : 0),
          support(profile.needs_support ? 1 : 0),
          experimentation(profile.needs_experimentation ? 1 : 0),
          partners(profile.needs_partners ? 1 : 0),
          beneficiaries_per_year(profile.beneficiaries_per_year),
          jobs(profile.jobs_fte_tenths),
          budget(profile.annual_budget_euros),
          funding(profile.funding_sought_euros),
          replicates(profile.replicates_project_id),
          started_indicator(profile.replication_started_on.empty() ? soci::i_null : soci::i_ok),
          completeness(project.completeness),
          updated_at(project.updated_at)
    {
    }
    const ProjectProfile& profile;
    int national;
    int support;
    int experimentation;
    int partners;
    OptionalNumber beneficiaries_per_year;
    OptionalNumber jobs;
    OptionalNumber budget;
    OptionalNumber funding;
    OptionalNumber replicates;
    soci::indicator started_indicator;
    int completeness;
    long long updated_at;
};

const char* profile_assignments =
    "title = :title, summary = :summary, social_need = :social_need, beneficiaries = :beneficiaries, "
    "stage = :stage, growth_mode = :growth_mode, national_scope = :national_scope, "
    "beneficiaries_per_year = :beneficiaries_per_year, jobs_fte_tenths = :jobs_fte_tenths, "
    "annual_budget_euros = :annual_budget_euros, funding_sought_euros = :funding_sought_euros, "
    "needs_support = :needs_support, needs_experimentation = :needs_experimentation, "
    "needs_partners = :needs_partners, needs_details = :needs_details, "
    "replicates_project_id = :replicates_project_id, replication_started_on = :replication_started_on, "
    "completeness = :completeness, updated_at = :updated_at";

void bind_profile(soci::statement& statement, ProfileColumns& columns)
{
    const auto& p = columns.profile;
    statement.exchange(soci::use(p.title));
    statement.exchange(soci::use(p.summary));
    statement.exchange(soci::use(p.social_need));
    statement.exchange(soci::use(p.beneficiaries));
    statement.exchange(soci::use(p.stage));
    statement.exchange(soci::use(p.growth_mode));
    statement.exchange(soci::use(columns.national));
    statement.exchange(soci::use(columns.beneficiaries_per_year.value, columns.beneficiaries_per_year.indicator));
    statement.exchange(soci::use(columns.jobs.value, columns.jobs.indicator));
    statement.exchange(soci::use(columns.budget.value, columns.budget.indicator));
    statement.exchange(soci::use(columns.funding.value, columns.funding.indicator));
    statement.exchange(soci::use(columns.support));
    statement.exchange(soci::use(columns.experimentation));
    statement.exchange(soci::use(columns.partners));
    statement.exchange(soci::use(p.needs_details));
    statement.exchange(soci::use(columns.replicates.value, columns.replicates.indicator));
    statement.exchange(soci::use(p.replication_started_on, columns.started_indicator));
    statement.exchange(soci::use(columns.completeness));
    statement.exchange(soci::use(columns.updated_at));
}

const char* card_columns =
    "p.id, p.title, p.organisation_id, o.name, COALESCE(p.replicates_project_id, 0), "
    "COALESCE(p.replication_started_on, ''), COALESCE(p.beneficiaries_per_year, 0), "
    "CASE WHEN p.status = 'publiee' AND o.status = 'publiee' THEN 1 ELSE 0 END";

//! Runs a query selecting card_columns and collects its rows.
template <typename Bind>
std::vector<ProjectCard> load_cards(db::Session& session, const std::string& sql, Bind bind)
{
    std::vector<ProjectCard> cards;
    ProjectCard card;
    int is_public = 0;
    soci::statement statement(session.sql());
    statement.exchange(soci::into(card.id));
    statement.exchange(soci::into(card.title));
    statement.exchange(soci::into(card.organisation_id));
    statement.exchange(soci::into(card.organisation_name));
    statement.exchange(soci::into(card.replicates_id));
    statement.exchange(soci::into(card.replication_started_on));
    statement.exchange(soci::into(card.beneficiaries_per_year));
    statement.exchange(soci::into(is_public));
    bind(statement);
    statement.alloc();
    statement.prepare(sql);
    statement.define_and_bind();
    statement.execute();
    while (statement.fetch()) {
        card.is_public = is_public != 0;
        cards.push_back(card);
    }
    return cards;
}

} // namespace

std::optional<Project> find_project(db::Session& session, long long id)
{
    Project project;
    auto& p = project.profile;
    std::string status;
    int national = 0, support = 0, experimentation = 0, partners = 0, qualified = 0;
    long long beneficiaries_per_year = 0, jobs = 0, budget = 0, funding = 0, replicates = 0, created_by = 0;
    soci::indicator beneficiaries_ind, jobs_ind, budget_ind, funding_ind, replicates_ind, started_ind, created_by_ind;
    session.sql() << "SELECT id, organisation_id, title, summary, social_need, beneficiaries, stage, growth_mode, "
                     "national_scope, beneficiaries_per_year, jobs_fte_tenths, annual_budget_euros, funding_sought_euros, "
                     "needs_support, needs_experimentation, needs_partners, needs_details, replicates_project_id, "
                     "replication_started_on, completeness, qualified, status, created_at, updated_at, created_by, "
                     "hidden_reason FROM projects WHERE id = :id",
        soci::use(id), soci::into(project.id), soci::into(project.organisation_id), soci::into(p.title),
        soci::into(p.summary), soci::into(p.social_need), soci::into(p.beneficiaries), soci::into(p.stage),
        soci::into(p.growth_mode), soci::into(national), soci::into(beneficiaries_per_year, beneficiaries_ind),
        soci::into(jobs, jobs_ind), soci::into(budget, budget_ind), soci::into(funding, funding_ind),
        soci::into(support), soci::into(experimentation), soci::into(partners), soci::into(p.needs_details),
        soci::into(replicates, replicates_ind), soci::into(p.replication_started_on, started_ind),
        soci::into(project.completeness), soci::into(qualified), soci::into(status), soci::into(project.created_at),
        soci::into(project.updated_at), soci::into(created_by, created_by_ind), soci::into(project.hidden_reason);
    if (!session.sql().got_data())
        return std::nullopt;
    p.national_scope = national != 0;
    p.needs_support = support != 0;
    p.needs_experimentation = experimentation != 0;
    p.needs_partners = partners != 0;
    p.beneficiaries_per_year = read_optional(beneficiaries_per_year, beneficiaries_ind);
    p.jobs_fte_tenths = read_optional(jobs, jobs_ind);
    p.annual_budget_euros = read_optional(budget, budget_ind);
    p.funding_sought_euros = read_optional(funding, funding_ind);
    p.replicates_project_id = read_optional(replicates, replicates_ind);
    if (started_ind != soci::i_ok)
        p.replication_started_on.clear();
    project.qualified = qualified != 0;
    project.created_by = created_by_ind == soci::i_ok ? created_by : 0;
    if (!status_from_code(status, project.status))
        project.status = OrganisationStatus::EnAttente;
    load_lists(session, project.id, p);
    return project;
}

void lock_project(db::Session& session, long long id)
{
    if (!session.is_sqlite()) {
        long long found = 0;
        session.sql() << "SELECT id FROM projects WHERE id = :id FOR UPDATE", soci::use(id), soci::into(found);
    }
}

long long insert_project(db::Session& session, const Project& project)
{
    ProfileColumns columns(project);
    std::string status(status_code(project.status));
    long long organisation_id = project.organisation_id;
    long long created_at = project.created_at;
    long long created_by = project.created_by;
    soci::indicator created_by_ind = created_by > 0 ? soci::i_ok : soci::i_null;
    long long id = 0;
    soci::statement statement(session.sql());
    bind_profile(statement, columns);
    statement.exchange(soci::use(organisation_id));
    statement.exchange(soci::use(status));
    statement.exchange(soci::use(created_at));
    statement.exchange(soci::use(created_by, created_by_ind));
    statement.exchange(soci::into(id));
    statement.alloc();
    statement.prepare(
        "INSERT INTO projects (title, summary, social_need, beneficiaries, stage, growth_mode, national_scope, "
        "beneficiaries_per_year, jobs_fte_tenths, annual_budget_euros, funding_sought_euros, needs_support, "
        "needs_experimentation, needs_partners, needs_details, replicates_project_id, replication_started_on, "
        "completeness, updated_at, organisation_id, status, created_at, created_by) VALUES (:title, :summary, "
        ":social_need, :beneficiaries, :stage, :growth_mode, :national_scope, :beneficiaries_per_year, "
        ":jobs_fte_tenths, :annual_budget_euros, :funding_sought_euros, :needs_support, :needs_experimentation, "
        ":needs_partners, :needs_details, :replicates_project_id, :replication_started_on, :completeness, "
        ":updated_at, :organisation_id, :status, :created_at, :created_by) RETURNING id");
    statement.define_and_bind();
    statement.execute(true);
    insert_lists(session, id, project.profile);
    return id;
}

void update_project(db::Session& session, const Project& project)
{
    ProfileColumns columns(project);
    long long id = project.id;
    soci::statement statement(session.sql());
    bind_profile(statement, columns);
    statement.exchange(soci::use(id));
    statement.alloc();
    statement.prepare(std::string("UPDATE projects SET ") + profile_assignments + " WHERE id = :id");
    statement.define_and_bind();
    statement.execute(true);
    delete_lists(session, id);
    insert_lists(session, id, project.profile);
}

void insert_project_revision(db::Session& session, long long project_id, long long at, long long actor_user_id,
    const std::string& changes_json)
{
    soci::indicator actor_ind = actor_user_id > 0 ? soci::i_ok : soci::i_null;
    session.sql() << "INSERT INTO project_revisions (project_id, at, actor_user_id, changes_json) "
                     "VALUES (:project_id, :at, :actor, :changes)",
        soci::use(project_id), soci::use(at), soci::use(actor_user_id, actor_ind), soci::use(changes_json);
}

std::vector<std::string> project_revision_changes(db::Session& session, long long project_id, int limit)
{
    std::vector<std::string> changes;
    std::string json;
    soci::statement statement = (session.sql().prepare
            << "SELECT changes_json FROM project_revisions WHERE project_id = :id ORDER BY id DESC LIMIT :limit",
        soci::use(project_id), soci::use(limit), soci::into(json));
    statement.execute();
    while (statement.fetch())
        changes.push_back(json);
    return changes;
}

void record_project_moderation(db::Session& session, long long project_id, OrganisationStatus status,
    const std::string& hidden_reason, long long at, long long by_user_id)
{
    std::string code(status_code(status));
    soci::indicator by_ind = by_user_id > 0 ? soci::i_ok : soci::i_null;
    session.sql() << "UPDATE projects SET status = :status, hidden_reason = :reason, moderated_at = :at, "
                     "moderated_by = :by, updated_at = :updated WHERE id = :id",
        soci::use(code), soci::use(hidden_reason), soci::use(at), soci::use(by_user_id, by_ind), soci::use(at),
        soci::use(project_id);
}

std::vector<RevisionRow> list_project_revisions(db::Session& session, long long project_id, int limit)
{
    std::vector<RevisionRow> rows;
    RevisionRow row;
    long long actor = 0;
    std::string name;
    soci::indicator actor_ind = soci::i_ok, name_ind = soci::i_ok;
    soci::statement statement = (session.sql().prepare
            << "SELECT r.id, r.at, r.actor_user_id, u.display_name, r.changes_json FROM project_revisions r "
               "LEFT JOIN users u ON u.id = r.actor_user_id WHERE r.project_id = :id ORDER BY r.id DESC LIMIT :limit",
        soci::use(project_id), soci::use(limit), soci::into(row.id), soci::into(row.at), soci::into(actor, actor_ind),
        soci::into(name, name_ind), soci::into(row.changes_json));
    statement.execute();
    while (statement.fetch()) {
        row.actor_user_id = actor_ind == soci::i_ok ? actor : 0;
        row.actor_name = name_ind == soci::i_ok ? name : std::string();
        rows.push_back(row);
    }
    return rows;
}

std::optional<TerritoryPlace> find_territory(db::Session& session, const TerritoryRef& ref)
{
    TerritoryPlace place;
    place.ref = ref;
    std::string code = ref.code;
    switch (ref.kind) {
    case TerritoryKind::Commune:
        session.sql() << "SELECT c.name, d.code, d.name FROM communes c JOIN departments d ON d.code = c.department_code "
                         "WHERE c.code = :code",
            soci::use(code), soci::into(place.name), soci::into(place.department_code), soci::into(place.department_name);
        break;
    case TerritoryKind::Departement:
        session.sql() << "SELECT name FROM departments WHERE code = :code", soci::use(code), soci::into(place.name);
        break;
    case TerritoryKind::Region:
        session.sql() << "SELECT name FROM regions WHERE code = :code", soci::use(code), soci::into(place.name);
        break;
    }
    if (!session.sql().got_data())
        return std::nullopt;
    return place;
}

std::optional<ProjectCard> find_project_card(db::Session& session, long long id)
{
    auto cards = load_cards(session,
        std::string("SELECT ") + card_columns + " FROM projects p JOIN organisations o ON o.id = p.organisation_id "
                                                "WHERE p.id = :id",
        [&](soci::statement& statement) { statement.exchange(soci::use(id)); });
    if (cards.empty())
        return std::nullopt;
    return cards.front();
}

std::vector<ProjectCard> projects_titled(db::Session& session, const std::string& title, int limit)
{
    std::string wanted = title;
    return load_cards(session,
        std::string("SELECT ") + card_columns + " FROM projects p JOIN organisations o ON o.id = p.organisation_id "
                                                "WHERE lower(p.title) = lower(:title) ORDER BY p.id LIMIT :limit",
        [&](soci::statement& statement) {
            statement.exchange(soci::use(wanted));
            statement.exchange(soci::use(limit));
        });
}

std::vector<ProjectCard> projects_title_containing(db::Session& session, const std::string& fragment, int limit)
{
    std::string wanted = fragment;
    // A position function rather than LIKE, so that % and _ typed by the member mean themselves.
    std::string position = session.is_sqlite() ? "instr(lower(p.title), lower(:fragment))" : "strpos(lower(p.title), lower(:fragment))";
    return load_cards(session,
        std::string("SELECT ") + card_columns + " FROM projects p JOIN organisations o ON o.id = p.organisation_id WHERE "
            + position + " > 0 ORDER BY p.id LIMIT :limit",
        [&](soci::statement& statement) {
            statement.exchange(soci::use(wanted));
            statement.exchange(soci::use(limit));
        });
}

std::vector<ProjectCard> load_family(db::Session& session, long long root)
{
    std::vector<ProjectCard> family;
    auto first = find_project_card(session, root);
    if (!first)
        return family;
    family.push_back(*first);
    std::vector<long long> seen{root};
    // Breadth first; families are small (a few dozen replications at most).
    for (std::size_t next = 0; next < family.size() && family.size() < 1000; ++next) {
        long long parent = family[next].id;
        auto children = load_cards(session,
            std::string("SELECT ") + card_columns
                + " FROM projects p JOIN organisations o ON o.id = p.organisation_id "
                  "WHERE p.replicates_project_id = :parent ORDER BY p.id",
            [&](soci::statement& statement) { statement.exchange(soci::use(parent)); });
        for (const auto& child : children) {
            if (std::find(seen.begin(), seen.end(), child.id) == seen.end()) {
                seen.push_back(child.id);
                family.push_back(child);
            }
        }
    }
    return family;
}

void insert_qualification(db::Session& session, long long project_id, const QualificationRecord& record)
{
    soci::indicator reviewer_ind = record.reviewer_user_id > 0 ? soci::i_ok : soci::i_null;
    long long reviewer = record.reviewer_user_id;
    long long at = record.at;
    int social_need = record.grid.social_need, innovation = record.grid.innovation,
        impact = record.grid.impact_evidence, scaling = record.grid.scaling_potential;
    std::string decision = record.qualified ? "qualifie" : "non_qualifie";
    int qualified = record.qualified ? 1 : 0;
    session.sql() << "INSERT INTO project_qualifications (project_id, reviewer_user_id, at, social_need, innovation, "
                     "impact_evidence, scaling_potential, social_need_comment, innovation_comment, "
                     "impact_evidence_comment, scaling_potential_comment, decision) VALUES (:project_id, :reviewer, "
                     ":at, :social_need, :innovation, :impact, :scaling, :c1, :c2, :c3, :c4, :decision)",
        soci::use(project_id), soci::use(reviewer, reviewer_ind), soci::use(at), soci::use(social_need),
        soci::use(innovation), soci::use(impact), soci::use(scaling), soci::use(record.social_need_comment),
        soci::use(record.innovation_comment), soci::use(record.impact_evidence_comment),
        soci::use(record.scaling_potential_comment), soci::use(decision);
    session.sql() << "UPDATE projects SET qualified = :qualified WHERE id = :id", soci::use(qualified),
        soci::use(project_id);
}

std::optional<QualificationRecord> latest_qualification(db::Session& session, long long project_id)
{
    QualificationRecord record;
    std::string decision;
    long long reviewer = 0;
    soci::indicator reviewer_ind;
    std::string reviewer_name;
    soci::indicator name_ind;
    session.sql() << "SELECT q.id, q.reviewer_user_id, u.display_name, q.at, q.social_need, q.innovation, "
                     "q.impact_evidence, q.scaling_potential, q.social_need_comment, q.innovation_comment, "
                     "q.impact_evidence_comment, q.scaling_potential_comment, q.decision "
                     "FROM project_qualifications q LEFT JOIN users u ON u.id = q.reviewer_user_id "
                     "WHERE q.project_id = :id ORDER BY q.id DESC LIMIT 1",
        soci::use(project_id), soci::into(record.id), soci::into(reviewer, reviewer_ind),
        soci::into(reviewer_name, name_ind), soci::into(record.at), soci::into(record.grid.social_need),
        soci::into(record.grid.innovation), soci::into(record.grid.impact_evidence),
        soci::into(record.grid.scaling_potential), soci::into(record.social_need_comment),
        soci::into(record.innovation_comment), soci::into(record.impact_evidence_comment),
        soci::into(record.scaling_potential_comment), soci::into(decision);
    if (!session.sql().got_data())
        return std::nullopt;
    record.reviewer_user_id = reviewer_ind == soci::i_ok ? reviewer : 0;
    record.reviewer_name = name_ind == soci::i_ok ? reviewer_name : std::string();
    record.qualified = decision == "qualifie";
    return record;
}

namespace {

std::vector<ProjectSummary> summaries_with_status(db::Session& session, long long organisation_id, const std::string& status)
{
    std::vector<ProjectSummary> summaries;
    ProjectSummary summary;
    int qualified = 0;
    soci::statement statement = (session.sql().prepare
            << "SELECT id, title, stage, completeness, qualified FROM projects "
               "WHERE organisation_id = :id AND status = :status ORDER BY title, id",
        soci::use(organisation_id), soci::use(status), soci::into(summary.id), soci::into(summary.title),
        soci::into(summary.stage), soci::into(summary.completeness), soci::into(qualified));
    statement.execute();
    while (statement.fetch()) {
        summary.qualified = qualified != 0;
        summaries.push_back(summary);
    }
    return summaries;
}

} // namespace

std::vector<ProjectSummary> project_summaries_for_organisation(db::Session& session, long long organisation_id)
{
    return summaries_with_status(session, organisation_id, "publiee");
}

std::vector<ProjectSummary> hidden_project_summaries_for_organisation(db::Session& session, long long organisation_id)
{
    return summaries_with_status(session, organisation_id, "refusee");
}

std::vector<HiddenProject> list_hidden_projects(db::Session& session, int limit)
{
    std::vector<HiddenProject> projects;
    HiddenProject row;
    long long at = 0;
    soci::indicator at_ind = soci::i_ok;
    soci::statement statement = (session.sql().prepare
            << "SELECT p.id, p.title, p.organisation_id, o.name, p.hidden_reason, p.moderated_at FROM projects p "
               "JOIN organisations o ON o.id = p.organisation_id WHERE p.status = 'refusee' "
               "ORDER BY p.moderated_at DESC, p.id DESC LIMIT :limit",
        soci::use(limit), soci::into(row.id), soci::into(row.title), soci::into(row.organisation_id),
        soci::into(row.organisation_name), soci::into(row.hidden_reason), soci::into(at, at_ind));
    statement.execute();
    while (statement.fetch()) {
        row.moderated_at = at_ind == soci::i_ok ? at : 0;
        projects.push_back(row);
    }
    return projects;
}

} // namespace essaim::directory
