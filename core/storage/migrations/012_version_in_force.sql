-- ISMS Desk schema 12: which version is in force is decided by the day (VersionStanding), not
-- stored: a published version is superseded only from the day its successor takes effect, so a
-- status written at publication could say "superseded" two weeks early. Stored ones go back to
-- what document control did: they were published.

UPDATE document_versions SET status = 'published' WHERE status = 'superseded';
