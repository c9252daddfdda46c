-- The directory's organisations: the minimal table of 003 gains the fields of a profile (ids are
-- kept, so memberships stay valid), plus actor types and the history of edits.
--
-- Identifiers are NULL when unknown, never '': SIREN and RNA are UNIQUE, and NULLs are distinct
-- in both SQLite and PostgreSQL, so any number of organisations may have none. The importer of the
-- official registers upserts with ON CONFLICT (siren) or ON CONFLICT (rna).
--
-- member_edited_fields is a JSON array of the profile field names ("name", "website", …) set or
-- changed on the platform (by a member or an administrator). The importer updates every other
-- field and leaves these alone, so a register re-import never undoes an edit; it may still mark
-- an organisation ceased. Creation by a member lists every field they filled in.
--
-- status: en_attente (created by a member, awaiting moderation), publiee, refusee (with
-- refusal_reason, shown to the owners). source: membre, sirene, rna (how the record was created).
-- Dates: creation_date is the organisation's own (TEXT 'YYYY-MM-DD'); the BIGINT ones are Unix seconds.
-- commune_code is an INSEE code checked against communes when entered, without a foreign key:
-- the yearly reload of the communes may retire a code that an organisation still names.

ALTER TABLE organisations ADD COLUMN siren TEXT CHECK (siren IS NULL OR length(siren) = 9);
ALTER TABLE organisations ADD COLUMN nic_siege TEXT CHECK (nic_siege IS NULL OR length(nic_siege) = 5);
ALTER TABLE organisations ADD COLUMN rna TEXT CHECK (rna IS NULL OR length(rna) = 10);
ALTER TABLE organisations ADD COLUMN acronym TEXT NOT NULL DEFAULT '';
ALTER TABLE organisations ADD COLUMN legal_form_code TEXT;
ALTER TABLE organisations ADD COLUMN ess_family TEXT CHECK (ess_family IS NULL OR ess_family IN
    ('association', 'cooperative', 'mutuelle', 'fondation', 'entreprise_ess_esus', 'societe_a_mission'));
ALTER TABLE organisations ADD COLUMN naf_code TEXT;
ALTER TABLE organisations ADD COLUMN headcount_band TEXT;
ALTER TABLE organisations ADD COLUMN creation_date TEXT;
ALTER TABLE organisations ADD COLUMN address_line TEXT NOT NULL DEFAULT '';
ALTER TABLE organisations ADD COLUMN postal_code TEXT NOT NULL DEFAULT '';
ALTER TABLE organisations ADD COLUMN commune_code TEXT;
ALTER TABLE organisations ADD COLUMN website TEXT NOT NULL DEFAULT '';
ALTER TABLE organisations ADD COLUMN description TEXT NOT NULL DEFAULT '';
ALTER TABLE organisations ADD COLUMN status TEXT NOT NULL DEFAULT 'en_attente'
    CHECK (status IN ('en_attente', 'publiee', 'refusee'));
ALTER TABLE organisations ADD COLUMN refusal_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE organisations ADD COLUMN source TEXT NOT NULL DEFAULT 'membre' CHECK (source IN ('membre', 'sirene', 'rna'));
ALTER TABLE organisations ADD COLUMN ceased INTEGER NOT NULL DEFAULT 0 CHECK (ceased IN (0, 1));
ALTER TABLE organisations ADD COLUMN updated_at BIGINT NOT NULL DEFAULT 0;
ALTER TABLE organisations ADD COLUMN created_by BIGINT REFERENCES users (id) ON DELETE SET NULL;
ALTER TABLE organisations ADD COLUMN member_edited_fields TEXT NOT NULL DEFAULT '[]';
ALTER TABLE organisations ADD COLUMN moderated_at BIGINT;
ALTER TABLE organisations ADD COLUMN moderated_by BIGINT REFERENCES users (id) ON DELETE SET NULL;

UPDATE organisations SET updated_at = created_at;

CREATE UNIQUE INDEX organisations_by_siren ON organisations (siren);
CREATE UNIQUE INDEX organisations_by_rna ON organisations (rna);
CREATE INDEX organisations_by_commune ON organisations (commune_code);
-- The moderation queue reads the oldest pending first.
CREATE INDEX organisations_by_status ON organisations (status, created_at, id);

CREATE TABLE organisation_actor_types (
    organisation_id BIGINT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    actor_type TEXT NOT NULL CHECK (actor_type IN ('porteur_de_projet', 'incubateur', 'accelerateur', 'ruche',
        'reseau', 'ptce', 'financeur_public', 'financeur_prive', 'evaluateur', 'collectivite', 'administration')),
    PRIMARY KEY (organisation_id, actor_type)
);
-- Facets and filters by actor type.
CREATE INDEX organisation_actor_types_by_type ON organisation_actor_types (actor_type, organisation_id);

-- One row per change of a profile: changes_json is {"field": [before, after], …} with JSON null for
-- an empty value and arrays of codes for actor_types. actor_user_id is NULL for the system (imports).
CREATE TABLE organisation_revisions (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organisation_id BIGINT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    at BIGINT NOT NULL,
    actor_user_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
    changes_json TEXT NOT NULL
);
CREATE INDEX organisation_revisions_by_organisation ON organisation_revisions (organisation_id, id);

-- Claims: a member asks to manage an organisation that has no owner on the platform (one created by
-- a register import). Accepted automatically when the member's confirmed e-mail address is on the
-- domain of the organisation's website (decided_by NULL, automatic = 1), otherwise by an administrator.
CREATE TABLE organisation_claims (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organisation_id BIGINT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    message TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'en_attente' CHECK (status IN ('en_attente', 'acceptee', 'refusee')),
    automatic INTEGER NOT NULL DEFAULT 0 CHECK (automatic IN (0, 1)),
    refusal_reason TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL,
    decided_at BIGINT,
    decided_by BIGINT REFERENCES users (id) ON DELETE SET NULL
);
-- One pending claim per member and organisation; the administrators' queue, oldest first.
CREATE UNIQUE INDEX organisation_claims_one_pending ON organisation_claims (organisation_id, user_id)
    WHERE status = 'en_attente';
CREATE INDEX organisation_claims_by_status ON organisation_claims (status, created_at, id);
