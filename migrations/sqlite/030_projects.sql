-- Projects (the social innovations) carried by organisations, with their thematics, the UN
-- sustainable development goals they serve, their territories of action, the history of their
-- edits and their qualification by instructeurs.
--
-- Units: money in whole euros; jobs_fte in TENTHS of a full-time equivalent (25 = 2.5 FTE), so
-- both dialects store an exact INTEGER. Key figures are NULL when unknown.
-- Visibility: a project created by the owners or editors of its organisation gets status
-- 'publiee' at once (the organisation itself is moderated); it is public when its own status is
-- 'publiee' AND its organisation's status is 'publiee'. Before that, the organisation's members and
-- the administrators see it. 'refusee' hides a project; 'en_attente' is kept for symmetry with
-- organisations (moderation of projects of already-published organisations, if ever wanted).
-- Essaimage: replicates_project_id points to the project this one replicates in a new territory,
-- replication_started_on ('YYYY-MM-DD') says since when. completeness (0–100) and qualified are
-- derived values, stored so that search can filter on them.

CREATE TABLE projects (
    id INTEGER PRIMARY KEY,
    organisation_id BIGINT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    summary TEXT NOT NULL DEFAULT '',
    social_need TEXT NOT NULL DEFAULT '',
    beneficiaries TEXT NOT NULL DEFAULT '',
    stage TEXT NOT NULL CHECK (stage IN ('ideation', 'experimentation', 'consolidation', 'changement_echelle')),
    growth_mode TEXT NOT NULL CHECK (growth_mode IN ('croissance_organique', 'essaimage')),
    national_scope INTEGER NOT NULL DEFAULT 0 CHECK (national_scope IN (0, 1)),
    beneficiaries_per_year BIGINT CHECK (beneficiaries_per_year IS NULL OR beneficiaries_per_year >= 0),
    jobs_fte_tenths BIGINT CHECK (jobs_fte_tenths IS NULL OR jobs_fte_tenths >= 0),
    annual_budget_euros BIGINT CHECK (annual_budget_euros IS NULL OR annual_budget_euros >= 0),
    funding_sought_euros BIGINT CHECK (funding_sought_euros IS NULL OR funding_sought_euros >= 0),
    needs_support INTEGER NOT NULL DEFAULT 0 CHECK (needs_support IN (0, 1)),
    needs_experimentation INTEGER NOT NULL DEFAULT 0 CHECK (needs_experimentation IN (0, 1)),
    needs_partners INTEGER NOT NULL DEFAULT 0 CHECK (needs_partners IN (0, 1)),
    needs_details TEXT NOT NULL DEFAULT '',
    replicates_project_id BIGINT REFERENCES projects (id) ON DELETE SET NULL,
    replication_started_on TEXT,
    completeness INTEGER NOT NULL DEFAULT 0 CHECK (completeness BETWEEN 0 AND 100),
    qualified INTEGER NOT NULL DEFAULT 0 CHECK (qualified IN (0, 1)),
    status TEXT NOT NULL DEFAULT 'publiee' CHECK (status IN ('en_attente', 'publiee', 'refusee')),
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    created_by BIGINT REFERENCES users (id) ON DELETE SET NULL
);
CREATE INDEX projects_by_organisation ON projects (organisation_id, id);
CREATE INDEX projects_by_original ON projects (replicates_project_id);
CREATE INDEX projects_by_stage ON projects (stage, id);

-- The 16 codes of thematics() in src/directory/project.cpp.
CREATE TABLE project_thematics (
    project_id BIGINT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    thematic TEXT NOT NULL CHECK (thematic IN ('emploi_insertion', 'education_jeunesse', 'sante',
        'handicap_dependance', 'alimentation_agriculture', 'environnement_transition', 'energie', 'mobilite',
        'logement', 'inclusion_numerique', 'culture_sport', 'pauvrete_exclusions', 'egalite_femmes_hommes',
        'vieillissement', 'solidarite_internationale', 'democratie_citoyennete')),
    PRIMARY KEY (project_id, thematic)
);
CREATE INDEX project_thematics_by_thematic ON project_thematics (thematic, project_id);

CREATE TABLE project_sdgs (
    project_id BIGINT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    sdg INTEGER NOT NULL CHECK (sdg BETWEEN 1 AND 17),
    PRIMARY KEY (project_id, sdg)
);
CREATE INDEX project_sdgs_by_sdg ON project_sdgs (sdg, project_id);

-- Codes checked against the territory tables when entered, without a foreign key (the yearly
-- reload of the reference data may retire a code). "National" is projects.national_scope.
CREATE TABLE project_territories (
    project_id BIGINT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('commune', 'departement', 'region')),
    code TEXT NOT NULL,
    PRIMARY KEY (project_id, kind, code)
);
CREATE INDEX project_territories_by_code ON project_territories (kind, code, project_id);

-- As organisation_revisions: changes_json is {"field": [before, after], …}.
CREATE TABLE project_revisions (
    id INTEGER PRIMARY KEY,
    project_id BIGINT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    at BIGINT NOT NULL,
    actor_user_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
    changes_json TEXT NOT NULL
);
CREATE INDEX project_revisions_by_project ON project_revisions (project_id, id);

-- One row per review on the 4-criterion grid (0–3 each, with a comment). decision is derived by
-- the rule of qualification_decision() (total >= 8 and no criterion at 0); the latest row decides
-- projects.qualified.
CREATE TABLE project_qualifications (
    id INTEGER PRIMARY KEY,
    project_id BIGINT NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    reviewer_user_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
    at BIGINT NOT NULL,
    social_need INTEGER NOT NULL CHECK (social_need BETWEEN 0 AND 3),
    innovation INTEGER NOT NULL CHECK (innovation BETWEEN 0 AND 3),
    impact_evidence INTEGER NOT NULL CHECK (impact_evidence BETWEEN 0 AND 3),
    scaling_potential INTEGER NOT NULL CHECK (scaling_potential BETWEEN 0 AND 3),
    social_need_comment TEXT NOT NULL DEFAULT '',
    innovation_comment TEXT NOT NULL DEFAULT '',
    impact_evidence_comment TEXT NOT NULL DEFAULT '',
    scaling_potential_comment TEXT NOT NULL DEFAULT '',
    decision TEXT NOT NULL CHECK (decision IN ('qualifie', 'non_qualifie'))
);
CREATE INDEX project_qualifications_by_project ON project_qualifications (project_id, id);
