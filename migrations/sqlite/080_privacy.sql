-- Personal data (RGPD): erased accounts, retention notices, and the one narrow exception to the
-- append-only audit log that erasure needs.

-- An erased account keeps its row (reviews, decisions and dossiers of others point at it) but no
-- longer any e-mail, name or password: deleted_at marks it.
ALTER TABLE users ADD COLUMN deleted_at BIGINT;
-- When the reminder before the deletion of an unconfirmed account was sent.
ALTER TABLE users ADD COLUMN retention_notice_at BIGINT;
-- When the notice before the deletion of an abandoned draft was sent (stale once updated_at is later).
ALTER TABLE dossiers ADD COLUMN retention_notice_at BIGINT;

-- One row per erasure. `finished_at` is NULL only inside the erasure's own transaction: the audit
-- log accepts a rewrite of its free-text columns only then.
CREATE TABLE account_erasures (
    id INTEGER PRIMARY KEY,
    user_id BIGINT NOT NULL,
    reason TEXT NOT NULL CHECK (reason IN ('demande', 'compte_non_confirme')),
    started_at BIGINT NOT NULL,
    finished_at BIGINT
);
CREATE INDEX account_erasures_by_user ON account_erasures (user_id);

-- The audit log stays append-only for who, when and what; only the JSON states and the address
-- may be rewritten, and only while an erasure is in progress (to replace an e-mail or a name by
-- the pseudonym).
DROP TRIGGER audit_log_no_update;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
WHEN NOT (NEW.id = OLD.id AND NEW.at = OLD.at AND NEW.actor_user_id IS OLD.actor_user_id
          AND NEW.action = OLD.action AND NEW.target_type = OLD.target_type AND NEW.target_id = OLD.target_id
          AND NEW.request_id = OLD.request_id
          AND EXISTS (SELECT 1 FROM account_erasures WHERE finished_at IS NULL))
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
