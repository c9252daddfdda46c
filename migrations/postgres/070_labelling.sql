-- Labelling: calls for applications with their versioned forms and evaluation grids, dossiers
-- (applications) with their history, messages and attachments, experts' opinions, committees
-- and the labels they grant.
--
-- Categories a call labels (and a label carries): incubateur, accelerateur, ruche, financeur,
-- evaluateur, ptce, territoire. Calendar dates are TEXT 'YYYY-MM-DD'; BIGINT times are Unix seconds.

CREATE TABLE calls (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    title TEXT NOT NULL,
    category TEXT NOT NULL CHECK (category IN
        ('incubateur', 'accelerateur', 'ruche', 'financeur', 'evaluateur', 'ptce', 'territoire')),
    description TEXT NOT NULL DEFAULT '',
    -- A permanent call has no dates; otherwise it takes applications from opens_on to closes_on.
    permanent INTEGER NOT NULL DEFAULT 1 CHECK (permanent IN (0, 1)),
    opens_on TEXT,
    closes_on TEXT,
    state TEXT NOT NULL DEFAULT 'brouillon' CHECK (state IN ('brouillon', 'publie', 'clos')),
    -- How long the labels it grants last.
    label_years INTEGER NOT NULL DEFAULT 3 CHECK (label_years BETWEEN 1 AND 10),
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    created_by BIGINT REFERENCES users (id) ON DELETE SET NULL
);
CREATE INDEX calls_by_state ON calls (state, id);

-- The instructeurs' team of a call.
CREATE TABLE call_instructors (
    call_id BIGINT NOT NULL REFERENCES calls (id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    PRIMARY KEY (call_id, user_id)
);
-- The regions an instructeur covers, for the automatic assignment; none = every region.
CREATE TABLE instructor_regions (
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    region_code TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (user_id, region_code)
);

-- Versions of a call's form. definition_json holds the sections and their fields (see
-- src/labelling/form_definition.hpp). A version is frozen once the call is published or a dossier
-- uses it: editing it then makes a new version, and each dossier keeps the version it was filled with.
CREATE TABLE call_forms (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    call_id BIGINT NOT NULL REFERENCES calls (id) ON DELETE CASCADE,
    version INTEGER NOT NULL,
    definition_json TEXT NOT NULL,
    frozen INTEGER NOT NULL DEFAULT 0 CHECK (frozen IN (0, 1)),
    created_at BIGINT NOT NULL,
    created_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    UNIQUE (call_id, version)
);

-- The evaluation grid: criteria scored 0 to 5; scale_json is the array of the six levels' descriptions.
CREATE TABLE call_criteria (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    call_id BIGINT NOT NULL REFERENCES calls (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    weight INTEGER NOT NULL CHECK (weight BETWEEN 1 AND 100),
    scale_json TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX call_criteria_by_call ON call_criteria (call_id, position);

-- A dossier is an organisation's application to a call. For the category territoire it names the
-- territory applied for (territory_kind region, departement or commune, and its code).
-- region_code is where it is instructed: the territory's or the organisation's region.
-- answers_json is {"field key": value}; see src/labelling/form_definition.hpp.
CREATE TABLE dossiers (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    call_id BIGINT NOT NULL REFERENCES calls (id),
    form_id BIGINT NOT NULL REFERENCES call_forms (id),
    organisation_id BIGINT NOT NULL REFERENCES organisations (id),
    territory_kind TEXT CHECK (territory_kind IS NULL OR territory_kind IN ('region', 'departement', 'commune')),
    territory_code TEXT COLLATE "C",
    region_code TEXT COLLATE "C",
    state TEXT NOT NULL DEFAULT 'brouillon' CHECK (state IN ('brouillon', 'depose', 'en_instruction',
        'complements_demandes', 'en_comite', 'labellise', 'refuse', 'sans_suite', 'retire')),
    answers_json TEXT NOT NULL DEFAULT '{}',
    instructor_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
    created_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    deposited_at BIGINT,
    decided_at BIGINT
);
CREATE INDEX dossiers_by_call ON dossiers (call_id, state, id);
CREATE INDEX dossiers_by_organisation ON dossiers (organisation_id, id);
CREATE INDEX dossiers_by_instructor ON dossiers (instructor_id, state);

-- Every change of state: who, when, why.
CREATE TABLE dossier_transitions (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    dossier_id BIGINT NOT NULL REFERENCES dossiers (id) ON DELETE CASCADE,
    from_state TEXT NOT NULL,
    to_state TEXT NOT NULL,
    actor_user_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
    at BIGINT NOT NULL,
    motivation TEXT NOT NULL DEFAULT ''
);
CREATE INDEX dossier_transitions_by_dossier ON dossier_transitions (dossier_id, id);

-- Messages between the applicant and the staff (echange), and the staff's private notes (note_interne).
CREATE TABLE dossier_messages (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    dossier_id BIGINT NOT NULL REFERENCES dossiers (id) ON DELETE CASCADE,
    author_user_id BIGINT REFERENCES users (id) ON DELETE SET NULL,
    visibility TEXT NOT NULL CHECK (visibility IN ('echange', 'note_interne')),
    body TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX dossier_messages_by_dossier ON dossier_messages (dossier_id, id);

-- Files attached to a dossier, stored by the attachment store under their SHA-256 (two dossiers
-- attaching the same file share it: the file goes when its last row goes). field_key names the
-- form field it answers.
CREATE TABLE dossier_attachments (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    dossier_id BIGINT NOT NULL REFERENCES dossiers (id) ON DELETE CASCADE,
    field_key TEXT NOT NULL DEFAULT '',
    file_name TEXT NOT NULL,
    content_type TEXT NOT NULL,
    size_bytes BIGINT NOT NULL,
    sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
    uploaded_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX dossier_attachments_by_dossier ON dossier_attachments (dossier_id, id);
CREATE INDEX dossier_attachments_by_hash ON dossier_attachments (sha256);

-- Opinions (avis) requested from experts. state: demande (awaiting), conflit (the expert declared
-- or was found in a conflict of interest), rendu (given), annule (withdrawn by the instructeur).
CREATE TABLE reviews (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    dossier_id BIGINT NOT NULL REFERENCES dossiers (id) ON DELETE CASCADE,
    expert_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    requested_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    requested_at BIGINT NOT NULL,
    due_on TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'demande' CHECK (state IN ('demande', 'conflit', 'rendu', 'annule')),
    conflict_reason TEXT NOT NULL DEFAULT '',
    recommendation TEXT CHECK (recommendation IS NULL OR recommendation IN ('favorable', 'reserve', 'defavorable')),
    comment TEXT NOT NULL DEFAULT '',
    submitted_at BIGINT,
    reminded_at BIGINT,
    UNIQUE (dossier_id, expert_id)
);
CREATE INDEX reviews_by_expert ON reviews (expert_id, state);
CREATE INDEX reviews_by_due_date ON reviews (state, due_on);

CREATE TABLE review_scores (
    review_id BIGINT NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
    criterion_id BIGINT NOT NULL REFERENCES call_criteria (id),
    score INTEGER NOT NULL CHECK (score BETWEEN 0 AND 5),
    comment TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (review_id, criterion_id)
);

-- Committee sessions (comités de labellisation), their members and agenda; each agenda line
-- records the decision taken on the dossier.
CREATE TABLE committees (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    title TEXT NOT NULL,
    meets_on TEXT NOT NULL,
    call_id BIGINT REFERENCES calls (id) ON DELETE SET NULL,
    state TEXT NOT NULL DEFAULT 'prevu' CHECK (state IN ('prevu', 'tenu')),
    created_at BIGINT NOT NULL,
    created_by BIGINT REFERENCES users (id) ON DELETE SET NULL
);
CREATE TABLE committee_members (
    committee_id BIGINT NOT NULL REFERENCES committees (id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    PRIMARY KEY (committee_id, user_id)
);
CREATE TABLE committee_agenda (
    committee_id BIGINT NOT NULL REFERENCES committees (id) ON DELETE CASCADE,
    dossier_id BIGINT NOT NULL REFERENCES dossiers (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    decision TEXT CHECK (decision IS NULL OR decision IN ('labellise', 'refuse', 'sans_suite')),
    motivation TEXT NOT NULL DEFAULT '',
    decided_at BIGINT,
    decided_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    PRIMARY KEY (committee_id, dossier_id)
);
CREATE INDEX committee_agenda_by_dossier ON committee_agenda (dossier_id);

-- Labels. code is the public verification code printed on the certificate. A label is current
-- while state = 'actif' and expires_on is not past; expired and withdrawn labels stay as history.
-- The holder is the organisation, or for the category territoire the territory it applied for.
CREATE TABLE labels (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    category TEXT NOT NULL CHECK (category IN
        ('incubateur', 'accelerateur', 'ruche', 'financeur', 'evaluateur', 'ptce', 'territoire')),
    organisation_id BIGINT NOT NULL REFERENCES organisations (id),
    territory_kind TEXT CHECK (territory_kind IS NULL OR territory_kind IN ('region', 'departement', 'commune')),
    territory_code TEXT COLLATE "C",
    call_id BIGINT REFERENCES calls (id) ON DELETE SET NULL,
    dossier_id BIGINT REFERENCES dossiers (id) ON DELETE SET NULL,
    granted_on TEXT NOT NULL,
    expires_on TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'actif' CHECK (state IN ('actif', 'retire')),
    withdrawn_at BIGINT,
    withdrawn_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    withdrawal_motivation TEXT NOT NULL DEFAULT '',
    reminded_90_at BIGINT,
    reminded_30_at BIGINT,
    created_at BIGINT NOT NULL
);
CREATE INDEX labels_by_organisation ON labels (organisation_id, id);
CREATE INDEX labels_by_expiry ON labels (state, expires_on);
CREATE INDEX labels_by_category ON labels (category, id);

-- A renewal is a new dossier pre-filled from the one that granted the label.
ALTER TABLE dossiers ADD COLUMN renewal_of_label_id BIGINT REFERENCES labels (id) ON DELETE SET NULL;
