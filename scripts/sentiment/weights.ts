import type { LabelledText } from '@lantoa/core/sentiment';

/**
 * Gives each example `scale` × (examples / (classes × examples of its class)), so every class weighs the
 * same in the loss. TweetEval has few negative tweets and is scored by macro-recall.
 */
export function withBalancedWeights(examples: readonly LabelledText[], scale: number): LabelledText[] {
  const counts = new Map<string, number>();
  for (const example of examples) counts.set(example.label, (counts.get(example.label) ?? 0) + 1);
  return examples.map((example) => ({
    ...example,
    weight: (scale * examples.length) / (counts.size * counts.get(example.label)!),
  }));
}
