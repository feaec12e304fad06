import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS } from '../creators/creator-api';
import { filtersToQuery, queryToFilters } from './creator-lists-api';

describe('saved search filters', () => {
  it('keeps only the filters that are set, trimmed, plus the sort', () => {
    expect(filtersToQuery({ ...EMPTY_FILTERS, q: ' ha noi ', tier: 'micro', erMin: '' })).toEqual({
      q: 'ha noi',
      tier: 'micro',
      sort: 'createdAt',
      order: 'desc',
    });
  });

  it('restores a saved query and ignores keys the page does not know', () => {
    const filters = queryToFilters({ q: 'my pham', risk: 'low', sort: 'followers', bogus: 'x' });
    expect(filters).toEqual({ ...EMPTY_FILTERS, q: 'my pham', risk: 'low', sort: 'followers' });
  });
});
