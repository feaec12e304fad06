ALTER TABLE "comments" ADD COLUMN "model_id" text;--> statement-breakpoint
ALTER TABLE "comments" ADD COLUMN "ring_key" text;--> statement-breakpoint
CREATE INDEX "comments_workspace_ring_key_idx" ON "comments" USING btree ("workspace_id","ring_key") WHERE "comments"."ring_key" is not null;--> statement-breakpoint
-- Comments stored twice by concurrent pushes before the unique index existed: keep the first stored copy.
DELETE FROM "comments" c USING "comments" d
WHERE c."external_id" IS NOT NULL AND d."post_id" = c."post_id" AND d."external_id" = c."external_id"
  AND (d."created_at", d."id") < (c."created_at", c."id");--> statement-breakpoint
CREATE UNIQUE INDEX "comments_post_external_id_key" ON "comments" USING btree ("post_id","external_id") WHERE "comments"."external_id" is not null;