import { blankToNull, type FieldProblem, type ImportKindSpec } from './kind-spec';
import { type PostReference, readPostCell, readTimeCell } from './post-cells';
import { type ImportProblem, importProblem } from './problem-codes';
import { readCount } from './read-metric';

export const COMMENT_FIELDS = ['post', 'externalId', 'author', 'text', 'at', 'likes', 'replyTo'] as const;
export type CommentField = (typeof COMMENT_FIELDS)[number];

export interface CommentImportRow {
  post: PostReference;
  externalId: string | null;
  author: string | null;
  text: string;
  at: Date | null;
  likes: number | null;
  replyTo: string | null;
}

const SYNONYMS: Record<CommentField, readonly string[]> = {
  post: [
    'link bài đăng',
    'link bài viết',
    'link video',
    'link',
    'url',
    'post url',
    'post link',
    'post id',
    'mã bài đăng',
    'id bài đăng',
    'bài đăng',
  ],
  externalId: ['mã bình luận', 'id bình luận', 'comment id', 'external id', 'id'],
  author: [
    'tác giả',
    'người bình luận',
    'tên người dùng',
    'tài khoản',
    'author',
    'user',
    'username',
    'name',
    'tên',
  ],
  text: ['nội dung', 'bình luận', 'nội dung bình luận', 'text', 'comment', 'content', 'message'],
  at: ['thời gian', 'ngày', 'thời điểm', 'time', 'date', 'created at', 'at', 'timestamp'],
  likes: ['lượt thích', 'thích', 'likes', 'like', 'reactions'],
  replyTo: ['trả lời', 'trả lời cho', 'phản hồi cho', 'reply to', 'parent id', 'in reply to'],
};

export const commentsKind: ImportKindSpec<CommentField, CommentImportRow> = {
  id: 'comments',
  fields: COMMENT_FIELDS,
  synonyms: SYNONYMS,
  missingInMapping: (mapped) => {
    const missing: ImportProblem[] = [];
    if (!mapped.has('text')) missing.push(importProblem('map_comment_text'));
    if (!mapped.has('post')) missing.push(importProblem('map_post_or_fixed'));
    return missing;
  },
  validateRow: (cells, columnOf) => {
    const problems: FieldProblem[] = [];
    const text = blankToNull(cells.text);
    if (!text) problems.push({ column: columnOf('text'), ...importProblem('comment_text_empty') });
    const post = readPostCell(cells.post, columnOf('post'), problems);
    const at = readTimeCell(cells.at, columnOf('at'), problems);
    const likes = readCount(cells.likes);
    if ('error' in likes) problems.push({ column: columnOf('likes'), ...likes.error });
    if (problems.length > 0 || !text || !post || 'error' in likes) return { ok: false, problems };
    return {
      ok: true,
      row: {
        post,
        externalId: blankToNull(cells.externalId)?.slice(0, 200) ?? null,
        author: blankToNull(cells.author)?.slice(0, 200) ?? null,
        text: text.slice(0, 10_000),
        at,
        likes: likes.value,
        replyTo: blankToNull(cells.replyTo)?.slice(0, 200) ?? null,
      },
    };
  },
};
