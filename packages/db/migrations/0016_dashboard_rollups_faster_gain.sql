-- The same gain, written as one expression so the planner inlines it (the array_agg form ran a sub-query per row and
-- made bulk snapshot inserts several times slower).
CREATE OR REPLACE FUNCTION lantoa_metrics_gain(a bigint[], b bigint[]) RETURNS bigint[] LANGUAGE sql IMMUTABLE AS $$
  SELECT ARRAY[
    coalesce(a[1], 0) - coalesce(b[1], 0), coalesce(a[2], 0) - coalesce(b[2], 0),
    coalesce(a[3], 0) - coalesce(b[3], 0), coalesce(a[4], 0) - coalesce(b[4], 0),
    coalesce(a[5], 0) - coalesce(b[5], 0), coalesce(a[6], 0) - coalesce(b[6], 0),
    coalesce(a[7], 0) - coalesce(b[7], 0), coalesce(a[8], 0) - coalesce(b[8], 0)
  ]::bigint[]
$$;
