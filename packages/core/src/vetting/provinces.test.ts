import { describe, expect, it } from 'vitest';
import { canonicalLocation } from './provinces';

describe('canonicalLocation', () => {
  it.each([
    'HCM',
    'TP.HCM',
    'TPHCM',
    'Sài Gòn',
    'Hồ Chí Minh',
    'Ho Chi Minh City, Vietnam',
    'Thành phố Hồ Chí Minh',
    'tp hcm',
  ])('"%s" is Ho Chi Minh City', (name) => {
    expect(canonicalLocation(name).province).toBe('TP. Hồ Chí Minh');
  });
  it.each(['HN', 'Hà Nội', 'Hanoi', 'ha noi', 'TP Hà Nội'])('"%s" is Hanoi', (name) => {
    expect(canonicalLocation(name).province).toBe('Hà Nội');
  });
  it('maps main cities and spelling variants to their province', () => {
    expect(canonicalLocation('Đà Lạt').province).toBe('Lâm Đồng');
    expect(canonicalLocation('Huế').province).toBe('Thừa Thiên Huế');
    expect(canonicalLocation('Khánh Hoà').province).toBe('Khánh Hòa');
    expect(canonicalLocation('Daklak').id).toBe(canonicalLocation('Đắk Lắk').id);
    expect(canonicalLocation('Bà Rịa - Vũng Tàu').id).toBe(canonicalLocation('Vũng Tàu').id);
  });
  it('keeps unknown places comparable by their own key', () => {
    expect(canonicalLocation('Singapore')).toEqual({ id: 'singapore', province: null });
    expect(canonicalLocation('singapore ').id).toBe(canonicalLocation('Singapore').id);
  });
});
