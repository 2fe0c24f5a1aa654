-- ISMS Desk schema 5: the register of numbered, controlled paper copies of policy versions.

CREATE TABLE controlled_copies (
    id {{PK}},
    version_id INTEGER NOT NULL REFERENCES document_versions(id),
    copy_number INTEGER NOT NULL CHECK (copy_number > 0),
    holder TEXT NOT NULL,
    issued_on TEXT NOT NULL,
    returned_on TEXT,
    destroyed_on TEXT,
    notes TEXT NOT NULL DEFAULT '',
    row_version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (version_id, copy_number)
);

CREATE INDEX ix_controlled_copies_version ON controlled_copies(version_id, copy_number);
