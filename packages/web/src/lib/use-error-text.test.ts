import { createInstance, type TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import en from '../i18n/en.json';
import vi from '../i18n/vi.json';
import { apiErrorFromBody } from './api-error';
import { describeError } from './error-text';
import { errorSentence } from './use-error-text';

async function translator(lng: 'vi' | 'en'): Promise<TFunction> {
  const i18n = createInstance();
  await i18n.init({
    lng,
    resources: { vi: { translation: vi }, en: { translation: en } },
    interpolation: { escapeValue: false },
  });
  return i18n.t;
}

const statusRefusal = apiErrorFromBody(409, {
  error: {
    code: 'conflict',
    message: 'A draft campaign cannot move to completed',
    details: [
      {
        path: 'body.status',
        message: 'allowed from draft: planned, live, archived',
        reason: 'campaign_status_move',
        values: { from: 'draft', to: 'completed' },
      },
    ],
  },
  requestId: 'r1',
});

describe('a refused request in the reader language', () => {
  it('words a campaign status move in Vietnamese, statuses included', async () => {
    expect(errorSentence(await translator('vi'), describeError(statusRefusal))).toBe(
      'Chiến dịch đang ở trạng thái “Bản nháp” không chuyển sang “Đã kết thúc” được',
    );
  });

  it('words it in English too', async () => {
    expect(errorSentence(await translator('en'), describeError(statusRefusal))).toBe(
      'A campaign that is “Draft” cannot move to “Completed”',
    );
  });

  it('names a deliverable status with the deliverable words', async () => {
    const refusal = apiErrorFromBody(409, {
      error: {
        code: 'conflict',
        message: 'This draft is no longer waiting for review (it is approved)',
        details: [
          {
            path: 'body.decision',
            message: 'x',
            reason: 'review_not_waiting',
            values: { status: 'approved' },
          },
        ],
      },
    });
    expect(errorSentence(await translator('vi'), describeError(refusal))).toBe(
      'Bản nháp này không còn chờ duyệt (trạng thái: Đã duyệt)',
    );
  });
});
