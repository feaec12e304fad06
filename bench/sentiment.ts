/**
 * Sentiment throughput: scores 1,000,000 comments on one core exactly as the comments.score job does (language,
 * sentiment, intent/objection/spam tags with seeding rings, in batches of 1,000: `scoreBatch`) and aggregates
 * them per campaign (spam and other languages counted apart); the baseline, measured in the same run, only
 * detects the language and tokenises the same comments (the part of the work every approach needs).
 *
 * The comments are drawn from real text: half from the test splits evaluate.ts scores (AIVIVN 2019 reviews,
 * UIT-VSFC feedback, TweetEval tweets; ../shared/data), half from the demo workspace's comments (the demo
 * vocabulary as people type it: teencode, no diacritics, emoji, copy-paste bots, spam), with their authors.
 *
 *   node --import tsx bench/sentiment.ts [count]
 */
import { readFileSync } from 'node:fs';
import { DEFAULT_DEMO_SEED, generateDemoWorkspace } from '@lantoa/core/demo';
import { detectLanguage } from '@lantoa/core/language';
import { SentimentAggregator, type SentimentGroupSummary, SentimentModel } from '@lantoa/core/sentiment';
import { tokenize } from '@lantoa/core/text';
import { type CommentToScore, scoreBatch } from '../packages/server/src/features/comments/score-batch';
import { defaultModelPath, loadAivivn, loadTweetEval, loadVsfc } from '../scripts/sentiment/datasets';

const COUNT = Number(process.argv[2] ?? 1_000_000);
const CAMPAIGNS = 20;
const BATCH = 1000;
const DATASET_SHARE = 0.5;

interface Source {
  text: string;
  author: string;
}

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sources(): { datasets: string[]; demo: Source[] } {
  const datasets = [...loadAivivn().test, ...loadVsfc().test, ...loadTweetEval().test].map((e) => e.text);
  const demo = generateDemoWorkspace({
    seed: DEFAULT_DEMO_SEED,
    now: new Date('2026-06-01T00:00:00Z'),
  }).comments.map((comment) => ({ text: comment.text, author: comment.author }));
  return { datasets, demo };
}

/** `count` comments, one minute apart, spread over the campaigns in turn. */
function generate(count: number, from: { datasets: string[]; demo: Source[] }): CommentToScore[] {
  const next = random(20240601);
  const start = Date.UTC(2026, 0, 1);
  return Array.from({ length: count }, (_, i) => {
    const source =
      next() < DATASET_SHARE
        ? {
            text: from.datasets[Math.floor(next() * from.datasets.length)]!,
            author: `u${Math.floor(next() * 1e6)}`,
          }
        : from.demo[Math.floor(next() * from.demo.length)]!;
    return { id: String(i), ...source, at: start + i * 60_000, scope: `campaign:${i % CAMPAIGNS}` };
  });
}

/** Wall-clock and CPU seconds (user + system of this process) of `work`. */
function measure(work: () => void): { wall: number; cpu: number } {
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  work();
  const cpu = process.cpuUsage(cpuStarted);
  return { wall: (performance.now() - started) / 1000, cpu: (cpu.user + cpu.system) / 1e6 };
}

const benchStarted = performance.now();
const from = sources();
const comments = generate(COUNT, from);
const characters = comments.reduce((sum, comment) => sum + comment.text.length, 0);

const loadStarted = performance.now();
const model = SentimentModel.fromBytes(readFileSync(defaultModelPath));
const loadMs = performance.now() - loadStarted;

// Warm-up so that both measurements run optimised code.
for (let i = 0; i < 20_000; i += BATCH) {
  const batch = comments.slice(i, i + BATCH);
  scoreBatch(model, batch);
  for (const comment of batch) tokenize(comment.text, detectLanguage(comment.text).lang);
}

let tokens = 0;
const baseline = measure(() => {
  for (const { text } of comments) tokens += tokenize(text, detectLanguage(text).lang).length;
});

let summaries = new Map<string, SentimentGroupSummary>();
let rings = 0;
const scoring = measure(() => {
  const aggregator = new SentimentAggregator();
  for (let i = 0; i < comments.length; i += BATCH) {
    const batch = comments.slice(i, i + BATCH);
    const { scores } = scoreBatch(model, batch);
    for (let j = 0; j < scores.length; j++) {
      const score = scores[j]!;
      if (score.tags.some((tag) => tag.kind === 'seeding_ring')) rings++;
      aggregator.add({
        label: score.sentiment,
        spam: score.spam,
        otherLanguage: score.lang === 'other',
        keys: [batch[j]!.scope!],
      });
    }
  }
  summaries = aggregator.summaries();
});
const totalSeconds = (performance.now() - benchStarted) / 1000;

const first = summaries.get('campaign:0')!;
const all = [...summaries.values()];
const sum = (pick: (summary: SentimentGroupSummary) => number) => all.reduce((s, g) => s + pick(g), 0);
const rate = (seconds: number) => Math.round(comments.length / seconds).toLocaleString('en-US');
const line = (time: { wall: number; cpu: number }) =>
  `${time.cpu.toFixed(2)} s CPU (${rate(time.cpu)}/s), ${time.wall.toFixed(2)} s wall (${rate(time.wall)}/s)`;
console.log(
  `comments:                          ${comments.length.toLocaleString('en-US')} ` +
    `(${(characters / comments.length).toFixed(0)} characters on average, ${tokens.toLocaleString('en-US')} tokens; ` +
    `${from.datasets.length.toLocaleString('en-US')} test texts and ${from.demo.length.toLocaleString('en-US')} demo comments drawn from)`,
);
console.log(`model load (read + decode):        ${loadMs.toFixed(1)} ms`);
console.log(`score (as the job) + aggregate:    ${line(scoring)}`);
console.log(`baseline (detect + tokenise only): ${line(baseline)}`);
console.log(`ratio scoring / baseline CPU time: ${(scoring.cpu / baseline.cpu).toFixed(2)}×`);
console.log(`whole run (data, warm-up, both):   ${totalSeconds.toFixed(2)} s wall`);
console.log(
  `all campaigns → counted ${sum((g) => g.total).toLocaleString('en-US')}, spam ${sum((g) => g.excludedSpam).toLocaleString('en-US')} ` +
    `(seeding rings ${rings.toLocaleString('en-US')}), other languages ${sum((g) => g.otherLanguage).toLocaleString('en-US')}`,
);
console.log(
  `campaign:0 → positive ${first.positive}, neutral ${first.neutral}, negative ${first.negative}, ` +
    `sentiment_score ${first.sentimentScore.value?.toFixed(1)}`,
);
