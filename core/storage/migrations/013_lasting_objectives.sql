-- ISMS Desk schema 13: an objective is a lasting record of its document, and each policy version
-- holds its wording of it (objective_wordings). Until now every version had its own copy of the
-- objectives, so a revision split their measurements, action items and review cycles across
-- copies and the trends restarted empty when it took effect. The copies of one document that
-- share a number become one objective, the oldest copy's id (what most records already point
-- to); every record is re-pointed to it, and its indicator is that of the newest published copy.
-- SQLite rebuilds the objectives table with its links switched off, as SQLite documents it.
-- isms: foreign-keys-off

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

CREATE TABLE objectives_lasting (
    id {{PK}},
    document_id INTEGER NOT NULL REFERENCES documents(id),
    kpi_name TEXT NOT NULL DEFAULT '',
    kpi_unit TEXT NOT NULL DEFAULT '',
    direction TEXT NOT NULL DEFAULT 'at_least' CHECK (direction IN ('at_least', 'at_most', 'equal')),
    target DOUBLE PRECISION,
    frequency TEXT NOT NULL DEFAULT 'yearly'
        CHECK (frequency IN ('monthly', 'quarterly', 'half_yearly', 'yearly')),
    owner_role_id INTEGER REFERENCES roles(id),
    owner_person_id INTEGER REFERENCES people(id),
    measured_by_drills INTEGER NOT NULL DEFAULT 0,
    row_version INTEGER NOT NULL DEFAULT 1
);

INSERT INTO objectives_lasting (id, document_id, kpi_name, kpi_unit, direction, target, frequency, owner_role_id,
                                owner_person_id, measured_by_drills, row_version)
SELECT m.keeper_id, m.document_id, s.kpi_name, s.kpi_unit, s.direction, s.target, s.frequency, s.owner_role_id,
       s.owner_person_id,
       (SELECT MAX(x.measured_by_drills) FROM objectives x JOIN objective_merge mx ON mx.old_id = x.id
        WHERE mx.keeper_id = m.keeper_id),
       k.row_version
FROM objective_merge m JOIN objectives s ON s.id = m.source_id JOIN objectives k ON k.id = m.keeper_id
WHERE m.old_id = m.keeper_id;

DROP TABLE objectives;
ALTER TABLE objectives_lasting RENAME TO objectives;
-- New objectives number on after every removed copy: no id means two objectives in the trail.
UPDATE sqlite_sequence SET seq = (SELECT MAX(old_id) FROM objective_merge) WHERE name = 'objectives'
    AND (SELECT MAX(old_id) FROM objective_merge) > seq;
DROP TABLE objective_merge;

CREATE INDEX ix_objectives_document ON objectives(document_id);
CREATE INDEX ix_objective_wordings_objective ON objective_wordings(objective_id, version_id);
CREATE INDEX ix_document_versions_document ON document_versions(document_id, effective_date);
