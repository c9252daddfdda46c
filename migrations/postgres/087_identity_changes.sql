-- A change to the identity of a published organisation (its name, SIREN, SIRET or RNA number) asked
-- by one of its members: held here until an administrator decides, the current values staying in
-- force on its page, its labels' certificates and the open data meanwhile. changes_json holds the
-- fields as revisions do: {"field": [value in force when asked, value asked]}.
CREATE TABLE organisation_identity_changes (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organisation_id BIGINT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    requested_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    requested_at BIGINT NOT NULL,
    changes_json TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'en_attente' CHECK (status IN ('en_attente', 'acceptee', 'refusee')),
    refusal_reason TEXT NOT NULL DEFAULT '',
    decided_at BIGINT,
    decided_by BIGINT REFERENCES users (id) ON DELETE SET NULL
);
-- One pending change per organisation: a new request replaces the one that waits.
CREATE UNIQUE INDEX organisation_identity_changes_one_pending ON organisation_identity_changes (organisation_id)
    WHERE status = 'en_attente';
CREATE INDEX organisation_identity_changes_queue ON organisation_identity_changes (status, requested_at);
