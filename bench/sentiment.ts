/**
 * Sentiment throughput: scores 1,000,000 generated Vietnamese/English comments on one core and aggregates
 * them per campaign; the baseline, measured in the same run, only normalises and tokenises the same
 * comments (the part of the work every approach needs).
 *
 *   node --import tsx bench/sentiment.ts [count]
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { detectLanguage } from '@lantoa/core/language';
import { SentimentAggregator, type SentimentGroupSummary, SentimentModel } from '@lantoa/core/sentiment';
import { tokenize } from '@lantoa/core/text';

const COUNT = Number(process.argv[2] ?? 1_000_000);
const CAMPAIGNS = 20;
const modelPath = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../models/sentiment/lantoa-sentiment.bin',
);

const PRODUCTS = [
  'son',
  'kem chống nắng',
  'sữa rửa mặt',
  'áo',
  'tai nghe',
  'nồi chiên',
  'sp',
  'serum',
  'váy',
  'giày',
];
const VIETNAMESE = [
  '{p} dùng rất thích, giao hàng nhanh {e}',
  '{p} xài ok lắm, mik sẽ ủng hộ tiếp',
  'sp dung rat thich, dong goi can than',
  'hàng giả, đừng mua mọi người ơi {n}',
  'ko giống hình, chất lượng kém quá',
  '{p} này giá bn vậy shop?',
  'còn hàng k shop, ship về Đà Nẵng bao lâu',
  'đẹp quáaaa, ngonnnn {e}',
  'chờ cả tuần mới nhận, {p} bị lỗi {n}',
  'bình thường thôi, không có gì đặc biệt',
  'quảng cáo lố, dùng chả thấy khác gì',
  'xinh xỉu, chị review có tâm ghê {e}',
  'mình mua 2 lần rồi, vẫn ưng =))',
  'đắt quá mà chất lượng không tương xứng',
  'ib em giá với ạ',
];
const ENGLISH = [
  'love this {p}, totally worth it {e}',
  'not worth the money, broke after a week {n}',
  'where can I buy this?',
  'it is ok I guess',
  "honestly the best review I've seen :)",
  'fake product, do not buy',
];
const POSITIVE_EMOJI = ['😍', '❤️', '👍', '🥰', ':))', '🔥'];
const NEGATIVE_EMOJI = ['😡', '👎', ':((', '😭', '🤮'];

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(items: readonly T[], next: () => number): T {
  return items[Math.floor(next() * items.length)]!;
}

function generate(count: number): string[] {
  const next = random(20240601);
  return Array.from({ length: count }, () => {
    const template = next() < 0.8 ? pick(VIETNAMESE, next) : pick(ENGLISH, next);
    return template
      .replace('{p}', pick(PRODUCTS, next))
      .replace('{e}', pick(POSITIVE_EMOJI, next))
      .replace('{n}', pick(NEGATIVE_EMOJI, next));
  });
}

const comments = generate(COUNT);

const loadStarted = performance.now();
const model = SentimentModel.fromBytes(readFileSync(modelPath));
const loadMs = performance.now() - loadStarted;

// Warm-up so that both measurements run optimised code.
for (let i = 0; i < 20_000; i++) {
  const text = comments[i % comments.length]!;
  tokenize(text, detectLanguage(text).lang);
  model.predict(text);
}

/** Wall-clock and CPU seconds (user + system of this process) of `work`. */
function measure(work: () => void): { wall: number; cpu: number } {
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  work();
  const cpu = process.cpuUsage(cpuStarted);
  return { wall: (performance.now() - started) / 1000, cpu: (cpu.user + cpu.system) / 1e6 };
}

let tokens = 0;
const baseline = measure(() => {
  for (const text of comments) tokens += tokenize(text, detectLanguage(text).lang).length;
});

let summaries = new Map<string, SentimentGroupSummary>();
const scoring = measure(() => {
  const aggregator = new SentimentAggregator();
  for (let i = 0; i < comments.length; i++) {
    const prediction = model.predict(comments[i]!);
    aggregator.add({ label: prediction.label, keys: [`campaign:${i % CAMPAIGNS}`] });
  }
  summaries = aggregator.summaries();
});

const first = summaries.get('campaign:0')!;
const rate = (seconds: number) => Math.round(comments.length / seconds).toLocaleString('en-US');
const line = (time: { wall: number; cpu: number }) =>
  `${time.wall.toFixed(2)} s wall (${rate(time.wall)}/s), ${time.cpu.toFixed(2)} s CPU (${rate(time.cpu)}/s)`;
console.log(
  `comments:                          ${comments.length.toLocaleString('en-US')} (${tokens.toLocaleString('en-US')} tokens)`,
);
console.log(`model load (read + decode):        ${loadMs.toFixed(1)} ms`);
console.log(`score + aggregate per campaign:    ${line(scoring)}`);
console.log(`baseline (detect + tokenise only): ${line(baseline)}`);
console.log(`ratio scoring / baseline CPU time: ${(scoring.cpu / baseline.cpu).toFixed(2)}×`);
console.log(
  `campaign:0 → positive ${first.positive}, neutral ${first.neutral}, negative ${first.negative}, ` +
    `sentiment_score ${first.sentimentScore.value?.toFixed(1)}`,
);
