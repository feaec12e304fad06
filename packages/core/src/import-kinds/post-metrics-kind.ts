import type { FieldProblem, ImportKindSpec } from './kind-spec';
import { type PostReference, readPostCell, readTimeCell } from './post-cells';
import { type ImportProblem, importProblem } from './problem-codes';
import { readCount } from './read-metric';

export const POST_METRIC_NAMES = [
  'views',
  'reach',
  'impressions',
  'likes',
  'comments',
  'shares',
  'saves',
  'clicks',
  'watchTimeS',
] as const;
export type PostMetricName = (typeof POST_METRIC_NAMES)[number];
export const POST_METRIC_FIELDS = ['post', 'at', ...POST_METRIC_NAMES] as const;
export type PostMetricField = (typeof POST_METRIC_FIELDS)[number];

export interface PostMetricRow {
  /** A post link (parsed) or, when the cell is not a link, the post's id (Lantoa's or the platform's). */
  post: PostReference;
  /** Null when the file gives no time: the import's time is used. */
  at: Date | null;
  metrics: Record<PostMetricName, number | null>;
}

const SYNONYMS: Record<PostMetricField, readonly string[]> = {
  post: [
    'link bài đăng',
    'link bài viết',
    'link bài',
    'link video',
    'link',
    'url',
    'đường dẫn',
    'post url',
    'post link',
    'video link',
    'permalink',
    'bài đăng',
    'post',
    'post id',
    'id bài đăng',
    'mã bài đăng',
    'video id',
    'id',
  ],
  at: [
    'thời gian',
    'thời điểm',
    'ngày',
    'ngày đo',
    'ngày cập nhật',
    'date',
    'time',
    'at',
    'date time',
    'snapshot time',
    'measured at',
    'updated at',
  ],
  views: ['lượt xem', 'số lượt xem', 'lượt xem video', 'view', 'views', 'video views', 'plays'],
  reach: ['tiếp cận', 'lượt tiếp cận', 'người tiếp cận', 'reach', 'accounts reached'],
  impressions: ['lượt hiển thị', 'hiển thị', 'impressions', 'impression'],
  likes: ['lượt thích', 'thích', 'lượt tim', 'tim', 'cảm xúc', 'like', 'likes', 'reactions'],
  comments: ['bình luận', 'lượt bình luận', 'số bình luận', 'comments', 'comment'],
  shares: ['chia sẻ', 'lượt chia sẻ', 'share', 'shares'],
  saves: ['lưu', 'lượt lưu', 'save', 'saves', 'bookmarks', 'favorites'],
  clicks: ['lượt nhấp', 'nhấp chuột', 'lượt click', 'click', 'clicks', 'link clicks'],
  watchTimeS: ['thời gian xem', 'tổng thời gian xem', 'thời gian xem giây', 'watch time', 'watch time s'],
};

export const postMetricsKind: ImportKindSpec<PostMetricField, PostMetricRow> = {
  id: 'post_metrics',
  fields: POST_METRIC_FIELDS,
  synonyms: SYNONYMS,
  missingInMapping: (mapped) => {
    const missing: ImportProblem[] = [];
    if (!mapped.has('post')) missing.push(importProblem('map_post'));
    if (!POST_METRIC_NAMES.some((name) => mapped.has(name))) missing.push(importProblem('map_metric'));
    return missing;
  },
  validateRow: (cells, columnOf) => {
    const problems: FieldProblem[] = [];
    const post = readPostCell(cells.post, columnOf('post'), problems);
    const at = readTimeCell(cells.at, columnOf('at'), problems);
    const metrics = {} as Record<PostMetricName, number | null>;
    for (const name of POST_METRIC_NAMES) {
      const count = readCount(cells[name]);
      if ('error' in count) {
        problems.push({ column: columnOf(name), ...count.error });
        metrics[name] = null;
      } else metrics[name] = count.value;
    }
    if (problems.length === 0 && POST_METRIC_NAMES.every((name) => metrics[name] === null))
      problems.push({ column: columnOf('views'), ...importProblem('no_metric') });
    if (problems.length > 0 || !post) return { ok: false, problems };
    return { ok: true, row: { post, at, metrics } };
  },
  duplicateOf: {
    field: 'post',
    key: (row) =>
      `${row.post.url ? `${row.post.url.platform}:${row.post.url.externalId}` : row.post.id}@${row.at?.toISOString() ?? ''}`,
    problem: (firstRow) => importProblem('duplicate_post_time', { row: firstRow }),
  },
};
