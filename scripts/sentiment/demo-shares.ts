/**
 * Negative-comment shares of the demo workspace as the vetting risk check sees them: per creator, the
 * share of scored comments labelled negative (creators with fewer than 20 comments have no share), and
 * how many creators cross the medium (≥ 20 %) and high (≥ 35 %) thresholds.
 *
 *   node --import tsx scripts/sentiment/demo-shares.ts [--model FILE] [--examples 20]
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DEFAULT_DEMO_SEED, generateDemoWorkspace } from '@lantoa/core/demo';
import { SentimentModel } from '@lantoa/core/sentiment';
import { defaultModelPath } from './datasets';

const { values: args } = parseArgs({
  options: {
    model: { type: 'string', default: defaultModelPath },
    examples: { type: 'string', default: '20' },
  },
});

const MEDIUM = 0.2;
const HIGH = 0.35;
const MIN_COMMENTS = 20;

const model = SentimentModel.fromBytes(readFileSync(args.model));
const demo = generateDemoWorkspace({ seed: DEFAULT_DEMO_SEED, now: new Date('2026-03-01T00:00:00Z') });
const creatorOfPost = new Map(demo.posts.map((post) => [post.key, post.creatorKey]));

const perCreator = new Map<string, { total: number; negative: number }>();
const labels = { negative: 0, neutral: 0, positive: 0 };
const negativeQuestions = new Map<string, number>();
for (const comment of demo.comments) {
  const prediction = model.predict(comment.text);
  labels[prediction.label]++;
  const creator = creatorOfPost.get(comment.postKey) ?? '?';
  const counts = perCreator.get(creator) ?? { total: 0, negative: 0 };
  counts.total++;
  if (prediction.label === 'negative') {
    counts.negative++;
    if (/\?|không|ko|chưa|sao|nào|đâu|gì|bao nhiêu|khong|chua|dau|gi\b/iu.test(comment.text)) {
      negativeQuestions.set(comment.text, (negativeQuestions.get(comment.text) ?? 0) + 1);
    }
  }
  perCreator.set(creator, counts);
}

const shares = [...perCreator.values()]
  .filter((counts) => counts.total >= MIN_COMMENTS)
  .map((counts) => counts.negative / counts.total)
  .sort((a, b) => a - b);
const percent = (value: number): string => `${(value * 100).toFixed(1)} %`;
const total = demo.comments.length;
process.stdout.write(
  [
    `model: ${args.model}`,
    `demo comments: ${total}; negative ${percent(labels.negative / total)}, neutral ${percent(labels.neutral / total)}, positive ${percent(labels.positive / total)}`,
    `creators with ≥ ${MIN_COMMENTS} comments: ${shares.length}; median negative share ${percent(shares[Math.floor(shares.length / 2)] ?? 0)}`,
    `risk from negative share: high (≥ 35 %) ${shares.filter((s) => s >= HIGH).length}, medium (≥ 20 %) ${shares.filter((s) => s >= MEDIUM && s < HIGH).length}, low ${shares.filter((s) => s < MEDIUM).length}`,
    `negative comments that look like questions: ${[...negativeQuestions.values()].reduce((a, b) => a + b, 0)}`,
    ...[...negativeQuestions.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, Number(args.examples))
      .map(([text, count]) => `  ${count}× ${text}`),
    '',
  ].join('\n'),
);
