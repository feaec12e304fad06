import { detectLanguage, type Language } from '../language/detect';
import { type Token, tokenize } from '../text/tokenize';
import { FeatureExtractor, type SparseVector } from './features';
import { CLASS_COUNT, type SentimentLabel, type SentimentProbabilities } from './labels';
import { decodeSentimentModel, type SentimentModelData } from './model-format';
import { opinionTokens, vietnameseValence } from './questions';

export interface SentimentPrediction {
  label: SentimentLabel;
  /** P(positive) − P(negative), in [−1, 1]. */
  score: number;
  probabilities: SentimentProbabilities;
  lang: Language;
}

export type LanguageOption = Language | 'auto';

export interface SentimentModelOptions {
  /**
   * Set aside question and request clauses that carry no opinion ("ship về Đà Nẵng được không ạ") and score
   * the rest; a comment that only asks is neutral. On by default; off gives the bare linear model.
   */
  neutralQuestions: boolean;
}

/** Weight of "neutral" mixed into the probabilities of a comment that only asks (so neutral always wins). */
const QUESTION_NEUTRAL_WEIGHT = 0.8;

/** Softmax over three raw class scores, written into `out` (negative, neutral, positive). */
export function softmax3(scores: Float64Array, out: Float64Array): void {
  const max = Math.max(scores[0]!, scores[1]!, scores[2]!);
  const a = Math.exp(scores[0]! - max);
  const b = Math.exp(scores[1]! - max);
  const c = Math.exp(scores[2]! - max);
  const sum = a + b + c;
  out[0] = a / sum;
  out[1] = b / sum;
  out[2] = c / sum;
}

export function labelOf(probabilities: Float64Array): SentimentLabel {
  const [negative, neutral, positive] = [probabilities[0]!, probabilities[1]!, probabilities[2]!];
  if (positive >= negative && positive >= neutral) return 'positive';
  if (negative >= neutral) return 'negative';
  return 'neutral';
}

/** A loaded linear sentiment model. Pure: give it the model bytes; reading the file is the caller's job. */
export class SentimentModel {
  private readonly extractor: FeatureExtractor;
  private readonly scores = new Float64Array(CLASS_COUNT);
  private readonly probabilities = new Float64Array(CLASS_COUNT);

  private readonly options: SentimentModelOptions;

  constructor(
    readonly data: SentimentModelData,
    options: Partial<SentimentModelOptions> = {},
  ) {
    this.extractor = new FeatureExtractor(data.features);
    this.options = { neutralQuestions: true, ...options };
  }

  static fromBytes(bytes: Uint8Array, options: Partial<SentimentModelOptions> = {}): SentimentModel {
    return new SentimentModel(decodeSentimentModel(bytes), options);
  }

  /** Scores one comment. `lang: 'auto'` (the default) detects Vietnamese vs English first. */
  predict(text: string, lang: LanguageOption = 'auto'): SentimentPrediction {
    const language = lang === 'auto' ? detectLanguage(text).lang : lang;
    return this.predictTokens(tokenize(text, language), language);
  }

  predictTokens(tokens: readonly Token[], lang: Language): SentimentPrediction {
    const kept = this.options.neutralQuestions
      ? opinionTokens(
          tokens,
          lang,
          lang === 'en' ? (i) => this.extractor.valenceAt(tokens, i) : vietnameseValence(tokens),
        )
      : null;
    const p = this.probabilities;
    if (kept === null) {
      this.scoreVector(this.extractor.extract(tokens, lang), p);
    } else if (kept.some((i) => tokens[i]!.kind !== 'punct')) {
      this.scoreVector(
        this.extractor.extract(
          kept.map((i) => tokens[i]!),
          lang,
        ),
        p,
      );
    } else {
      this.scoreVector(this.extractor.extract(tokens, lang), p);
      for (let c = 0; c < CLASS_COUNT; c++) p[c]! *= 1 - QUESTION_NEUTRAL_WEIGHT;
      p[1]! += QUESTION_NEUTRAL_WEIGHT;
    }
    return {
      label: labelOf(p),
      score: p[2]! - p[0]!,
      probabilities: { negative: p[0]!, neutral: p[1]!, positive: p[2]! },
      lang,
    };
  }

  private scoreVector(vector: SparseVector, out: Float64Array): void {
    const { weights, weightScale } = this.data;
    const scores = this.scores;
    scores.fill(0);
    for (let i = 0; i < vector.length; i++) {
      const base = vector.buckets[i]! * CLASS_COUNT;
      const value = vector.values[i]!;
      scores[0]! += value * weights[base]!;
      scores[1]! += value * weights[base + 1]!;
      scores[2]! += value * weights[base + 2]!;
    }
    for (let c = 0; c < CLASS_COUNT; c++) scores[c]! *= weightScale;
    softmax3(scores, out);
  }
}
