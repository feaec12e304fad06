/** Captions that brand-safety screening must catch (gambling ads). */
export const GAMBLING_CAPTIONS = [
  'Xem bóng đá mà không có kèo thì chán 😎 Link nhận 100K cá cược miễn phí ở bio #cacuoc',
  'Nhà cái uy tín nạp rút siêu nhanh, anh em đăng ký qua link bio nhận code 🎰 #nhacai #keobongda',
  'Tối nay cá cược trận chung kết, anh em theo kèo nào? 🔥 Link ở bio',
  'Game bài đổi thưởng nạp 50K nhận 200K, chơi là mê 💰 #quangcao',
];

/** Sponsored posts for a competitor of the planned campaign's brand (see its `competitors`). */
export const COMPETITOR_CAPTIONS = [
  'Dưỡng ẩm cấp tốc với bộ chăm sóc da Mỹ phẩm Hoa Cúc 🌼 da mềm mướt sau 1 đêm #hợptác #MỹPhẩmHoaCúc',
  'Unbox quà từ Mỹ phẩm Hoa Cúc, tặng bạn mã HOACUC10 giảm 10% 🌼 #quangcao #MỹPhẩmHoaCúc',
  'Routine 3 bước với serum Hoa Cúc mình dùng cả tháng nay ✨ #hợptác',
];
