/**
 * Accuracy of the shipped (or a given) model on a small hand-labelled CSV of social comments (columns
 * text,label), with every miss listed. The question test fixture is the default; tune on
 * scripts/sentiment/data/social-questions-dev.csv, never on the fixture.
 *
 *   node --import tsx scripts/sentiment/evaluate-social.ts [--set FILE] [--model FILE]
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { type LabelledText, parseSentimentLabel, SentimentModel } from '@lantoa/core/sentiment';
import { parse } from 'csv-parse/sync';
import { defaultModelPath, repoRoot } from './datasets';
import { evaluateSplit, formatPercent } from './predict-split';

const { values: args } = parseArgs({
  options: {
    model: { type: 'string', default: defaultModelPath },
    bare: { type: 'boolean', default: false },
    set: {
      type: 'string',
      default: path.join(repoRoot, 'packages/core/src/sentiment/fixtures/social-questions.csv'),
    },
  },
});

const model = SentimentModel.fromBytes(readFileSync(args.model), { neutralQuestions: !args.bare });
const rows = parse(readFileSync(args.set, 'utf8'), { columns: true }) as Record<string, string>[];
const examples: LabelledText[] = rows.map((row, i) => {
  const label = parseSentimentLabel(row.label ?? '');
  if (!label) throw new Error(`${args.set}: line ${i + 2}: unknown label ${JSON.stringify(row.label)}`);
  return { text: row.text ?? '', label };
});

const report = evaluateSplit(model, examples, 'three-class');
const misses = examples
  .map((example) => ({ example, prediction: model.predict(example.text) }))
  .filter(({ example, prediction }) => prediction.label !== example.label);
process.stdout.write(
  [
    `set: ${path.relative(repoRoot, args.set)} (${examples.length} comments)`,
    `accuracy ${formatPercent(report.accuracy)}  macro-F1 ${formatPercent(report.macroF1)}`,
    ...Object.entries(report.perClass).map(
      ([label, value]) =>
        `  ${label.padEnd(8)} precision ${formatPercent(value.precision)} recall ${formatPercent(value.recall)} F1 ${formatPercent(value.f1)}`,
    ),
    `misses (${misses.length}):`,
    ...misses.map(
      ({ example, prediction }) =>
        `  ${example.label} → ${prediction.label} (${prediction.score.toFixed(2)}): ${example.text}`,
    ),
    '',
  ].join('\n'),
);
