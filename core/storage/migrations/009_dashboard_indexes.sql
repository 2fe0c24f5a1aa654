-- ISMS Desk schema 9: indexes for the dashboard's aggregates and the action-item table, so they
-- read only what they show on a decade of records (measured by the benchmarks).

-- Items of a year by status, the overdue ones by due date, and their owners for completion by unit.
CREATE INDEX ix_action_items_year_status ON action_items(plan_year, status, due_date, owner_person_id);
-- The action-item table opens sorted by due date: walking this index needs no sort.
CREATE INDEX ix_action_items_due ON action_items(due_date);
-- An objective's measurements in period order with their values.
DROP INDEX ix_measurements_objective;
CREATE INDEX ix_measurements_objective ON measurements(objective_id, period_end, value);
