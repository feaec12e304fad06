import { describe, expect, it } from 'vitest';
import { canTransition, chooseAttribution, DEFAULT_ATTRIBUTION_RULES } from './attribute';

const DAY = 86_400_000;
const sale = Date.UTC(2026, 1, 10);

describe('chooseAttribution', () => {
  it('credits a click inside the 30-day window and not one outside it', () => {
    expect(
      chooseAttribution(
        { occurredAtMs: sale, clickedAtMs: sale - 30 * DAY, hasCode: false },
        DEFAULT_ATTRIBUTION_RULES,
      ),
    ).toBe('click');
    expect(
      chooseAttribution(
        { occurredAtMs: sale, clickedAtMs: sale - 30 * DAY - 1, hasCode: false },
        DEFAULT_ATTRIBUTION_RULES,
      ),
    ).toBeNull();
  });
  it('lets a code beat a link by default, and a link beat a code when configured', () => {
    const input = { occurredAtMs: sale, clickedAtMs: sale - DAY, hasCode: true };
    expect(chooseAttribution(input, DEFAULT_ATTRIBUTION_RULES)).toBe('code');
    expect(chooseAttribution(input, { windowDays: 30, codeBeatsLink: false })).toBe('click');
    expect(
      chooseAttribution({ ...input, clickedAtMs: sale - 90 * DAY }, { windowDays: 30, codeBeatsLink: false }),
    ).toBe('code');
  });
  it('tolerates a few minutes of clock skew but not a click after the sale by hours', () => {
    expect(
      chooseAttribution(
        { occurredAtMs: sale, clickedAtMs: sale + 60_000, hasCode: false },
        DEFAULT_ATTRIBUTION_RULES,
      ),
    ).toBe('click');
    expect(
      chooseAttribution(
        { occurredAtMs: sale, clickedAtMs: sale + 3_600_000, hasCode: false },
        DEFAULT_ATTRIBUTION_RULES,
      ),
    ).toBeNull();
  });
  it('credits nothing without a click or a code', () => {
    expect(
      chooseAttribution({ occurredAtMs: sale, clickedAtMs: null, hasCode: false }, DEFAULT_ATTRIBUTION_RULES),
    ).toBeNull();
  });
});

describe('conversion states', () => {
  it('moves pending → approved → reversed and never back', () => {
    expect(canTransition('pending', 'approved')).toBe(true);
    expect(canTransition('approved', 'reversed')).toBe(true);
    expect(canTransition('pending', 'reversed')).toBe(true);
    expect(canTransition('reversed', 'approved')).toBe(false);
    expect(canTransition('approved', 'pending')).toBe(false);
  });
});
