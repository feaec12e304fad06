import { IMPORT_PROBLEM_TEXT } from '@lantoa/core/import-kinds';
import { createInstance, type TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import en from '../../i18n/en.json';
import vi from '../../i18n/vi.json';
import { commentColumnLabel, problemText } from './problem-text';

async function translator(lng: 'vi' | 'en'): Promise<TFunction> {
  const i18n = createInstance();
  await i18n.init({
    lng,
    resources: { vi: { translation: vi }, en: { translation: en } },
    interpolation: { escapeValue: false },
  });
  return i18n.t;
}

describe('import problems in the reader language', () => {
  it('has a Vietnamese and an English sentence for every code the importers send', () => {
    const codes = Object.keys(IMPORT_PROBLEM_TEXT).sort();
    expect(Object.keys(vi.imports.problemCodes).sort()).toEqual(codes);
    expect(Object.keys(en.imports.problemCodes).sort()).toEqual(codes);
  });

  it('reads a row problem in Vietnamese with the cell that caused it', async () => {
    const t = await translator('vi');
    const problem = {
      code: 'not_a_date',
      values: { value: 'hôm qua', example: '01/03/2026 10:00' },
      message: '"hôm qua" is not a date (use 2026-03-01 10:00 or 01/03/2026 10:00)',
    };
    expect(problemText(t, problem, 'comments')).toBe(
      '“hôm qua” không phải ngày giờ (viết như 01/03/2026 10:00)',
    );
  });

  it('names a field chosen twice by its label, not its id', async () => {
    const problem = {
      code: 'field_twice',
      values: { field: 'fee', count: 2, columns: 'F, G' },
      message: 'x',
    };
    expect(problemText(await translator('vi'), problem, 'creators')).toBe(
      '“Giá (VND)” đang được chọn cho 2 cột (F, G); hãy chỉ chọn một',
    );
    expect(problemText(await translator('en'), problem, 'creators')).toBe(
      '"Fee (VND)" is chosen for 2 columns (F, G); choose one',
    );
  });

  it('falls back to the English message for a code it does not know', async () => {
    const t = await translator('vi');
    expect(
      problemText(t, { code: 'from_a_newer_server', values: {}, message: 'new problem' }, 'orders'),
    ).toBe('new problem');
    expect(problemText(t, { message: 'no code at all' }, 'orders')).toBe('no code at all');
  });

  it('labels the comment file columns the reader saw', async () => {
    const t = await translator('vi');
    expect(['text', 'time', 'likes', ''].map((column) => commentColumnLabel(t, column))).toEqual([
      'Nội dung',
      'Thời gian',
      'Lượt thích',
      '',
    ]);
  });
});
