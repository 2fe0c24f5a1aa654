-- ISMS Desk schema 13: an objective is a lasting record of its document, and each policy version
-- holds its wording of it (objective_wordings). Until now every version had its own copy of the
-- objectives, so a revision split their measurements, action items and review cycles across
-- copies and the trends restarted empty when it took effect. The copies of one document that
-- share a number become one objective, the oldest copy's id (what most records already point
-- to); every record is re-pointed to it, and its indicator is that of the newest published copy.
-- PostgreSQL changes the objectives table in place.

CREATE TABLE objective_merge (
    old_id INTEGER PRIMARY KEY,
    keeper_id INTEGER NOT NULL,
    document_id INTEGER NOT NULL,
    source_id INTEGER NOT NULL
);

INSERT INTO objective_merge (old_id, keeper_id, document_id, source_id)
SELECT o.id,
       (SELECT MIN(o2.id) FROM objectives o2 JOIN document_versions v2 ON v2.id = o2.version_id
        WHERE v2.document_id = v.document_id AND o2.number = o.number),
       v.document_id,
       (SELECT o3.id FROM objectives o3 JOIN document_versions v3 ON v3.id = o3.version_id
        WHERE v3.document_id = v.document_id AND o3.number = o.number
        ORDER BY CASE WHEN v3.status IN ('published', 'superseded') THEN 0 ELSE 1 END, v3.effective_date DESC, v3.id DESC
        LIMIT 1)
FROM objectives o JOIN document_versions v ON v.id = o.version_id;

CREATE TABLE objective_wordings (
    id {{PK}},
    objective_id INTEGER NOT NULL REFERENCES objectives(id),
    version_id INTEGER NOT NULL REFERENCES document_versions(id),
    section_id INTEGER REFERENCES sections(id),
    number INTEGER NOT NULL,
    text TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (version_id, number),
    UNIQUE (version_id, objective_id)
);

INSERT INTO objective_wordings (objective_id, version_id, section_id, number, text)
SELECT m.keeper_id, o.version_id, o.section_id, o.number, o.text
FROM objectives o JOIN objective_merge m ON m.old_id = o.id ORDER BY o.id;

UPDATE measurements SET objective_id = (SELECT keeper_id FROM objective_merge WHERE old_id = measurements.objective_id);
UPDATE action_items SET objective_id = (SELECT keeper_id FROM objective_merge WHERE old_id = action_items.objective_id)
WHERE objective_id IS NOT NULL;
UPDATE review_cycles SET subject_id = (SELECT keeper_id FROM objective_merge WHERE old_id = review_cycles.subject_id)
WHERE subject_kind = 'objective' AND subject_id IN (SELECT old_id FROM objective_merge);

UPDATE objectives SET kpi_name = s.kpi_name, kpi_unit = s.kpi_unit, direction = s.direction, target = s.target,
    frequency = s.frequency, owner_role_id = s.owner_role_id, owner_person_id = s.owner_person_id,
    measured_by_drills = (SELECT MAX(x.measured_by_drills) FROM objectives x JOIN objective_merge mx ON mx.old_id = x.id
                          WHERE mx.keeper_id = objectives.id)
FROM objective_merge m JOIN objectives s ON s.id = m.source_id
WHERE m.old_id = objectives.id AND m.keeper_id = objectives.id;

ALTER TABLE objectives ADD COLUMN document_id INTEGER REFERENCES documents(id);
UPDATE objectives SET document_id = (SELECT document_id FROM objective_merge WHERE old_id = objectives.id);
DELETE FROM objectives WHERE id NOT IN (SELECT keeper_id FROM objective_merge);
ALTER TABLE objectives ALTER COLUMN document_id SET NOT NULL;
ALTER TABLE objectives DROP COLUMN version_id, DROP COLUMN section_id, DROP COLUMN number, DROP COLUMN text;
DROP TABLE objective_merge;

CREATE INDEX ix_objectives_document ON objectives(document_id);
CREATE INDEX ix_objective_wordings_objective ON objective_wordings(objective_id, version_id);
CREATE INDEX ix_document_versions_document ON document_versions(document_id, effective_date);
