CREATE TABLE "campaign_daily_rollups" (
	"workspace_id" uuid NOT NULL,
	"campaign_id" uuid NOT NULL,
	"creator_id" uuid NOT NULL,
	"day" date NOT NULL,
	"views" bigint DEFAULT 0 NOT NULL,
	"reach" bigint DEFAULT 0 NOT NULL,
	"impressions" bigint DEFAULT 0 NOT NULL,
	"likes" bigint DEFAULT 0 NOT NULL,
	"comments" bigint DEFAULT 0 NOT NULL,
	"shares" bigint DEFAULT 0 NOT NULL,
	"saves" bigint DEFAULT 0 NOT NULL,
	"post_clicks" bigint DEFAULT 0 NOT NULL,
	"link_clicks" bigint DEFAULT 0 NOT NULL,
	"scans" bigint DEFAULT 0 NOT NULL,
	"bot_clicks" bigint DEFAULT 0 NOT NULL,
	"last_click_hour" timestamp with time zone,
	"last_snapshot_at" timestamp with time zone,
	CONSTRAINT "campaign_daily_rollups_campaign_id_creator_id_day_pk" PRIMARY KEY("campaign_id","creator_id","day")
);
--> statement-breakpoint
CREATE TABLE "post_latest_snapshots" (
	"post_id" uuid PRIMARY KEY NOT NULL,
	"workspace_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"views" bigint,
	"reach" bigint,
	"impressions" bigint,
	"likes" bigint,
	"comments" bigint,
	"shares" bigint,
	"saves" bigint,
	"clicks" bigint,
	"watch_time_s" bigint
);
--> statement-breakpoint
ALTER TABLE "campaign_daily_rollups" ADD CONSTRAINT "campaign_daily_rollups_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_daily_rollups" ADD CONSTRAINT "campaign_daily_rollups_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "post_latest_snapshots" ADD CONSTRAINT "post_latest_snapshots_post_id_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."posts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "post_latest_snapshots" ADD CONSTRAINT "post_latest_snapshots_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "campaign_daily_rollups_workspace_idx" ON "campaign_daily_rollups" USING btree ("workspace_id");--> statement-breakpoint
-- Dashboard rollups: post_latest_snapshots and campaign_daily_rollups are kept by the triggers below.
-- a − b element by element, an unreported metric counting as 0 (a NULL array: nothing before).
CREATE OR REPLACE FUNCTION lantoa_metrics_gain(a bigint[], b bigint[]) RETURNS bigint[] LANGUAGE sql IMMUTABLE AS $$
  SELECT array_agg(coalesce(a[i], 0) - coalesce(b[i], 0) ORDER BY i) FROM generate_series(1, 8) AS i
$$;
--> statement-breakpoint
-- Statement-level: `added` are the rows the statement wrote, `removed` the rows it replaced or deleted. For the posts
-- touched, each day's gain (change of the post's cumulative value since its previous snapshot) is computed on the
-- snapshots after the statement and before it, and the difference is added to the rollups; so a late or corrected
-- snapshot moves the gain to the right day. The newest snapshot of those posts is then taken again.
CREATE OR REPLACE FUNCTION lantoa_post_snapshots_changed(added post_snapshots[], removed post_snapshots[])
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  affected uuid[];
BEGIN
  SELECT array_agg(DISTINCT c.post_id) INTO affected
  FROM (SELECT a.post_id FROM unnest(added) a UNION ALL SELECT r.post_id FROM unnest(removed) r) c;
  IF affected IS NULL THEN RETURN; END IF;
  WITH touched AS (SELECT DISTINCT unnest(affected) AS post_id),
  after_rows AS (
    SELECT s.post_id, s.at,
      ARRAY[s.views, s.reach, s.impressions, s.likes, s.comments, s.shares, s.saves, s.clicks] AS m
    FROM post_snapshots s JOIN touched t ON t.post_id = s.post_id
  ),
  before_rows AS (
    SELECT n.post_id, n.at, n.m FROM after_rows n
    LEFT JOIN (SELECT a.post_id, a.at FROM unnest(added) a) a ON a.post_id = n.post_id AND a.at = n.at
    WHERE a.post_id IS NULL
    UNION ALL
    SELECT r.post_id, r.at, ARRAY[r.views, r.reach, r.impressions, r.likes, r.comments, r.shares, r.saves, r.clicks]
    FROM unnest(removed) r
  ),
  gains AS (
    SELECT post_id, at, true AS now, lantoa_metrics_gain(m, lag(m) OVER (PARTITION BY post_id ORDER BY at)) AS g
    FROM after_rows
    UNION ALL
    SELECT post_id, at, false, lantoa_metrics_gain(lag(m) OVER (PARTITION BY post_id ORDER BY at), m)
    FROM before_rows
  )
  INSERT INTO campaign_daily_rollups AS r (workspace_id, campaign_id, creator_id, day, views, reach, impressions, likes,
    comments, shares, saves, post_clicks, last_snapshot_at)
  SELECT p.workspace_id, p.campaign_id, p.creator_id,
    (g.at AT TIME ZONE coalesce(w.settings->>'timezone', 'Asia/Ho_Chi_Minh'))::date,
    sum(g.g[1]), sum(g.g[2]), sum(g.g[3]), sum(g.g[4]), sum(g.g[5]), sum(g.g[6]), sum(g.g[7]), sum(g.g[8]),
    max(g.at) FILTER (WHERE g.now)
  FROM gains g JOIN posts p ON p.id = g.post_id JOIN workspaces w ON w.id = p.workspace_id
  WHERE p.campaign_id IS NOT NULL
  GROUP BY 1, 2, 3, 4
  ON CONFLICT (campaign_id, creator_id, day) DO UPDATE SET
    views = r.views + excluded.views, reach = r.reach + excluded.reach,
    impressions = r.impressions + excluded.impressions, likes = r.likes + excluded.likes,
    comments = r.comments + excluded.comments, shares = r.shares + excluded.shares, saves = r.saves + excluded.saves,
    post_clicks = r.post_clicks + excluded.post_clicks,
    last_snapshot_at = greatest(r.last_snapshot_at, excluded.last_snapshot_at);
  DELETE FROM post_latest_snapshots l WHERE l.post_id = ANY (affected);
  INSERT INTO post_latest_snapshots (post_id, workspace_id, at, views, reach, impressions, likes, comments, shares,
    saves, clicks, watch_time_s)
  SELECT DISTINCT ON (s.post_id) s.post_id, s.workspace_id, s.at, s.views, s.reach, s.impressions, s.likes, s.comments,
    s.shares, s.saves, s.clicks, s.watch_time_s
  FROM post_snapshots s JOIN posts p ON p.id = s.post_id
  WHERE s.post_id = ANY (affected)
  ORDER BY s.post_id, s.at DESC;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION lantoa_post_snapshots_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM lantoa_post_snapshots_changed((SELECT array_agg(n.*::post_snapshots) FROM new_rows n), NULL::post_snapshots[]);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION lantoa_post_snapshots_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM lantoa_post_snapshots_changed((SELECT array_agg(n.*::post_snapshots) FROM new_rows n), (SELECT array_agg(o.*::post_snapshots) FROM old_rows o));
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION lantoa_post_snapshots_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM lantoa_post_snapshots_changed(NULL::post_snapshots[], (SELECT array_agg(o.*::post_snapshots) FROM old_rows o));
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER post_snapshots_rollups_insert AFTER INSERT ON post_snapshots REFERENCING NEW TABLE AS new_rows
FOR EACH STATEMENT EXECUTE FUNCTION lantoa_post_snapshots_inserted();
--> statement-breakpoint
CREATE TRIGGER post_snapshots_rollups_update AFTER UPDATE ON post_snapshots
REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
FOR EACH STATEMENT EXECUTE FUNCTION lantoa_post_snapshots_updated();
--> statement-breakpoint
CREATE TRIGGER post_snapshots_rollups_delete AFTER DELETE ON post_snapshots REFERENCING OLD TABLE AS old_rows
FOR EACH STATEMENT EXECUTE FUNCTION lantoa_post_snapshots_deleted();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION lantoa_link_click_hourly_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  link record;
BEGIN
  SELECT l.workspace_id, l.campaign_id, coalesce(l.creator_id, '00000000-0000-0000-0000-000000000000'::uuid) AS creator_id,
    coalesce(w.settings->>'timezone', 'Asia/Ho_Chi_Minh') AS timezone INTO link
  FROM tracked_links l JOIN workspaces w ON w.id = l.workspace_id WHERE l.id = NEW.link_id;
  IF link.campaign_id IS NULL THEN RETURN NULL; END IF;
  INSERT INTO campaign_daily_rollups AS r (workspace_id, campaign_id, creator_id, day, link_clicks, scans, bot_clicks,
    last_click_hour)
  VALUES (link.workspace_id, link.campaign_id, link.creator_id, (NEW.hour AT TIME ZONE link.timezone)::date,
    NEW.clicks - CASE WHEN TG_OP = 'UPDATE' THEN OLD.clicks ELSE 0 END,
    NEW.scans - CASE WHEN TG_OP = 'UPDATE' THEN OLD.scans ELSE 0 END,
    NEW.bot_clicks - CASE WHEN TG_OP = 'UPDATE' THEN OLD.bot_clicks ELSE 0 END,
    NEW.hour)
  ON CONFLICT (campaign_id, creator_id, day) DO UPDATE SET
    link_clicks = r.link_clicks + excluded.link_clicks, scans = r.scans + excluded.scans,
    bot_clicks = r.bot_clicks + excluded.bot_clicks,
    last_click_hour = greatest(r.last_click_hour, excluded.last_click_hour);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER link_click_hourly_dashboard_rollups AFTER INSERT OR UPDATE ON link_click_hourly
FOR EACH ROW EXECUTE FUNCTION lantoa_link_click_hourly_changed();
--> statement-breakpoint
-- Rebuilds both tables from post_snapshots and link_click_hourly (this migration's backfill; benchmarks that load
-- rows with the triggers disabled).
CREATE OR REPLACE FUNCTION lantoa_rebuild_dashboard_rollups() RETURNS void LANGUAGE sql AS $$
  DELETE FROM post_latest_snapshots;
  INSERT INTO post_latest_snapshots (post_id, workspace_id, at, views, reach, impressions, likes, comments, shares,
    saves, clicks, watch_time_s)
  SELECT DISTINCT ON (s.post_id) s.post_id, s.workspace_id, s.at, s.views, s.reach, s.impressions, s.likes, s.comments,
    s.shares, s.saves, s.clicks, s.watch_time_s
  FROM post_snapshots s ORDER BY s.post_id, s.at DESC;
  DELETE FROM campaign_daily_rollups;
  INSERT INTO campaign_daily_rollups (workspace_id, campaign_id, creator_id, day, views, reach, impressions, likes,
    comments, shares, saves, post_clicks, last_snapshot_at)
  SELECT workspace_id, campaign_id, creator_id, day, sum(g[1]), sum(g[2]), sum(g[3]), sum(g[4]), sum(g[5]), sum(g[6]),
    sum(g[7]), sum(g[8]), max(at)
  FROM (
    SELECT p.workspace_id, p.campaign_id, p.creator_id, (s.at AT TIME ZONE coalesce(w.settings->>'timezone', 'Asia/Ho_Chi_Minh'))::date AS day, s.at,
      lantoa_metrics_gain(ARRAY[s.views, s.reach, s.impressions, s.likes, s.comments, s.shares, s.saves, s.clicks],
        lag(ARRAY[s.views, s.reach, s.impressions, s.likes, s.comments, s.shares, s.saves, s.clicks])
          OVER (PARTITION BY s.post_id ORDER BY s.at)) AS g
    FROM post_snapshots s JOIN posts p ON p.id = s.post_id JOIN workspaces w ON w.id = p.workspace_id
    WHERE p.campaign_id IS NOT NULL
  ) gains
  GROUP BY workspace_id, campaign_id, creator_id, day;
  INSERT INTO campaign_daily_rollups AS r (workspace_id, campaign_id, creator_id, day, link_clicks, scans, bot_clicks,
    last_click_hour)
  SELECT l.workspace_id, l.campaign_id, coalesce(l.creator_id, '00000000-0000-0000-0000-000000000000'::uuid),
    (h.hour AT TIME ZONE coalesce(w.settings->>'timezone', 'Asia/Ho_Chi_Minh'))::date, sum(h.clicks), sum(h.scans), sum(h.bot_clicks), max(h.hour)
  FROM link_click_hourly h JOIN tracked_links l ON l.id = h.link_id JOIN workspaces w ON w.id = l.workspace_id
  GROUP BY 1, 2, 3, 4
  ON CONFLICT (campaign_id, creator_id, day) DO UPDATE SET
    link_clicks = r.link_clicks + excluded.link_clicks, scans = r.scans + excluded.scans,
    bot_clicks = r.bot_clicks + excluded.bot_clicks, last_click_hour = excluded.last_click_hour;
$$;
--> statement-breakpoint
SELECT lantoa_rebuild_dashboard_rollups();
