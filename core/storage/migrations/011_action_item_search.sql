-- Searching the action items (100,000 at a city's scale) compared every row's text with LIKE
-- '%…%', which no index serves. A trigram full-text index of each item's own text answers the
-- same substring search; the owner's and unit's names and the objective's number are searched
-- in their own small tables. Indexing costs about 35 µs a row, too much to pay inside every
-- import, so changes only queue the item's id (triggers) and the index catches up with the
-- queue before the next search (SearchIndex).

CREATE VIRTUAL TABLE action_items_search USING fts5(body, tokenize = 'trigram');

CREATE TABLE action_items_search_queue (id INTEGER PRIMARY KEY);

INSERT INTO action_items_search (rowid, body)
SELECT id, id || ' ' || plan_year || ' ' || title || ' ' || resources || ' ' || evaluation_method || ' ' ||
       measured_result || ' ' || status || ' ' || progress || ' ' || notes
FROM action_items;

CREATE TRIGGER action_items_search_insert AFTER INSERT ON action_items BEGIN
    INSERT OR IGNORE INTO action_items_search_queue (id) VALUES (new.id); END;

CREATE TRIGGER action_items_search_update AFTER UPDATE ON action_items BEGIN
    INSERT OR IGNORE INTO action_items_search_queue (id) VALUES (new.id); END;

CREATE TRIGGER action_items_search_delete AFTER DELETE ON action_items BEGIN
    INSERT OR IGNORE INTO action_items_search_queue (id) VALUES (old.id); END;

CREATE INDEX ix_action_items_objective ON action_items(objective_id);
