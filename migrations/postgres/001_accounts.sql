-- Accounts, their granted roles, server-side sessions, one-time e-mail tokens and the record of
-- failed sign-ins used for throttling. Timestamps are Unix seconds from the application clock.

CREATE TABLE users (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,          -- stored lower-cased
    display_name TEXT NOT NULL,
    password_hash TEXT NOT NULL,         -- argon2id, libsodium's encoded string
    confirmed_at BIGINT,                 -- NULL until the address is confirmed
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    password_changed_at BIGINT NOT NULL
);

-- Roles beyond the implicit "membre", granted by an administrator.
CREATE TABLE user_roles (
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    granted_by BIGINT REFERENCES users (id),
    granted_at BIGINT NOT NULL,
    PRIMARY KEY (user_id, role)
);

-- The token itself never reaches the database: `key` is its SHA-256. `public_id` names the
-- session in pages and forms (ending one session) without revealing anything usable.
CREATE TABLE sessions (
    key TEXT PRIMARY KEY,
    public_id TEXT NOT NULL UNIQUE,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL,
    last_seen_at BIGINT NOT NULL,
    remote_address TEXT NOT NULL DEFAULT '',
    user_agent TEXT NOT NULL DEFAULT ''
);
CREATE INDEX sessions_by_user ON sessions (user_id);

-- Confirmation and password-reset links; stored hashed, used once.
CREATE TABLE one_time_tokens (
    hash TEXT PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    purpose TEXT NOT NULL CHECK (purpose IN ('confirm', 'reset')),
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    used_at BIGINT
);
CREATE INDEX one_time_tokens_by_user ON one_time_tokens (user_id, purpose);

-- One row per failed sign-in, keyed by the account tried and by the remote address.
CREATE TABLE sign_in_failures (
    key_kind TEXT NOT NULL CHECK (key_kind IN ('account', 'address')),
    key TEXT NOT NULL,
    at BIGINT NOT NULL
);
CREATE INDEX sign_in_failures_lookup ON sign_in_failures (key_kind, key, at);
