import { checkDraft, type DraftFinding, type DraftText } from '@lantoa/core/deliverables';
import { briefVersions, type DraftCheckFinding, deliverables, deliverableVersions } from '@lantoa/db/schema';
import { and, desc, eq, ne } from 'drizzle-orm';
import type { Tx } from '../../http/contexts';
import type { DeliverableRow } from './apply-status-change';

async function latestBrief(tx: Tx, row: DeliverableRow) {
  const [brief] = await tx
    .select({ content: briefVersions.content })
    .from(briefVersions)
    .where(and(eq(briefVersions.workspaceId, row.workspaceId), eq(briefVersions.campaignId, row.campaignId)))
    .orderBy(desc(briefVersions.version))
    .limit(1);
  return brief?.content ?? null;
}

async function otherDrafts(tx: Tx, row: DeliverableRow) {
  return tx
    .selectDistinctOn([deliverableVersions.deliverableId], {
      versionId: deliverableVersions.id,
      deliverableId: deliverableVersions.deliverableId,
      creatorId: deliverables.creatorId,
      caption: deliverableVersions.caption,
      script: deliverableVersions.script,
      checks: deliverableVersions.checks,
    })
    .from(deliverableVersions)
    .innerJoin(deliverables, eq(deliverables.id, deliverableVersions.deliverableId))
    .where(
      and(
        eq(deliverables.workspaceId, row.workspaceId),
        eq(deliverables.campaignId, row.campaignId),
        ne(deliverables.id, row.id),
      ),
    )
    .orderBy(deliverableVersions.deliverableId, desc(deliverableVersions.version));
}

/**
 * Content checks (D6) of a new draft against the campaign's brief and the other creators' latest drafts. A
 * near-duplicate is also noted on the other draft, so both sides show it.
 */
export async function runDraftChecks(
  tx: Tx,
  row: DeliverableRow,
  draft: DraftText,
): Promise<DraftCheckFinding[]> {
  const brief = await latestBrief(tx, row);
  const others = await otherDrafts(tx, row);
  const findings: DraftFinding[] = checkDraft(draft, {
    creatorId: row.creatorId,
    disclosures: brief?.disclosures ?? [],
    donts: brief?.donts ?? [],
    others: others.map((o) => ({ ...o })),
  });
  for (const finding of findings) {
    if (finding.code !== 'near_duplicate') continue;
    const other = others.find((o) => o.deliverableId === finding.otherDeliverableId);
    if (!other) continue;
    const mirrored: DraftCheckFinding = {
      code: 'near_duplicate',
      message: finding.message,
      evidence: null,
      otherDeliverableId: row.id,
      similarity: finding.similarity,
    };
    const kept = other.checks.filter(
      (c) => !(c.code === 'near_duplicate' && c.otherDeliverableId === row.id),
    );
    await tx
      .update(deliverableVersions)
      .set({ checks: [...kept, mirrored] })
      .where(
        and(
          eq(deliverableVersions.id, other.versionId),
          eq(deliverableVersions.workspaceId, row.workspaceId),
        ),
      );
  }
  return findings;
}
