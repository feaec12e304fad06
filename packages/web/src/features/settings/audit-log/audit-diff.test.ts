import { describe, expect, it } from 'vitest';
import { diffRecords, formatDiffValue } from './audit-diff';

describe('diffRecords', () => {
  it('marks changed and unchanged fields of an update', () => {
    const rows = diffRecords({ name: 'Cũ', currency: 'VND' }, { name: 'Mới', currency: 'VND' });
    expect(rows).toEqual([
      { key: 'name', before: 'Cũ', after: 'Mới', changed: true },
      { key: 'currency', before: 'VND', after: 'VND', changed: false },
    ]);
  });

  it('treats a creation as every field changed', () => {
    expect(diffRecords(null, { role: 'viewer' })).toEqual([
      { key: 'role', before: undefined, after: 'viewer', changed: true },
    ]);
  });

  it('compares nested values structurally', () => {
    const [row] = diffRecords({ settings: { tz: 'UTC' } }, { settings: { tz: 'UTC' } });
    expect(row?.changed).toBe(false);
  });

  it('falls back to one row for scalar snapshots', () => {
    expect(diffRecords('draft', 'live')).toEqual([
      { key: '', before: 'draft', after: 'live', changed: true },
    ]);
  });
});

describe('formatDiffValue', () => {
  it('renders missing values as a dash and objects as JSON', () => {
    expect(formatDiffValue(undefined)).toBe('—');
    expect(formatDiffValue({ a: 1 })).toBe('{"a":1}');
    expect(formatDiffValue(42)).toBe('42');
  });
});
