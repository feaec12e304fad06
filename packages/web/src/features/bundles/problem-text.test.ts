import { describe, expect, it } from 'vitest';
import vi from '../../i18n/vi.json';
import { problemText } from './problem-text';

function t(key: string, options: { value: string }): string {
  const text = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], vi);
  return String(text).replace('{{value}}', options.value);
}

describe('bundle problems in Vietnamese', () => {
  it('translates the parser’s common problems, keeping the value it names', () => {
    expect(problemText('expected a non-negative integer', t)).toBe(vi.bundles.problem.count);
    expect(problemText('unknown account "fb_nobody"', t)).toBe(
      vi.bundles.problem.unknownAccount.replace('{{value}}', 'fb_nobody'),
    );
    expect(problemText('unknown account "fb_nobody"', t)).toContain('fb_nobody');
    expect(problemText('expected one of "creator_fee"|"media"', t)).toContain('"creator_fee"|"media"');
  });

  it('keeps a problem it does not know in the parser’s words', () => {
    expect(problemText('more bounces than sessions', t)).toBe('more bounces than sessions');
  });
});
