-- ISMS Desk schema 7: why an action item is due outside its plan year, when it is.

ALTER TABLE action_items ADD COLUMN due_reason TEXT NOT NULL DEFAULT '';
