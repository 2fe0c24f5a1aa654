-- ISMS Desk schema 9: covering indexes for the dashboard's aggregates, so a year's figures read
-- only index pages on a decade of records (measured by the dashboard benchmark).

-- Items of a year by status, the overdue ones by due date, and their owners for completion by unit.
CREATE INDEX ix_action_items_year_status ON action_items(plan_year, status, due_date, owner_person_id);
-- An objective's measurements in period order with their values.
DROP INDEX ix_measurements_objective;
CREATE INDEX ix_measurements_objective ON measurements(objective_id, period_end, value);
