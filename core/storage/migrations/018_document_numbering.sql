-- ISMS Desk schema 18: a document keeps the numbering scheme it came in with (as imported), so
-- that its drafts can choose it again after trying another. Empty is the government scheme.
ALTER TABLE documents ADD COLUMN numbering TEXT NOT NULL DEFAULT '';
