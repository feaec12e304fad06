import { describe, expect, it } from 'vitest';
import { deliverableLateness } from './lateness';

const due = new Date('2026-12-10T12:00:00Z');

describe('deliverableLateness', () => {
  it('is on time when published exactly at the due moment, late one second after', () => {
    expect(deliverableLateness({ dueAt: due, publishedAt: due, now: due })).toBe('on_time');
    const late = new Date('2026-12-10T12:00:01Z');
    expect(deliverableLateness({ dueAt: due, publishedAt: late, now: late })).toBe('late');
  });

  it('stays open until 72 h past due, then is missed', () => {
    expect(
      deliverableLateness({ dueAt: due, publishedAt: null, now: new Date('2026-12-13T12:00:00Z') }),
    ).toBe(null);
    expect(
      deliverableLateness({ dueAt: due, publishedAt: null, now: new Date('2026-12-13T12:00:01Z') }),
    ).toBe('missed');
  });

  it('takes a custom grace period', () => {
    const now = new Date('2026-12-10T13:00:01Z');
    expect(deliverableLateness({ dueAt: due, publishedAt: null, now }, 1)).toBe('missed');
  });
});
