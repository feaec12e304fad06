import type { NicheId } from './vocabulary-niches';

/**
 * Comment pools, written the way people comment: with and without diacritics, teencode, emoji, some English.
 * `{a|b|c}` picks one alternative, so that real people rarely type exactly the same sentence.
 */
export const COMMENTS_POSITIVE = [
  '{Đẹp|Xinh|Dễ thương} quá {chị|c|bạn} ơi 😍',
  'Video {chất lượng|chỉn chu|xịn} quá, xem {mãi|hoài} không chán',
  '{Chị|Anh|Bạn} review có tâm ghê, mê kênh {lắm|quá trời}',
  'Nghe {anh|chị|bạn} nói dễ hiểu ghê, cảm ơn {nhiều|nhiều lắm}',
  'Xinh xỉu luôn á 🥰',
  'Edit mượt quá, xin tên app với ạ',
  'Quá đỉnh 🔥🔥',
  'Cảm ơn {chị|anh|bạn} đã chia sẻ {nha|nhé} ❤️',
  'dep qua c oi',
  'video hay wa, tym cho {c|a|b}',
  'cam on chi nhieu nha, huu ich lam',
  'e theo doi kenh {c|a} lau r, nd nao cung hay',
  'đỉnh thật sự 👏👏',
  'Hay vl 😂',
  'Mình làm theo {rồi|thử rồi}, hiệu quả thật sự {luôn|đó}',
  'Ủng hộ kênh dài dài {nha|nhé}',
  'Xem xong muốn {thử|mua|đi} liền',
  'Giọng {chị|anh} {dễ thương|ấm|cuốn} ghê',
  'Clip này phải lưu lại mới được',
  'Lần nào xem cũng học được {cái mới|thêm một chút}',
  'Nói thật, không màu mè, thích kiểu review này',
  'Mong có thêm nhiều video như {này|vầy}',
  'Góc quay đẹp, ánh sáng {xịn|đỉnh}',
  'Đúng cái mình đang cần {tìm|luôn}',
];

export const COMMENTS_NEUTRAL = [
  'Bài nhạc nền tên gì vậy {mn|mọi người}',
  'Lần sau làm thêm video so sánh {nha|nhé}',
  'Mình đang phân vân giữa {2|hai} cái, ai tư vấn với',
  'Ủa cái này có ship ra {Hà Nội|Đà Nẵng|Huế|Vinh} không',
  'Mai có live không ạ?',
  'Tag đứa bạn thân vô coi nè @{thu.trang|minhanh.99|bao.ngoc}',
  'ai xem lại lần {2|3} điểm danh',
  'Clip này quay ở đâu vậy ạ',
  'cho e xin ten app edit vs a',
  '{2 phút 15s|1 phút 40s|0:58} là gì vậy {chị|anh}',
  'Mình thấy cũng bình thường thôi',
  'Xem tới cuối mới hiểu 😅',
  'Hôm qua mình cũng đi ngang chỗ này',
  'Có ai giống mình xem lúc {2h|1h|3h} sáng không',
  'Video sau làm phần 2 được không',
  'Mình thấy bản cũ vẫn ổn mà',
  'Cái này mua ở siêu thị có không',
];

export const COMMENTS_PURCHASE_INTENT = [
  'Giá bao nhiêu ạ?',
  'Mua ở đâu vậy shop?',
  'Còn hàng không ạ',
  'ib em giá với ạ',
  'Cho {mình|em|tui} xin link mua với',
  'sp nay mua o dau v {c|a|shop}',
  'Có mã giảm giá không ạ',
  'Ship COD không shop ơi',
  'Đặt {2|3|5} {cái|hộp|combo} thì giá sao ạ',
  'Cho xin link {shopee|tiktok shop|lazada} với {chị|anh} ơi',
  'gia nhieu v a',
  'Chị ơi có size {S|M|L} không',
  'Ở {Cần Thơ|Hải Phòng|Nha Trang|Biên Hòa} mua được không ạ',
];

export const COMMENTS_OBJECTION = [
  'Đắt quá 😢',
  'Hàng fake à?',
  'Mua rồi dùng {không thấy gì hết|chẳng thấy khác gì}',
  'Quảng cáo lố quá',
  'Dạo này toàn nhận quảng cáo, chán',
  'giá này mua ngoài {chợ|shopee} rẻ hơn nhiều',
  'ship lâu quá {1 tuần|5 ngày|10 ngày} chưa tới',
  'Nhìn là biết PR rồi',
  'ko tin lắm đâu',
  'Mình dùng bị kích ứng 😞',
  'Âm thanh nhỏ quá nghe không rõ',
  'chất lượng không như quảng cáo, thất vọng',
  'Mình mua đợt trước bị giao sai {màu|size|mẫu}',
  'Sao dạo này video toàn quảng cáo vậy',
  'Giá lên nhiều quá so với năm ngoái',
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

/** Copy-pasted sentences that comment farms post from many accounts. */
export const COMMENTS_COPY_PASTE = [
  'Video hay quá ủng hộ bạn nha ❤️',
  'Sản phẩm tốt quá mình sẽ mua ủng hộ',
  'Nội dung rất hữu ích, cảm ơn bạn',
  'Tuyệt vời quá, chúc kênh ngày càng phát triển',
  'Hay quá, đã follow bạn rồi nhé',
  'Chị xinh quá đi mất 😍',
];

export const COMMENTS_BY_NICHE: Record<NicheId, readonly string[]> = {
  beauty: [
    'Da {dầu|khô|hỗn hợp} dùng được không {chị|c}?',
    'Chị dùng tone số mấy vậy ạ',
    'Có bị {bết|nhờn|khô môi} không c',
    'em da nhạy cảm xài dc ko {a|c}',
    'Son này {đi học|đi làm} được không chị',
    'Kem chống nắng này có {nâng tone|bết} không ạ',
  ],
  food: [
    'Nhìn ngon quá, {cuối tuần|tối nay|mai} phải đi ăn thử',
    'Quán này ở {đường|quận|phường} nào vậy ạ',
    'thèm quá trời 🤤',
    'Giá vậy là rẻ thật',
    'Quán có chỗ {gửi xe|ngồi máy lạnh} không bạn',
    'Mình ăn ở đây {rồi|hồi tháng trước}, {ngon thật|hơi mặn}',
  ],
  fashion: [
    'Chị cao bao nhiêu mặc size gì ạ',
    'Áo này chất {có nóng|có nhăn|dày} không c',
    'Phối đẹp quá, xin link {áo|quần|váy} với',
    'Người {mập|gầy|thấp} mặc có hợp không chị',
  ],
  parenting: [
    'Bé nhà em {6|7|9} tháng ăn được chưa chị',
    'Mẹ bỉm đồng cảm quá 😭',
    'Cảm ơn mẹ, em lưu lại {rồi|học dần}',
    'Bé nhà mình {biếng ăn|hay quấy đêm} lắm, mẹ có mẹo gì không',
  ],
  tech: [
    'Pin trâu không {anh|bạn}',
    'Chơi game có nóng máy không',
    'So với {đời trước|bản cũ} thì sao anh',
    'Camera chụp đêm ổn không',
    'Tầm {5|7|10} triệu nên mua máy nào anh',
  ],
  travel: [
    'Đi tháng mấy là đẹp nhất vậy {bạn|mn}',
    'Cho mình xin tên homestay với',
    'Đi xe máy lên được không ạ',
    'Tháng {6|9|12} đi có mưa nhiều không bạn',
  ],
  fitness: [
    'Tập mỗi ngày được không {anh|chị}',
    'Người mới tập nên bắt đầu từ đâu ạ',
    'Body đỉnh quá 💪',
    'Tập {buổi sáng|buổi tối} hay hơn vậy {anh|chị}',
  ],
  gaming: [
    'Pha cuối gánh team luôn 😂',
    'Anh chơi server nào vậy',
    'Tối nay live mấy giờ anh',
    'gg ez',
    'Tướng này lên đồ sao anh',
  ],
  finance: [
    'Lương {8|10|12} triệu ở {Sài Gòn|Hà Nội} thì sao anh',
    'Quỹ khẩn cấp nên để ở đâu ạ',
    'Nội dung bổ ích quá',
    'Có nên gửi tiết kiệm {online|ở quầy} không',
  ],
  education: [
    'Cô ơi có khóa online không ạ',
    'Cảm ơn cô, em lưu lại học dần',
    'Phần phát âm này hay quá',
    'Mất gốc thì nên học từ {đâu|sách nào} ạ',
  ],
};

export const CREATOR_REPLIES = [
  'Mình để link ở bio nha bạn ơi',
  'Bạn ib shop giúp mình nhé ❤️',
  'Cảm ơn bạn nhiều nha 🥰',
  'Có nha bạn, mã giảm giá ở bình luận ghim đó',
  'Dạ có ship toàn quốc ạ',
];
