import { z } from 'zod';
import { defineRoute } from '../../http/define-route';
import { ZProblemCode } from '../imports/import-schemas';
import { readSpreadsheet } from '../imports/read-spreadsheet';
import { ZPostParams } from './comment-schemas';
import { parseCommentSheet } from './parse-comment-sheet';
import { storeComments } from './store-comments';

export const importCommentsRoute = defineRoute({
  method: 'POST',
  url: '/api/v1/workspaces/:workspaceId/posts/:postId/comments/import',
  permission: 'comment.write',
  summary:
    'Import comments of a post from a CSV or XLSX file (base64; columns author, text, time, likes, reply to, id, in Vietnamese or English); every unreadable row is reported with its row number and column',
  tags: ['comments'],
  status: 202,
  schema: {
    params: ZPostParams,
    body: z.strictObject({
      fileName: z.string().trim().min(1).max(255),
      contentBase64: z.base64('must be the file encoded as base64').min(1).max(1_000_000),
    }),
    response: z.object({
      rows: z.number(),
      inserted: z.number(),
      duplicates: z.number(),
      rejected: z.array(
        z.object({ row: z.number(), column: z.string(), message: z.string() }).extend(ZProblemCode.shape),
      ),
      jobId: z.string().nullable(),
    }),
  },
  handler: async ({ ctx, params, body }) => {
    const sheet = await readSpreadsheet(Buffer.from(body.contentBase64, 'base64'), body.fileName);
    const { comments, problems } = parseCommentSheet(sheet);
    const stored = await storeComments(ctx, params.postId, comments, 'file');
    return { rows: Math.max(0, sheet.rows.length - 1), ...stored, rejected: problems };
  },
});
