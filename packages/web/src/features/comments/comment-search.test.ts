import { describe, expect, it } from 'vitest';
import { validateCommentSearch } from './comment-search';

const JOB = '3f2b8c1e-9a4d-4e6f-8b7a-1c2d3e4f5a6b';

describe('the comments page address', () => {
  it('keeps the re-scoring job a reload should go on showing, with the filters', () => {
    expect(validateCommentSearch({ campaignId: JOB, sentiment: 'negative', scoringJob: JOB })).toEqual({
      campaignId: JOB,
      creatorId: undefined,
      postId: undefined,
      sentiment: 'negative',
      intent: undefined,
      spam: undefined,
      scoringJob: JOB,
    });
  });

  it('drops a job id that is not a UUID instead of asking the jobs API for it', () => {
    expect(validateCommentSearch({ scoringJob: '../demo' }).scoringJob).toBeUndefined();
    expect(validateCommentSearch({ scoringJob: 42 }).scoringJob).toBeUndefined();
    expect(validateCommentSearch({ scoringJob: '' }).scoringJob).toBeUndefined();
  });
});
