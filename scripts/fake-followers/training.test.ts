import { describe, expect, it } from 'vitest';
import { binaryMetrics, confusion, logLoss } from './classification-metrics';
import { solveLinearSystem } from './linear-solve';
import {
  fitLogisticRegression,
  fitStandardization,
  predictProbability,
  standardize,
} from './logistic-regression';
import { selectThreshold } from './model-selection';
import { stratifiedFolds, stratifiedSplit } from './stratified-split';

describe('solveLinearSystem', () => {
  it('solves a 3×3 system that needs pivoting', () => {
    const x = solveLinearSystem(
      [
        [0, 2, 1],
        [1, 1, 1],
        [2, 1, 3],
      ],
      [5, 5, 12],
    );
    // (1, 1, 3): 2·1 + 3 = 5; 1 + 1 + 3 = 5; 2 + 1 + 9 = 12
    expect(x[0]).toBeCloseTo(1, 10);
    expect(x[1]).toBeCloseTo(1, 10);
    expect(x[2]).toBeCloseTo(3, 10);
  });
});

describe('fitLogisticRegression', () => {
  it('recovers the closed-form MLE for one binary feature', () => {
    // x = 0: y = 1,0,0,0 → p = 1/4, logit = −ln 3; x = 1: y = 1,1,1,0 → p = 3/4, logit = ln 3
    const rows = [[0], [0], [0], [0], [1], [1], [1], [1]];
    const labels = [1, 0, 0, 0, 1, 1, 1, 0];
    const fit = fitLogisticRegression(rows, labels, 0);
    expect(fit.intercept).toBeCloseTo(-Math.log(3), 8);
    expect(fit.coefficients[0]).toBeCloseTo(2 * Math.log(3), 8);
    expect(predictProbability(fit, [1])).toBeCloseTo(0.75, 8);
  });
  it('the L2 penalty shrinks the coefficient', () => {
    const rows = [[0], [0], [0], [0], [1], [1], [1], [1]];
    const labels = [1, 0, 0, 0, 1, 1, 1, 0];
    expect(Math.abs(fitLogisticRegression(rows, labels, 10).coefficients[0]!)).toBeLessThan(2 * Math.log(3));
  });
});

describe('standardization', () => {
  it('uses population mean and sd; constant columns get scale 1', () => {
    const s = fitStandardization([
      [1, 5],
      [3, 5],
    ]);
    expect(s).toEqual({ means: [2, 5], scales: [1, 1] });
    expect(standardize([3, 5], s)).toEqual([1, 0]);
  });
});

describe('stratified split and folds', () => {
  const labels = [...Array.from({ length: 10 }, () => 1), ...Array.from({ length: 30 }, () => 0)];
  it('keeps class proportions, is disjoint and reproducible', () => {
    const split = stratifiedSplit(labels, 0.25, 7);
    expect(split.test.filter((i) => labels[i] === 1)).toHaveLength(3);
    expect(split.test.filter((i) => labels[i] === 0)).toHaveLength(8);
    expect(new Set([...split.train, ...split.test]).size).toBe(40);
    expect(split.train.length + split.test.length).toBe(40);
    expect(stratifiedSplit(labels, 0.25, 7)).toEqual(split);
    expect(stratifiedSplit(labels, 0.25, 8)).not.toEqual(split);
  });
  it('folds partition the rows with 2 positives each', () => {
    const folds = stratifiedFolds(labels, 5, 3);
    expect(folds.flat().sort((a, b) => a - b)).toEqual(labels.map((_, i) => i));
    expect(folds.map((fold) => fold.filter((i) => labels[i] === 1).length)).toEqual([2, 2, 2, 2, 2]);
  });
});

describe('metrics', () => {
  it('hand-computed confusion metrics (fake = positive)', () => {
    const labels = [1, 1, 1, 1, 0, 0, 0, 0, 0, 0];
    const predicted = [true, true, true, false, true, false, false, false, false, false];
    const counts = confusion(labels, predicted);
    expect(counts).toEqual({ truePositive: 3, falsePositive: 1, trueNegative: 5, falseNegative: 1 });
    const m = binaryMetrics(counts);
    expect(m.accuracy).toBeCloseTo(0.8, 12);
    expect(m.precision).toBeCloseTo(0.75, 12);
    expect(m.recall).toBeCloseTo(0.75, 12);
    expect(m.f1).toBeCloseTo(0.75, 12);
    expect(m.specificity).toBeCloseTo(5 / 6, 12);
  });
  it('log-loss of a perfect-but-hedged prediction', () => {
    expect(logLoss([1, 0], [0.5, 0.5])).toBeCloseTo(Math.log(2), 12);
  });
  it('threshold selection maximises F1', () => {
    const best = selectThreshold([1, 1, 0, 0], [0.9, 0.6, 0.4, 0.1], [0.3, 0.5, 0.7]);
    expect(best).toEqual({ threshold: 0.5, f1: 1 });
  });
});
