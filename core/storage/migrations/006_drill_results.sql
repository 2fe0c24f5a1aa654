-- ISMS Desk schema 6: a drill's verdict is stored with it (computed by one rule in core), and an
-- objective can be fed by drills instead of typed-in measurements.

ALTER TABLE drills ADD COLUMN passed INTEGER;
UPDATE drills SET passed = CASE WHEN emails_sent > 0 AND 100.0 * opened / emails_sent < open_threshold AND
    100.0 * clicked / emails_sent < click_threshold THEN 1 ELSE 0 END;
ALTER TABLE objectives ADD COLUMN measured_by_drills INTEGER NOT NULL DEFAULT 0;
UPDATE objectives SET measured_by_drills = 1 WHERE text LIKE '%社交工程%';
ALTER TABLE measurements ADD COLUMN drill_id INTEGER REFERENCES drills(id);
