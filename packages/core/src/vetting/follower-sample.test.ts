import { describe, expect, it } from 'vitest';
import { assessFollowerSample } from './follower-sample';
import { handModel } from './hand-model.fixture';

const botLike = {
  username: 'user12345',
  followers: 10,
  following: 2000,
  posts: 0,
  hasProfilePicture: false,
  isPrivate: false,
  biographyLength: 0,
};
const ordinary = {
  username: 'lan.nguyen',
  followers: 500,
  following: 400,
  posts: 50,
  hasProfilePicture: true,
  isPrivate: true,
  biographyLength: 20,
};

describe('assessFollowerSample', () => {
  const rows = [
    ...Array.from({ length: 4 }, () => botLike),
    ...Array.from({ length: 6 }, () => ordinary),
    { ...ordinary, followers: 'abc' },
    { following: 1600 },
  ];
  const result = assessFollowerSample(rows, { model: handModel() });

  it('lists invalid rows with their field, and leaves them out of the shares', () => {
    expect(result.rowsReceived).toBe(12);
    expect(result.rowsValid).toBe(11);
    expect(result.rowsInvalid).toBe(1);
    expect(result.errors.map((error) => [error.row, error.field])).toEqual([[10, 'followers']]);
    expect(result.rows[10]!.valid).toBe(false);
    expect(result.rows[10]!.reasons[0]!.en).toContain('row 11, field followers');
  });
  it('shares of suspicious, mass, and either (unknowns excluded from the denominator)', () => {
    expect(result.suspicious).toMatchObject({ count: 4, of: 10, share: 0.4 });
    expect(result.massFollowers).toMatchObject({ count: 5, of: 11 });
    expect(result.massFollowers.share).toBeCloseTo(5 / 11, 12);
    expect(result.suspiciousOrMass).toMatchObject({ count: 5, of: 11 });
    expect(result.suspicious.interval!.low).toBeCloseTo(0.1682, 4);
  });
  it('fake estimate: flagged 4/10, Wilson interval, Rogan–Gladen corrected with se 0.8, sp 0.9', () => {
    const estimate = result.fakeEstimate!;
    expect(estimate.scored).toBe(10);
    expect(estimate.predictedFake).toBe(4);
    expect(estimate.flaggedShare).toBe(0.4);
    expect(estimate.estimatedShare).toBeCloseTo(3 / 7, 12);
    expect(estimate.interval.low).toBeCloseTo((0.16818 - 0.1) / 0.7, 4);
    expect(estimate.interval.high).toBeCloseTo((0.687326 - 0.1) / 0.7, 4);
  });
  it('gives per-row reasons; rows missing model fields are listed, not scored', () => {
    const bot = result.rows[0]!;
    expect(bot.redFlags).toHaveLength(5);
    expect(bot.massFollower).toBe(true);
    expect(bot.reasons.map((reason) => reason.en)).toContain('no posts');
    expect(bot.reasons.at(-1)!.en).toMatch(/^model: fake probability 88 %/);
    const partial = result.rows[11]!;
    expect(partial.fakeProbability).toBeNull();
    expect(partial.missingModelFields).toContain('posts');
    expect(partial.reasons.at(-1)!.en).toContain('not scored by the model');
  });
  it('an empty sample has no estimate and null shares', () => {
    const empty = assessFollowerSample([]);
    expect(empty.fakeEstimate).toBeNull();
    expect(empty.suspicious.share).toBeNull();
  });
});
