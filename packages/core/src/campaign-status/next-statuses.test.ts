import { describe, expect, it } from 'vitest';
import { statusChoices } from './next-statuses';

describe('campaign status choices', () => {
  it('offers a draft no way to completed, and keeps the display order', () => {
    expect(statusChoices('draft')).toEqual(['draft', 'planned', 'live', 'archived']);
  });
  it('lets an archived campaign only come back as a draft', () => {
    expect(statusChoices('archived')).toEqual(['draft', 'archived']);
  });
  it('lets a live campaign finish, step back to planned or be archived', () => {
    expect(statusChoices('live')).toEqual(['planned', 'live', 'completed', 'archived']);
  });
});
