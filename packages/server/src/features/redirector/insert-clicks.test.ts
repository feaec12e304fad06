import { describe, expect, it } from 'vitest';
import type { Click } from './click';
import { clickParameters } from './insert-clicks';

const LINK_A = '11111111-1111-4111-8111-111111111111';
const LINK_B = '22222222-2222-4222-8222-222222222222';
const WORKSPACE = '33333333-3333-4333-8333-333333333333';

function click(overrides: Partial<Click>): Click {
  return {
    id: 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa',
    workspaceId: WORKSPACE,
    linkId: LINK_A,
    t: 1_763_800_000_123,
    via: 'link',
    visitorHash: 'abc_DEF-123',
    isBot: false,
    isRepeat: false,
    referrerHost: null,
    ...overrides,
  };
}

describe('clickParameters', () => {
  it('names each distinct link once and points every click at it by number', () => {
    const parameters = clickParameters([
      click({ id: 'aaaaaaaa-aaaa-4aaa-8aaa-000000000001' }),
      click({ id: 'aaaaaaaa-aaaa-4aaa-8aaa-000000000002', linkId: LINK_B }),
      click({ id: 'aaaaaaaa-aaaa-4aaa-8aaa-000000000003' }),
    ]);
    expect(parameters[0]).toBe(
      '{aaaaaaaa-aaaa-4aaa-8aaa-000000000001,aaaaaaaa-aaaa-4aaa-8aaa-000000000002,aaaaaaaa-aaaa-4aaa-8aaa-000000000003}',
    );
    expect(parameters[1]).toBe('{1,2,1}');
    expect(parameters[2]).toBe(`{${LINK_A},${LINK_B}}`);
    expect(parameters[3]).toBe(`{${WORKSPACE},${WORKSPACE}}`);
  });

  it('packs via, bot and repeat into bits and keeps the time in milliseconds', () => {
    const parameters = clickParameters([
      click({ via: 'qr' }),
      click({ isBot: true }),
      click({ via: 'qr', isBot: true, isRepeat: true }),
      click({}),
    ]);
    expect(parameters[4]).toBe('{1763800000123,1763800000123,1763800000123,1763800000123}');
    expect(parameters[6]).toBe('{1,2,7,0}');
  });

  it('quotes text and escapes quotes and backslashes; a missing referrer is NULL', () => {
    const parameters = clickParameters([
      click({ referrerHost: 'm.facebook.com' }),
      click({ referrerHost: null }),
      click({ referrerHost: 'we"ird\\host' }),
    ]);
    expect(parameters[5]).toBe('{"abc_DEF-123","abc_DEF-123","abc_DEF-123"}');
    expect(parameters[7]).toBe('{"m.facebook.com",NULL,"we\\"ird\\\\host"}');
  });
});
