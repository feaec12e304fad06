import type { NicheId } from './vocabulary-niches';

interface CaptionVocabulary {
  /** `{item}`, `{place}` and `{price}` are filled in; hashtags are appended separately. */
  templates: readonly string[];
  items: readonly string[];
  hashtags: readonly string[];
}

export const CAPTIONS: Record<NicheId, CaptionVocabulary> = {
  beauty: {
    templates: [
      'Test {item} sau 2 tuần: da mình thay đổi thế nào? 🤔',
      'Routine buổi tối cho da dầu mụn, tổng chưa tới {price} 💸',
      'Makeup đi làm 5 phút với {item} ✨',
      'Đừng mua {item} khi chưa xem video này ❌',
      'Top 3 món skincare mình dùng hết cả chai, không quảng cáo đâu nha 🌿',
      'Da khô bong tróc mùa lạnh? Thử cách này với {item} xem sao 💧',
    ],
    items: [
      'kem chống nắng',
      'son kem lì',
      'serum vitamin C',
      'tẩy trang dạng dầu',
      'kem nền',
      'toner hoa hồng',
    ],
    hashtags: ['#skincare', '#lamdep', '#reviewmypham', '#makeup', '#dadaumun', '#beautytok'],
  },
  food: {
    templates: [
      'Ăn thử {item} ở {place} giá chỉ {price} mà ngon bất ngờ 😋',
      'Review {item} {place}: có đáng xếp hàng 30 phút không? 🤔',
      'Hôm nay nấu {item} kiểu miền Tây, cả nhà ăn hết sạch nồi 🍲',
      'Quán {item} vỉa hè {place} bán 20 năm vẫn đông nghẹt 🔥',
      'Ăn sập {place} với {price}, chi tiết từng món ở cuối clip 👇',
      'Công thức {item} chuẩn vị, ai làm theo cũng thành công 👩‍🍳',
    ],
    items: [
      'bún bò',
      'cơm tấm',
      'bánh mì chảo',
      'phở cuốn',
      'ốc len xào dừa',
      'bánh tráng trộn',
      'lẩu mắm',
      'chè khúc bạch',
    ],
    hashtags: ['#ancungtiktok', '#reviewanngon', '#foodreview', '#angi', '#monngonmoingay', '#foodtiktok'],
  },
  fashion: {
    templates: [
      '1 chiếc {item} – 5 cách phối cho cả tuần đi làm 👗',
      'Haul local brand dưới {price}: món nào đáng tiền? 🛍️',
      'OOTD đi chơi {place} cuối tuần ☀️',
      'Người thấp phối {item} sao cho hack dáng? Xem ngay 👀',
      'Đồ basic không bao giờ lỗi mốt, tủ đồ tối giản của mình 🤍',
      'Thử 4 mẫu {item} hot nhất tháng này, size kỹ trong clip nha',
    ],
    items: ['sơ mi trắng', 'quần ống rộng', 'váy midi', 'blazer', 'áo len cổ lọ', 'chân váy jean'],
    hashtags: ['#ootd', '#phoido', '#localbrand', '#fashiontiktok', '#mixdo', '#thoitrang'],
  },
  parenting: {
    templates: [
      'Thực đơn ăn dặm 7 ngày cho bé 8 tháng, mẹ lưu lại nha 🥕',
      'Review {item} sau 3 tháng dùng thật cho bé nhà mình 👶',
      'Bé biếng ăn? Mẹ thử mấy mẹo nhỏ này xem sao 💕',
      'Đi làm lại sau sinh: chuẩn bị {item} thế nào cho bé? 🍼',
      'Một ngày của mẹ bỉm 2 con: mệt nhưng vui 😅',
      'So sánh 3 loại {item} phổ biến, ưu nhược điểm từng loại',
    ],
    items: ['máy hâm sữa', 'bình sữa', 'xe đẩy', 'tã quần', 'ghế ăn dặm', 'máy hút sữa'],
    hashtags: ['#mebimsua', '#andam', '#nuoicon', '#mevabe', '#mebimreview', '#dodungchobe'],
  },
  tech: {
    templates: [
      'Đánh giá {item} sau 1 tháng: pin, camera, hiệu năng 📱',
      '{item} giá {price} có đáng mua năm nay? 🤔',
      '5 mẹo dùng điện thoại mà 90% người chưa biết 🔥',
      'Unboxing {item} — cảm nhận đầu tiên ⚡',
      'So sánh 2 mẫu {item} cùng tầm giá, chọn máy nào?',
      'Setup góc làm việc tại nhà dưới {price} 💻',
    ],
    items: [
      'điện thoại tầm trung',
      'tai nghe không dây',
      'laptop sinh viên',
      'đồng hồ thông minh',
      'máy tính bảng',
      'sạc dự phòng',
    ],
    hashtags: ['#congnghe', '#reviewcongnghe', '#unboxing', '#techtok', '#meohay', '#smartphone'],
  },
  travel: {
    templates: [
      'Lịch trình {place} 3N2Đ chỉ {price}/người ✈️',
      'Homestay view núi đẹp nhất {place} mình từng ở 🏔️',
      'Đi {place} mùa này có gì? Ăn gì, ở đâu, chơi gì 👇',
      'Sai lầm khi đi {place} lần đầu, đừng như mình 😅',
      'Săn bình minh ở {place} lúc 5h sáng, đáng từng phút 🌅',
      'Du lịch tự túc {place}: tổng chi phí chi tiết',
    ],
    items: ['homestay', 'resort', 'tour'],
    hashtags: ['#dulich', '#travelvietnam', '#reviewdulich', '#dulichtutuc', '#checkin', '#vietnamtravel'],
  },
  fitness: {
    templates: [
      'Bài tập 15 phút đốt mỡ bụng tại nhà, không cần dụng cụ 🔥',
      'Ăn gì trước và sau khi tập? Thực đơn 1 ngày của mình 🥗',
      'Chạy 10km đầu tiên: mình đã chuẩn bị những gì 🏃',
      'Review {item} sau 1 tháng tập luyện 💪',
      'Giảm 5kg trong 2 tháng không nhịn ăn, đây là cách mình làm',
      'Sai lầm phổ biến khi tập gym lần đầu ❌',
    ],
    items: ['giày chạy bộ', 'whey protein', 'thảm yoga', 'đồng hồ thể thao', 'bình lắc'],
    hashtags: ['#fitness', '#gym', '#chaybo', '#eatclean', '#giamcan', '#tapluyen'],
  },
  gaming: {
    templates: [
      'Highlight trận rank tối qua, pha cuối không tin nổi 😱',
      'Tướng mạnh nhất mùa mới, leo rank cực dễ 🎮',
      'Live tối nay 20h, vào chơi cùng anh em nha 🔴',
      'Review {item} chơi game có ngon không? 🕹️',
      'Mẹo farm nhanh cho người mới chơi, xem hết nhé',
      'Thử thách 24h chỉ chơi 1 tướng 😂',
    ],
    items: ['tai nghe gaming', 'điện thoại gaming', 'tay cầm', 'quạt tản nhiệt'],
    hashtags: ['#lienquan', '#gaming', '#pubgmobile', '#gamemobile', '#esports', '#highlight'],
  },
  finance: {
    templates: [
      'Lương {price} thì chia thế nào cho đủ sống và vẫn tiết kiệm? 💰',
      '3 sai lầm tài chính tuổi 25 mình ước gì biết sớm hơn',
      'Quỹ khẩn cấp là gì và cần bao nhiêu? 📊',
      'Mình ghi chép chi tiêu 12 tháng liên tục, kết quả bất ngờ',
      'Đầu tư cho người mới bắt đầu: đừng làm điều này ❌',
      'Trả góp 0% có thật sự là 0%? Tính kỹ cùng mình',
    ],
    items: ['sổ chi tiêu', 'app quản lý tiền'],
    hashtags: ['#taichinhcanhan', '#tietkiem', '#quanlychitieu', '#dautu', '#kienthuctaichinh', '#money'],
  },
  education: {
    templates: [
      '10 từ vựng IELTS band 7+ dùng được ngay 📚',
      'Học tiếng Anh qua phim: cách mình tự học 1 năm lên 7.0',
      'Phỏng vấn xin việc: trả lời câu "điểm yếu của bạn" thế nào?',
      'Review {item} mình dùng mỗi ngày để học 🎧',
      'Săn học bổng du học: hồ sơ cần chuẩn bị gì? 🎓',
      'Lỗi phát âm người Việt hay mắc, sửa trong 5 phút',
    ],
    items: ['app học từ vựng', 'sách luyện nghe', 'khóa học online'],
    hashtags: ['#hoctienganh', '#ielts', '#studytok', '#kynangmem', '#duhoc', '#learnenglish'],
  },
};

export const CAPTION_PRICES = [
  '49K',
  '99K',
  '150K',
  '200K',
  '299K',
  '500K',
  '1 triệu',
  '2 triệu',
  '10 triệu',
];
