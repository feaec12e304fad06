import { createInstance, type TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import en from '../../i18n/en.json';
import vi from '../../i18n/vi.json';
import type { Calendar, CalendarConflict } from './calendar-api';
import { conflictText } from './conflict-text';

async function translator(lng: 'vi' | 'en'): Promise<TFunction> {
  const i18n = createInstance();
  await i18n.init({
    lng,
    resources: { vi: { translation: vi }, en: { translation: en } },
    interpolation: { escapeValue: false },
  });
  return i18n.t;
}

const base: CalendarConflict = {
  code: 'outside_campaign_dates',
  deliverableIds: ['d1'],
  creatorId: 'c1',
  brands: [],
  until: null,
  segment: null,
  hoursApart: null,
  day: '2027-02-03',
  campaignId: 'k1',
};
const calendar = { entries: [{ creator: { id: 'c1', name: 'Linh Beauty' } }] } as unknown as Calendar;

describe('calendar conflicts in words', () => {
  it('writes the day of a post outside the campaign as the app writes dates, not as ISO', async () => {
    expect(conflictText(await translator('vi'), base, calendar, 'vi')).toBe(
      'Bài đăng ngày 03/02/2027, ngoài thời gian chiến dịch',
    );
  });

  it('writes the end of an exclusivity window the same way, with the creator and brand named', async () => {
    const exclusivity: CalendarConflict = {
      ...base,
      code: 'exclusivity_window',
      brands: ['Cỏ Mềm'],
      until: '2027-03-31',
      day: null,
    };
    expect(conflictText(await translator('vi'), exclusivity, calendar, 'vi')).toBe(
      'Linh Beauty đăng cho Cỏ Mềm khi còn cam kết độc quyền đến 31/03/2027',
    );
  });
});
