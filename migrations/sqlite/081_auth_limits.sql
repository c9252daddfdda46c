-- Sign-in attempts are reserved before the password is checked: a reservation is a failure row
-- marked pending, counted like a failure; a right password deletes it, a wrong one clears the mark.
ALTER TABLE sign_in_failures ADD COLUMN reservation TEXT;
ALTER TABLE sign_in_failures ADD COLUMN pending INTEGER NOT NULL DEFAULT 0;
CREATE INDEX sign_in_failures_by_reservation ON sign_in_failures (reservation);

-- What the anonymous account forms cost, counted in sliding windows: sign-ups and reset requests
-- per network address and per e-mail address, and the e-mails sent to one address (warnings of a
-- second sign-up, reset links, lockout notices), so that none of them can be sent in bulk.
CREATE TABLE account_request_events (
    kind TEXT NOT NULL,
    key TEXT NOT NULL,
    at BIGINT NOT NULL
);
CREATE INDEX account_request_events_lookup ON account_request_events (kind, key, at);
CREATE INDEX account_request_events_by_time ON account_request_events (at);

-- Password reset requests wait here for the job that sends the link, so that the request itself
-- does the same work whether or not the address has an account (its timing tells nothing).
CREATE TABLE password_reset_requests (
    id INTEGER PRIMARY KEY,
    email TEXT NOT NULL,
    requested_at BIGINT NOT NULL,
    remote_address TEXT NOT NULL,
    request_id TEXT NOT NULL
);
