-- Issue #6: the RACI matrix (activities × roles) and who a communication event addressed.

CREATE TABLE raci_activities (
    id {{PK}},
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    responsibility_id INTEGER REFERENCES responsibilities(id),
    notes TEXT NOT NULL DEFAULT '',
    row_version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE raci_cells (
    id {{PK}},
    activity_id INTEGER NOT NULL REFERENCES raci_activities(id),
    role_id INTEGER NOT NULL REFERENCES roles(id),
    value TEXT NOT NULL CHECK (value IN ('R', 'A', 'C', 'I')),
    row_version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (activity_id, role_id)
);

-- An event's audience: units (with the units below them), scope categories, or both (then a
-- person must be in one of the units and of one of the categories). No rows: everyone active.
CREATE TABLE communication_audiences (
    id {{PK}},
    communication_id INTEGER NOT NULL REFERENCES communications(id),
    unit_id INTEGER REFERENCES org_units(id),
    category TEXT,
    row_version INTEGER NOT NULL DEFAULT 1,
    CHECK (unit_id IS NOT NULL OR category IS NOT NULL)
);

CREATE INDEX ix_communication_audiences_event ON communication_audiences(communication_id);
CREATE INDEX ix_role_assignments_unit ON role_assignments(unit_id, role_id);
