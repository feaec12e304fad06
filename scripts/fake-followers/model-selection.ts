import { type BinaryMetrics, binaryMetrics, confusion, logLoss } from './classification-metrics';
import {
  fitLogisticRegression,
  fitStandardization,
  type LogisticFit,
  predictProbability,
  type Standardization,
  standardize,
} from './logistic-regression';
import { stratifiedFolds } from './stratified-split';

export interface TrainedLogistic {
  standardization: Standardization;
  fit: LogisticFit;
  l2: number;
}

export function trainLogistic(features: number[][], labels: number[], l2: number): TrainedLogistic {
  const standardization = fitStandardization(features);
  const rows = features.map((row) => standardize(row, standardization));
  return { standardization, fit: fitLogisticRegression(rows, labels, l2), l2 };
}

export function probabilities(model: TrainedLogistic, features: readonly number[][]): number[] {
  return features.map((row) => predictProbability(model.fit, standardize(row, model.standardization)));
}

const pickAll = <T>(items: readonly T[], indices: readonly number[]) => indices.map((i) => items[i]!);

/** Probability for every row from a model that did not see that row (k-fold, stratified). */
export function outOfFoldProbabilities(
  features: number[][],
  labels: number[],
  l2: number,
  folds: number,
  seed: number,
): number[] {
  const result = new Array<number>(labels.length).fill(Number.NaN);
  const assignment = stratifiedFolds(labels, folds, seed);
  for (const heldOut of assignment) {
    const heldOutSet = new Set(heldOut);
    const trainIndices = labels.map((_, i) => i).filter((i) => !heldOutSet.has(i));
    const model = trainLogistic(pickAll(features, trainIndices), pickAll(labels, trainIndices), l2);
    const predicted = probabilities(model, pickAll(features, heldOut));
    heldOut.forEach((index, k) => {
      result[index] = predicted[k]!;
    });
  }
  return result;
}

/** The L2 penalty with the lowest cross-validated log-loss (ties: the larger, simpler model). */
export function selectL2(
  features: number[][],
  labels: number[],
  candidates: readonly number[],
  folds: number,
  seed: number,
): { l2: number; logLossByL2: Record<string, number> } {
  const logLossByL2: Record<string, number> = {};
  let best = { l2: candidates[0]!, loss: Number.POSITIVE_INFINITY };
  for (const l2 of candidates) {
    const loss = logLoss(labels, outOfFoldProbabilities(features, labels, l2, folds, seed));
    logLossByL2[String(l2)] = loss;
    if (loss <= best.loss) best = { l2, loss };
  }
  return { l2: best.l2, logLossByL2 };
}

/** The threshold in the grid with the best F1 (ties: closest to 0.5). */
export function selectThreshold(
  labels: readonly number[],
  scores: readonly number[],
  grid: readonly number[],
) {
  let best = { threshold: 0.5, f1: -1 };
  for (const threshold of grid) {
    const { f1 } = binaryMetrics(
      confusion(
        labels,
        scores.map((p) => p >= threshold),
      ),
    );
    const closer = Math.abs(threshold - 0.5) < Math.abs(best.threshold - 0.5);
    if (f1 > best.f1 || (f1 === best.f1 && closer)) best = { threshold, f1 };
  }
  return best;
}

type MetricName = 'accuracy' | 'precision' | 'recall' | 'f1';
export type MetricSummary = Record<MetricName, { mean: number; sd: number }>;

/** Per-fold metrics (fixed l2 and threshold) summarised as mean and standard deviation. */
export function crossValidatedMetrics(
  features: number[][],
  labels: number[],
  l2: number,
  threshold: number,
  folds: number,
  seed: number,
): MetricSummary {
  const perFold: BinaryMetrics[] = stratifiedFolds(labels, folds, seed).map((heldOut) => {
    const heldOutSet = new Set(heldOut);
    const trainIndices = labels.map((_, i) => i).filter((i) => !heldOutSet.has(i));
    const model = trainLogistic(pickAll(features, trainIndices), pickAll(labels, trainIndices), l2);
    const predicted = probabilities(model, pickAll(features, heldOut)).map((p) => p >= threshold);
    return binaryMetrics(confusion(pickAll(labels, heldOut), predicted));
  });
  const summarize = (name: MetricName) => {
    const values = perFold.map((metrics) => metrics[name]);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const variance = values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (values.length - 1);
    return { mean, sd: Math.sqrt(variance) };
  };
  return {
    accuracy: summarize('accuracy'),
    precision: summarize('precision'),
    recall: summarize('recall'),
    f1: summarize('f1'),
  };
}
