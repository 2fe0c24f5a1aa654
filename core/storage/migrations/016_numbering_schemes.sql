-- ISMS Desk schema 16: a version keeps its document's own numbering scheme (NumberingScheme),
-- learnt at import or chosen for it. Empty is the government scheme 壹、一、(一) 1. (1) 1), which
-- every version stored before printed with, so no version's text or fingerprint changes.
ALTER TABLE document_versions ADD COLUMN numbering TEXT NOT NULL DEFAULT '';
