-- Schema 11 for PostgreSQL (011_action_item_search.sql is the SQLite step and says why). The
-- same table names and columns, so the same queries search both: a plain table whose trigram
-- index (pg_trgm, a trusted extension) serves ILIKE '%…%', and triggers that queue changed ids.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE action_items_search (rowid BIGINT PRIMARY KEY, body TEXT NOT NULL);

CREATE INDEX ix_action_items_search_body ON action_items_search USING gin (body gin_trgm_ops);

CREATE TABLE action_items_search_queue (id BIGINT PRIMARY KEY);

INSERT INTO action_items_search (rowid, body)
SELECT id, id || ' ' || plan_year || ' ' || title || ' ' || resources || ' ' || evaluation_method || ' ' ||
       measured_result || ' ' || status || ' ' || progress || ' ' || notes
FROM action_items;

CREATE FUNCTION action_items_search_enqueue() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO action_items_search_queue (id)
    VALUES (CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END) ON CONFLICT DO NOTHING;
    RETURN NULL;
END;
$$;

CREATE TRIGGER action_items_search_change AFTER INSERT OR UPDATE OR DELETE ON action_items
    FOR EACH ROW EXECUTE FUNCTION action_items_search_enqueue();

CREATE INDEX ix_action_items_objective ON action_items(objective_id);
