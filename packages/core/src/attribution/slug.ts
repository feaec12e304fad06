/** Letters, digits and dashes; 3–64 characters; starts and ends with a letter or digit. */
export const SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9-]{1,62})[a-z0-9]$/;

// No 0/o, 1/l/i: a slug is read aloud and typed from posters.
const SLUG_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** A random slug of `length` characters; `randomInt(n)` returns an integer in [0, n). */
export function randomSlug(randomInt: (n: number) => number, length = 7): string {
  let slug = '';
  for (let i = 0; i < length; i++) slug += SLUG_ALPHABET[randomInt(SLUG_ALPHABET.length)];
  return slug;
}
