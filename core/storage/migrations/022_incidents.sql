-- ISMS Desk schema 22: the register of security incidents and weaknesses (資安事件通報, objectives 4
-- and 7). An incident has a level (1–4) and a category, the moment it became known, and — as they
-- happen — when it was reported and to whom, when the damage was contained, when service was
-- recovered and when the investigation report was sent; a weakness report (資安弱點) is a finding
-- from staff in the same register, without a level. Moments are UTC ISO text, as everywhere here.
-- The deadlines they are held to (IncidentClock) are the agency's settings: reporting within 1 hour
-- of becoming known, damage control or recovery within 72 hours for levels 1–2 and 36 hours for
-- levels 3–4, the investigation report within 1 month of recovery — the rules for public agencies,
-- taken while agency_settings has no row. Each incident keeps the deadlines in force when it was
-- recorded (its report_hours … investigation_months), so that changing them later does not judge
-- past incidents anew. Corrective actions taken for an incident are linked to it.
CREATE TABLE incidents (
    id {{PK}},
    kind TEXT NOT NULL DEFAULT 'incident' CHECK (kind IN ('incident', 'weakness')),
    title TEXT NOT NULL,
    level INTEGER CHECK (level IS NULL OR level BETWEEN 1 AND 4),
    category TEXT NOT NULL,
    known_at TEXT NOT NULL,
    reported_at TEXT,
    reported_to TEXT NOT NULL DEFAULT '',
    contained_at TEXT,
    recovered_at TEXT,
    investigated_at TEXT,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    reporter_person_id INTEGER REFERENCES people(id),
    system_id INTEGER REFERENCES core_systems(id),
    description TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    report_hours DOUBLE PRECISION NOT NULL DEFAULT 1,
    recovery_hours_low DOUBLE PRECISION NOT NULL DEFAULT 72,
    recovery_hours_high DOUBLE PRECISION NOT NULL DEFAULT 36,
    investigation_months INTEGER NOT NULL DEFAULT 1,
    row_version INTEGER NOT NULL DEFAULT 1
);

CREATE INDEX ix_incidents_known ON incidents (known_at);
CREATE INDEX ix_incidents_status ON incidents (status);

CREATE TABLE incident_actions (
    incident_id INTEGER NOT NULL REFERENCES incidents(id),
    corrective_action_id INTEGER NOT NULL REFERENCES corrective_actions(id),
    PRIMARY KEY (incident_id, corrective_action_id)
);

ALTER TABLE agency_settings ADD COLUMN report_hours DOUBLE PRECISION NOT NULL DEFAULT 1;
ALTER TABLE agency_settings ADD COLUMN recovery_hours_low DOUBLE PRECISION NOT NULL DEFAULT 72;
ALTER TABLE agency_settings ADD COLUMN recovery_hours_high DOUBLE PRECISION NOT NULL DEFAULT 36;
ALTER TABLE agency_settings ADD COLUMN investigation_months INTEGER NOT NULL DEFAULT 1;
