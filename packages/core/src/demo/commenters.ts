import { asciiWord } from './identity';
import type { Random } from './random';
import {
  COMMENTER_DISPLAY_EXTRAS,
  COMMENTER_HANDLE_WORDS,
  FAMILY_NAMES,
  GIVEN_NAMES,
} from './vocabulary-names';

/** A commenter as people appear in comment lists: a display name, a handle, or a page name. */
export function commenterName(random: Random): string {
  const gender = random.chance(0.6) ? 'female' : 'male';
  const given = random.pick(GIVEN_NAMES[gender]);
  const style = random.weighted([
    ['full', 45],
    ['handle', 45],
    ['extra', 10],
  ] as const);
  if (style === 'extra') return random.pick(COMMENTER_DISPLAY_EXTRAS);
  if (style === 'full') {
    const second = random.pick(GIVEN_NAMES[gender]);
    return random.chance(0.5) ? `${random.weighted(FAMILY_NAMES)} ${given}` : `${second} ${given}`;
  }
  const word = random.pick(COMMENTER_HANDLE_WORDS);
  return random.pick([
    `${asciiWord(given)}.${random.int(85, 99)}`,
    `${word}_${asciiWord(given)}${random.int(1, 9)}k${random.int(0, 9)}`,
    `${asciiWord(given)}${word}`,
    `${word}.${asciiWord(random.weighted(FAMILY_NAMES))}${random.int(1, 999)}`,
  ]);
}

/** Throwaway accounts that post bought comments: digit-heavy, generic. */
export function botName(random: Random): string {
  return random.pick([
    `user${random.int(10_000_000, 99_999_999)}`,
    `vn_like_${random.int(1000, 9999)}`,
    `${random.pick(COMMENTER_HANDLE_WORDS)}${random.int(1000, 99_999)}`,
  ]);
}
