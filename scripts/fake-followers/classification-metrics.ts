export interface ConfusionCounts {
  truePositive: number;
  falsePositive: number;
  trueNegative: number;
  falseNegative: number;
}

export interface BinaryMetrics {
  accuracy: number;
  precision: number;
  recall: number;
  f1: number;
  sensitivity: number;
  specificity: number;
  support: { fake: number; real: number };
}

export function confusion(labels: readonly number[], predicted: readonly boolean[]): ConfusionCounts {
  const counts: ConfusionCounts = { truePositive: 0, falsePositive: 0, trueNegative: 0, falseNegative: 0 };
  labels.forEach((label, i) => {
    const positive = predicted[i] === true;
    if (label === 1 && positive) counts.truePositive += 1;
    else if (label === 1) counts.falseNegative += 1;
    else if (positive) counts.falsePositive += 1;
    else counts.trueNegative += 1;
  });
  return counts;
}

const ratio = (numerator: number, denominator: number) => (denominator === 0 ? 0 : numerator / denominator);

/** Metrics with the fake class (label 1) as the positive class. */
export function binaryMetrics(counts: ConfusionCounts): BinaryMetrics {
  const { truePositive: tp, falsePositive: fp, trueNegative: tn, falseNegative: fn } = counts;
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  return {
    accuracy: ratio(tp + tn, tp + fp + tn + fn),
    precision,
    recall,
    f1: ratio(2 * precision * recall, precision + recall),
    sensitivity: recall,
    specificity: ratio(tn, tn + fp),
    support: { fake: tp + fn, real: tn + fp },
  };
}

export function logLoss(labels: readonly number[], probabilities: readonly number[]): number {
  const eps = 1e-15;
  const total = labels.reduce((sum, label, i) => {
    const p = Math.min(1 - eps, Math.max(eps, probabilities[i]!));
    return sum - (label === 1 ? Math.log(p) : Math.log(1 - p));
  }, 0);
  return total / labels.length;
}
