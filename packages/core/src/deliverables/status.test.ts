import { describe, expect, it } from 'vitest';
import { canTransition, DELIVERABLE_STATUSES, isDone, nextStatuses } from './status';

describe('deliverable status workflow', () => {
  it('walks the happy path draft → in review → approved → scheduled → published → verified', () => {
    const path = ['draft', 'in_review', 'approved', 'scheduled', 'published', 'verified'] as const;
    for (let i = 0; i + 1 < path.length; i++)
      expect(canTransition(path[i] as never, path[i + 1] as never)).toBe(true);
  });

  it('does not let a draft skip approval, nor a verified post move again', () => {
    expect(canTransition('draft', 'approved')).toBe(false);
    expect(canTransition('draft', 'published')).toBe(false);
    expect(canTransition('changes_requested', 'approved')).toBe(false);
    expect(nextStatuses('verified')).toEqual([]);
  });

  it('sends requested changes back to review', () => {
    expect(canTransition('in_review', 'changes_requested')).toBe(true);
    expect(canTransition('changes_requested', 'in_review')).toBe(true);
  });

  it('never allows a transition to the same status', () => {
    for (const s of DELIVERABLE_STATUSES) expect(canTransition(s, s)).toBe(false);
  });

  it('counts published and verified as done', () => {
    expect(DELIVERABLE_STATUSES.filter(isDone)).toEqual(['published', 'verified']);
  });
});
