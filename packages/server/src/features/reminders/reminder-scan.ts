import {
  DEFAULT_MISSED_AFTER_HOURS,
  DEFAULT_REMINDER_SETTINGS,
  dueReminders,
} from '@lantoa/core/deliverables';
import type { Db } from '@lantoa/db';
import { campaigns, deliverables, members, notifications, users, workspaces } from '@lantoa/db/schema';
import { and, eq, inArray, isNull, lt, lte, notInArray } from 'drizzle-orm';
import { z } from 'zod';
import type { Logger } from '../../logger';
import type { Mailer } from '../../mail/mailer';
import { reminderMail } from './reminder-mail';

export interface ReminderDeps {
  db: Db;
  mailer: Mailer;
  publicUrl: string;
  log: Logger;
}

const DONE = ['published', 'verified'] as const;
const LEADS = ['owner', 'admin', 'manager'] as const;
const ZReminderSettings = z.object({
  reminders: z
    .object({
      beforeHours: z
        .number()
        .min(1)
        .max(24 * 14),
    })
    .optional(),
});

/** The workspace's reminder lead time in hours (its settings' `reminders.beforeHours`, else 24). */
export function readReminderSettings(settings: unknown): number {
  const parsed = ZReminderSettings.safeParse(settings);
  return (parsed.success && parsed.data.reminders?.beforeHours) || DEFAULT_REMINDER_SETTINGS.beforeHours;
}

/**
 * One pass of reminders (D5): for every open deliverable due soon, due or overdue, a notification to its owner
 * (or the workspace's owners, admins and managers when it has none), once per stage and due date; an e-mail
 * too when SMTP is configured. Deliverables still unpublished long after due are marked missed.
 */
export async function runReminderScan(deps: ReminderDeps, now = new Date()) {
  const { db } = deps;
  const horizon = new Date(now.getTime() + 14 * 24 * 3_600_000);
  const open = await db
    .select({ d: deliverables, campaignName: campaigns.name, settings: workspaces.settings })
    .from(deliverables)
    .innerJoin(campaigns, eq(campaigns.id, deliverables.campaignId))
    .innerJoin(workspaces, eq(workspaces.id, deliverables.workspaceId))
    .where(and(notInArray(deliverables.status, [...DONE]), lte(deliverables.dueAt, horizon)));
  let created = 0;
  let emailed = 0;
  for (const { d, campaignName, settings } of open) {
    const beforeHours = readReminderSettings(settings);
    const [reminder] = dueReminders([{ id: d.id, status: d.status, dueAt: d.dueAt }], now, {
      ...DEFAULT_REMINDER_SETTINGS,
      beforeHours,
    });
    if (!reminder) continue;
    const recipients = d.ownerUserId
      ? [d.ownerUserId]
      : (
          await db
            .select({ userId: members.userId })
            .from(members)
            .where(and(eq(members.workspaceId, d.workspaceId), inArray(members.role, [...LEADS])))
        ).map((m) => m.userId);
    if (recipients.length === 0) continue;
    const inserted = await db
      .insert(notifications)
      .values(
        recipients.map((userId) => ({
          workspaceId: d.workspaceId,
          userId,
          kind: reminder.kind,
          entityType: 'deliverable',
          entityId: d.id,
          data: {
            title: d.title,
            campaignId: d.campaignId,
            campaignName,
            dueAt: d.dueAt.toISOString(),
          },
          dedupeKey: reminder.dedupeKey,
          createdAt: now,
        })),
      )
      .onConflictDoNothing()
      .returning({ id: notifications.id, userId: notifications.userId });
    created += inserted.length;
    if (deps.mailer.kind !== 'smtp' || inserted.length === 0) continue;
    const people = await db
      .select({ id: users.id, email: users.email, locale: users.locale })
      .from(users)
      .where(
        inArray(
          users.id,
          inserted.map((n) => n.userId),
        ),
      );
    for (const person of people) {
      const url = `${deps.publicUrl}/w/${d.workspaceId}/campaigns/${d.campaignId}/deliverables`;
      try {
        await deps.mailer.send({
          to: person.email,
          ...reminderMail(reminder.kind, d, campaignName, person.locale, url),
        });
        emailed += 1;
        const id = inserted.find((n) => n.userId === person.id)?.id;
        if (id) await db.update(notifications).set({ emailedAt: new Date() }).where(eq(notifications.id, id));
      } catch (error) {
        deps.log.warn(
          { err: error, deliverableId: d.id },
          'reminder e-mail failed; the in-app notification stands',
        );
      }
    }
  }
  const missed = await db
    .update(deliverables)
    .set({ lateness: 'missed' })
    .where(
      and(
        notInArray(deliverables.status, [...DONE]),
        isNull(deliverables.lateness),
        lt(deliverables.dueAt, new Date(now.getTime() - DEFAULT_MISSED_AFTER_HOURS * 3_600_000)),
      ),
    )
    .returning({ id: deliverables.id });
  return { created, emailed, missed: missed.length };
}
