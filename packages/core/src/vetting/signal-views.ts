import { formatNumber, localize } from './localized';
import { isFiniteNumber, linearHealth, median } from './numbers';
import { QUALITY_THRESHOLDS } from './quality-config';
import { notAvailable, type SignalAssessment, statusFromSubscore } from './signal';

const LABEL = { vi: 'Lượt xem / follower', en: 'Views per follower' };

/**
 * Median views per post divided by followers. Only a low ratio is penalised (followers who never
 * watch); a high one is normal on For-You feeds. Reference points depend on the platform.
 */
export function assessViewsPerFollower(
  postViews: readonly number[] | null | undefined,
  followers: number | null | undefined,
  platform: string | undefined,
): SignalAssessment<'views_per_follower'> {
  const views = (postViews ?? []).filter((value) => isFiniteNumber(value) && value >= 0);
  if (!isFiniteNumber(followers) || followers <= 0 || views.length === 0) {
    return notAvailable('views_per_follower', LABEL, 'ratio', {
      vi: 'Thiếu số follower hoặc lượt xem của bài đăng.',
      en: 'Follower count or post views are missing.',
    });
  }
  const table = QUALITY_THRESHOLDS.viewsPerFollower;
  const key = platform?.toLowerCase() ?? 'default';
  const reference = table[key] ?? table.default!;
  const medianViews = median(views)!;
  const ratio = medianViews / followers;
  const subscore = linearHealth(ratio, reference.full, reference.zero);
  return {
    id: 'views_per_follower',
    label: LABEL,
    status: statusFromSubscore(subscore),
    rawValue: ratio,
    unit: 'ratio',
    reference: {
      label: localize((l) => (l === 'vi' ? `Mức tối thiểu bình thường (${key})` : `Normal minimum (${key})`)),
      value: reference.full,
    },
    thresholds: { full: reference.full, zero: reference.zero },
    subscore,
    explanation: localize((language) => {
      const value = formatNumber(ratio, 3, language);
      const full = formatNumber(reference.full, 2, language);
      const base =
        language === 'vi'
          ? `Trung vị ${formatNumber(medianViews, 0, language)} lượt xem/bài trên ${followers} follower = ${value}`
          : `Median ${formatNumber(medianViews, 0, language)} views per post over ${followers} followers = ${value}`;
      if (subscore === 1) return language === 'vi' ? `${base}: bình thường.` : `${base}: normal.`;
      return language === 'vi'
        ? `${base}, thấp hơn mức ${full}: nhiều follower không xem nội dung (follower ảo hoặc không hoạt động).`
        : `${base}, below ${full}: many followers never watch (fake or inactive followers).`;
    }),
    details: { medianViews, posts: views.length, followers },
  };
}
