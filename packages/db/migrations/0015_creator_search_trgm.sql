-- Creator search (issue 4, "Speed"): a trigram index over the accent-folded search text, so `q` ("ha noi",
-- "my pham") is answered from the index instead of a scan of every creator. pg_trgm ships with PostgreSQL's
-- contrib and with PGlite (loaded by the embedded process); where it is missing, search still works, by scanning.
DO $$
BEGIN
  CREATE EXTENSION IF NOT EXISTS pg_trgm;
EXCEPTION WHEN OTHERS THEN
  RAISE NOTICE 'pg_trgm is not available (%): creator text search will scan', SQLERRM;
END $$;
--> statement-breakpoint
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
    CREATE INDEX IF NOT EXISTS creators_search_trgm_idx ON creators USING gin (search_text gin_trgm_ops);
  END IF;
END $$;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS creators_name_idx ON creators (workspace_id, lower(name), id);
