-- ISMS Desk schema 1: every part of an ISMS policy and the records kept around it.
-- {{PK}} is the engine's auto-numbered primary key (Migrator fills it in).
-- Dates are ISO text (YYYY-MM-DD), times ISO UTC text; every editable row has row_version for
-- optimistic locking.

CREATE TABLE schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
);

CREATE TABLE org_units (
    id {{PK}},
    parent_id INTEGER REFERENCES org_units(id),
    position INTEGER NOT NULL DEFAULT 0,
    name TEXT NOT NULL,
    name_en TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL DEFAULT 'internal' CHECK (kind IN ('internal', 'vendor', 'agency')),
    notes TEXT NOT NULL DEFAULT '',
    row_version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE people (
    id {{PK}},
    name TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    unit_id INTEGER REFERENCES org_units(id),
    category TEXT NOT NULL DEFAULT 'full_time',
    contact TEXT NOT NULL DEFAULT '',
    active_from TEXT,
    active_to TEXT,
    notes TEXT NOT NULL DEFAULT '',
    row_version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE documents (
    id {{PK}},
    code TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE document_versions (
    id {{PK}},
    document_id INTEGER NOT NULL REFERENCES documents(id),
    version TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'draft'
        CHECK (status IN ('draft', 'in_review', 'approved', 'published', 'superseded', 'withdrawn')),
    classification TEXT NOT NULL DEFAULT 'internal'
        CHECK (classification IN ('public', 'internal', 'sensitive', 'confidential')),
    org_name TEXT NOT NULL DEFAULT '',
    org_name_en TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL,
    effective_date TEXT,
    notice TEXT NOT NULL DEFAULT '',
    change_summary TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (document_id, version)
);

CREATE TABLE approvals (
    id {{PK}},
    version_id INTEGER NOT NULL REFERENCES document_versions(id),
    approver_name TEXT NOT NULL,
    approver_title TEXT NOT NULL DEFAULT '',
    approver_role TEXT NOT NULL,
    approved_at TEXT NOT NULL,
    fingerprint TEXT NOT NULL
);

CREATE TABLE sections (
    id {{PK}},
    version_id INTEGER NOT NULL REFERENCES document_versions(id),
    parent_id INTEGER REFERENCES sections(id),
    position INTEGER NOT NULL,
    heading TEXT NOT NULL,
    body TEXT NOT NULL DEFAULT '',
    row_version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE legal_references (
    id {{PK}},
    kind TEXT NOT NULL CHECK (kind IN ('law', 'regulation', 'standard', 'other')),
    title TEXT NOT NULL UNIQUE,
    notes TEXT NOT NULL DEFAULT '',
    row_version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE version_references (
    version_id INTEGER NOT NULL REFERENCES document_versions(id),
    reference_id INTEGER NOT NULL REFERENCES legal_references(id),
    section_id INTEGER REFERENCES sections(id),
    position INTEGER NOT NULL,
    PRIMARY KEY (version_id, reference_id)
);

CREATE TABLE scope_items (
    id {{PK}},
    version_id INTEGER NOT NULL REFERENCES document_versions(id),
    section_id INTEGER REFERENCES sections(id),
    position INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('staff', 'vendor', 'agency')),
    text TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE policy_statements (
    id {{PK}},
    version_id INTEGER NOT NULL REFERENCES document_versions(id),
    section_id INTEGER REFERENCES sections(id),
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE roles (
    id {{PK}},
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    name_en TEXT NOT NULL DEFAULT '',
    per_unit INTEGER NOT NULL DEFAULT 0,
    description TEXT NOT NULL DEFAULT '',
    row_version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE role_assignments (
    id {{PK}},
    role_id INTEGER NOT NULL REFERENCES roles(id),
    person_id INTEGER NOT NULL REFERENCES people(id),
    unit_id INTEGER REFERENCES org_units(id),
    start_date TEXT NOT NULL,
    end_date TEXT,
    notes TEXT NOT NULL DEFAULT '',
    row_version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE responsibilities (
    id {{PK}},
    version_id INTEGER NOT NULL REFERENCES document_versions(id),
    section_id INTEGER REFERENCES sections(id),
    role_id INTEGER REFERENCES roles(id),
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    row_version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE objectives (
    id {{PK}},
    version_id INTEGER NOT NULL REFERENCES document_versions(id),
    section_id INTEGER REFERENCES sections(id),
    number INTEGER NOT NULL,
    text TEXT NOT NULL,
    kpi_name TEXT NOT NULL DEFAULT '',
    kpi_unit TEXT NOT NULL DEFAULT '',
    direction TEXT NOT NULL DEFAULT 'at_least' CHECK (direction IN ('at_least', 'at_most', 'equal')),
    target DOUBLE PRECISION,
    frequency TEXT NOT NULL DEFAULT 'yearly'
        CHECK (frequency IN ('monthly', 'quarterly', 'half_yearly', 'yearly')),
    owner_role_id INTEGER REFERENCES roles(id),
    owner_person_id INTEGER REFERENCES people(id),
    row_version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (version_id, number)
);

CREATE TABLE measurements (
    id {{PK}},
    objective_id INTEGER NOT NULL REFERENCES objectives(id),
    period_start TEXT NOT NULL,
    period_end TEXT NOT NULL,
    value DOUBLE PRECISION NOT NULL,
    measured_by INTEGER REFERENCES people(id),
    evidence TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    row_version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE meetings (
    id {{PK}},
    kind TEXT NOT NULL DEFAULT 'management_review' CHECK (kind IN ('management_review', 'committee', 'other')),
    title TEXT NOT NULL,
    meeting_date TEXT NOT NULL,
    place TEXT NOT NULL DEFAULT '',
    chair_person_id INTEGER REFERENCES people(id),
    agenda TEXT NOT NULL DEFAULT '',
    minutes TEXT NOT NULL DEFAULT '',
    decisions TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    row_version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE meeting_attendees (
    meeting_id INTEGER NOT NULL REFERENCES meetings(id),
    person_id INTEGER NOT NULL REFERENCES people(id),
    PRIMARY KEY (meeting_id, person_id)
);

CREATE TABLE action_items (
    id {{PK}},
    objective_id INTEGER REFERENCES objectives(id),
    meeting_id INTEGER REFERENCES meetings(id),
    plan_year INTEGER NOT NULL,
    title TEXT NOT NULL,
    resources TEXT NOT NULL DEFAULT '',
    owner_person_id INTEGER REFERENCES people(id),
    due_date TEXT,
    evaluation_method TEXT NOT NULL DEFAULT '',
    measured_result TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'planned'
        CHECK (status IN ('planned', 'in_progress', 'done', 'overdue', 'cancelled')),
    cancel_reason TEXT NOT NULL DEFAULT '',
    progress INTEGER NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
    notes TEXT NOT NULL DEFAULT '',
    row_version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE review_cycles (
    id {{PK}},
    subject_kind TEXT NOT NULL
        CHECK (subject_kind IN ('document', 'objective', 'management_review', 'internal_audit', 'drill', 'custom')),
    subject_id INTEGER,
    title TEXT NOT NULL,
    interval_months INTEGER NOT NULL CHECK (interval_months > 0),
    trigger_note TEXT NOT NULL DEFAULT '',
    lead_days INTEGER NOT NULL DEFAULT 30,
    owner_person_id INTEGER REFERENCES people(id),
    last_done TEXT,
    notes TEXT NOT NULL DEFAULT '',
    row_version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE reviews (
    id {{PK}},
    cycle_id INTEGER NOT NULL REFERENCES review_cycles(id),
    review_date TEXT NOT NULL,
    reviewers TEXT NOT NULL DEFAULT '',
    outcome TEXT NOT NULL DEFAULT 'no_change' CHECK (outcome IN ('no_change', 'revise', 'done')),
    notes TEXT NOT NULL DEFAULT '',
    row_version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE audits (
    id {{PK}},
    title TEXT NOT NULL,
    start_date TEXT NOT NULL,
    end_date TEXT,
    scope TEXT NOT NULL DEFAULT '',
    auditors TEXT NOT NULL DEFAULT '',
    auditees TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    row_version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE findings (
    id {{PK}},
    audit_id INTEGER NOT NULL REFERENCES audits(id),
    kind TEXT NOT NULL CHECK (kind IN ('major', 'minor', 'observation', 'opportunity')),
    clause TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL,
    evidence TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    row_version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE corrective_actions (
    id {{PK}},
    finding_id INTEGER NOT NULL REFERENCES findings(id),
    root_cause TEXT NOT NULL DEFAULT '',
    action TEXT NOT NULL,
    owner_person_id INTEGER REFERENCES people(id),
    due_date TEXT,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in_progress', 'done', 'verified')),
    verified_date TEXT,
    verifier_person_id INTEGER REFERENCES people(id),
    verification_result TEXT NOT NULL DEFAULT '',
    row_version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE drills (
    id {{PK}},
    period_year INTEGER NOT NULL,
    period_half INTEGER NOT NULL CHECK (period_half IN (1, 2)),
    drill_date TEXT,
    unit_id INTEGER REFERENCES org_units(id),
    emails_sent INTEGER NOT NULL CHECK (emails_sent >= 0),
    opened INTEGER NOT NULL CHECK (opened >= 0),
    clicked INTEGER NOT NULL CHECK (clicked >= 0),
    reported INTEGER NOT NULL DEFAULT 0 CHECK (reported >= 0),
    open_threshold DOUBLE PRECISION NOT NULL DEFAULT 10,
    click_threshold DOUBLE PRECISION NOT NULL DEFAULT 6,
    notes TEXT NOT NULL DEFAULT '',
    row_version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE communications (
    id {{PK}},
    version_id INTEGER NOT NULL REFERENCES document_versions(id),
    channel TEXT NOT NULL CHECK (channel IN ('training', 'meeting', 'posting', 'email')),
    event_date TEXT NOT NULL,
    audience TEXT NOT NULL DEFAULT '',
    material TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    row_version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE acknowledgements (
    id {{PK}},
    version_id INTEGER NOT NULL REFERENCES document_versions(id),
    person_id INTEGER NOT NULL REFERENCES people(id),
    ack_date TEXT NOT NULL,
    method TEXT NOT NULL DEFAULT 'sign_in_sheet',
    row_version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (version_id, person_id)
);

CREATE TABLE users (
    id {{PK}},
    person_id INTEGER REFERENCES people(id),
    username TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('administrator', 'editor', 'chair', 'auditor', 'viewer')),
    disabled INTEGER NOT NULL DEFAULT 0,
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    locked_until TEXT,
    row_version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE audit_log (
    id {{PK}},
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
    entity TEXT NOT NULL,
    entity_id INTEGER NOT NULL,
    before_data TEXT NOT NULL DEFAULT '',
    after_data TEXT NOT NULL DEFAULT '',
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
