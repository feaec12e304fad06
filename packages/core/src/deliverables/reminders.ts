import { type DeliverableStatus, isDone } from './status';

export type ReminderKind = 'deliverable_due_soon' | 'deliverable_due' | 'deliverable_overdue';

export interface ReminderSettings {
  /** How long before the due moment the first reminder goes out. Default 24 h. */
  beforeHours: number;
  /** How long after the due moment a still-open deliverable is called overdue. Default 24 h. */
  overdueAfterHours: number;
}

export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = { beforeHours: 24, overdueAfterHours: 24 };

export interface ReminderCandidate {
  id: string;
  status: DeliverableStatus;
  dueAt: Date;
}

export interface Reminder {
  deliverableId: string;
  kind: ReminderKind;
  /** Stable for one deliverable, kind and due moment: moving the due date yields new reminders. */
  dedupeKey: string;
}

/**
 * The one reminder each open deliverable is in the window for at `now` (the latest stage only, so a job
 * that did not run for a day sends "overdue" rather than three messages at once).
 */
export function dueReminders(
  candidates: readonly ReminderCandidate[],
  now: Date,
  settings: ReminderSettings = DEFAULT_REMINDER_SETTINGS,
): Reminder[] {
  const out: Reminder[] = [];
  const t = now.getTime();
  for (const d of candidates) {
    if (isDone(d.status)) continue;
    const due = d.dueAt.getTime();
    let kind: ReminderKind | null = null;
    if (t >= due + settings.overdueAfterHours * 3_600_000) kind = 'deliverable_overdue';
    else if (t >= due) kind = 'deliverable_due';
    else if (t >= due - settings.beforeHours * 3_600_000) kind = 'deliverable_due_soon';
    if (kind) out.push({ deliverableId: d.id, kind, dedupeKey: `${kind}:${d.id}:${d.dueAt.toISOString()}` });
  }
  return out;
}
