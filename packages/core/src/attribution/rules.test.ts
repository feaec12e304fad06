import { describe, expect, it } from 'vitest';
import { chooseAttribution } from './attribute';
import { AttributionRulesSchema, attributionRulesFrom } from './rules';

const DAY = 86_400_000;

describe('workspace attribution rules', () => {
  it('fills what a workspace did not store from the defaults (30 days, a code beats a link)', () => {
    expect(attributionRulesFrom(undefined)).toEqual({ windowDays: 30, codeBeatsLink: true });
    expect(attributionRulesFrom({ windowDays: 7 })).toEqual({ windowDays: 7, codeBeatsLink: true });
    expect(attributionRulesFrom({ codeBeatsLink: false })).toEqual({ windowDays: 30, codeBeatsLink: false });
  });

  it('ignores stored values that are out of range', () => {
    expect(attributionRulesFrom({ windowDays: 0, codeBeatsLink: 'yes' })).toEqual({
      windowDays: 30,
      codeBeatsLink: true,
    });
    expect(attributionRulesFrom({ windowDays: 7.5 }).windowDays).toBe(30);
  });

  it('validates an edit with the reason', () => {
    const result = AttributionRulesSchema.safeParse({ windowDays: 400, codeBeatsLink: true });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['windowDays']);
  });

  it('a shorter window stops crediting a click that a longer one credits', () => {
    const input = { occurredAtMs: 10 * DAY, clickedAtMs: 0, hasCode: false };
    expect(chooseAttribution(input, attributionRulesFrom({ windowDays: 30 }))).toBe('click');
    expect(chooseAttribution(input, attributionRulesFrom({ windowDays: 7 }))).toBeNull();
  });

  it('with "a code beats a link" off, a qualifying click wins over a code', () => {
    const input = { occurredAtMs: DAY, clickedAtMs: 0, hasCode: true };
    expect(chooseAttribution(input, attributionRulesFrom({}))).toBe('code');
    expect(chooseAttribution(input, attributionRulesFrom({ codeBeatsLink: false }))).toBe('click');
  });
});
