export const DELIVERABLE_STATUSES = [
  'draft',
  'in_review',
  'changes_requested',
  'approved',
  'scheduled',
  'published',
  'verified',
] as const;
export type DeliverableStatus = (typeof DELIVERABLE_STATUSES)[number];

/**
 * The approval workflow (D3). Content is approved before it is scheduled or published; a published post
 * is verified once its live URL and metrics are checked. Going back is allowed only where work is redone.
 */
const TRANSITIONS: Record<DeliverableStatus, readonly DeliverableStatus[]> = {
  draft: ['in_review'],
  in_review: ['changes_requested', 'approved', 'draft'],
  changes_requested: ['in_review', 'draft'],
  approved: ['scheduled', 'published', 'changes_requested'],
  scheduled: ['published', 'approved'],
  published: ['verified'],
  verified: [],
};

export function nextStatuses(from: DeliverableStatus): readonly DeliverableStatus[] {
  return TRANSITIONS[from];
}

export function canTransition(from: DeliverableStatus, to: DeliverableStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** Published and verified content no longer needs reminders and counts for lateness. */
export function isDone(status: DeliverableStatus): boolean {
  return status === 'published' || status === 'verified';
}
