CREATE TABLE "campaign_budget_lines" (
	"workspace_id" uuid NOT NULL,
	"campaign_id" uuid NOT NULL,
	"category" text NOT NULL,
	"planned" bigint NOT NULL,
	"committed" bigint,
	CONSTRAINT "campaign_budget_lines_campaign_id_category_pk" PRIMARY KEY("campaign_id","category")
);
--> statement-breakpoint
CREATE TABLE "campaign_plans" (
	"campaign_id" uuid PRIMARY KEY NOT NULL,
	"workspace_id" uuid NOT NULL,
	"objectives" text[] DEFAULT '{}'::text[] NOT NULL,
	"target_audience" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "campaign_budget_lines" ADD CONSTRAINT "campaign_budget_lines_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_budget_lines" ADD CONSTRAINT "campaign_budget_lines_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_plans" ADD CONSTRAINT "campaign_plans_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaign_plans" ADD CONSTRAINT "campaign_plans_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "campaign_budget_lines_workspace_idx" ON "campaign_budget_lines" USING btree ("workspace_id");