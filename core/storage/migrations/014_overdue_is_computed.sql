-- ISMS Desk schema 14: "overdue" is computed from an action item's due date and completion
-- (Overdue), not a status anyone chooses: a stored one said nothing once the item was done or
-- its date moved. Each goes back to the status it really has: in progress once work has been
-- reported on it, planned otherwise.

UPDATE action_items SET status = CASE WHEN progress > 0 THEN 'in_progress' ELSE 'planned' END WHERE status = 'overdue';
