import type { NicheId } from './vocabulary-niches';

/** Comment pools, written the way people comment: with and without diacritics, teencode, emoji, some English. */
export const COMMENTS_POSITIVE = [
  'Đẹp quá chị ơi 😍',
  'Video chất lượng quá, xem mãi không chán',
  'Chị review có tâm ghê, mê kênh chị lắm',
  'Nghe anh nói dễ hiểu ghê, cảm ơn anh nhiều',
  'Xinh xỉu luôn á 🥰',
  'Edit mượt quá, xin tên app với ạ',
  'Quá đỉnh 🔥🔥',
  'Cảm ơn chị đã chia sẻ nha ❤️',
  'dep qua c oi',
  'video hay wa, tym cho c',
  'cam on chi nhieu nha, huu ich lam',
  'e theo doi kenh c lau r, nd nao cung hay',
  'đỉnh thật sự 👏👏',
  'Hay vl 😂',
  'Mình làm theo rồi, hiệu quả thật sự luôn',
  'Ủng hộ kênh dài dài nha',
];

export const COMMENTS_NEUTRAL = [
  'Bài nhạc nền tên gì vậy mn',
  'Lần sau làm thêm video so sánh nha',
  'Mình đang phân vân giữa 2 cái, ai tư vấn với',
  'Ủa cái này có ship ra Hà Nội không',
  'Mai có live không ạ?',
  'Tag đứa bạn thân vô coi nè @thu.trang',
  'ai xem lại lần 2 điểm danh',
  'Clip này quay ở đâu vậy ạ',
  'cho e xin ten app edit vs a',
  '2 phút 15s là gì vậy chị',
  'Mình thấy cũng bình thường thôi',
  'Xem tới cuối mới hiểu 😅',
];

export const COMMENTS_PURCHASE_INTENT = [
  'Giá bao nhiêu ạ?',
  'Mua ở đâu vậy shop?',
  'Còn hàng không ạ',
  'ib em giá với ạ',
  'Cho mình xin link mua với',
  'sp nay mua o dau v c',
  'Có mã giảm giá không ạ',
  'Ship COD không shop ơi',
  'Đặt 2 cái thì giá sao ạ',
  'Cho xin link shopee với chị ơi',
  'gia nhieu v a',
  'Chị ơi có size M không',
  'Ở Cần Thơ mua được không ạ',
];

export const COMMENTS_OBJECTION = [
  'Đắt quá 😢',
  'Hàng fake à?',
  'Mua rồi dùng không thấy gì hết',
  'Quảng cáo lố quá',
  'Dạo này toàn nhận quảng cáo, chán',
  'giá này mua ngoài chợ rẻ hơn nhiều',
  'ship lâu quá 1 tuần chưa tới',
  'Nhìn là biết PR rồi',
  'ko tin lắm đâu',
  'Mình dùng bị kích ứng 😞',
  'Âm thanh nhỏ quá nghe không rõ',
  'chất lượng không như quảng cáo, thất vọng',
];

export const COMMENTS_SPAM = [
  'Follow chéo nhé 💕',
  'Ai cần việc làm thêm tại nhà ib mình',
  'Tăng follow giá rẻ, xem trang cá nhân',
  'Nhận quà miễn phí tại bit.ly/qua-tang-2k',
  'Kiếm 500k/ngày chỉ với điện thoại, inbox em',
  'sub chéo không bạn ơi',
  'Vào trang mình xem sale 1K nha https://shorturl.at/saleso',
];

export const COMMENTS_ENGLISH = [
  'So cute 😍',
  'Where can I buy this?',
  'Love this video!',
  'Nice review bro',
  'Looks delicious 🤤',
  'Great tips, thanks!',
  'omg I need this',
  'Is there an English version?',
];

/** Short, content-free praise; the flagged creator receives these in bulk from throwaway accounts. */
export const COMMENTS_GENERIC = [
  'hay quá',
  'đẹp quá 😍',
  'xinh quá',
  'tuyệt vời',
  'đỉnh quá',
  'nice',
  'wow',
  '❤️❤️❤️',
  '😍😍😍',
  'hay quá ạ',
  'chất quá',
  'quá đẹp luôn',
  'tuyệt vời quá',
  'great',
  '👍👍',
];

export const COMMENTS_BY_NICHE: Record<NicheId, readonly string[]> = {
  beauty: [
    'Da dầu dùng được không chị?',
    'Chị dùng tone số mấy vậy ạ',
    'Có bị bết không c',
    'em da nhạy cảm xài dc ko a',
  ],
  food: [
    'Nhìn ngon quá, cuối tuần phải đi ăn thử',
    'Quán này ở đường nào vậy ạ',
    'thèm quá trời 🤤',
    'Giá vậy là rẻ thật',
  ],
  fashion: [
    'Chị cao bao nhiêu mặc size gì ạ',
    'Áo này chất có nóng không c',
    'Phối đẹp quá, xin link áo với',
  ],
  parenting: ['Bé nhà em 7 tháng ăn được chưa chị', 'Mẹ bỉm đồng cảm quá 😭', 'Cảm ơn mẹ, em lưu lại rồi'],
  tech: [
    'Pin trâu không anh',
    'Chơi game có nóng máy không',
    'So với đời trước thì sao anh',
    'Camera chụp đêm ổn không',
  ],
  travel: ['Đi tháng mấy là đẹp nhất vậy bạn', 'Cho mình xin tên homestay với', 'Đi xe máy lên được không ạ'],
  fitness: ['Tập mỗi ngày được không anh', 'Người mới tập nên bắt đầu từ đâu ạ', 'Body đỉnh quá 💪'],
  gaming: ['Pha cuối gánh team luôn 😂', 'Anh chơi server nào vậy', 'Tối nay live mấy giờ anh ơi', 'gg ez'],
  finance: ['Lương 8 triệu ở Sài Gòn thì sao anh', 'Quỹ khẩn cấp nên để ở đâu ạ', 'Nội dung bổ ích quá'],
  education: ['Cô ơi có khóa online không ạ', 'Cảm ơn cô, em lưu lại học dần', 'Phần phát âm này hay quá'],
};

export const CREATOR_REPLIES = [
  'Mình để link ở bio nha bạn ơi',
  'Bạn ib shop giúp mình nhé ❤️',
  'Cảm ơn bạn nhiều nha 🥰',
  'Có nha bạn, mã giảm giá ở bình luận ghim đó',
  'Dạ có ship toàn quốc ạ',
];
