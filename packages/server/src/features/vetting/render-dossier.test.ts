import { describe, expect, it } from 'vitest';
import { printable } from './render-dossier';

describe('dossier PDF text', () => {
  it('spells ≥ and ≤ and drops emoji the embedded font cannot draw, keeping Vietnamese letters', () => {
    expect(printable('Chị ơi có size L không 😍😍 👍🏽 ≥ 3,5 ≤ 2')).toBe(
      'Chị ơi có size L không   >= 3,5 <= 2',
    );
    expect(printable('❤️ Đẹp quá 👩‍👩‍👧')).toBe(' Đẹp quá ');
  });
});
