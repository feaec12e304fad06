import betaRandom from '@stdlib/random-base-beta';
import normalRandom from '@stdlib/random-base-normal';

/** Seeds are positive 32-bit integers (Mersenne Twister); anything else is folded into that range. */
function toSeed(seed: number): number {
  const folded = Math.abs(Math.trunc(seed)) % 0xffffffff;
  return folded === 0 ? 1 : folded;
}

/** A deterministic standard-normal sampler: same seed, same sequence. */
export function createNormalSampler(seed: number): (mean: number, sd: number) => number {
  const draw = normalRandom.factory({ seed: toSeed(seed) });
  return (mean, sd) => (sd === 0 ? mean : draw(mean, sd));
}

/** A deterministic Beta(α, β) sampler: same seed, same sequence. */
export function createBetaSampler(seed: number): (alpha: number, beta: number) => number {
  const draw = betaRandom.factory({ seed: toSeed(seed) });
  return (alpha, beta) => draw(alpha, beta);
}
