export interface DiffRow {
  key: string;
  before: unknown;
  after: unknown;
  changed: boolean;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Field-by-field comparison of an audit entry's before/after snapshots. Objects (or null on one side, as for a
 * creation or deletion) are compared per key; anything else is one row keyed "".
 */
export function diffRecords(before: unknown, after: unknown): DiffRow[] {
  const beforeObject = isPlainObject(before) || before == null;
  const afterObject = isPlainObject(after) || after == null;
  if (!beforeObject || !afterObject || (before == null && after == null)) {
    return [{ key: '', before, after, changed: !same(before, after) }];
  }
  const left = isPlainObject(before) ? before : {};
  const right = isPlainObject(after) ? after : {};
  const keys = [...new Set([...Object.keys(left), ...Object.keys(right)])];
  return keys.map((key) => ({
    key,
    before: left[key],
    after: right[key],
    changed: !same(left[key], right[key]),
  }));
}

/** A short, readable rendering of one snapshot value. */
export function formatDiffValue(value: unknown): string {
  if (value === undefined || value === null) return '—';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}
