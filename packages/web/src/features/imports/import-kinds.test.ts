import { describe, expect, it } from 'vitest';
import { validateImportSearch } from './import-kinds';

describe('the import page address', () => {
  it('keeps a known kind and a campaign id from a deep link', () => {
    const campaignId = '3f1c2b9e-8a4d-4c1e-9f00-1234567890ab';
    expect(validateImportSearch({ kind: 'ga4', campaignId })).toEqual({ kind: 'ga4', campaignId });
    expect(validateImportSearch({ kind: 'orders' })).toEqual({ kind: 'orders' });
  });

  it('drops an unknown kind and a campaign id that is not an id', () => {
    expect(validateImportSearch({ kind: 'invoices', campaignId: "1' or 1=1" })).toEqual({});
    expect(validateImportSearch({ kind: 42 })).toEqual({});
  });
});
