import type { CampaignBundle } from '@lantoa/core/bundle';
import { briefVersions, campaignCreators, campaigns, creators } from '@lantoa/db/schema';
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../http/contexts';
import { replaceBudgetLines, replaceKpis, savePlan } from '../campaigns/save-campaign';
import { creatorSearchText } from '../creators/search-text';

type Plan = NonNullable<CampaignBundle['plan']>;
type BriefContent = typeof briefVersions.$inferInsert.content;

function briefContent(brief: NonNullable<Plan['brief']>): BriefContent {
  return {
    keyMessage: brief.key_message,
    usp: brief.usp ?? '',
    dos: brief.dos ?? [],
    donts: brief.donts ?? [],
    disclosures: brief.disclosures ?? [],
    storytelling: brief.storytelling ?? '',
    references: (brief.references ?? []).map((r) => ({ label: r.label, url: r.url ?? null })),
  };
}

/** JSON with object keys sorted: jsonb does not keep the order keys were written in. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b)))
      : inner,
  );
}

/** A new brief version, unless the newest already says the same (so importing twice adds nothing). */
async function storeBrief(
  tx: Tx,
  workspaceId: string,
  campaignId: string,
  brief: NonNullable<Plan['brief']>,
) {
  const content = briefContent(brief);
  const [latest] = await tx
    .select({ version: briefVersions.version, content: briefVersions.content })
    .from(briefVersions)
    .where(and(eq(briefVersions.workspaceId, workspaceId), eq(briefVersions.campaignId, campaignId)))
    .orderBy(desc(briefVersions.version))
    .limit(1);
  if (latest && canonical(latest.content) === canonical(content)) return;
  await tx
    .insert(briefVersions)
    .values({ workspaceId, campaignId, version: (latest?.version ?? 0) + 1, content, createdBy: null });
}

/** A planned creator without accounts in the bundle: the workspace's creator of that name, else a new one. */
async function creatorByName(tx: Tx, workspaceId: string, name: string): Promise<string> {
  const [found] = await tx
    .select({ id: creators.id })
    .from(creators)
    .where(and(eq(creators.workspaceId, workspaceId), sql`lower(${creators.name}) = ${name.toLowerCase()}`))
    .limit(1);
  if (found) return found.id;
  const [created] = await tx
    .insert(creators)
    .values({ workspaceId, name, status: 'contracted', searchText: creatorSearchText({ name, handles: [] }) })
    .returning({ id: creators.id });
  return created!.id;
}

/**
 * Applies the bundle's planning data to the campaign: fields given replace the campaign's, lists (KPI targets,
 * budget lines) are the full lists, planned creators join the campaign with their fee and status.
 */
export async function storeBundlePlan(
  tx: Tx,
  workspaceId: string,
  campaignId: string,
  plan: Plan,
  creatorIds: ReadonlyMap<string, string>,
): Promise<void> {
  const fields = {
    ...(plan.status !== undefined && { status: plan.status }),
    ...(plan.brand !== undefined && { brand: plan.brand }),
    ...(plan.description !== undefined && { description: plan.description }),
    ...(plan.funnel_stage !== undefined && { funnelStage: plan.funnel_stage }),
    ...(plan.competitors !== undefined && { competitors: plan.competitors }),
    ...(plan.budget !== undefined && { budgetAmount: plan.budget }),
  };
  if (Object.keys(fields).length)
    await tx
      .update(campaigns)
      .set({ ...fields, updatedAt: new Date() })
      .where(and(eq(campaigns.id, campaignId), eq(campaigns.workspaceId, workspaceId)));
  await savePlan(tx, workspaceId, campaignId, {
    ...(plan.objectives !== undefined && { objectives: plan.objectives }),
    ...(plan.target_audience !== undefined && { targetAudience: plan.target_audience }),
  });
  if (plan.kpi_targets)
    await replaceKpis(
      tx,
      workspaceId,
      campaignId,
      plan.kpi_targets.map((k) => ({ kpiId: k.kpi, target: k.target, deadline: k.deadline ?? null })),
    );
  if (plan.budget_lines)
    await replaceBudgetLines(
      tx,
      workspaceId,
      campaignId,
      plan.budget_lines.map((l) => ({
        category: l.category,
        planned: l.planned,
        committed: l.committed ?? null,
      })),
    );
  for (const planned of plan.creators ?? []) {
    const creatorId =
      creatorIds.get(planned.creator) ??
      (await creatorByName(tx, workspaceId, planned.name ?? planned.creator));
    const set = {
      ...(planned.fee !== undefined && { fee: planned.fee }),
      ...(planned.status !== undefined && { status: planned.status }),
    };
    const insert = tx.insert(campaignCreators).values({ workspaceId, campaignId, creatorId, ...set });
    await (Object.keys(set).length
      ? insert.onConflictDoUpdate({ target: [campaignCreators.campaignId, campaignCreators.creatorId], set })
      : insert.onConflictDoNothing());
  }
  if (plan.brief) await storeBrief(tx, workspaceId, campaignId, plan.brief);
}
