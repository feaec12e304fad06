import { describe, expect, it } from 'vitest';
import { sampleSizeTwoProportions } from './sample-size';

describe('sampleSizeTwoProportions', () => {
  it("matches R's power.prop.test", () => {
    // power.prop.test(p1 = 0.1, p2 = 0.12, power = 0.8) → n = 3840.847 per group.
    const small = sampleSizeTwoProportions({ baselineRate: 0.1, minDetectableLift: 0.2 });
    expect(small).toMatchObject({ ok: true, perGroup: 3841, total: 7682 });
    // power.prop.test(p1 = 0.5, p2 = 0.75, power = 0.9) → n = 76.7 per group.
    const large = sampleSizeTwoProportions({ baselineRate: 0.5, minDetectableLift: 0.5, power: 0.9 });
    expect(large).toMatchObject({ ok: true, perGroup: 77 });
  });

  it('needs more trials for smaller lifts and a one-sided test needs fewer', () => {
    const ten = sampleSizeTwoProportions({ baselineRate: 0.03, minDetectableLift: 0.1 });
    const twenty = sampleSizeTwoProportions({ baselineRate: 0.03, minDetectableLift: 0.2 });
    const oneSided = sampleSizeTwoProportions({
      baselineRate: 0.03,
      minDetectableLift: 0.1,
      twoSided: false,
    });
    if (!ten.ok || !twenty.ok || !oneSided.ok) throw new Error('expected results');
    expect(ten.perGroup).toBe(53211);
    expect(twenty.perGroup).toBeLessThan(ten.perGroup);
    expect(oneSided.perGroup).toBeLessThan(ten.perGroup);
  });

  it('explains impossible inputs', () => {
    expect(sampleSizeTwoProportions({ baselineRate: 0, minDetectableLift: 0.1 })).toMatchObject({
      ok: false,
    });
    expect(sampleSizeTwoProportions({ baselineRate: 0.6, minDetectableLift: 1 })).toMatchObject({
      ok: false,
      code: 'invalid_lift',
    });
  });
});
