-- Possible duplicate organisations: administrators merge them or dismiss the pair.
--
-- merged_into: set on the absorbed organisation of a merge, pointing to the one kept. The absorbed
-- row is never deleted (its revisions, the audit log and old links still name it); the merge also
-- sets its status to 'refusee' with a reason, so every public read path (search triggers of 040,
-- listings, API) already leaves it out.
--
-- organisation_duplicate_dismissals: pairs an administrator declared "not a duplicate", stored
-- with the smaller id first so that a pair is one row whatever the order it was flagged in.

ALTER TABLE organisations ADD COLUMN merged_into BIGINT REFERENCES organisations (id);
CREATE INDEX organisations_by_merged_into ON organisations (merged_into);

CREATE TABLE organisation_duplicate_dismissals (
    first_id BIGINT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    second_id BIGINT NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    dismissed_at BIGINT NOT NULL,
    dismissed_by BIGINT REFERENCES users (id) ON DELETE SET NULL,
    PRIMARY KEY (first_id, second_id),
    CHECK (first_id < second_id)
);
