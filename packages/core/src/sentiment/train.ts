import { detectLanguage, type Language } from '../language/detect';
import { foldDiacritics } from '../text/fold';
import { tokenize } from '../text/tokenize';
import { type FeatureConfig, FeatureExtractor } from './features';
import { CLASS_COUNT, SENTIMENT_LABELS, type SentimentLabel } from './labels';
import { BUILT_IN_LEXICON } from './lexicon';
import { softmax3 } from './model';
import type { SentimentModelData } from './model-format';

export interface LabelledText {
  text: string;
  label: SentimentLabel;
  /** Detected when absent. */
  lang?: Language;
  /** Importance of this example in the loss (default 1). */
  weight?: number;
}

export interface TrainingOptions {
  hashBits: number;
  charNgramMin: number;
  charNgramMax: number;
  sparseScale: Partial<Record<Language, number>>;
  epochs: number;
  learningRate: number;
  l2: number;
  /** Also train on a diacritic-free copy of this share of the Vietnamese examples (0 … 1). */
  foldedCopyShare: number;
  /** Extra lexicon entries (e.g. an English valence list) merged over the built-in one. */
  lexicon: Readonly<Record<string, number>>;
  seed: number;
  metadata: Record<string, string | number | boolean>;
}

export const DEFAULT_TRAINING_OPTIONS: TrainingOptions = {
  hashBits: 18,
  charNgramMin: 3,
  charNgramMax: 5,
  sparseScale: { vi: 1, en: 0.1, other: 1 },
  epochs: 6,
  learningRate: 0.2,
  l2: 1e-7,
  foldedCopyShare: 0.5,
  lexicon: {},
  seed: 42,
  metadata: {},
};

interface EncodedExamples {
  offsets: Int32Array;
  buckets: Int32Array;
  values: Float32Array;
  labels: Uint8Array;
  weights: Float32Array;
}

/** Deterministic pseudo-random numbers (mulberry32) so that training is reproducible. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function withFoldedCopies(
  examples: readonly LabelledText[],
  share: number,
  random: () => number,
): LabelledText[] {
  const out: LabelledText[] = [];
  for (const example of examples) {
    const lang = example.lang ?? detectLanguage(example.text).lang;
    out.push({ ...example, lang });
    if (lang === 'vi' && random() < share) {
      const folded = foldDiacritics(example.text);
      if (folded !== example.text.toLowerCase()) out.push({ ...example, text: folded, lang });
    }
  }
  return out;
}

function encode(examples: readonly LabelledText[], extractor: FeatureExtractor): EncodedExamples {
  const offsets = new Int32Array(examples.length + 1);
  const bucketChunks: Int32Array[] = [];
  const valueChunks: Float32Array[] = [];
  let total = 0;
  examples.forEach((example, i) => {
    const lang = example.lang ?? 'vi';
    const vector = extractor.extract(tokenize(example.text, lang), lang);
    bucketChunks.push(vector.buckets.slice(0, vector.length));
    valueChunks.push(vector.values.slice(0, vector.length));
    total += vector.length;
    offsets[i + 1] = total;
  });
  const buckets = new Int32Array(total);
  const values = new Float32Array(total);
  for (let i = 0; i < examples.length; i++) {
    buckets.set(bucketChunks[i]!, offsets[i]!);
    values.set(valueChunks[i]!, offsets[i]!);
  }
  const labels = Uint8Array.from(examples, (example) => SENTIMENT_LABELS.indexOf(example.label));
  const weights = Float32Array.from(examples, (example) => example.weight ?? 1);
  return { offsets, buckets, values, labels, weights };
}

function shuffledOrder(length: number, random: () => number): Uint32Array {
  const order = Uint32Array.from({ length }, (_, i) => i);
  for (let i = length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

/**
 * Multinomial logistic regression over hashed features, fitted with AdaGrad and L2 regularisation.
 * Returns int16-quantised weights ready for `encodeSentimentModel` / `new SentimentModel`.
 */
export function trainSentimentModel(
  examples: readonly LabelledText[],
  overrides: Partial<TrainingOptions> = {},
): SentimentModelData {
  const options = { ...DEFAULT_TRAINING_OPTIONS, ...overrides };
  const random = seededRandom(options.seed);
  const features: FeatureConfig = {
    hashBits: options.hashBits,
    charNgramMin: options.charNgramMin,
    charNgramMax: options.charNgramMax,
    sparseScale: options.sparseScale,
    lexicon: { ...BUILT_IN_LEXICON, ...options.lexicon },
  };
  const data = encode(
    withFoldedCopies(examples, options.foldedCopyShare, random),
    new FeatureExtractor(features),
  );
  const size = (1 << options.hashBits) * CLASS_COUNT;
  const weights = new Float32Array(size);
  const squaredGradients = new Float32Array(size).fill(1e-6);
  const scores = new Float64Array(CLASS_COUNT);
  const probabilities = new Float64Array(CLASS_COUNT);
  const exampleCount = data.labels.length;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (const index of shuffledOrder(exampleCount, random)) {
      const from = data.offsets[index]!;
      const to = data.offsets[index + 1]!;
      scores.fill(0);
      for (let k = from; k < to; k++) {
        const base = data.buckets[k]! * CLASS_COUNT;
        const value = data.values[k]!;
        for (let c = 0; c < CLASS_COUNT; c++) scores[c]! += value * weights[base + c]!;
      }
      softmax3(scores, probabilities);
      const label = data.labels[index]!;
      const exampleWeight = data.weights[index]!;
      for (let k = from; k < to; k++) {
        const base = data.buckets[k]! * CLASS_COUNT;
        const value = data.values[k]!;
        for (let c = 0; c < CLASS_COUNT; c++) {
          const error = probabilities[c]! - (c === label ? 1 : 0);
          const gradient = exampleWeight * error * value + options.l2 * weights[base + c]!;
          squaredGradients[base + c]! += gradient * gradient;
          weights[base + c]! -= (options.learningRate * gradient) / Math.sqrt(squaredGradients[base + c]!);
        }
      }
    }
  }
  return quantize(weights, features, options);
}

function quantize(
  weights: Float32Array,
  features: FeatureConfig,
  options: TrainingOptions,
): SentimentModelData {
  let largest = 0;
  for (const weight of weights) largest = Math.max(largest, Math.abs(weight));
  const weightScale = largest > 0 ? largest / 32767 : 1;
  const quantized = Int16Array.from(weights, (weight) => Math.round(weight / weightScale));
  return {
    features,
    weights: quantized,
    weightScale,
    metadata: {
      ...options.metadata,
      epochs: options.epochs,
      learningRate: options.learningRate,
      l2: options.l2,
      foldedCopyShare: options.foldedCopyShare,
    },
  };
}
