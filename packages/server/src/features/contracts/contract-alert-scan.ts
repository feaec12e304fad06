import type { Db } from '@lantoa/db';
import {
  COMMITTED_CONTRACT_STATUSES,
  campaigns,
  contractMilestones,
  contracts,
  creators,
  members,
  notifications,
  workspaces,
} from '@lantoa/db/schema';
import { and, between, eq, exists, inArray, isNull, lte, or } from 'drizzle-orm';
import type { Logger } from '../../logger';
import { contractAlerts, PAYMENT_ALERT_DAYS, RIGHTS_ALERT_DAYS } from './contract-alerts';
import { DEFAULT_TIME_ZONE, localDay } from './workspace-today';

const LEADS = ['owner', 'admin', 'manager'] as const;
const DAY_MS = 86_400_000;

/** UTC days wide enough for every time zone (±1 day) around the alert windows. */
function scanWindow(now: Date) {
  const day = (offsetDays: number) =>
    new Date(now.getTime() + offsetDays * DAY_MS).toISOString().slice(0, 10);
  return { from: day(-1), rightsTo: day(RIGHTS_ALERT_DAYS + 1), paymentTo: day(PAYMENT_ALERT_DAYS + 1) };
}

async function recipients(db: Db, workspaceId: string, createdBy: string | null): Promise<string[]> {
  const leads = await db
    .select({ userId: members.userId })
    .from(members)
    .where(and(eq(members.workspaceId, workspaceId), inArray(members.role, [...LEADS])));
  const ids = leads.map((m) => m.userId);
  // The person who wrote the contract hears about it; the leads only when that person has left.
  return createdBy !== null && ids.includes(createdBy) ? [createdBy] : ids;
}

/**
 * One pass of contract alerts (D2): in-app notifications before a signed contract's usage rights end and when
 * an unpaid payment milestone falls due, once per contract and date (the notifications' dedupe key). Runs in the
 * reminder ticker next to the deliverable reminders.
 */
export async function runContractAlertScan(deps: { db: Db; log: Logger }, now = new Date()) {
  const { db } = deps;
  const window = scanWindow(now);
  const rows = await db
    .select({
      contract: contracts,
      creatorName: creators.name,
      campaignName: campaigns.name,
      timeZone: workspaces.settings,
    })
    .from(contracts)
    .innerJoin(creators, eq(creators.id, contracts.creatorId))
    .innerJoin(campaigns, eq(campaigns.id, contracts.campaignId))
    .innerJoin(workspaces, eq(workspaces.id, contracts.workspaceId))
    .where(
      and(
        inArray(contracts.status, [...COMMITTED_CONTRACT_STATUSES]),
        // Only contracts that could alert today in some time zone: rights ending soon, or a payment open and near.
        or(
          between(contracts.usageRightsExpiresOn, window.from, window.rightsTo),
          exists(
            db
              .select({ id: contractMilestones.id })
              .from(contractMilestones)
              .where(
                and(
                  eq(contractMilestones.contractId, contracts.id),
                  isNull(contractMilestones.paidAt),
                  lte(contractMilestones.dueOn, window.paymentTo),
                ),
              ),
          ),
        ),
      ),
    );
  if (rows.length === 0) return { created: 0 };
  const milestones = await db
    .select()
    .from(contractMilestones)
    .where(
      inArray(
        contractMilestones.contractId,
        rows.map((r) => r.contract.id),
      ),
    );
  let created = 0;
  for (const { contract, creatorName, campaignName, timeZone } of rows) {
    const today = localDay(now, timeZone.timezone ?? DEFAULT_TIME_ZONE);
    const alerts = contractAlerts(
      {
        id: contract.id,
        usageRightsExpiresOn: contract.usageRightsExpiresOn,
        milestones: milestones
          .filter((m) => m.contractId === contract.id)
          .map((m) => ({ ...m, paid: m.paidAt !== null })),
      },
      today,
    );
    if (alerts.length === 0) continue;
    const people = await recipients(db, contract.workspaceId, contract.createdBy);
    for (const alert of alerts) {
      const inserted = await db
        .insert(notifications)
        .values(
          people.map((userId) => ({
            workspaceId: contract.workspaceId,
            userId,
            kind: alert.kind,
            entityType: 'contract',
            entityId: contract.id,
            data: {
              title: contract.title ?? creatorName,
              creatorName,
              campaignId: contract.campaignId,
              campaignName,
              day: alert.day,
              daysLeft: alert.daysLeft,
              amount: alert.amount,
              label: alert.label,
            },
            dedupeKey: alert.dedupeKey,
            createdAt: now,
          })),
        )
        .onConflictDoNothing()
        .returning({ id: notifications.id });
      created += inserted.length;
    }
  }
  deps.log.debug({ created }, 'contract alert scan done');
  return { created };
}
