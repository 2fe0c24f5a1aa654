-- ISMS Desk schema 3: the register of backups taken, with what each copy was verified to hold.

CREATE TABLE backups (
    id {{PK}},
    taken_at TEXT NOT NULL,
    file TEXT NOT NULL,
    size_bytes INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    audit_entries INTEGER NOT NULL,
    audit_head TEXT NOT NULL,
    automatic INTEGER NOT NULL DEFAULT 0,
    row_version INTEGER NOT NULL DEFAULT 1
);
