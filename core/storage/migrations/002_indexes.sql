-- ISMS Desk schema 2: indexes behind the lazy, SQL-sorted views and the foreign keys.

CREATE INDEX ix_org_units_parent ON org_units(parent_id);
CREATE INDEX ix_people_unit ON people(unit_id);
CREATE INDEX ix_people_name ON people(name);
CREATE INDEX ix_sections_version_parent ON sections(version_id, parent_id, position);
CREATE INDEX ix_versions_document ON document_versions(document_id, status);
CREATE INDEX ix_objectives_version ON objectives(version_id);
CREATE INDEX ix_measurements_objective ON measurements(objective_id, period_end);
CREATE INDEX ix_action_items_year ON action_items(plan_year, objective_id);
CREATE INDEX ix_action_items_owner ON action_items(owner_person_id);
CREATE INDEX ix_action_items_status_due ON action_items(status, due_date);
CREATE INDEX ix_role_assignments_role ON role_assignments(role_id, start_date);
CREATE INDEX ix_role_assignments_person ON role_assignments(person_id);
CREATE INDEX ix_reviews_cycle ON reviews(cycle_id, review_date);
CREATE INDEX ix_findings_audit ON findings(audit_id, status);
CREATE INDEX ix_corrective_actions_finding ON corrective_actions(finding_id, status);
CREATE INDEX ix_drills_period ON drills(period_year, period_half);
CREATE INDEX ix_communications_version ON communications(version_id, event_date);
CREATE INDEX ix_acknowledgements_person ON acknowledgements(person_id);
CREATE INDEX ix_audit_log_entity ON audit_log(entity, entity_id);
CREATE INDEX ix_audit_log_at ON audit_log(at);
