import type { SentimentLabel } from '@lantoa/core/sentiment';

export interface ClassificationReport {
  accuracy: number;
  macroF1: number;
  macroRecall: number;
  perClass: Record<string, { precision: number; recall: number; f1: number; support: number }>;
}

/** Accuracy, per-class precision/recall/F1 and their macro averages over the `classes` given. */
export function classificationReport(
  gold: readonly SentimentLabel[],
  predicted: readonly SentimentLabel[],
  classes: readonly SentimentLabel[],
): ClassificationReport {
  let correct = 0;
  const perClass: ClassificationReport['perClass'] = {};
  for (const label of classes) {
    let truePositive = 0;
    let predictedCount = 0;
    let support = 0;
    gold.forEach((goldLabel, i) => {
      if (goldLabel === label) support++;
      if (predicted[i] === label) predictedCount++;
      if (goldLabel === label && predicted[i] === label) truePositive++;
    });
    const precision = predictedCount > 0 ? truePositive / predictedCount : 0;
    const recall = support > 0 ? truePositive / support : 0;
    const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
    perClass[label] = { precision, recall, f1, support };
  }
  gold.forEach((goldLabel, i) => {
    if (goldLabel === predicted[i]) correct++;
  });
  const values = Object.values(perClass);
  return {
    accuracy: gold.length > 0 ? correct / gold.length : 0,
    macroF1: values.reduce((sum, item) => sum + item.f1, 0) / values.length,
    macroRecall: values.reduce((sum, item) => sum + item.recall, 0) / values.length,
    perClass,
  };
}
