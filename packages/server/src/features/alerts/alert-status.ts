import { type AlertStatus, alerts } from '@lantoa/db/schema';
import { and, eq } from 'drizzle-orm';
import { AppError } from '../../http/app-error';
import type { Tx } from '../../http/contexts';
import type { Services } from '../../services';
import type { TAlert } from './alert-schemas';

type AlertRow = typeof alerts.$inferSelect;

export async function loadAlert(
  db: Tx | Services['db'],
  workspaceId: string,
  alertId: string,
): Promise<AlertRow> {
  const [row] = await db
    .select()
    .from(alerts)
    .where(and(eq(alerts.workspaceId, workspaceId), eq(alerts.id, alertId)));
  if (!row) throw AppError.notFound('Alert');
  return row;
}

/**
 * Moves an alert to `status`. Acknowledging records who and when; resolving records who and when (and the
 * acknowledgement too if it was skipped); reopening clears both. The note replaces the previous one when given.
 */
export async function changeAlertStatus(
  tx: Tx,
  alert: AlertRow,
  change: { status: AlertStatus; note?: string },
  actorName: string,
): Promise<AlertRow> {
  const now = new Date();
  const next: Partial<AlertRow> = { status: change.status };
  if (change.note !== undefined) next.note = change.note === '' ? null : change.note;
  if (change.status === 'open') {
    Object.assign(next, { acknowledgedBy: null, acknowledgedAt: null, resolvedBy: null, resolvedAt: null });
  } else if (change.status === 'acknowledged') {
    Object.assign(next, {
      acknowledgedBy: actorName,
      acknowledgedAt: now,
      resolvedBy: null,
      resolvedAt: null,
    });
  } else {
    Object.assign(next, { resolvedBy: actorName, resolvedAt: now });
    if (!alert.acknowledgedAt) Object.assign(next, { acknowledgedBy: actorName, acknowledgedAt: now });
  }
  const [updated] = await tx
    .update(alerts)
    .set(next)
    .where(and(eq(alerts.workspaceId, alert.workspaceId), eq(alerts.id, alert.id)))
    .returning();
  if (!updated) throw AppError.notFound('Alert');
  return updated;
}

export function toAlert(alert: AlertRow, campaignName: string): TAlert {
  return {
    id: alert.id,
    kind: alert.kind,
    campaignId: alert.campaignId,
    campaignName,
    day: alert.day,
    details: alert.details,
    createdAt: alert.createdAt.toISOString(),
    status: alert.status,
    acknowledgedBy: alert.acknowledgedBy,
    acknowledgedAt: alert.acknowledgedAt?.toISOString() ?? null,
    resolvedBy: alert.resolvedBy,
    resolvedAt: alert.resolvedAt?.toISOString() ?? null,
    note: alert.note,
  };
}
