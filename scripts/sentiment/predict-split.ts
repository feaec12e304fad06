import type { LabelledText, SentimentLabel, SentimentModel } from '@lantoa/core/sentiment';
import { type ClassificationReport, classificationReport } from './metrics';

const THREE: readonly SentimentLabel[] = ['negative', 'neutral', 'positive'];
const BINARY: readonly SentimentLabel[] = ['negative', 'positive'];

/**
 * Scores a labelled split. Binary sets (AIVIVN) map the 3-class output to positive vs negative by
 * comparing P(positive) with P(negative) (neutral probability ignored).
 */
export function evaluateSplit(
  model: SentimentModel,
  examples: readonly LabelledText[],
  mode: 'binary' | 'three-class',
): ClassificationReport {
  const predicted = examples.map((example) => {
    const prediction = model.predict(example.text, example.lang ?? 'auto');
    if (mode === 'three-class') return prediction.label;
    return prediction.probabilities.positive >= prediction.probabilities.negative ? 'positive' : 'negative';
  });
  return classificationReport(
    examples.map((example) => example.label),
    predicted,
    mode === 'binary' ? BINARY : THREE,
  );
}

export function formatPercent(value: number): string {
  return (value * 100).toFixed(1);
}
