-- Reads of the dashboard rollups by day range (daily series, the previous period) without walking every creator's
-- rows. Kept out of the Drizzle schema like the rollup triggers.
CREATE INDEX IF NOT EXISTS campaign_daily_rollups_day_idx ON campaign_daily_rollups (campaign_id, day);
