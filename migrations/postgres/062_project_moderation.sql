-- Moderation of projects: an administrator may hide a published project (status 'refusee', which
-- every public read path and the search triggers of 040 already leave out) with a reason shown to
-- the organisation's members, and publish it again. The reason is kept until the project is
-- published again; moderated_at and moderated_by name the last decision.

ALTER TABLE projects ADD COLUMN hidden_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE projects ADD COLUMN moderated_at BIGINT;
ALTER TABLE projects ADD COLUMN moderated_by BIGINT REFERENCES users (id) ON DELETE SET NULL;
