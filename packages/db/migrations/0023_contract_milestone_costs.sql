ALTER TABLE "costs" ADD COLUMN "contract_milestone_id" uuid;--> statement-breakpoint
ALTER TABLE "costs" ADD CONSTRAINT "costs_contract_milestone_id_contract_milestones_id_fk" FOREIGN KEY ("contract_milestone_id") REFERENCES "public"."contract_milestones"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "costs_contract_milestone_unique" ON "costs" USING btree ("contract_milestone_id");--> statement-breakpoint
-- Milestones already marked paid become their KOL-fee cost, so the budget and the KPIs keep counting them.
INSERT INTO "costs" ("workspace_id", "campaign_id", "creator_id", "category", "amount", "currency", "incurred_on", "note", "contract_milestone_id")
SELECT m."workspace_id", c."campaign_id", c."creator_id", 'creator_fee', m."amount", c."currency",
       (m."paid_at" AT TIME ZONE COALESCE(w."settings"->>'timezone', 'Asia/Ho_Chi_Minh'))::date,
       COALESCE(c."title", cr."name") || ' · ' || m."label", m."id"
FROM "contract_milestones" m
JOIN "contracts" c ON c."id" = m."contract_id"
JOIN "creators" cr ON cr."id" = c."creator_id"
JOIN "workspaces" w ON w."id" = m."workspace_id"
WHERE m."paid_at" IS NOT NULL AND m."amount" > 0
  AND NOT EXISTS (SELECT 1 FROM "costs" k WHERE k."contract_milestone_id" = m."id");
