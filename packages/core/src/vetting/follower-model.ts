import { z } from 'zod';
import { FOLLOWER_FEATURES, type FollowerFeature } from './follower-features';

const metricsSchema = z.object({
  accuracy: z.number(),
  precision: z.number(),
  recall: z.number(),
  f1: z.number(),
  /** Recall of the fake class (= recall). */
  sensitivity: z.number(),
  /** Recall of the real class. */
  specificity: z.number(),
  support: z.object({ fake: z.number().int(), real: z.number().int() }),
});

export const fakeFollowerModelSchema = z.object({
  kind: z.literal('logistic-regression'),
  version: z.number().int(),
  features: z.array(z.enum(FOLLOWER_FEATURES)),
  /** Standardisation applied before the linear model: (x − mean) / scale. */
  means: z.array(z.number()),
  scales: z.array(z.number().positive()),
  coefficients: z.array(z.number()),
  intercept: z.number(),
  /** Probability at or above which a follower is predicted fake. */
  threshold: z.number().min(0).max(1),
  l2Penalty: z.number().nonnegative(),
  training: z.object({
    dataset: z.string(),
    licence: z.string(),
    seed: z.number().int(),
    testFraction: z.number(),
    rows: z.object({ train: z.number().int(), test: z.number().int() }),
  }),
  heldOut: metricsSchema,
});

export type FakeFollowerModel = z.infer<typeof fakeFollowerModelSchema>;
export type ClassifierMetrics = z.infer<typeof metricsSchema>;

/** Validates a model (e.g. the shipped JSON) and checks it was trained on today's feature list. */
export function parseFakeFollowerModel(json: unknown): FakeFollowerModel {
  const model = fakeFollowerModelSchema.parse(json);
  const sameFeatures =
    model.features.length === FOLLOWER_FEATURES.length &&
    model.features.every((feature, index) => feature === FOLLOWER_FEATURES[index]);
  const sameLengths = [model.means, model.scales, model.coefficients].every(
    (values) => values.length === model.features.length,
  );
  if (!sameFeatures || !sameLengths) {
    throw new Error('Fake-follower model does not match the current feature list; retrain it.');
  }
  return model;
}

export interface FeatureContribution {
  feature: FollowerFeature;
  value: number;
  /** Change in log-odds of "fake" caused by this feature relative to the training mean. */
  logOdds: number;
}

export interface FakePrediction {
  probability: number;
  predictedFake: boolean;
  contributions: FeatureContribution[];
}

export function sigmoid(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}

export function predictFake(model: FakeFollowerModel, featureVector: readonly number[]): FakePrediction {
  let logit = model.intercept;
  const contributions = model.features.map((feature, index): FeatureContribution => {
    const value = featureVector[index] ?? Number.NaN;
    const standardized = (value - model.means[index]!) / model.scales[index]!;
    const logOdds = model.coefficients[index]! * standardized;
    logit += logOdds;
    return { feature, value, logOdds };
  });
  const probability = sigmoid(logit);
  return { probability, predictedFake: probability >= model.threshold, contributions };
}
