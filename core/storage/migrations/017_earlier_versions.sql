-- ISMS Desk schema 17: a version keeps the document's revision history from before it came into
-- the program (EarlierVersion: version, date, summary, approver; JSON), so that the history the
-- program prints goes back as far as the document's did. Empty for none, so no version's
-- fingerprint changes.
ALTER TABLE document_versions ADD COLUMN earlier_versions TEXT NOT NULL DEFAULT '';
