import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SentimentModel } from '@lantoa/core/sentiment';

/** The model trained by scripts/sentiment/train.ts and committed under models/sentiment/. */
export const DEFAULT_SENTIMENT_MODEL_PATH = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../../models/sentiment/lantoa-sentiment.bin',
);

export async function loadSentimentModel(
  file: string = DEFAULT_SENTIMENT_MODEL_PATH,
): Promise<SentimentModel> {
  return SentimentModel.fromBytes(await readFile(file));
}
