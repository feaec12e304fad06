-- The rollup triggers fire even when a writer sets session_replication_role = 'replica' to skip foreign-key triggers
-- (the redirector's click batches do): the dashboard must see every click.
ALTER TABLE link_click_hourly ENABLE ALWAYS TRIGGER link_click_hourly_dashboard_rollups;
--> statement-breakpoint
ALTER TABLE post_snapshots ENABLE ALWAYS TRIGGER post_snapshots_rollups_insert;
--> statement-breakpoint
ALTER TABLE post_snapshots ENABLE ALWAYS TRIGGER post_snapshots_rollups_update;
--> statement-breakpoint
ALTER TABLE post_snapshots ENABLE ALWAYS TRIGGER post_snapshots_rollups_delete;
