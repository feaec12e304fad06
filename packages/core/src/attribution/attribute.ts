export interface AttributionRules {
  /** A click counts for conversions up to this many days after it. */
  windowDays: number;
  /** When an order carries both a promo code and a click id, the code wins (the buyer typed it on purpose). */
  codeBeatsLink: boolean;
}

export const DEFAULT_ATTRIBUTION_RULES: AttributionRules = { windowDays: 30, codeBeatsLink: true };

// Shop and server clocks disagree a little; a conversion stamped up to 5 minutes before its click still counts.
const CLOCK_SKEW_MS = 5 * 60_000;

export interface AttributionInput {
  occurredAtMs: number;
  /** The click named by the order's click id (the visitor's last click: each click replaces the cookie), if known. */
  clickedAtMs: number | null;
  /** Whether the order carries a promo code known in the workspace. */
  hasCode: boolean;
}

export type AttributionSource = 'code' | 'click';

/** Which touch a conversion is credited to, or `null` when none qualifies. */
export function chooseAttribution(
  input: AttributionInput,
  rules: AttributionRules,
): AttributionSource | null {
  const age = input.clickedAtMs === null ? null : input.occurredAtMs - input.clickedAtMs;
  const clickQualifies = age !== null && age >= -CLOCK_SKEW_MS && age <= rules.windowDays * 86_400_000;
  if (input.hasCode && (rules.codeBeatsLink || !clickQualifies)) return 'code';
  if (clickQualifies) return 'click';
  return null;
}

const CONVERSION_TRANSITIONS: Record<'pending' | 'approved' | 'reversed', readonly string[]> = {
  pending: ['approved', 'reversed'],
  approved: ['reversed'],
  reversed: [],
};

/** pending → approved → reversed (or pending → reversed); a reversed conversion stays reversed. */
export function canTransition(
  from: 'pending' | 'approved' | 'reversed',
  to: 'pending' | 'approved' | 'reversed',
): boolean {
  return from === to || CONVERSION_TRANSITIONS[from].includes(to);
}
