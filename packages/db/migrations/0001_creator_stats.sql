CREATE TABLE "creator_stats" (
	"creator_id" uuid PRIMARY KEY NOT NULL,
	"workspace_id" uuid NOT NULL,
	"platforms" text[] NOT NULL,
	"followers" bigint,
	"tier" text,
	"engagement_rate" double precision,
	"posts_count" integer DEFAULT 0 NOT NULL,
	"fee_min" bigint,
	"fee_max" bigint,
	"quality_score" integer,
	"risk_level" text,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "creator_stats" ADD CONSTRAINT "creator_stats_creator_id_creators_id_fk" FOREIGN KEY ("creator_id") REFERENCES "public"."creators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "creator_stats" ADD CONSTRAINT "creator_stats_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "creator_stats_tier_idx" ON "creator_stats" USING btree ("workspace_id","tier");--> statement-breakpoint
CREATE INDEX "creator_stats_er_idx" ON "creator_stats" USING btree ("workspace_id","engagement_rate");--> statement-breakpoint
CREATE INDEX "creator_stats_followers_idx" ON "creator_stats" USING btree ("workspace_id","followers");