import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { SentimentModel } from '@lantoa/core/sentiment';
import { loadEnv } from '../../env';

/** The model trained by scripts/sentiment/train.ts and committed under models/sentiment/. */
export const BUILT_IN_SENTIMENT_MODEL_PATH = fileURLToPath(
  new URL('../../../../../models/sentiment/lantoa-sentiment.bin', import.meta.url),
);

export interface LoadedSentimentModel {
  model: SentimentModel;
  /** "sha256:" and the first 16 hex digits of the model file: stored with each score it gives. */
  id: string;
}

/** The id stored with each comment a model scores: the same bytes always give the same id. */
export function sentimentModelId(bytes: Uint8Array): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}`;
}

let loading: Promise<LoadedSentimentModel> | undefined;

/**
 * The sentiment model and its id, read once on first use: `SENTIMENT_MODEL_PATH` when set (a model trained with
 * `lantoa sentiment train` on the user's own comments), otherwise the built-in one.
 */
export function loadedSentimentModel(): Promise<LoadedSentimentModel> {
  if (!loading) {
    const file = loadEnv().sentimentModelPath ?? BUILT_IN_SENTIMENT_MODEL_PATH;
    loading = readFile(file).then((bytes) => ({
      model: SentimentModel.fromBytes(bytes),
      id: sentimentModelId(bytes),
    }));
    loading.catch(() => {
      loading = undefined;
    });
  }
  return loading;
}

export async function sentimentModel(): Promise<SentimentModel> {
  return (await loadedSentimentModel()).model;
}
