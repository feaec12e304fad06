/** Where creators live, weighted roughly by where Vietnamese creators concentrate. */
export const LOCATIONS: readonly (readonly [string, number])[] = [
  ['TP. Hồ Chí Minh', 30],
  ['Hà Nội', 27],
  ['Đà Nẵng', 8],
  ['Hải Phòng', 5],
  ['Cần Thơ', 5],
  ['Huế', 4],
  ['Nha Trang', 4],
  ['Đà Lạt', 3],
  ['Bình Dương', 3],
  ['Biên Hòa', 2],
  ['Quảng Ninh', 2],
  ['Vinh', 2],
  ['Vũng Tàu', 2],
  ['Thanh Hóa', 2],
];

/** Audience locations are reported by province. */
export const AUDIENCE_PROVINCES: Record<string, string> = {
  'TP. Hồ Chí Minh': 'TP. Hồ Chí Minh',
  'Hà Nội': 'Hà Nội',
  'Đà Nẵng': 'Đà Nẵng',
  'Hải Phòng': 'Hải Phòng',
  'Cần Thơ': 'Cần Thơ',
  Huế: 'Huế',
  'Nha Trang': 'Khánh Hòa',
  'Đà Lạt': 'Lâm Đồng',
  'Bình Dương': 'Bình Dương',
  'Biên Hòa': 'Đồng Nai',
  'Quảng Ninh': 'Quảng Ninh',
  Vinh: 'Nghệ An',
  'Vũng Tàu': 'Bà Rịa - Vũng Tàu',
  'Thanh Hóa': 'Thanh Hóa',
};

/** Places that show up in captions. */
export const CAPTION_PLACES = [
  'Quận 1',
  'Quận 3',
  'Bình Thạnh',
  'Phú Nhuận',
  'Hoàn Kiếm',
  'Ba Đình',
  'Cầu Giấy',
  'Hội An',
  'Đà Lạt',
  'Phú Quốc',
  'Sa Pa',
  'Hạ Long',
  'Quy Nhơn',
  'Mộc Châu',
  'Hà Giang',
  'Côn Đảo',
];
