import { describe, expect, it } from 'vitest';
import { isoToLocalInput, localInputToIso } from './local-datetime';

describe('datetime-local in the workspace time zone', () => {
  it('reads 20:00 in Hồ Chí Minh City as 13:00 UTC, and back', () => {
    expect(localInputToIso('2026-12-10T20:00', 'Asia/Ho_Chi_Minh')).toBe('2026-12-10T13:00:00.000Z');
    expect(isoToLocalInput('2026-12-10T13:00:00.000Z', 'Asia/Ho_Chi_Minh')).toBe('2026-12-10T20:00');
  });
});
