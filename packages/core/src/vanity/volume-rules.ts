import { signed } from './numbers';
import { rateDropRule } from './rate-drop-rule';

/** Seed 003: impressions are up but people do not engage (ER by impressions falls). */
export const impressionsWithoutEngagement = rateDropRule({
  rule: 'impressions_without_engagement',
  volume: 'impressions',
  quality: 'engagements',
  rateScale: 100,
  defaults: { minVolumeGrowthPercent: 20, minRateDropPercent: 20 },
  message: (growth, change) => ({
    vi: `Lượt hiển thị tăng ${signed(growth)} % nhưng tỷ lệ tương tác trên hiển thị đổi ${signed(change)} %: người xem lướt qua, chưa thực sự quan tâm.`,
    en: `Impressions ${signed(growth)} % but engagement per impression ${signed(change)} %: people scroll past without engaging.`,
  }),
  quiet: {
    vi: 'Lượt hiển thị và tương tác tăng cùng nhịp.',
    en: 'Impressions and engagement move together.',
  },
});

/** Seed 003: followers grow fast without engagement — the wrong (or bought) audience. */
export const followersWithoutEngagement = rateDropRule({
  rule: 'followers_without_engagement',
  volume: 'followers',
  quality: 'engagements',
  rateScale: 100,
  defaults: { minVolumeGrowthPercent: 10, minRateDropPercent: 10 },
  message: (growth, change) => ({
    vi: `Người theo dõi tăng ${signed(growth)} % nhưng tương tác trên mỗi người theo dõi đổi ${signed(change)} %: có thể đang thu hút sai tệp.`,
    en: `Followers ${signed(growth)} % but engagement per follower ${signed(change)} %: the new audience may be the wrong one.`,
  }),
  quiet: {
    vi: 'Tương tác theo kịp tăng trưởng người theo dõi.',
    en: 'Engagement keeps up with follower growth.',
  },
});

/** Views up while watch time per view falls: reach bought with attention (completion proxy). */
export const viewsWithoutWatchTime = rateDropRule({
  rule: 'views_without_watch_time',
  volume: 'views',
  quality: 'watchTimeS',
  rateScale: 1,
  defaults: { minVolumeGrowthPercent: 20, minRateDropPercent: 20 },
  message: (growth, change) => ({
    vi: `Lượt xem tăng ${signed(growth)} % nhưng thời gian xem trung bình mỗi lượt đổi ${signed(change)} %: người xem bỏ video sớm hơn.`,
    en: `Views ${signed(growth)} % but average watch time per view ${signed(change)} %: viewers drop off sooner.`,
  }),
  quiet: { vi: 'Thời gian xem giữ vững khi lượt xem tăng.', en: 'Watch time holds up as views grow.' },
});

/** Seed 003 (CTR must be read with conversion rate): clicks up, conversion rate down. */
export const clicksWithoutConversions = rateDropRule({
  rule: 'clicks_without_conversions',
  volume: 'clicks',
  quality: 'conversions',
  rateScale: 100,
  defaults: { minVolumeGrowthPercent: 20, minRateDropPercent: 20 },
  message: (growth, change) => ({
    vi: `Lượt nhấp tăng ${signed(growth)} % nhưng tỷ lệ chuyển đổi đổi ${signed(change)} %: lượt nhấp chưa mang lại đơn hàng.`,
    en: `Clicks ${signed(growth)} % but conversion rate ${signed(change)} %: the extra clicks are not converting.`,
  }),
  quiet: { vi: 'Chuyển đổi theo kịp lượt nhấp.', en: 'Conversions keep up with clicks.' },
});
