import { FOLLOWER_FEATURES } from './follower-features';
import type { FakeFollowerModel } from './follower-model';

/** A hand-made model: only "no posts" matters, log-odds −2 with posts and +2 without. */
export function handModel(): FakeFollowerModel {
  const zeros = FOLLOWER_FEATURES.map(() => 0);
  return {
    kind: 'logistic-regression',
    version: 1,
    features: [...FOLLOWER_FEATURES],
    means: zeros,
    scales: FOLLOWER_FEATURES.map(() => 1),
    coefficients: FOLLOWER_FEATURES.map((feature) => (feature === 'noPosts' ? 4 : 0)),
    intercept: -2,
    threshold: 0.5,
    l2Penalty: 1,
    training: { dataset: 'test', licence: 'test', seed: 1, testFraction: 0.25, rows: { train: 1, test: 1 } },
    heldOut: {
      accuracy: 0.9,
      precision: 0.8,
      recall: 0.8,
      f1: 0.8,
      sensitivity: 0.8,
      specificity: 0.9,
      support: { fake: 10, real: 90 },
    },
  };
}
