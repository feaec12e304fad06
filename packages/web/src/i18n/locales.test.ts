import { describe, expect, it } from 'vitest';
import en from './en.json';
import vi from './vi.json';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') entries.set(path, value);
    else for (const [nested, text] of flatten(value, path)) entries.set(nested, text);
  }
  return entries;
}

const placeholders = (text: string) =>
  [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1]).sort();
const wordCount = (text: string) => text.trim().split(/\s+/).filter(Boolean).length;

const viEntries = flatten(vi);
const enEntries = flatten(en);

describe('locale files', () => {
  it('have exactly the same keys', () => {
    const missingInEn = [...viEntries.keys()].filter((key) => !enEntries.has(key));
    const missingInVi = [...enEntries.keys()].filter((key) => !viEntries.has(key));
    expect(missingInEn).toEqual([]);
    expect(missingInVi).toEqual([]);
  });

  it('have no empty values', () => {
    const empty = [...viEntries, ...enEntries].filter(([, text]) => text.trim() === '').map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it('translate every sentence longer than three words (vi is not a copy of en)', () => {
    const copied = [...viEntries]
      .filter(([key, text]) => wordCount(text) > 3 && enEntries.get(key) === text)
      .map(([key]) => key);
    expect(copied).toEqual([]);
  });

  it('use the same interpolation placeholders in both languages', () => {
    const mismatched = [...viEntries]
      .filter(
        ([key, text]) =>
          JSON.stringify(placeholders(text)) !== JSON.stringify(placeholders(enEntries.get(key) ?? '')),
      )
      .map(([key]) => key);
    expect(mismatched).toEqual([]);
  });

  it('use the agreed Vietnamese vocabulary for the main sections and roles', () => {
    expect(viEntries.get('nav.creators')).toBe('Nhà sáng tạo');
    expect(viEntries.get('nav.campaigns')).toBe('Chiến dịch');
    expect(viEntries.get('nav.reports')).toBe('Báo cáo');
    expect(viEntries.get('nav.settings')).toBe('Cài đặt');
    expect(viEntries.get('settings.tabs.apiKeys')).toBe('Khóa API');
    expect(viEntries.get('settings.tabs.auditLog')).toBe('Nhật ký thay đổi');
    expect(viEntries.get('demo.button')).toBe('Tải dữ liệu mẫu');
    expect(
      ['owner', 'admin', 'manager', 'analyst', 'viewer'].map((role) => viEntries.get(`roles.${role}`)),
    ).toEqual(['Chủ sở hữu', 'Quản trị viên', 'Quản lý', 'Phân tích viên', 'Người xem']);
  });
});
