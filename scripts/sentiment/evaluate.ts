/**
 * Evaluates the shipped (or a given) sentiment model on the held-out test splits and prints each metric
 * next to the published best.
 *
 *   node --import tsx scripts/sentiment/evaluate.ts [--model models/sentiment/lantoa-sentiment.bin]
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { detectLanguage } from '@lantoa/core/language';
import { type LabelledText, SentimentModel } from '@lantoa/core/sentiment';
import { foldDiacritics } from '@lantoa/core/text';
import { defaultModelPath, loadAivivn, loadTweetEval, loadVsfc } from './datasets';
import { evaluateSplit, formatPercent } from './predict-split';

const { values: args } = parseArgs({
  options: {
    model: { type: 'string', default: defaultModelPath },
    /** The bare linear model, without setting aside questions that carry no opinion. */
    bare: { type: 'boolean', default: false },
  },
});

const loadStarted = performance.now();
const bytes = readFileSync(args.model);
const model = SentimentModel.fromBytes(bytes, { neutralQuestions: !args.bare });
const loadMs = performance.now() - loadStarted;

const aivivn = loadAivivn().test;
const vsfc = loadVsfc().test;
const tweets = loadTweetEval().test;
const folded = (examples: readonly LabelledText[]): LabelledText[] =>
  examples.map((example) => ({ ...example, text: foldDiacritics(example.text) }));

const aivivnReport = evaluateSplit(model, aivivn, 'binary');
const vsfcReport = evaluateSplit(model, vsfc, 'three-class');
const tweetReport = evaluateSplit(model, tweets, 'three-class');
const aivivnFolded = evaluateSplit(model, folded(aivivn), 'binary');
const vsfcFolded = evaluateSplit(model, folded(vsfc), 'three-class');

const texts = [...aivivn, ...vsfc, ...tweets].map((example) => example.text);
// One warm-up pass, then three timed passes over every test text. The machine is shared, so besides
// wall-clock time we divide by the CPU time this process used (user + system), which other processes
// competing for the cores do not inflate.
const wallRates: number[] = [];
const cpuRates: number[] = [];
for (let pass = 0; pass < 4; pass++) {
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  for (const text of texts) model.predict(text, 'auto');
  const cpu = process.cpuUsage(cpuStarted);
  if (pass === 0) continue;
  wallRates.push(texts.length / ((performance.now() - started) / 1000));
  cpuRates.push(texts.length / ((cpu.user + cpu.system) / 1e6));
}
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[1]!;

const languageHits = (examples: readonly LabelledText[], lang: string): number =>
  examples.filter((example) => detectLanguage(example.text).lang === lang).length / examples.length;

const rows: [string, string, string, string][] = [
  [
    'AIVIVN 2019 test: F1 negative class',
    formatPercent(aivivnReport.perClass.negative!.f1),
    '≥ 88.0',
    '90.0 (contest winner)',
  ],
  ['AIVIVN 2019 test: macro-F1', formatPercent(aivivnReport.macroF1), '', ''],
  ['AIVIVN 2019 test: accuracy', formatPercent(aivivnReport.accuracy), '', ''],
  ['AIVIVN test, diacritics removed: F1 negative', formatPercent(aivivnFolded.perClass.negative!.f1), '', ''],
  ['UIT-VSFC test: accuracy', formatPercent(vsfcReport.accuracy), '≥ 88.0', '94.3 (PhoBERT)'],
  ['UIT-VSFC test: macro-F1 (3 classes)', formatPercent(vsfcReport.macroF1), '', '93.9 F1 (PhoBERT)'],
  ['UIT-VSFC test: neutral-class F1', formatPercent(vsfcReport.perClass.neutral!.f1), '', ''],
  ['UIT-VSFC test, diacritics removed: accuracy', formatPercent(vsfcFolded.accuracy), '', ''],
  [
    'TweetEval held-out 30 % of val: macro-recall',
    formatPercent(tweetReport.macroRecall),
    '≥ 60.0',
    '73.7 (on the official test)',
  ],
  ['TweetEval held-out: accuracy', formatPercent(tweetReport.accuracy), '', ''],
  [
    'Throughput per CPU-second (comments/s, median of 3)',
    Math.round(median(cpuRates)).toString(),
    '≥ 20000',
    '',
  ],
  ['Throughput, wall clock (comments/s, median of 3)', Math.round(median(wallRates)).toString(), '', ''],
  ['Model load time (ms, read + decode)', loadMs.toFixed(1), '< 1000', ''],
  ['Model size (MiB)', (bytes.length / 1024 / 1024).toFixed(2), '< 10', ''],
  ['Language detection: UIT-VSFC test → vi (%)', formatPercent(languageHits(vsfc, 'vi')), '', ''],
  ['Language detection: UIT-VSFC folded → vi (%)', formatPercent(languageHits(folded(vsfc), 'vi')), '', ''],
  ['Language detection: TweetEval test → en (%)', formatPercent(languageHits(tweets, 'en')), '', ''],
];
const widths = [0, 1, 2, 3].map((column) =>
  Math.max(
    ...rows.map((row) => row[column]!.length),
    ['metric', 'measured', 'target', 'published best'][column]!.length,
  ),
);
const line = (cells: readonly string[]): string =>
  `| ${cells.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ')} |`;
process.stdout.write(
  [
    `model: ${args.model}`,
    `test sizes: AIVIVN ${aivivn.length}, UIT-VSFC ${vsfc.length}, TweetEval held-out ${tweets.length}`,
    line(['metric', 'measured', 'target', 'published best']),
    line(widths.map((width) => '-'.repeat(width))),
    ...rows.map(line),
    '',
  ].join('\n'),
);
