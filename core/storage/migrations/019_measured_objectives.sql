-- ISMS Desk schema 19: objectives measured from the records themselves (IndicatorSource). An
-- objective's indicator may be computed from a source instead of typed in: the management
-- reviews attended by the roles named as senior management (source_roles, role ids), the
-- corrective actions closed by their due date, or the findings of compliance checks still
-- unresolved. Drills keep their own flag. The source is checked in core, not here, so that later
-- sources need no table rebuild. A measurement recorded from a source keeps the records it was
-- computed from (measurement_records), and the dates the sources count by are kept from now on:
-- when a corrective action was done and when a finding closed. An audit is an internal audit or
-- a compliance check (法令遵循查核).
ALTER TABLE objectives ADD COLUMN source TEXT NOT NULL DEFAULT '';
ALTER TABLE objectives ADD COLUMN source_roles TEXT NOT NULL DEFAULT '';
ALTER TABLE audits ADD COLUMN kind TEXT NOT NULL DEFAULT 'internal_audit' CHECK (kind IN ('internal_audit', 'compliance_check'));
ALTER TABLE corrective_actions ADD COLUMN done_date TEXT;
ALTER TABLE findings ADD COLUMN closed_date TEXT;
-- Work done before this schema: its verification is the latest it can have been done, and a
-- finding closed when its action was verified effective.
UPDATE corrective_actions SET done_date = verified_date WHERE status IN ('done', 'verified') AND verified_date IS NOT NULL;
UPDATE findings SET closed_date = (SELECT MAX(c.verified_date) FROM corrective_actions c WHERE c.finding_id = findings.id)
WHERE status = 'closed';

-- A measurement computed from a source says which (empty: typed in). One per objective and period,
-- so that two workstations recording the same period's end cannot both keep theirs.
ALTER TABLE measurements ADD COLUMN source TEXT NOT NULL DEFAULT '';
CREATE UNIQUE INDEX ux_measurements_computed ON measurements (objective_id, period_start, period_end) WHERE source <> '';

CREATE TABLE measurement_records (
    measurement_id INTEGER NOT NULL REFERENCES measurements(id),
    record_kind TEXT NOT NULL,  -- the record's table, checked in core (sources to come add theirs)
    record_id INTEGER NOT NULL,
    PRIMARY KEY (measurement_id, record_kind, record_id)
);

CREATE INDEX ix_meetings_date ON meetings (kind, meeting_date);
CREATE INDEX ix_corrective_actions_due ON corrective_actions (due_date);
CREATE INDEX ix_audits_kind ON audits (kind, start_date);
