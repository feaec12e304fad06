import {
  type AttributionRules,
  type AttributionSource,
  attributionRulesFrom,
  canTransition,
  chooseAttribution,
} from '@lantoa/core/attribution';
import { type ConversionStatus, conversionEvents, conversions, workspaces } from '@lantoa/db/schema';
import { and, desc, eq, isNotNull } from 'drizzle-orm';
import { recordAudit } from '../../audit/record-audit';
import type { SystemActor } from '../../auth/actor';
import type { Tx } from '../../http/contexts';
import type { Services } from '../../services';
import { findClick, findCode, type Touch } from './find-touches';
import type { TTrackBody, TTrackResult } from './track-schemas';

export type TrackType = 'lead' | 'sale' | 'refund';

const POSTBACK: SystemActor = { type: 'system', id: null, name: 'Conversion postback' };

/** Stores one signed postback once (by idempotency key), attributes it and moves the conversion's state. */
export async function recordConversion(
  services: Services,
  type: TrackType,
  body: TTrackBody,
  requestId: string,
): Promise<TTrackResult> {
  const occurredAt = body.occurredAt ? new Date(body.occurredAt) : new Date();
  const click = body.clickId
    ? await findClick(services.database.pool, services.redirector.recorder, body.workspaceId, body.clickId)
    : null;
  const code = body.code ? await findCode(services.database.pool, body.workspaceId, body.code) : null;
  const rules = await workspaceAttributionRules(services, body.workspaceId);

  return services.db.transaction(async (tx) => {
    const [event] = await tx
      .insert(conversionEvents)
      .values({
        workspaceId: body.workspaceId,
        idempotencyKey: body.idempotencyKey,
        type,
        orderId: body.orderId ?? null,
        amount: body.amount ?? null,
        currency: body.currency,
        occurredAt,
        clickId: body.clickId ?? null,
        code: body.code?.toUpperCase() ?? null,
      })
      .onConflictDoNothing()
      .returning({ id: conversionEvents.id });
    if (!event) return describeExisting(tx, body.workspaceId, body.idempotencyKey);

    const earlierSale = body.orderId ? await findSale(tx, body.workspaceId, body.orderId) : null;
    if (type === 'refund' || (type === 'sale' && earlierSale)) {
      const target: ConversionStatus = type === 'refund' ? 'reversed' : body.status;
      const status = earlierSale ? await moveState(tx, earlierSale.conversionId, target) : null;
      const result = {
        eventId: event.id,
        duplicate: false,
        attributedBy: earlierSale?.attributedBy ?? null,
        campaignId: earlierSale?.campaignId ?? null,
        creatorId: earlierSale?.creatorId ?? null,
        conversionId: earlierSale?.conversionId ?? null,
        status,
      };
      await link(tx, event.id, result, null);
      await recordAudit(
        tx,
        body.workspaceId,
        POSTBACK,
        {
          action: `conversion.${type}`,
          entityType: 'conversion_event',
          entityId: event.id,
          after: result,
        },
        requestId,
      );
      return result;
    }

    const source = chooseAttribution(
      { occurredAtMs: occurredAt.getTime(), clickedAtMs: click?.clickedAtMs ?? null, hasCode: code !== null },
      rules,
    );
    const touch = source === 'code' ? code : source === 'click' ? click : null;
    let conversionId: string | null = null;
    if (touch) {
      const [conversion] = await tx
        .insert(conversions)
        .values({
          workspaceId: body.workspaceId,
          campaignId: touch.campaignId,
          creatorId: touch.creatorId,
          type,
          status: body.status,
          amount: body.amount ?? 0,
          currency: body.currency,
          customerType: body.customerType ?? null,
          externalId: body.orderId ?? null,
          occurredAt,
        })
        .returning({ id: conversions.id });
      conversionId = conversion?.id ?? null;
    }
    const result = {
      eventId: event.id,
      duplicate: false,
      attributedBy: source,
      campaignId: touch?.campaignId ?? null,
      creatorId: touch?.creatorId ?? null,
      conversionId,
      status: conversionId ? body.status : null,
    };
    await link(tx, event.id, result, touch);
    await recordAudit(
      tx,
      body.workspaceId,
      POSTBACK,
      {
        action: `conversion.${type}`,
        entityType: 'conversion_event',
        entityId: event.id,
        after: result,
      },
      requestId,
    );
    return result;
  });
}

/** The workspace's rules from Settings → Tracking (window, whether a code beats a link), defaults filled in. */
async function workspaceAttributionRules(services: Services, workspaceId: string): Promise<AttributionRules> {
  const [row] = await services.db
    .select({ settings: workspaces.settings })
    .from(workspaces)
    .where(eq(workspaces.id, workspaceId));
  return attributionRulesFrom(row?.settings.attribution);
}

async function link(tx: Tx, eventId: string, result: TTrackResult, touch: Touch | null): Promise<void> {
  await tx
    .update(conversionEvents)
    .set({
      attributedBy: result.attributedBy,
      campaignId: result.campaignId,
      creatorId: result.creatorId,
      conversionId: result.conversionId,
      linkId: touch?.linkId ?? null,
      promoCodeId: touch?.promoCodeId ?? null,
    })
    .where(eq(conversionEvents.id, eventId));
}

async function findSale(tx: Tx, workspaceId: string, orderId: string) {
  const [row] = await tx
    .select({
      conversionId: conversionEvents.conversionId,
      attributedBy: conversionEvents.attributedBy,
      campaignId: conversionEvents.campaignId,
      creatorId: conversionEvents.creatorId,
    })
    .from(conversionEvents)
    .where(
      and(
        eq(conversionEvents.workspaceId, workspaceId),
        eq(conversionEvents.orderId, orderId),
        eq(conversionEvents.type, 'sale'),
        isNotNull(conversionEvents.conversionId),
      ),
    )
    .orderBy(conversionEvents.receivedAt)
    .limit(1);
  if (!row?.conversionId) return null;
  return {
    ...row,
    conversionId: row.conversionId,
    attributedBy: row.attributedBy as AttributionSource | null,
  };
}

async function moveState(
  tx: Tx,
  conversionId: string,
  to: ConversionStatus,
): Promise<ConversionStatus | null> {
  const [current] = await tx
    .select({ status: conversions.status })
    .from(conversions)
    .where(eq(conversions.id, conversionId));
  if (!current) return null;
  if (!canTransition(current.status, to)) return current.status;
  await tx.update(conversions).set({ status: to }).where(eq(conversions.id, conversionId));
  return to;
}

async function describeExisting(tx: Tx, workspaceId: string, idempotencyKey: string): Promise<TTrackResult> {
  const [row] = await tx
    .select({ event: conversionEvents, status: conversions.status })
    .from(conversionEvents)
    .leftJoin(conversions, eq(conversions.id, conversionEvents.conversionId))
    .where(
      and(eq(conversionEvents.workspaceId, workspaceId), eq(conversionEvents.idempotencyKey, idempotencyKey)),
    )
    .orderBy(desc(conversionEvents.receivedAt))
    .limit(1);
  if (!row) throw new Error('idempotency conflict without a stored event');
  return {
    eventId: row.event.id,
    duplicate: true,
    attributedBy: row.event.attributedBy,
    campaignId: row.event.campaignId,
    creatorId: row.event.creatorId,
    conversionId: row.event.conversionId,
    status: row.status,
  };
}
