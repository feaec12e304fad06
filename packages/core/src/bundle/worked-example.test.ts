import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCampaignBundleJson } from './parse';
import { summarizeBundleKpis } from './summary';

const fixtures = join(import.meta.dirname, '../../fixtures');
const read = (name: string) => readFileSync(join(fixtures, name), 'utf8');

/** Same keys at every level, nulls where expected has nulls, numbers within a relative tolerance of 1e-9. */
function expectMatches(actual: unknown, expected: unknown, path: string): void {
  if (typeof expected === 'number') {
    expect(typeof actual, path).toBe('number');
    const tolerance = 1e-9 * Math.max(Math.abs(expected), Number.MIN_VALUE);
    expect(Math.abs((actual as number) - expected), path).toBeLessThanOrEqual(tolerance);
  } else if (expected !== null && typeof expected === 'object') {
    expect(actual, path).toBeTypeOf('object');
    expect(actual, path).not.toBeNull();
    const actualRecord = actual as Record<string, unknown>;
    const expectedRecord = expected as Record<string, unknown>;
    expect(Object.keys(actualRecord).sort(), `keys of ${path}`).toEqual(Object.keys(expectedRecord).sort());
    for (const key of Object.keys(expectedRecord))
      expectMatches(actualRecord[key], expectedRecord[key], `${path}.${key}`);
  } else {
    expect(actual, path).toBe(expected);
  }
}

describe('the worked example of KPIS.md', () => {
  it('gives exactly kpi-example.expected.json', () => {
    const parsed = parseCampaignBundleJson(read('kpi-example.input.json'));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    expectMatches(summarizeBundleKpis(parsed.bundle), JSON.parse(read('kpi-example.expected.json')), '$');
  });

  it('would notice a wrong number, a missing key or an extra key', () => {
    const expected = JSON.parse(read('kpi-example.expected.json'));
    const wrong = structuredClone(expected);
    wrong.campaign.engagement_rate *= 1 + 1e-8;
    expect(() => expectMatches(wrong, expected, '$')).toThrow();
    const extra = structuredClone(expected);
    extra.creators.ha.reach_rate = 1;
    expect(() => expectMatches(extra, expected, '$')).toThrow();
    const nulled = structuredClone(expected);
    nulled.creators.linh.impressions = 0;
    expect(() => expectMatches(nulled, expected, '$')).toThrow();
  });
});
