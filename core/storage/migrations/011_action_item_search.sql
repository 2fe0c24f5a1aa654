-- Searching the action items (100,000 at a city's scale) compared every row's text with LIKE
-- '%…%', which no index serves. A trigram full-text index of each item's own text answers the
-- same substring search; the owner's and unit's names and the objective's number are searched
-- in their own small tables. Triggers keep the index with the items.

CREATE VIRTUAL TABLE action_items_search USING fts5(body, tokenize = 'trigram');

INSERT INTO action_items_search (rowid, body)
SELECT id, id || ' ' || plan_year || ' ' || title || ' ' || resources || ' ' ||
       evaluation_method || ' ' || measured_result || ' ' || status || ' ' || progress || ' ' || notes
FROM action_items;

CREATE TRIGGER action_items_search_insert AFTER INSERT ON action_items BEGIN
    INSERT INTO action_items_search (rowid, body) VALUES (new.id, new.id || ' ' || new.plan_year || ' ' || new.title || ' ' || new.resources || ' ' || new.evaluation_method || ' ' || new.measured_result || ' ' || new.status || ' ' || new.progress || ' ' || new.notes); END;

CREATE TRIGGER action_items_search_update AFTER UPDATE ON action_items BEGIN
    UPDATE action_items_search SET body = new.id || ' ' || new.plan_year || ' ' || new.title || ' ' || new.resources || ' ' || new.evaluation_method || ' ' || new.measured_result || ' ' || new.status || ' ' || new.progress || ' ' || new.notes WHERE rowid = old.id; END;

CREATE TRIGGER action_items_search_delete AFTER DELETE ON action_items BEGIN
    DELETE FROM action_items_search WHERE rowid = old.id; END;

CREATE INDEX ix_action_items_objective ON action_items(objective_id);
