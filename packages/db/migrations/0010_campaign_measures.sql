CREATE TABLE "campaign_bundle_keys" (
	"workspace_id" uuid NOT NULL,
	"campaign_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"key" text NOT NULL,
	"entity_id" uuid NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "campaign_bundle_keys_campaign_id_kind_key_pk" PRIMARY KEY("campaign_id","kind","key")
);
--> statement-breakpoint
CREATE TABLE "campaign_measure_settings" (
	"campaign_id" uuid PRIMARY KEY NOT NULL,
	"workspace_id" uuid NOT NULL,
	"engagement_set" text[],
	"emv_rates" jsonb,
	"customer_lifetime" jsonb,
	"brand_lift" jsonb,
	"tier_thresholds" jsonb,
	"follower_growth" jsonb,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "conversion_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"campaign_id" uuid NOT NULL,
	"source" text NOT NULL,
	"import_id" uuid,
	"position" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"creator_id" uuid,
	"at" timestamp with time zone,
	"leads" bigint,
	"orders" bigint,
	"revenue" bigint,
	"refunds" bigint,
	"new_customers" bigint,
	"returning_customers" bigint,
	"customers_lost" bigint,
	"customers_at_start" bigint
);
--> statement-breakpoint
CREATE TABLE "mention_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"campaign_id" uuid NOT NULL,
	"source" text NOT NULL,
	"import_id" uuid,
	"position" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"at" timestamp with time zone,
	"brand" bigint NOT NULL,
	"competitors" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "nps_answers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"campaign_id" uuid NOT NULL,
	"source" text NOT NULL,
	"import_id" uuid,
	"position" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"at" timestamp with time zone,
	"score" smallint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "response_time_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"campaign_id" uuid NOT NULL,
	"source" text NOT NULL,
	"import_id" uuid,
	"position" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"inbound_at" timestamp with time zone NOT NULL,
	"first_reply_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "sentiment_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"campaign_id" uuid NOT NULL,
	"source" text NOT NULL,
	"import_id" uuid,
	"position" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"at" timestamp with time zone,
	"positive" bigint NOT NULL,
	"neutral" bigint NOT NULL,
	"negative" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "site_analytics_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"campaign_id" uuid NOT NULL,
	"source" text NOT NULL,
	"import_id" uuid,
	"position" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"creator_id" uuid,
	"at" timestamp with time zone,
	"sessions" bigint NOT NULL,
	"bounces" bigint,
	"time_on_page_s" double precision
);
--> statement-breakpoint
ALTER TABLE "campaign_bundle_keys" ADD CONSTRAINT "campaign_bundle_keys_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_bundle_keys" ADD CONSTRAINT "campaign_bundle_keys_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_measure_settings" ADD CONSTRAINT "campaign_measure_settings_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_measure_settings" ADD CONSTRAINT "campaign_measure_settings_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversion_entries" ADD CONSTRAINT "conversion_entries_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversion_entries" ADD CONSTRAINT "conversion_entries_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversion_entries" ADD CONSTRAINT "conversion_entries_import_id_spreadsheet_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."spreadsheet_imports"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversion_entries" ADD CONSTRAINT "conversion_entries_creator_id_creators_id_fk" FOREIGN KEY ("creator_id") REFERENCES "public"."creators"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mention_entries" ADD CONSTRAINT "mention_entries_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mention_entries" ADD CONSTRAINT "mention_entries_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mention_entries" ADD CONSTRAINT "mention_entries_import_id_spreadsheet_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."spreadsheet_imports"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nps_answers" ADD CONSTRAINT "nps_answers_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nps_answers" ADD CONSTRAINT "nps_answers_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nps_answers" ADD CONSTRAINT "nps_answers_import_id_spreadsheet_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."spreadsheet_imports"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "response_time_entries" ADD CONSTRAINT "response_time_entries_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "response_time_entries" ADD CONSTRAINT "response_time_entries_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "response_time_entries" ADD CONSTRAINT "response_time_entries_import_id_spreadsheet_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."spreadsheet_imports"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sentiment_entries" ADD CONSTRAINT "sentiment_entries_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sentiment_entries" ADD CONSTRAINT "sentiment_entries_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sentiment_entries" ADD CONSTRAINT "sentiment_entries_import_id_spreadsheet_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."spreadsheet_imports"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "site_analytics_entries" ADD CONSTRAINT "site_analytics_entries_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "site_analytics_entries" ADD CONSTRAINT "site_analytics_entries_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "site_analytics_entries" ADD CONSTRAINT "site_analytics_entries_import_id_spreadsheet_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."spreadsheet_imports"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "site_analytics_entries" ADD CONSTRAINT "site_analytics_entries_creator_id_creators_id_fk" FOREIGN KEY ("creator_id") REFERENCES "public"."creators"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "campaign_bundle_keys_workspace_idx" ON "campaign_bundle_keys" USING btree ("workspace_id");--> statement-breakpoint
CREATE INDEX "conversion_entries_campaign_idx" ON "conversion_entries" USING btree ("campaign_id");--> statement-breakpoint
CREATE INDEX "mention_entries_campaign_idx" ON "mention_entries" USING btree ("campaign_id");--> statement-breakpoint
CREATE INDEX "nps_answers_campaign_idx" ON "nps_answers" USING btree ("campaign_id");--> statement-breakpoint
CREATE INDEX "response_time_entries_campaign_idx" ON "response_time_entries" USING btree ("campaign_id");--> statement-breakpoint
CREATE INDEX "sentiment_entries_campaign_idx" ON "sentiment_entries" USING btree ("campaign_id");--> statement-breakpoint
CREATE INDEX "site_analytics_entries_campaign_idx" ON "site_analytics_entries" USING btree ("campaign_id");