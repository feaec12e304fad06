import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LabelledText, SentimentLabel } from '@lantoa/core/sentiment';
import { parse } from 'csv-parse/sync';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const dataRoot = path.resolve(repoRoot, '../shared/data');
export const defaultModelPath = path.resolve(repoRoot, 'models/sentiment/lantoa-sentiment.bin');

export interface DatasetSplits {
  train: LabelledText[];
  dev: LabelledText[];
  test: LabelledText[];
}

const THREE_CLASS: readonly SentimentLabel[] = ['negative', 'neutral', 'positive'];

/** Stable split bucket 0…99 for an item id (FNV-1a), so splits never change between runs. */
export function splitBucket(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % 100;
}

function readLines(file: string): string[] {
  const lines = readFileSync(file, 'utf8').split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

/** AIVIVN 2019 (binary; 0 positive, 1 negative). Dev = 10 % of train, chosen by a hash of the row index. */
export function loadAivivn(): DatasetSplits {
  const dir = path.join(dataRoot, 'sentiment-vi/aivivn2019');
  const read = (file: string): { id: string; example: LabelledText }[] =>
    (parse(readFileSync(path.join(dir, file), 'utf8'), { columns: true }) as Record<string, string>[]).map(
      (row) => ({
        id: row.index ?? '',
        example: {
          text: row.discriptions ?? '',
          label: row.mapped_rating === '1' ? 'negative' : 'positive',
          lang: 'vi',
        },
      }),
    );
  const train = read('train.csv');
  return {
    train: train.filter((row) => splitBucket(`aivivn:${row.id}`) >= 10).map((row) => row.example),
    dev: train.filter((row) => splitBucket(`aivivn:${row.id}`) < 10).map((row) => row.example),
    test: read('test.csv').map((row) => row.example),
  };
}

/** UIT-VSFC (0 negative, 1 neutral, 2 positive) with its own train/dev/test. */
export function loadVsfc(): DatasetSplits {
  const read = (split: string): LabelledText[] => {
    const dir = path.join(dataRoot, 'sentiment-vi/uit-vsfc', split);
    const sentences = readLines(path.join(dir, 'sents.txt'));
    const labels = readLines(path.join(dir, 'sentiments.txt'));
    if (sentences.length !== labels.length)
      throw new Error(`UIT-VSFC ${split}: sentence/label count mismatch`);
    return sentences.map((text, i) => ({ text, label: THREE_CLASS[Number(labels[i])]!, lang: 'vi' }));
  };
  return { train: read('train'), dev: read('dev'), test: read('test') };
}

/**
 * TweetEval sentiment validation set (2,000 tweets; 0 negative, 1 neutral, 2 positive), the only English
 * data we have. Split by a hash of the line number: 60 % train, 10 % dev, 30 % held-out test.
 */
export function loadTweetEval(): DatasetSplits {
  const dir = path.join(dataRoot, 'sentiment-en/tweeteval-val');
  const texts = readLines(path.join(dir, 'val_text.txt'));
  const labels = readLines(path.join(dir, 'val_labels.txt'));
  const splits: DatasetSplits = { train: [], dev: [], test: [] };
  texts.forEach((text, i) => {
    const example: LabelledText = { text, label: THREE_CLASS[Number(labels[i])]!, lang: 'en' };
    const bucket = splitBucket(`tweeteval:${i}`);
    if (bucket < 30) splits.test.push(example);
    else if (bucket < 40) splits.dev.push(example);
    else splits.train.push(example);
  });
  return splits;
}

/**
 * Social comments written and labelled for this project (scripts/sentiment/data): questions, requests, replies,
 * praise and complaints as people type them under posts. `social-train.csv` is trained on, `social-dev.csv`
 * chooses settings; the test fixture lives in packages/core/src/sentiment/fixtures and is never used to tune.
 */
export function loadSocial(split: 'train' | 'dev'): LabelledText[] {
  const file = path.join(repoRoot, `scripts/sentiment/data/social-${split}.csv`);
  return (parse(readFileSync(file, 'utf8'), { columns: true }) as Record<string, string>[]).map((row, i) => {
    const label = THREE_CLASS.find((name) => name === row.label);
    if (!label) throw new Error(`${file}: line ${i + 2}: unknown label ${JSON.stringify(row.label)}`);
    return { text: row.text ?? '', label };
  });
}
