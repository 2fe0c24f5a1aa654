-- ISMS Desk schema 21: the training register (教育訓練, objective 3). A session is a course held
-- on a day, of a number of hours, general (通識) or professional (專業), by a provider; a person's
-- attendance of it carries the hours they were there for. The hours each person must have in a
-- year are set by the agency's responsibility level (資通安全責任等級 A/B/C; agency_settings holds
-- the agency's own), per audience — everyone, the security staff (the people holding the security
-- officer role in the year) or the holders of one role — optionally for one person category; a
-- person needs, of each kind, the most any requirement that applies to them asks. A level with no
-- rows follows the rules for Taiwanese agencies of levels A to C (TrainingStanding::defaults): every
-- member of staff at least 3 hours of general security training a year, security staff at least 12
-- hours of professional training; nothing is inserted here, so that a new database stays empty
-- (a copy goes only into an empty one) and its trail starts with its first user's work. Without a
-- row in agency_settings the agency is taken to be of level C.
CREATE TABLE training_sessions (
    id {{PK}},
    title TEXT NOT NULL,
    held_on TEXT NOT NULL,
    hours DOUBLE PRECISION NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('general', 'professional')),
    provider TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    row_version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE training_attendance (
    id {{PK}},
    session_id INTEGER NOT NULL REFERENCES training_sessions(id),
    person_id INTEGER NOT NULL REFERENCES people(id),
    hours DOUBLE PRECISION NOT NULL,
    notes TEXT NOT NULL DEFAULT '',
    row_version INTEGER NOT NULL DEFAULT 1
);

CREATE UNIQUE INDEX ux_training_attendance ON training_attendance (session_id, person_id);
CREATE INDEX ix_training_attendance_person ON training_attendance (person_id);
CREATE INDEX ix_training_sessions_held ON training_sessions (held_on);

CREATE TABLE training_requirements (
    id {{PK}},
    level TEXT NOT NULL CHECK (level IN ('A', 'B', 'C')),
    audience TEXT NOT NULL CHECK (audience IN ('everyone', 'security_staff', 'role')),
    role_id INTEGER REFERENCES roles(id),
    category TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL CHECK (kind IN ('general', 'professional')),
    hours DOUBLE PRECISION NOT NULL,
    notes TEXT NOT NULL DEFAULT '',
    row_version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE agency_settings (
    id {{PK}},
    responsibility_level TEXT NOT NULL DEFAULT 'C' CHECK (responsibility_level IN ('A', 'B', 'C')),
    row_version INTEGER NOT NULL DEFAULT 1
);
