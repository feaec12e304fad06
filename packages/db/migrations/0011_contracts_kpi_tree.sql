CREATE TABLE "contract_attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"contract_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size_bytes" bigint NOT NULL,
	"sha256" text NOT NULL,
	"storage_key" text NOT NULL,
	"uploaded_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "contract_attachments_storage_key_unique" UNIQUE("storage_key")
);
--> statement-breakpoint
CREATE TABLE "contract_milestones" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"contract_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"label" text NOT NULL,
	"amount" bigint NOT NULL,
	"due_on" date,
	"paid_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "contracts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"campaign_id" uuid NOT NULL,
	"creator_id" uuid NOT NULL,
	"title" text,
	"status" text DEFAULT 'draft' NOT NULL,
	"fee" bigint NOT NULL,
	"currency" text DEFAULT 'VND' NOT NULL,
	"deliverables" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"exclusivity_start" date,
	"exclusivity_end" date,
	"competitors" text[] DEFAULT '{}'::text[] NOT NULL,
	"scandal_clause" text,
	"content_approval_clause" text,
	"usage_rights_channels" text[] DEFAULT '{}'::text[] NOT NULL,
	"usage_rights_expires_on" date,
	"signed_on" date,
	"notes" text,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kpi_tree_node_campaigns" (
	"workspace_id" uuid NOT NULL,
	"node_id" uuid NOT NULL,
	"campaign_id" uuid NOT NULL,
	"kpi_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "kpi_tree_node_campaigns_node_id_campaign_id_pk" PRIMARY KEY("node_id","campaign_id")
);
--> statement-breakpoint
CREATE TABLE "kpi_tree_nodes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"parent_id" uuid,
	"level" text NOT NULL,
	"name" text NOT NULL,
	"kpi_id" text NOT NULL,
	"target" double precision NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"owner_user_id" text,
	"weight" double precision DEFAULT 1 NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "contract_attachments" ADD CONSTRAINT "contract_attachments_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_attachments" ADD CONSTRAINT "contract_attachments_contract_id_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."contracts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_attachments" ADD CONSTRAINT "contract_attachments_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_milestones" ADD CONSTRAINT "contract_milestones_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contract_milestones" ADD CONSTRAINT "contract_milestones_contract_id_contracts_id_fk" FOREIGN KEY ("contract_id") REFERENCES "public"."contracts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contracts" ADD CONSTRAINT "contracts_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contracts" ADD CONSTRAINT "contracts_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contracts" ADD CONSTRAINT "contracts_creator_id_creators_id_fk" FOREIGN KEY ("creator_id") REFERENCES "public"."creators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contracts" ADD CONSTRAINT "contracts_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpi_tree_node_campaigns" ADD CONSTRAINT "kpi_tree_node_campaigns_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpi_tree_node_campaigns" ADD CONSTRAINT "kpi_tree_node_campaigns_node_id_kpi_tree_nodes_id_fk" FOREIGN KEY ("node_id") REFERENCES "public"."kpi_tree_nodes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpi_tree_node_campaigns" ADD CONSTRAINT "kpi_tree_node_campaigns_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpi_tree_nodes" ADD CONSTRAINT "kpi_tree_nodes_workspace_id_workspaces_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpi_tree_nodes" ADD CONSTRAINT "kpi_tree_nodes_parent_id_kpi_tree_nodes_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."kpi_tree_nodes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpi_tree_nodes" ADD CONSTRAINT "kpi_tree_nodes_owner_user_id_users_id_fk" FOREIGN KEY ("owner_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "contract_attachments_contract_idx" ON "contract_attachments" USING btree ("workspace_id","contract_id");--> statement-breakpoint
CREATE INDEX "contract_milestones_contract_idx" ON "contract_milestones" USING btree ("contract_id","position");--> statement-breakpoint
CREATE INDEX "contract_milestones_due_idx" ON "contract_milestones" USING btree ("due_on");--> statement-breakpoint
CREATE INDEX "contracts_campaign_idx" ON "contracts" USING btree ("workspace_id","campaign_id");--> statement-breakpoint
CREATE INDEX "contracts_creator_idx" ON "contracts" USING btree ("workspace_id","creator_id");--> statement-breakpoint
CREATE INDEX "contracts_rights_expiry_idx" ON "contracts" USING btree ("usage_rights_expires_on");--> statement-breakpoint
CREATE INDEX "kpi_tree_node_campaigns_campaign_idx" ON "kpi_tree_node_campaigns" USING btree ("workspace_id","campaign_id");--> statement-breakpoint
CREATE INDEX "kpi_tree_nodes_workspace_idx" ON "kpi_tree_nodes" USING btree ("workspace_id","parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "kpi_tree_nodes_one_north_star" ON "kpi_tree_nodes" USING btree ("workspace_id") WHERE "kpi_tree_nodes"."level" = 'company';