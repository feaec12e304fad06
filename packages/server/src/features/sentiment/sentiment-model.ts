import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { SentimentModel } from '@lantoa/core/sentiment';
import { loadEnv } from '../../env';

/** The model trained by scripts/sentiment/train.ts and committed under models/sentiment/. */
export const BUILT_IN_SENTIMENT_MODEL_PATH = fileURLToPath(
  new URL('../../../../../models/sentiment/lantoa-sentiment.bin', import.meta.url),
);

let loading: Promise<SentimentModel> | undefined;

/**
 * The sentiment model, read once on first use: `SENTIMENT_MODEL_PATH` when set (a model trained with
 * `scripts/sentiment/train.ts` on the user's own comments), otherwise the built-in one.
 */
export function sentimentModel(): Promise<SentimentModel> {
  if (!loading) {
    const file = loadEnv().sentimentModelPath ?? BUILT_IN_SENTIMENT_MODEL_PATH;
    loading = readFile(file).then((bytes) => SentimentModel.fromBytes(bytes));
    loading.catch(() => {
      loading = undefined;
    });
  }
  return loading;
}
