-- ISMS Desk schema 4: when and why a policy version last changed status.

ALTER TABLE document_versions ADD COLUMN status_changed_at TEXT;
ALTER TABLE document_versions ADD COLUMN status_note TEXT NOT NULL DEFAULT '';
