import { describe, expect, it } from 'vitest';
import { classificationReport } from './metrics';
import { withBalancedWeights } from './weights';

describe('classificationReport', () => {
  it('computes accuracy, per-class F1, macro-F1 and macro-recall by hand', () => {
    // gold:      pos pos pos neg neg neu
    // predicted: pos pos neg neg pos neu
    const report = classificationReport(
      ['positive', 'positive', 'positive', 'negative', 'negative', 'neutral'],
      ['positive', 'positive', 'negative', 'negative', 'positive', 'neutral'],
      ['negative', 'neutral', 'positive'],
    );
    expect(report.accuracy).toBeCloseTo(4 / 6, 12);
    // positive: precision 2/3, recall 2/3 → F1 2/3; negative: precision 1/2, recall 1/2 → 1/2; neutral: 1
    expect(report.perClass.positive!.f1).toBeCloseTo(2 / 3, 12);
    expect(report.perClass.negative!.f1).toBeCloseTo(1 / 2, 12);
    expect(report.perClass.neutral!.f1).toBe(1);
    expect(report.macroF1).toBeCloseTo((2 / 3 + 1 / 2 + 1) / 3, 12);
    expect(report.macroRecall).toBeCloseTo((2 / 3 + 1 / 2 + 1) / 3, 12);
  });

  it('gives 0 (not NaN) for a class that is never predicted', () => {
    const report = classificationReport(
      ['negative', 'positive'],
      ['positive', 'positive'],
      ['negative', 'positive'],
    );
    expect(report.perClass.negative).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });
});

describe('withBalancedWeights', () => {
  it('makes every class weigh the same in total', () => {
    const weighted = withBalancedWeights(
      [
        { text: 'a', label: 'positive' },
        { text: 'b', label: 'positive' },
        { text: 'c', label: 'positive' },
        { text: 'd', label: 'negative' },
      ],
      1,
    );
    // 4 examples, 2 classes: positive 4 / (2 × 3), negative 4 / (2 × 1)
    expect(weighted.map((example) => example.weight)).toEqual([2 / 3, 2 / 3, 2 / 3, 2]);
  });
});
