import type { FollowerFeature, ModelField } from './follower-features';
import type { FakePrediction } from './follower-model';
import type { FollowerProfile } from './follower-profile';
import { MASS_FOLLOWING_THRESHOLD, RED_FLAG_TEXT, type RedFlagId } from './follower-red-flags';
import { formatShare, type LocalizedText, localize } from './localized';

const FEATURE_TEXT: Record<FollowerFeature, LocalizedText> = {
  logFollowers: { vi: 'số người theo dõi', en: 'follower count' },
  logFollowing: { vi: 'số tài khoản đang theo dõi', en: 'following count' },
  logPosts: { vi: 'số bài đăng', en: 'post count' },
  noPosts: { vi: 'không có bài đăng', en: 'no posts' },
  hasProfilePicture: { vi: 'ảnh đại diện', en: 'profile picture' },
  isPrivate: { vi: 'chế độ riêng tư', en: 'private account' },
  logBiographyLength: { vi: 'độ dài tiểu sử', en: 'biography length' },
  usernameDigitCount: { vi: 'số chữ số trong tên', en: 'digits in username' },
  usernameDigitRatio: { vi: 'tỷ lệ chữ số trong tên', en: 'digit share of username' },
  usernameLength: { vi: 'độ dài tên người dùng', en: 'username length' },
};

const TOP_FEATURES = 2;

export function redFlagReason(flag: RedFlagId): LocalizedText {
  return RED_FLAG_TEXT[flag];
}

export function massFollowerReason(profile: FollowerProfile): LocalizedText {
  return localize((language) =>
    language === 'vi'
      ? `theo dõi ${profile.following} tài khoản (> ${MASS_FOLLOWING_THRESHOLD}): tài khoản theo dõi hàng loạt`
      : `follows ${profile.following} accounts (> ${MASS_FOLLOWING_THRESHOLD}): mass follower`,
  );
}

/** "Fake probability 87 %, mostly because of: …" naming the features that pushed it up most. */
export function predictionReason(prediction: FakePrediction): LocalizedText {
  const drivers = prediction.contributions
    .filter((contribution) => contribution.logOdds > 0)
    .sort((a, b) => b.logOdds - a.logOdds)
    .slice(0, TOP_FEATURES);
  return localize((language) => {
    const probability = formatShare(prediction.probability, language, 0);
    const names = drivers.map((driver) => FEATURE_TEXT[driver.feature][language]).join(', ');
    if (language === 'vi') {
      return `mô hình: xác suất là tài khoản ảo ${probability}${names ? ` (chủ yếu do ${names})` : ''}`;
    }
    return `model: fake probability ${probability}${names ? ` (mostly from ${names})` : ''}`;
  });
}

export function notScoredReason(missing: readonly ModelField[]): LocalizedText {
  const fields = missing.join(', ');
  return {
    vi: `chưa chấm bằng mô hình: thiếu ${fields}`,
    en: `not scored by the model: missing ${fields}`,
  };
}
