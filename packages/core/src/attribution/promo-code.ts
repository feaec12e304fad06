// Upper case without 0/O, 1/I/L: codes are typed at checkout.
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

export const PROMO_PREFIX_PATTERN = /^[A-Z0-9]{1,16}$/;

/**
 * `count` new codes `PREFIX` + random suffix, none equal to each other or to a code in `taken` (compared upper case).
 * The suffix grows by one character whenever collisions make a length crowded, so generation always finishes.
 */
export function generatePromoCodes(
  prefix: string,
  count: number,
  taken: ReadonlySet<string>,
  randomInt: (n: number) => number,
  suffixLength = 5,
): string[] {
  const used = new Set([...taken].map((code) => code.toUpperCase()));
  const codes: string[] = [];
  let length = suffixLength;
  let misses = 0;
  while (codes.length < count) {
    let suffix = '';
    for (let i = 0; i < length; i++) suffix += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
    const code = `${prefix.toUpperCase()}${suffix}`;
    if (used.has(code)) {
      misses++;
      if (misses > 20) {
        length++;
        misses = 0;
      }
      continue;
    }
    used.add(code);
    codes.push(code);
  }
  return codes;
}
