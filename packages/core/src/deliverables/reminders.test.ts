import { describe, expect, it } from 'vitest';
import { dueReminders } from './reminders';

const due = new Date('2026-12-10T12:00:00Z');
const at = (iso: string) => new Date(iso);
const kindAt = (iso: string, status: 'draft' | 'published' = 'draft') =>
  dueReminders([{ id: 'd1', status, dueAt: due }], at(iso)).map((r) => r.kind);

describe('dueReminders', () => {
  it('is silent more than 24 h before due', () => {
    expect(kindAt('2026-12-09T11:59:59Z')).toEqual([]);
  });

  it('sends "due soon" from 24 h before, "due" from the due moment, "overdue" 24 h after', () => {
    expect(kindAt('2026-12-09T12:00:00Z')).toEqual(['deliverable_due_soon']);
    expect(kindAt('2026-12-10T11:59:59Z')).toEqual(['deliverable_due_soon']);
    expect(kindAt('2026-12-10T12:00:00Z')).toEqual(['deliverable_due']);
    expect(kindAt('2026-12-11T12:00:00Z')).toEqual(['deliverable_overdue']);
  });

  it('never reminds about published content', () => {
    expect(kindAt('2026-12-11T12:00:00Z', 'published')).toEqual([]);
  });

  it('gives the same key on re-runs and a new key when the due date moves', () => {
    const a = dueReminders([{ id: 'd1', status: 'draft', dueAt: due }], at('2026-12-10T12:00:00Z'));
    const b = dueReminders([{ id: 'd1', status: 'draft', dueAt: due }], at('2026-12-10T18:00:00Z'));
    expect(a[0]?.dedupeKey).toBe(b[0]?.dedupeKey);
    expect(a[0]?.dedupeKey).toBe('deliverable_due:d1:2026-12-10T12:00:00.000Z');
    const moved = dueReminders(
      [{ id: 'd1', status: 'draft', dueAt: at('2026-12-10T18:00:00Z') }],
      at('2026-12-10T18:00:00Z'),
    );
    expect(moved[0]?.dedupeKey).not.toBe(a[0]?.dedupeKey);
  });

  it('honours a 2-hour lead time', () => {
    const r = dueReminders([{ id: 'd1', status: 'in_review', dueAt: due }], at('2026-12-10T09:00:00Z'), {
      beforeHours: 2,
      overdueAfterHours: 24,
    });
    expect(r).toEqual([]);
  });
});
