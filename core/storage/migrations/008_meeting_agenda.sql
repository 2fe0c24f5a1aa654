-- ISMS Desk schema 8: a meeting's agenda as items, each with the text prepared for it and its
-- minutes. A management review's agenda follows the inputs of ISO/IEC 27001:2022 clause 9.3.2;
-- the item's label comes from its input key, so it reads in the user's language. Custom items
-- (input_other) carry their own title.

CREATE TABLE meeting_agenda_items (
    id {{PK}},
    meeting_id INTEGER NOT NULL REFERENCES meetings(id),
    position INTEGER NOT NULL,
    input_key TEXT NOT NULL CHECK (input_key IN ('input_previous_actions', 'input_issue_changes',
        'input_party_needs', 'input_nonconformities', 'input_measurements', 'input_audit_results',
        'input_objectives', 'input_party_feedback', 'input_risk', 'input_improvement', 'input_other')),
    title TEXT NOT NULL DEFAULT '',
    prepared TEXT NOT NULL DEFAULT '',
    minutes TEXT NOT NULL DEFAULT '',
    row_version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX ix_meeting_agenda_items_meeting ON meeting_agenda_items (meeting_id, position);
CREATE INDEX ix_action_items_meeting ON action_items (meeting_id);

-- Meetings recorded before this schema get the standard agenda; their free-text agenda stays.
INSERT INTO meeting_agenda_items (meeting_id, position, input_key)
SELECT m.id, k.position, k.input_key FROM meetings m CROSS JOIN (
    SELECT 1 AS position, 'input_previous_actions' AS input_key
    UNION ALL SELECT 2, 'input_issue_changes'
    UNION ALL SELECT 3, 'input_party_needs'
    UNION ALL SELECT 4, 'input_nonconformities'
    UNION ALL SELECT 5, 'input_measurements'
    UNION ALL SELECT 6, 'input_audit_results'
    UNION ALL SELECT 7, 'input_objectives'
    UNION ALL SELECT 8, 'input_party_feedback'
    UNION ALL SELECT 9, 'input_risk'
    UNION ALL SELECT 10, 'input_improvement') k
WHERE m.kind = 'management_review';
