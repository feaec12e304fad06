import { describe, expect, it } from 'vitest';
import { ApiError } from './api-error';
import { describeError } from './error-text';

describe('describeError', () => {
  it('uses a translated sentence for known codes', () => {
    expect(describeError(new ApiError(403, 'forbidden', 'Missing permission member.manage'))).toEqual({
      kind: 'code',
      code: 'forbidden',
    });
    expect(describeError(new ApiError(422, 'USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL', 'x'))).toEqual({
      kind: 'code',
      code: 'USER_ALREADY_EXISTS',
    });
    expect(describeError(new ApiError(0, 'NETWORK_ERROR', 'Failed to fetch'))).toEqual({
      kind: 'code',
      code: 'network',
    });
    expect(describeError(new ApiError(429, 'TOO_MANY_REQUESTS', 'slow down'))).toEqual({
      kind: 'code',
      code: 'rate_limited',
    });
  });

  it("keeps the server's own words where they say what was wrong", () => {
    expect(describeError(new ApiError(409, 'conflict', 'a@b.vn is already a member'))).toEqual({
      kind: 'message',
      message: 'a@b.vn is already a member',
    });
  });

  it('prefers the reason code of a refusal, with its values, over the English message', () => {
    const refusal = new ApiError(409, 'conflict', 'A draft campaign cannot move to completed', [
      {
        path: 'body.status',
        message: 'allowed from draft: planned, live, archived',
        reason: 'campaign_status_move',
        values: { from: 'draft', to: 'completed' },
      },
    ]);
    expect(describeError(refusal)).toEqual({
      kind: 'reason',
      reason: 'campaign_status_move',
      values: { from: 'draft', to: 'completed' },
    });
  });

  it('keeps the English message when the reason is one this build cannot word', () => {
    const refusal = new ApiError(409, 'conflict', 'Something new', [
      { path: 'body', message: 'x', reason: 'from_a_newer_server' },
    ]);
    expect(describeError(refusal)).toEqual({ kind: 'message', message: 'Something new' });
  });

  it('treats anything that is not an ApiError as an internal error', () => {
    expect(describeError(new Error('boom'))).toEqual({ kind: 'code', code: 'internal' });
  });
});
