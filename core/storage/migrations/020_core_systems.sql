-- ISMS Desk schema 20: core systems (核心資通系統) and their outages, from which objective 6's
-- availability is computed. A system is served every day or on working days between two local
-- times (ServiceHours; 24:00 the day's end) with its availability target, from the day it came
-- under the register (no availability is claimed for days before it); an outage has a start
-- and, once over, an end (UTC ISO text, as every moment here), planned or not, and its cause.
-- Planned outages (announced maintenance) do not count against availability. An objective
-- computed from availability names the systems it watches (source_systems, ids).
CREATE TABLE core_systems (
    id {{PK}},
    name TEXT NOT NULL,
    unit_id INTEGER REFERENCES org_units(id),
    weekdays_only INTEGER NOT NULL DEFAULT 0 CHECK (weekdays_only IN (0, 1)),
    service_start TEXT NOT NULL DEFAULT '00:00',
    service_end TEXT NOT NULL DEFAULT '24:00',
    availability_target DOUBLE PRECISION NOT NULL DEFAULT 99.5,
    in_service_from TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    notes TEXT NOT NULL DEFAULT '',
    row_version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE outages (
    id {{PK}},
    system_id INTEGER NOT NULL REFERENCES core_systems(id),
    started_at TEXT NOT NULL,
    ended_at TEXT,
    planned INTEGER NOT NULL DEFAULT 0 CHECK (planned IN (0, 1)),
    cause TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    row_version INTEGER NOT NULL DEFAULT 1
);

CREATE INDEX ix_outages_system ON outages (system_id, started_at);
CREATE INDEX ix_outages_started ON outages (started_at);

ALTER TABLE objectives ADD COLUMN source_systems TEXT NOT NULL DEFAULT '';
