import type { NicheId } from './vocabulary-niches';

/** `{city}` is replaced by the creator's location. */
export const BIOS: Record<NicheId, readonly string[]> = {
  beauty: [
    'Da dầu mụn lâu năm, review mỹ phẩm thật, không tô vẽ 💄 {city}',
    'Chia sẻ skincare routine cho da nhạy cảm • Makeup đơn giản cho người bận rộn',
    'Beauty blogger {city} ✨ Test son, kem nền, kem chống nắng mỗi tuần',
    'Nghiện skincare, ghét quảng cáo lố. Đồ nào xài thật mới review nha 🌸',
  ],
  food: [
    'Đi ăn khắp {city} để mọi người khỏi phải đoán 🍜 Review quán ngon – rẻ – sạch',
    'Ăn gì hôm nay? Để mình lo 😋 Food review {city}',
    'Nấu ăn tại nhà, món Việt dễ làm, nguyên liệu chợ gần nhà 🍲',
    'Chuyên săn quán vỉa hè và tiệm ăn vặt ngon ở {city}',
  ],
  fashion: [
    'Mix đồ basic cho nàng công sở 👗 Ưu tiên local brand Việt',
    'OOTD mỗi ngày • Phối đồ dưới 500K • {city}',
    'Stylist tự do, thích đồ vintage và màu trung tính 🤍',
    'Thời trang dễ mặc cho người cao 1m55 😆 Review size kỹ càng',
  ],
  parenting: [
    'Mẹ bỉm 2 con ở {city} 👶 Chia sẻ ăn dặm, đồ dùng cho bé, chuyện nuôi con',
    'Ăn dặm kiểu Nhật & BLW • Review đồ cho bé đã dùng thật',
    'Nhà có 1 bé trai nghịch ngợm 🧸 Mẹ vừa đi làm vừa chăm con',
    'Góc chia sẻ của mẹ bỉm sữa: sữa, tã, bình, xe đẩy — dùng rồi mới nói',
  ],
  tech: [
    'Review điện thoại, laptop, đồ công nghệ dễ hiểu cho người không rành 📱',
    'Unboxing & đánh giá thật • Mẹo dùng smartphone hay mỗi ngày',
    'Kỹ sư phần mềm ở {city}, rảnh thì review gadget 🔧',
    'So sánh cấu hình, giá, pin — giúp bạn mua đúng máy 💻',
  ],
  travel: [
    'Xách balo lên và đi 🎒 Du lịch tự túc tiết kiệm',
    'Review homestay, khách sạn, lịch trình 3N2Đ chi tiết từng đồng ✈️',
    'Người {city} mê đi phượt, đã qua 50 tỉnh thành 🇻🇳',
    'Săn vé rẻ, tìm chỗ đẹp, ăn món địa phương 🏝️',
  ],
  fitness: [
    'PT tự do ở {city} 💪 Tập đúng, ăn đủ, không ép cân',
    'Chạy bộ mỗi sáng, đã hoàn thành 3 giải marathon 🏃',
    'Eat clean cho người bận rộn • Giảm 12kg trong 1 năm',
    'Yoga & pilates tại nhà, bài tập 15 phút mỗi ngày 🧘',
  ],
  gaming: [
    'Streamer Liên Quân • Live tối thứ 3-5-7 🎮',
    'Chơi game vui là chính, leo rank là phụ 😎 PUBG Mobile & Liên Quân',
    'Caster nghiệp dư, review game mobile mới ra 🕹️',
    'Gamer {city} • Highlight, mẹo chơi, tướng mạnh mùa mới',
  ],
  finance: [
    'Tài chính cá nhân cho người mới đi làm 💰 Quản lý lương 10 triệu',
    'Đầu tư dài hạn, tiết kiệm đều đặn — không hô hào làm giàu nhanh',
    'Kế toán ở {city}, chia sẻ cách ghi chép chi tiêu và lập quỹ khẩn cấp 📊',
    'Kiến thức tài chính dễ hiểu • Không tư vấn mã cổ phiếu',
  ],
  education: [
    'Cô giáo tiếng Anh 8.0 IELTS 📚 Mẹo học từ vựng mỗi ngày',
    'Học tiếng Anh qua phim và bài hát 🎬',
    'Chia sẻ kinh nghiệm du học & săn học bổng 🎓',
    'Kỹ năng mềm cho sinh viên: thuyết trình, viết CV, phỏng vấn',
  ],
};

export const BIO_CONTACT_LINES = [
  '📩 Booking: {email}',
  'Hợp tác: {email}',
  '📞 Zalo: {phone}',
  'Liên hệ công việc qua email {email}',
] as const;

export const CREATOR_NOTES = [
  'Phản hồi nhanh, làm việc chuyên nghiệp, gửi nội dung đúng hạn.',
  'Giá có thể thương lượng nếu đặt gói 3 video.',
  'Cần gửi sản phẩm mẫu trước 1 tuần để quay.',
  'Quản lý qua agency, liên hệ chị Hương (quản lý).',
  'Từng hợp tác tốt ở chiến dịch trước, khán giả mua hàng nhiều.',
  'Chỉ nhận sản phẩm phù hợp với kênh, không nhận review đồ ăn kiêng.',
  'Hay trễ deadline 1–2 ngày, nên chốt lịch sớm.',
  'Cần xin quyền dùng lại video cho quảng cáo (usage rights) trong hợp đồng.',
] as const;
