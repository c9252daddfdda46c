-- A minimal organisations table (the directory extends it with ALTER TABLE) and the memberships
-- that carry a role per organisation: 'owner' manages members, 'editor' keeps records up to date.

CREATE TABLE organisations (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    created_at BIGINT NOT NULL
);

CREATE TABLE organisation_memberships (
    organisation_id BIGINT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('owner', 'editor')),
    PRIMARY KEY (organisation_id, user_id)
);
CREATE INDEX organisation_memberships_by_user ON organisation_memberships (user_id);
