import { describe, expect, it } from 'vitest';
import { defaultFakeFollowerModel } from './default-follower-model';
import { followerFeatureVector } from './follower-features';
import { parseFakeFollowerModel, predictFake, sigmoid } from './follower-model';
import { handModel } from './hand-model.fixture';

const base = {
  followers: 500,
  following: 400,
  posts: 50,
  hasProfilePicture: true,
  isPrivate: true,
  biographyLength: 20,
  usernameDigitCount: 0,
  usernameLength: 10,
};

describe('follower features', () => {
  it('are computed in the documented order', () => {
    expect(followerFeatureVector({ ...base, usernameDigitCount: 2 })).toEqual([
      Math.log1p(500),
      Math.log1p(400),
      Math.log1p(50),
      0,
      1,
      1,
      Math.log1p(20),
      2,
      0.2,
      10,
    ]);
  });
});

describe('predictFake', () => {
  it('computes the logistic probability and per-feature log-odds', () => {
    const model = handModel();
    const withPosts = predictFake(model, followerFeatureVector(base));
    expect(withPosts.probability).toBeCloseTo(1 / (1 + Math.exp(2)), 12);
    expect(withPosts.predictedFake).toBe(false);
    const noPosts = predictFake(model, followerFeatureVector({ ...base, posts: 0 }));
    expect(noPosts.probability).toBeCloseTo(sigmoid(2), 12);
    expect(noPosts.predictedFake).toBe(true);
    expect(noPosts.contributions.find((c) => c.feature === 'noPosts')?.logOdds).toBe(4);
  });
  it('sigmoid is stable for large inputs', () => {
    expect(sigmoid(-1000)).toBe(0);
    expect(sigmoid(1000)).toBe(1);
  });
});

describe('parseFakeFollowerModel', () => {
  it('rejects a model trained on another feature list', () => {
    const model = handModel();
    expect(() => parseFakeFollowerModel({ ...model, coefficients: model.coefficients.slice(1) })).toThrow(
      /retrain/,
    );
    expect(() => parseFakeFollowerModel({ ...model, features: [...model.features].reverse() })).toThrow(
      /retrain/,
    );
  });
  it('the shipped model separates an obvious bot from an ordinary account', () => {
    const bot = followerFeatureVector({
      followers: 12,
      following: 4000,
      posts: 0,
      hasProfilePicture: false,
      isPrivate: false,
      biographyLength: 0,
      usernameDigitCount: 6,
      usernameLength: 14,
    });
    expect(predictFake(defaultFakeFollowerModel, bot).probability).toBeGreaterThan(0.9);
    expect(predictFake(defaultFakeFollowerModel, followerFeatureVector(base)).probability).toBeLessThan(0.1);
    expect(defaultFakeFollowerModel.heldOut.support.fake).toBeGreaterThan(0);
  });
});
